// Links the shop's other files to its catalog: a review, question, search or order names its
// product by the catalog's key, a variant's SKU, a barcode, a platform id or the title. The
// column that names products best is found by measuring how many of its values match.
#pragma once

#include "column_mapping.h"

#include <QHash>
#include <QStringList>

#include <atomic>

namespace shoptuner::store {
class ProjectStore;
}

namespace shoptuner::data {

class ProductResolver
{
public:
    ProductResolver() = default;
    // Empty when there is no catalog. Orders::Read also reads the order lines, for reviews that name
    // their order (resolveOrder); only a reviews file needs them.
    enum class Orders { Skip, Read };
    static ProductResolver fromStore(store::ProjectStore &store, Orders orders = Orders::Skip);

    bool hasCatalog() const { return !m_byKey.isEmpty(); }
    qsizetype productCount() const { return m_byKey.size(); }
    // The catalog key a value names, or an empty string when it names no product.
    QString resolve(const QString &value) const;
    // Only by key or alias as written (no titles): for deciding that two catalogs' rows are one product.
    QString resolveExact(const QString &value) const;

    void addProduct(const QString &key, const QString &title);
    void addAlias(const QString &alias, const QString &key);
    // Orders: an order with one product names it; one with several names none.
    void addOrderLine(const QString &orderKey, const QString &productKey);
    QString resolveOrder(const QString &orderKey) const;

private:
    QHash<QString, QString> m_byKey; // key -> key
    QHash<QString, QString> m_byAlias; // alias as written -> key
    QHash<QString, QString> m_byText; // titles and aliases folded (case, spaces, punctuation) -> key
    QHash<QString, QString> m_byOrder; // order key -> its one product's key, or "" for several
};

// How a row of a file names its product under a mapping: the product column, then the fallback
// columns, then (reviews) the order it names. The importer and the link summary both use it, so
// the number shown before an import is the number the import links.
class RowLinker
{
public:
    RowLinker(const ColumnMapping &mapping, const QStringList &columns, const ProductResolver &resolver);
    struct Link
    {
        QString key; // the catalog's key; empty when the row names no catalog product
        QString named; // what the row gave ("" when it gave nothing; "order 123" for an order)
        bool viaOrder = false; // named by its order, not by a product column
    };
    Link link(const QStringList &row) const;
    QString describe() const; // "“Lineitem sku”", "“product_handle”, then “variant_sku”", "the order in “order_id”"
    QStringList sources() const; // the product column and its fallbacks, in the order tried
    QString orderColumn() const { return m_order >= 0 ? m_orderName : QString(); }

private:
    const ProductResolver &m_resolver;
    QString m_productColumn;
    QList<std::pair<int, QString>> m_columns; // product column, then fallbacks
    int m_order = -1; // reviews: the order column
    QString m_orderName;
};

// How one column of a file names the catalog's products.
struct LinkMeasure
{
    QString column; // the column measured; for a mapping, RowLinker::describe() (English)
    // For a mapping, what RowLinker tries in order, for a translated description: the product
    // column and its fallbacks, then a review's order column.
    QStringList sources;
    QString orderColumn;
    qint64 values = 0; // non-empty values looked at
    qint64 matched = 0;
    QStringList unmatched; // the first few values that named no product, each once
    double share() const { return values ? double(matched) / double(values) : 0.0; }
};

// Measures every column on the rows given and returns the best, or nullopt when no column names a
// product in at least a fifth of its values.
std::optional<LinkMeasure> bestLinkColumn(
    const ProductResolver &resolver, const QStringList &columns, const QList<QStringList> &rows);

// Measures one column on the rows given.
LinkMeasure measureLink(
    const ProductResolver &resolver, const QList<QStringList> &rows, qsizetype column, const QString &name);

// How the rows name their products as the import will link them (fallback columns and orders
// too); measure.column is RowLinker::describe(). measureFileLink reads the whole file again from
// the start and stops early, with what it has, when cancel becomes true.
LinkMeasure measureLink(const ProductResolver &resolver, const ColumnMapping &mapping, const QStringList &columns,
    const QList<QStringList> &rows);
LinkMeasure measureFileLink(const QString &path, const ColumnMapping &mapping, const ProductResolver &resolver,
    const std::atomic<bool> *cancel = nullptr);

// Sets the mapping's product column to the one whose values match the catalog best, when that is
// clearly better than the column chosen from the header; says why in mapping.reasons.
void linkToCatalog(ColumnMapping &mapping, const ProductResolver &resolver, const QStringList &columns,
    const QList<QStringList> &rows);

// Rows of files imported before the catalog (or before a catalog that names their products by
// SKU, barcode or title) name products by values that were not keys then: each such value that
// now names a catalog product is replaced by that product's key. Returns the rows changed.
qint64 relinkToCatalog(store::ProjectStore &store);

// Sets the mapping's fallback product columns: columns that name products in rows whose product
// column does not (at most two, the one that rescues most rows first).
void addProductFallbacks(ColumnMapping &mapping, const ProductResolver &resolver, const QStringList &columns,
    const QList<QStringList> &rows);

} // namespace shoptuner::data
