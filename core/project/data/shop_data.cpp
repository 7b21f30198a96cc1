#include "shop_data.h"

#include "near_duplicates.h"
#include "store/shop_tables.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace shoptuner::data {
namespace {

// Exact and near duplicates of an earlier review of the same product are dropped (see
// near_duplicates.h); the first of them is kept.
void dropDuplicateReviews(ShopData &shop)
{
    const std::vector<Repeat> repeats = findRepeatedReviews(shop.reviews);
    std::vector<Review> out;
    out.reserve(shop.reviews.size());
    for (std::size_t i = 0; i < shop.reviews.size(); ++i) {
        if (repeats[i] == Repeat::Exact)
            ++shop.cleaning.exactDuplicateReviews;
        else if (repeats[i] == Repeat::Near)
            ++shop.cleaning.nearDuplicateReviews;
        else
            out.push_back(std::move(shop.reviews[i]));
    }
    shop.reviews = std::move(out);
}

} // namespace

const Product *ShopData::product(const QString &key) const
{
    const auto it = productIndex.constFind(key);
    return it == productIndex.constEnd() ? nullptr : &products[std::size_t(*it)];
}

void ShopData::buildIndexes()
{
    productIndex.clear();
    reviewsByProduct.clear();
    for (std::size_t i = 0; i < products.size(); ++i)
        productIndex.insert(products[i].key, int(i));
    for (std::size_t i = 0; i < reviews.size(); ++i)
        reviewsByProduct[reviews[i].productKey].append(int(i));
}

ShopData loadShopData(store::ProjectStore &store)
{
    ShopData shop;
    shop.products = store::loadProducts(store);
    shop.reviews = store::loadReviews(store);
    shop.questions = store::loadQuestions(store);
    shop.searches = store::loadSearchEvents(store);
    shop.orders = store::loadOrderLines(store);
    CleaningReport &c = shop.cleaning;
    // Product texts come from the shop itself; customers' texts may carry personal data.
    KnownNames reviewers;
    for (const Review &r : shop.reviews)
        reviewers.add(r.author);
    for (Review &r : shop.reviews) {
        r.title = reviewers.scrub(scrubAuthorName(scrubPersonalData(r.title, c), r.author, c), c);
        r.text = reviewers.scrub(scrubAuthorName(scrubPersonalData(r.text, c), r.author, c), c);
        r.author.clear();
    }
    for (Question &q : shop.questions) {
        q.question = reviewers.scrub(scrubPersonalData(q.question, c), c);
        q.answer = reviewers.scrub(scrubPersonalData(q.answer, c), c);
    }
    for (SearchEvent &e : shop.searches)
        e.query = scrubPersonalData(e.query, c);
    dropDuplicateReviews(shop);
    shop.buildIndexes();
    for (const Review &r : shop.reviews)
        c.reviewsWithoutProduct += !shop.productIndex.contains(r.productKey);
    for (const Question &q : shop.questions)
        c.questionsWithoutProduct += !shop.productIndex.contains(q.productKey);
    return shop;
}

} // namespace shoptuner::data
