// Puts a catalog file's rows together into products: variant rows (Shopify's further rows under
// one Handle, WooCommerce's "variation" rows naming their Parent, Amazon's children) roll up into
// their product, their option values become the product's attribute values, and their SKUs,
// barcodes and ids become aliases other files can name the product by.
#pragma once

#include "store/entities.h"
#include "store/project_store.h"
#include "store/shop_tables.h"
#include "table_reader.h"

#include <QHash>
#include <QList>

#include <vector>

namespace shoptuner::data {

// One catalog row as read through the mapping.
struct CatalogRow
{
    qint64 line = 0;
    store::Product product; // key, title, ... as the row has them (attributes from single columns)
    QString sku;
    QString parent; // the product this row is a variant of; empty for a product
    QList<std::pair<QString, QString>> options; // (name, value) from name/value pairs; name may be empty
    QList<std::pair<QString, QString>> aliases; // (alias, source) beyond key, sku and barcode
};

// Fills the fields `kept` lacks (title, texts, brand, price, category, GTIN, MPN) from `other`;
// attributes are left to the caller.
void fillMissingFields(store::Product &kept, const store::Product &other);

// Several values of one attribute (a product's sizes) are kept in one string, in this separator.
inline constexpr QLatin1String kAttributeValueSeparator(" | ");

class CatalogAssembler
{
public:
    explicit CatalogAssembler(QString fileName);

    // Returns false with an issue when the row can be neither a product nor a variant.
    bool add(CatalogRow row, QList<FileIssue> &issues);
    // A parent that lists its variants instead of the variants naming it (Magento's
    // configurable_variations): the rows with these keys are variants of parentKey, before or after it.
    void adoptChildren(const QString &parentKey, const QStringList &childKeys);
    // Attaches variants whose parent came later in the file; reports those whose parent never came.
    void finish(QList<FileIssue> &issues);

    const std::vector<store::Product> &products() const { return m_products; }
    std::vector<store::ProductAlias> aliases() const;
    qint64 variantRows() const { return m_variantRows; }

private:
    qsizetype find(const QString &keyOrAlias) const;
    void merge(qsizetype product, CatalogRow &row);
    void addAlias(qsizetype product, const QString &alias, const QString &source);

    QString m_file;
    std::vector<store::Product> m_products;
    std::vector<QStringList> m_optionNames; // per product: option names by pair position
    std::vector<QList<std::pair<QString, QString>>> m_aliases; // per product: (alias, source)
    QHash<QString, qsizetype> m_byKey;
    QHash<QString, qsizetype> m_byAlias;
    std::vector<CatalogRow> m_waiting; // variants whose parent has not been seen yet
    QHash<QString, QString> m_declaredParent; // child key -> parent key, from adoptChildren
    qint64 m_variantRows = 0;
};

struct CatalogStored
{
    qint64 products = 0; // new to the catalog
    qint64 mergedProducts = 0; // the catalog had them under another id: merged into those
    qint64 variantRows = 0;
    qint64 relinkedRows = 0; // reviews, questions and orders of earlier files now linked to a product
};

// Writes the assembled products and their other names. A product the catalog already has under
// another id is merged into it (what it lacks is filled in), unless the file is a newer export of
// a catalog imported before (the same header), whose products replace theirs.
CatalogStored storeCatalog(store::ProjectStore &store, const CatalogAssembler &assembler, const QStringList &columns,
    store::ShopWriter &writer);

} // namespace shoptuner::data
