// The shop's data as the task builders read it: loaded once from the project file, free text
// cleaned of personal data, duplicate reviews dropped, with indexes by product.
#pragma once

#include "personal_data.h"
#include "store/entities.h"

#include <QHash>
#include <QList>

#include <vector>

namespace shoptuner::store {
class ProjectStore;
}

namespace shoptuner::data {

using store::OrderLine;
using store::Product;
using store::Question;
using store::Review;
using store::SearchEvent;

// What cleaning removed, shown to the user.
struct CleaningReport
{
    qint64 emails = 0;
    qint64 phoneNumbers = 0;
    qint64 orderNumbers = 0;
    qint64 names = 0; // reviewers' names in their own reviews
    qint64 exactDuplicateReviews = 0;
    qint64 nearDuplicateReviews = 0;
    qint64 reviewsWithoutProduct = 0; // product id not in the catalog (kept for SA, unused elsewhere)
    qint64 questionsWithoutProduct = 0;
};

struct ShopData
{
    std::vector<Product> products;
    std::vector<Review> reviews;
    std::vector<Question> questions;
    std::vector<SearchEvent> searches; // in file order
    std::vector<OrderLine> orders; // by customer, then time
    CleaningReport cleaning;

    QHash<QString, int> productIndex; // key -> index into products
    QHash<QString, QList<int>> reviewsByProduct; // key -> indexes into reviews

    const Product *product(const QString &key) const;
    void buildIndexes();
};

// Loads everything and cleans it (see personal_data.h and, for duplicate reviews, near_duplicates.h).
ShopData loadShopData(store::ProjectStore &store);


} // namespace shoptuner::data
