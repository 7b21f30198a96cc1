// Reading and writing the shop's tables (products, reviews, questions, searches, orders) and the
// import log. Writers keep their prepared statements, so a million-row import stays fast.
#pragma once

#include "entities.h"

#include <QSqlQuery>

#include <functional>
#include <memory>
#include <vector>

namespace shoptuner::store {

class ProjectStore;

// Writes rows of one import; call inside a Transaction.
class ShopWriter
{
public:
    ShopWriter(ProjectStore &store, std::int64_t importId);
    void add(const Product &p); // a product key seen before is updated (the later file wins)
    void add(const Review &r);
    void add(const Question &q);
    void add(const SearchEvent &e);
    void add(const OrderLine &o);
    void add(const ProductAlias &a); // an alias seen before for the same product is kept once

private:
    QSqlQuery &statement(int index, const char *sql);
    ProjectStore &m_store;
    std::int64_t m_importId;
    std::vector<std::unique_ptr<QSqlQuery>> m_statements;
};

std::int64_t addImport(ProjectStore &store, const ImportInfo &info); // returns the new id
void finishImport(ProjectStore &store, std::int64_t importId, qint64 rows, qint64 skipped, const QString &issuesJson);
std::vector<ImportInfo> listImports(ProjectStore &store);
void deleteImport(ProjectStore &store, std::int64_t importId);

// The mapping the user confirmed last time for this kind of file with these headers.
QString savedMapping(ProjectStore &store, DataKind kind, const QString &headerSignature);
void saveMapping(ProjectStore &store, DataKind kind, const QString &headerSignature, const QString &json);

std::vector<Product> loadProducts(ProjectStore &store);
std::vector<Review> loadReviews(ProjectStore &store);
std::vector<Question> loadQuestions(ProjectStore &store);
std::vector<SearchEvent> loadSearchEvents(ProjectStore &store); // in file order
std::vector<OrderLine> loadOrderLines(ProjectStore &store); // by customer, then time
std::vector<ProductAlias> loadProductAliases(ProjectStore &store);

struct ShopCounts
{
    qint64 products = 0, reviews = 0, questions = 0, searchEvents = 0, orderLines = 0;
};
ShopCounts shopCounts(ProjectStore &store);

} // namespace shoptuner::store
