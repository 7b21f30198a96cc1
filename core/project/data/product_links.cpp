#include "product_links.h"

#include "store/project_store.h"
#include "table_reader.h"
#include "store/shop_tables.h"
#include "value_parsing.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace shoptuner::data {
namespace {

constexpr int kUnmatchedExamples = 20;
constexpr double kMinimumShare = 0.2;

// Counts the values of one column that name a product, keeping the first unmatched ones as examples.
struct LinkCounter
{
    LinkCounter(const ProductResolver &r, const QString &column)
        : resolver(r)
    {
        measure.column = column;
    }

    // One column's value: a row that names its product there alone.
    void add(const QString &value)
    {
        const QString v = value.trimmed();
        add(RowLinker::Link {v.isEmpty() ? QString() : resolver.resolve(v), v});
    }

    // A row as a RowLinker linked it.
    void add(const RowLinker::Link &link)
    {
        if (link.named.isEmpty())
            return;
        ++measure.values;
        if (!link.key.isEmpty())
            ++measure.matched;
        else if (measure.unmatched.size() < kUnmatchedExamples && !listed.contains(link.named)) {
            listed.insert(link.named);
            measure.unmatched << link.named;
        }
    }

    const ProductResolver &resolver;
    LinkMeasure measure;
    QSet<QString> listed;
};

} // namespace

ProductResolver ProductResolver::fromStore(store::ProjectStore &store, Orders orders)
{
    ProductResolver r;
    for (const store::Product &p : store::loadProducts(store))
        r.addProduct(p.key, p.title);
    for (const store::ProductAlias &a : store::loadProductAliases(store))
        r.addAlias(a.alias, a.productKey);
    if (orders == Orders::Read && r.hasCatalog())
        for (const store::OrderLine &line : store::loadOrderLines(store))
            r.addOrderLine(line.orderKey, line.productKey);
    return r;
}

void ProductResolver::addOrderLine(const QString &orderKey, const QString &productKey)
{
    if (orderKey.isEmpty() || !m_byKey.contains(productKey))
        return;
    const auto it = m_byOrder.constFind(orderKey);
    if (it == m_byOrder.constEnd())
        m_byOrder.insert(orderKey, productKey);
    else if (*it != productKey)
        m_byOrder.insert(orderKey, QString()); // several products: the order does not say which
}

QString ProductResolver::resolveOrder(const QString &orderKey) const
{
    return m_byOrder.value(orderKey.trimmed());
}

void ProductResolver::addProduct(const QString &key, const QString &title)
{
    m_byKey.insert(key, key);
    for (const QString &text : {key, title}) {
        const QString f = comparableText(text);
        if (!f.isEmpty() && !m_byText.contains(f))
            m_byText.insert(f, key);
    }
}

void ProductResolver::addAlias(const QString &alias, const QString &key)
{
    if (!m_byAlias.contains(alias))
        m_byAlias.insert(alias, key);
    const QString f = comparableText(alias);
    if (!f.isEmpty() && !m_byText.contains(f))
        m_byText.insert(f, key);
}

QString ProductResolver::resolveExact(const QString &value) const
{
    const QString v = value.trimmed();
    if (const auto it = m_byKey.constFind(v); it != m_byKey.constEnd())
        return *it;
    return m_byAlias.value(v);
}

QString ProductResolver::resolve(const QString &value) const
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return {};
    if (const auto it = m_byKey.constFind(v); it != m_byKey.constEnd())
        return *it;
    if (const auto it = m_byAlias.constFind(v); it != m_byAlias.constEnd())
        return *it;
    if (const auto it = m_byText.constFind(comparableText(v)); it != m_byText.constEnd())
        return *it;
    // An order line's name is the title and the variant: "Linen Apron - Sage / M".
    for (qsizetype cut = v.lastIndexOf(QLatin1String(" - ")); cut > 0; cut = v.lastIndexOf(QLatin1String(" - "), cut - 1))
        if (const auto it = m_byText.constFind(comparableText(v.left(cut))); it != m_byText.constEnd())
            return *it;
    return {};
}

LinkMeasure measureLink(
    const ProductResolver &resolver, const QList<QStringList> &rows, qsizetype column, const QString &name)
{
    LinkCounter counter(resolver, name);
    for (const QStringList &row : rows)
        counter.add(column < row.size() ? row[column] : QString());
    return counter.measure;
}

qint64 relinkToCatalog(store::ProjectStore &store)
{
    const ProductResolver resolver = ProductResolver::fromStore(store);
    if (!resolver.hasCatalog())
        return 0;
    qint64 changed = 0;
    for (const char *table : {"reviews", "questions", "search_events", "order_lines"}) {
        QSqlQuery values = store.prepare(QStringLiteral("SELECT DISTINCT product_key FROM %1 WHERE product_key <> '' "
                                                        "AND product_key NOT IN (SELECT product_key FROM products)")
                                             .arg(QLatin1String(table)));
        store::ProjectStore::run(values);
        QList<std::pair<QString, QString>> renames;
        while (values.next()) {
            const QString value = values.value(0).toString();
            const QString key = resolver.resolve(value);
            if (!key.isEmpty())
                renames.append({value, key});
        }
        QSqlQuery update = store.prepare(
            QStringLiteral("UPDATE %1 SET product_key = ? WHERE product_key = ?").arg(QLatin1String(table)));
        for (const auto &[value, key] : renames) {
            update.addBindValue(key);
            update.addBindValue(value);
            store::ProjectStore::run(update);
            changed += update.numRowsAffected();
        }
    }
    return changed;
}

RowLinker::RowLinker(const ColumnMapping &mapping, const QStringList &columns, const ProductResolver &resolver)
    : m_resolver(resolver)
    , m_productColumn(mapping.column(QStringLiteral("product_id")))
{
    for (const QString &c : QStringList {mapping.column(QStringLiteral("product_id"))} + mapping.productFallbacks)
        if (const qsizetype i = columns.indexOf(c); !c.isEmpty() && i >= 0)
            m_columns.append({int(i), c});
    if (mapping.kind == DataKind::Reviews) {
        m_orderName = mapping.column(QStringLiteral("order_id"));
        m_order = m_orderName.isEmpty() ? -1 : int(columns.indexOf(m_orderName));
    }
}

RowLinker::Link RowLinker::link(const QStringList &row) const
{
    const auto cell = [&](int i) { return i >= 0 && i < row.size() ? row[i].trimmed() : QString(); };
    Link out;
    // A fallback only counts where it names a product: a gift-wrapping line's name is no product.
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const QString value = cell(m_columns[i].first);
        if (value.isEmpty())
            continue;
        if (i == 0 && m_columns[0].second == m_productColumn)
            out.named = value;
        out.key = m_resolver.resolve(value);
        if (!out.key.isEmpty()) {
            out.named = value;
            return out;
        }
    }
    if (out.named.isEmpty() && m_order >= 0) {
        // A review that names its order (Etsy): the order's one product.
        const QString order = cell(m_order);
        if (!order.isEmpty()) {
            out.named = QStringLiteral("order ") + order;
            out.viaOrder = true;
            out.key = m_resolver.resolveOrder(order);
        }
    }
    return out;
}

QStringList RowLinker::sources() const
{
    QStringList out;
    for (const auto &[index, name] : m_columns)
        out << name;
    return out;
}

QString RowLinker::describe() const
{
    QStringList names;
    for (const auto &[index, name] : m_columns)
        names << QStringLiteral("“%1”").arg(name);
    if (m_order >= 0)
        names << QStringLiteral("the order in “%1”").arg(m_orderName);
    return names.join(QStringLiteral(", then "));
}

LinkMeasure measureLink(const ProductResolver &resolver, const ColumnMapping &mapping, const QStringList &columns,
    const QList<QStringList> &rows)
{
    const RowLinker linker(mapping, columns, resolver);
    LinkCounter counter(resolver, linker.describe());
    counter.measure.sources = linker.sources();
    counter.measure.orderColumn = linker.orderColumn();
    for (const QStringList &row : rows)
        counter.add(linker.link(row));
    return counter.measure;
}

LinkMeasure measureFileLink(const QString &path, const ColumnMapping &mapping, const ProductResolver &resolver,
    const std::atomic<bool> *cancel)
{
    auto reader = TableReader::open(path);
    const RowLinker linker(mapping, reader->columns(), resolver);
    LinkCounter counter(resolver, linker.describe());
    counter.measure.sources = linker.sources();
    counter.measure.orderColumn = linker.orderColumn();
    TableRow row;
    while (reader->next(row) && !(cancel && cancel->load()))
        counter.add(linker.link(row.values));
    return counter.measure;
}

std::optional<LinkMeasure> bestLinkColumn(
    const ProductResolver &resolver, const QStringList &columns, const QList<QStringList> &rows)
{
    // A product column is among a file's first columns; a header of thousands is not measured whole.
    constexpr qsizetype kMaxColumns = 1000;
    std::optional<LinkMeasure> best;
    for (qsizetype c = 0; c < std::min(columns.size(), kMaxColumns); ++c) {
        LinkMeasure m = measureLink(resolver, rows, c, columns[c]);
        if (m.share() >= kMinimumShare && (!best || m.matched > best->matched))
            best = std::move(m);
    }
    return best;
}

void linkToCatalog(ColumnMapping &mapping, const ProductResolver &resolver, const QStringList &columns,
    const QList<QStringList> &rows)
{
    if (!resolver.hasCatalog() || mapping.kind == DataKind::Catalog || mapping.kind == DataKind::EcInstruct)
        return;
    const QString field = QStringLiteral("product_id");
    const QString current = mapping.column(field);
    const qsizetype currentIndex = columns.indexOf(current);
    const qint64 currentMatched
        = currentIndex >= 0 ? measureLink(resolver, rows, currentIndex, current).matched : qint64(0);
    const std::optional<LinkMeasure> best = bestLinkColumn(resolver, columns, rows);
    if (best && best->column != current && best->matched > currentMatched) {
        // The column must not be needed for another field more than for the product.
        for (auto it = mapping.fields.begin(); it != mapping.fields.end();)
            it = it.value() == best->column && it.key() != field ? mapping.fields.erase(it) : std::next(it);
        mapping.fields.insert(field, best->column);
        mapping.reasons.insert(field,
            QStringLiteral("%1 of the first %2 values in \"%3\" name a product in your catalog")
                .arg(best->matched)
                .arg(best->values)
                .arg(best->column));
    }
    addProductFallbacks(mapping, resolver, columns, rows);
}

void addProductFallbacks(ColumnMapping &mapping, const ProductResolver &resolver, const QStringList &columns,
    const QList<QStringList> &rows)
{
    mapping.productFallbacks.clear();
    const qsizetype main = columns.indexOf(mapping.column(QStringLiteral("product_id")));
    if (main < 0)
        return;
    // A fallback is a column of product names itself (half its values or more name a product);
    // the ones that name products in the sample's rows the product column misses come first. A
    // column that misses none in the sample may still for rows further down the file.
    QList<QStringList> missed;
    for (const QStringList &row : rows)
        if (main >= row.size() || resolver.resolve(row[main].trimmed()).isEmpty())
            missed << row;
    struct Candidate
    {
        qint64 rescued;
        double share;
        QString column;
    };
    QList<Candidate> candidates;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (c == main)
            continue;
        const double share = measureLink(resolver, rows, c, columns[c]).share();
        if (share < 0.5)
            continue;
        candidates.append({measureLink(resolver, missed, c, columns[c]).matched, share, columns[c]});
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.rescued != b.rescued ? a.rescued > b.rescued : a.share > b.share;
    });
    for (const auto &[rescued, share, column] : candidates) {
        if (mapping.productFallbacks.size() == 2)
            break;
        mapping.productFallbacks << column;
    }
    if (!mapping.productFallbacks.isEmpty())
        mapping.reasons.insert(QStringLiteral("product_fallbacks"),
            QStringLiteral("rows whose \"%1\" names no product in your catalog are linked by \"%2\"")
                .arg(mapping.column(QStringLiteral("product_id")), mapping.productFallbacks.join(QStringLiteral("\", then \""))));
}

} // namespace shoptuner::data
