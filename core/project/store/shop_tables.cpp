#include "shop_tables.h"

#include "project_store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace shoptuner::store {
namespace {

QString toJson(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QString toJson(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toString();
    return out;
}

QMap<QString, QString> mapFromJson(const QString &json)
{
    QMap<QString, QString> out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

QString dataKindName(DataKind kind)
{
    switch (kind) {
    case DataKind::Catalog:
        return QStringLiteral("catalog");
    case DataKind::Reviews:
        return QStringLiteral("reviews");
    case DataKind::Questions:
        return QStringLiteral("questions");
    case DataKind::Searches:
        return QStringLiteral("searches");
    case DataKind::Orders:
        return QStringLiteral("orders");
    case DataKind::EcInstruct:
        return QStringLiteral("ecinstruct");
    }
    return {};
}

std::optional<DataKind> dataKindFromName(const QString &name)
{
    for (DataKind k : {DataKind::Catalog, DataKind::Reviews, DataKind::Questions, DataKind::Searches, DataKind::Orders,
             DataKind::EcInstruct})
        if (dataKindName(k) == name)
            return k;
    return std::nullopt;
}

ShopWriter::ShopWriter(ProjectStore &store, std::int64_t importId)
    : m_store(store)
    , m_importId(importId)
    , m_statements(6)
{ }

QSqlQuery &ShopWriter::statement(int index, const char *sql)
{
    auto &slot = m_statements[std::size_t(index)];
    if (!slot)
        slot = std::make_unique<QSqlQuery>(m_store.prepare(QString::fromLatin1(sql)));
    return *slot;
}

void ShopWriter::add(const Product &p)
{
    QSqlQuery &q = statement(0,
        "INSERT INTO products (import_id, product_key, title, description, features_json, brand, price,"
        " category_json, gtin, mpn, attributes_json) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
        " ON CONFLICT(product_key) DO UPDATE SET import_id = excluded.import_id, title = excluded.title,"
        " description = excluded.description, features_json = excluded.features_json,"
        " brand = excluded.brand, price = excluded.price, category_json = excluded.category_json,"
        " gtin = excluded.gtin, mpn = excluded.mpn, attributes_json = excluded.attributes_json");
    q.addBindValue(qlonglong(m_importId));
    q.addBindValue(textValue(p.key));
    q.addBindValue(textValue(p.title));
    q.addBindValue(textValue(p.description));
    q.addBindValue(toJson(p.features));
    q.addBindValue(textValue(p.brand));
    q.addBindValue(p.price ? QVariant(*p.price) : QVariant(QMetaType(QMetaType::Double)));
    q.addBindValue(toJson(p.category));
    q.addBindValue(textValue(p.gtin));
    q.addBindValue(textValue(p.mpn));
    q.addBindValue(toJson(p.attributes));
    ProjectStore::run(q);
}

void ShopWriter::add(const Review &r)
{
    QSqlQuery &q = statement(1,
        "INSERT INTO reviews (import_id, review_key, product_key, rating, title, text, review_date, author)"
        " VALUES (?,?,?,?,?,?,?,?)");
    for (const QVariant &v : {QVariant(qlonglong(m_importId)), textValue(r.key), textValue(r.productKey),
             r.rating > 0 ? QVariant(r.rating) : QVariant(), textValue(r.title), textValue(r.text), textValue(r.date),
             textValue(r.author)})
        q.addBindValue(v);
    ProjectStore::run(q);
}

void ShopWriter::add(const Question &x)
{
    QSqlQuery &q = statement(2,
        "INSERT INTO questions (import_id, question_key, product_key, question, answer, asked_at)"
        " VALUES (?,?,?,?,?,?)");
    for (const QVariant &v : {QVariant(qlonglong(m_importId)), textValue(x.key), textValue(x.productKey),
             textValue(x.question), textValue(x.answer), textValue(x.date)})
        q.addBindValue(v);
    ProjectStore::run(q);
}

void ShopWriter::add(const SearchEvent &e)
{
    QSqlQuery &q = statement(3,
        "INSERT INTO search_events (import_id, session_key, query, product_key, position, clicked,"
        " added, purchased, searched_at) VALUES (?,?,?,?,?,?,?,?,?)");
    for (const QVariant &v : {QVariant(qlonglong(m_importId)), textValue(e.sessionKey), textValue(e.query),
             textValue(e.productKey), QVariant(e.position), QVariant(int(e.clicked)), QVariant(int(e.added)),
             QVariant(int(e.purchased)), textValue(e.date)})
        q.addBindValue(v);
    ProjectStore::run(q);
}

void ShopWriter::add(const OrderLine &o)
{
    QSqlQuery &q = statement(4,
        "INSERT INTO order_lines (import_id, order_key, customer_key, product_key, quantity, ordered_at)"
        " VALUES (?,?,?,?,?,?)");
    for (const QVariant &v : {QVariant(qlonglong(m_importId)), textValue(o.orderKey), textValue(o.customerKey),
             textValue(o.productKey), QVariant(o.quantity), textValue(o.date)})
        q.addBindValue(v);
    ProjectStore::run(q);
}

void ShopWriter::add(const ProductAlias &a)
{
    QSqlQuery &q = statement(5,
        "INSERT INTO product_aliases (alias, product_key, source, import_id) VALUES (?,?,?,?)"
        " ON CONFLICT(alias, product_key) DO UPDATE SET source = excluded.source, import_id = excluded.import_id");
    for (const QVariant &v :
        {textValue(a.alias), textValue(a.productKey), textValue(a.source), QVariant(qlonglong(m_importId))})
        q.addBindValue(v);
    ProjectStore::run(q);
}

std::int64_t addImport(ProjectStore &store, const ImportInfo &info)
{
    QSqlQuery q = store.prepare(QStringLiteral(
        "INSERT INTO imports (kind, file_name, file_path, file_sha256, file_size, encoding, delimiter, mapping_json,"
        " imported_at) VALUES (?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(dataKindName(info.kind));
    q.addBindValue(textValue(info.fileName));
    q.addBindValue(textValue(info.filePath));
    q.addBindValue(textValue(info.fileSha256));
    q.addBindValue(info.fileSize);
    q.addBindValue(textValue(info.encoding));
    q.addBindValue(textValue(info.delimiter));
    q.addBindValue(info.mappingJson.isEmpty() ? QStringLiteral("{}") : info.mappingJson);
    q.addBindValue(info.importedAt.isEmpty() ? now() : info.importedAt);
    ProjectStore::run(q);
    return q.lastInsertId().toLongLong();
}

void finishImport(ProjectStore &store, std::int64_t importId, qint64 rows, qint64 skipped, const QString &issuesJson)
{
    QSqlQuery q = store.prepare(
        QStringLiteral("UPDATE imports SET row_count = ?, skipped_count = ?, issues_json = ? WHERE id = ?"));
    q.addBindValue(rows);
    q.addBindValue(skipped);
    q.addBindValue(issuesJson);
    q.addBindValue(qlonglong(importId));
    ProjectStore::run(q);
}

std::vector<ImportInfo> listImports(ProjectStore &store)
{
    QSqlQuery q = store.prepare(QStringLiteral(
        "SELECT id, kind, file_name, file_size, encoding, delimiter, mapping_json, row_count, skipped_count,"
        " issues_json, imported_at, file_path, file_sha256 FROM imports ORDER BY id"));
    ProjectStore::run(q);
    std::vector<ImportInfo> out;
    while (q.next()) {
        ImportInfo i;
        i.id = q.value(0).toLongLong();
        i.kind = dataKindFromName(q.value(1).toString()).value_or(DataKind::Catalog);
        i.fileName = q.value(2).toString();
        i.fileSize = q.value(3).toLongLong();
        i.encoding = q.value(4).toString();
        i.delimiter = q.value(5).toString();
        i.mappingJson = q.value(6).toString();
        i.rowCount = q.value(7).toLongLong();
        i.skippedCount = q.value(8).toLongLong();
        i.issuesJson = q.value(9).toString();
        i.importedAt = q.value(10).toString();
        i.filePath = q.value(11).toString();
        i.fileSha256 = q.value(12).toString();
        out.push_back(std::move(i));
    }
    return out;
}

void deleteImport(ProjectStore &store, std::int64_t importId)
{
    QSqlQuery q = store.prepare(QStringLiteral("DELETE FROM imports WHERE id = ?"));
    q.addBindValue(qlonglong(importId));
    ProjectStore::run(q);
}

QString savedMapping(ProjectStore &store, DataKind kind, const QString &headerSignature)
{
    QSqlQuery q = store.prepare(
        QStringLiteral("SELECT mapping_json FROM saved_mappings WHERE kind = ? AND header_signature = ?"));
    q.addBindValue(dataKindName(kind));
    q.addBindValue(headerSignature);
    ProjectStore::run(q);
    return q.next() ? q.value(0).toString() : QString();
}

void saveMapping(ProjectStore &store, DataKind kind, const QString &headerSignature, const QString &json)
{
    QSqlQuery q = store.prepare(
        QStringLiteral("INSERT INTO saved_mappings (kind, header_signature, mapping_json, updated_at) VALUES (?,?,?,?)"
                       " ON CONFLICT(kind, header_signature) DO UPDATE SET mapping_json = excluded.mapping_json,"
                       " updated_at = excluded.updated_at"));
    q.addBindValue(dataKindName(kind));
    q.addBindValue(headerSignature);
    q.addBindValue(json);
    q.addBindValue(now());
    ProjectStore::run(q);
}

std::vector<Product> loadProducts(ProjectStore &store)
{
    QSqlQuery q = store.prepare(
        QStringLiteral("SELECT product_key, title, description, features_json, brand, price, category_json, gtin, mpn,"
                       " attributes_json, import_id FROM products ORDER BY id"));
    q.setForwardOnly(true);
    ProjectStore::run(q);
    std::vector<Product> out;
    while (q.next()) {
        Product p;
        p.key = q.value(0).toString();
        p.title = q.value(1).toString();
        p.description = q.value(2).toString();
        p.features = listFromJson(q.value(3).toString());
        p.brand = q.value(4).toString();
        if (!q.value(5).isNull())
            p.price = q.value(5).toDouble();
        p.category = listFromJson(q.value(6).toString());
        p.gtin = q.value(7).toString();
        p.mpn = q.value(8).toString();
        p.attributes = mapFromJson(q.value(9).toString());
        p.importId = q.value(10).toLongLong();
        out.push_back(std::move(p));
    }
    return out;
}

std::vector<Review> loadReviews(ProjectStore &store)
{
    QSqlQuery q = store.prepare(QStringLiteral(
        "SELECT review_key, product_key, rating, title, text, review_date, author FROM reviews ORDER BY id"));
    q.setForwardOnly(true);
    ProjectStore::run(q);
    std::vector<Review> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
    return out;
}

std::vector<ProductAlias> loadProductAliases(ProjectStore &store)
{
    QSqlQuery q = store.prepare(QStringLiteral("SELECT alias, product_key, source FROM product_aliases"));
    q.setForwardOnly(true);
    ProjectStore::run(q);
    std::vector<ProductAlias> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

std::vector<Question> loadQuestions(ProjectStore &store)
{
    QSqlQuery q = store.prepare(
        QStringLiteral("SELECT question_key, product_key, question, answer, asked_at FROM questions ORDER BY id"));
    q.setForwardOnly(true);
    ProjectStore::run(q);
    std::vector<Question> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString()});
    return out;
}

std::vector<SearchEvent> loadSearchEvents(ProjectStore &store)
{
    QSqlQuery q = store.prepare(
        QStringLiteral("SELECT session_key, query, product_key, position, clicked, added, purchased, searched_at"
                       " FROM search_events ORDER BY id"));
    q.setForwardOnly(true);
    ProjectStore::run(q);
    std::vector<SearchEvent> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
            q.value(4).toBool(), q.value(5).toBool(), q.value(6).toBool(), q.value(7).toString()});
    return out;
}

std::vector<OrderLine> loadOrderLines(ProjectStore &store)
{
    QSqlQuery q = store.prepare(
        QStringLiteral("SELECT order_key, customer_key, product_key, quantity, ordered_at FROM order_lines"
                       " ORDER BY customer_key, ordered_at, id"));
    q.setForwardOnly(true);
    ProjectStore::run(q);
    std::vector<OrderLine> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
            q.value(4).toString()});
    return out;
}

ShopCounts shopCounts(ProjectStore &store)
{
    ShopCounts c;
    c.products = store.scalar(QStringLiteral("SELECT count(*) FROM products")).toLongLong();
    c.reviews = store.scalar(QStringLiteral("SELECT count(*) FROM reviews")).toLongLong();
    c.questions = store.scalar(QStringLiteral("SELECT count(*) FROM questions")).toLongLong();
    c.searchEvents = store.scalar(QStringLiteral("SELECT count(*) FROM search_events")).toLongLong();
    c.orderLines = store.scalar(QStringLiteral("SELECT count(*) FROM order_lines")).toLongLong();
    return c;
}

} // namespace shoptuner::store
