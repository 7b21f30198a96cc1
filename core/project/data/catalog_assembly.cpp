#include "catalog_assembly.h"

#include "column_mapping.h"
#include "product_links.h"
#include "store/shop_tables.h"

#include <QRegularExpression>

namespace shoptuner::data {
namespace {

using store::Product;
using store::ProductAlias;

// An option value as shops write several of them: "Red, Blue, Green" (WooCommerce's parent row),
// "S | M | L". WooCommerce escapes a comma inside one value as "\,": "Merino\, Polyamide" is one.
QStringList splitOptionValues(const QString &value)
{
    QStringList out;
    QString part;
    const auto flush = [&] {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
        part.clear();
    };
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c == QLatin1Char('\\') && i + 1 < value.size() && value[i + 1] == QLatin1Char(',')) {
            part += QLatin1Char(',');
            ++i;
        } else if (c == QLatin1Char(',') || c == QLatin1Char('|'))
            flush();
        else
            part += c;
    }
    flush();
    return out;
}

// Adds value(s) to an attribute, keeping each value once (case-insensitively) in the order seen.
void addAttributeValue(QMap<QString, QString> &attributes, const QString &name, const QString &value, bool split)
{
    const QString n = name.simplified().toLower();
    const QString v = value.simplified();
    if (n.isEmpty() || v.isEmpty())
        return;
    // Shopify's product without options has the option "Title" with the value "Default Title".
    if (n == QLatin1String("title") && v.compare(QLatin1String("Default Title"), Qt::CaseInsensitive) == 0)
        return;
    QStringList values = attributes.value(n).split(kAttributeValueSeparator, Qt::SkipEmptyParts);
    for (const QString &part : split ? splitOptionValues(v) : QStringList {v})
        if (!values.contains(part, Qt::CaseInsensitive))
            values << part;
    attributes.insert(n, values.join(kAttributeValueSeparator));
}

// WooCommerce writes a variation's parent as "id:123".
QString parentKey(const QString &parent)
{
    const QString p = parent.trimmed();
    return p.startsWith(QLatin1String("id:"), Qt::CaseInsensitive) ? p.mid(3).trimmed() : p;
}

} // namespace

void fillMissingFields(store::Product &kept, const store::Product &other)
{
    if (kept.title.isEmpty())
        kept.title = other.title;
    if (kept.description.isEmpty())
        kept.description = other.description;
    if (kept.features.isEmpty())
        kept.features = other.features;
    if (kept.brand.isEmpty())
        kept.brand = other.brand;
    if (!kept.price)
        kept.price = other.price;
    if (kept.category.isEmpty())
        kept.category = other.category;
    if (kept.gtin.isEmpty())
        kept.gtin = other.gtin;
    if (kept.mpn.isEmpty())
        kept.mpn = other.mpn;
}

CatalogAssembler::CatalogAssembler(QString fileName)
    : m_file(std::move(fileName))
{ }

qsizetype CatalogAssembler::find(const QString &keyOrAlias) const
{
    if (const auto it = m_byKey.constFind(keyOrAlias); it != m_byKey.constEnd())
        return *it;
    return m_byAlias.value(keyOrAlias, -1);
}

void CatalogAssembler::addAlias(qsizetype product, const QString &alias, const QString &source)
{
    const QString a = alias.trimmed();
    const store::Product &p = m_products[std::size_t(product)];
    if (a.isEmpty() || a == p.key)
        return;
    auto &list = m_aliases[std::size_t(product)];
    for (const auto &[existing, from] : list)
        if (existing == a)
            return;
    list.append({a, source});
    m_byAlias.insert(a, product);
}

void CatalogAssembler::adoptChildren(const QString &parentKey, const QStringList &childKeys)
{
    for (const QString &child : childKeys)
        if (!child.trimmed().isEmpty() && child.trimmed() != parentKey)
            m_declaredParent.insert(child.trimmed(), parentKey);
}

bool CatalogAssembler::add(CatalogRow row, QList<FileIssue> &issues)
{
    if (row.parent.isEmpty())
        row.parent = m_declaredParent.value(row.product.key);
    row.parent = parentKey(row.parent);
    if (row.parent == row.product.key)
        row.parent.clear();
    if (!row.parent.isEmpty()) {
        const qsizetype parent = find(row.parent);
        if (parent >= 0)
            merge(parent, row);
        else
            m_waiting.push_back(std::move(row));
        ++m_variantRows;
        return true;
    }
    if (const qsizetype same = m_byKey.value(row.product.key, -1); same >= 0) {
        // Shopify: a further row under the same Handle with an empty Title is a variant (or only
        // an image); a repeated product row adds what it has.
        m_variantRows += row.product.title.isEmpty();
        merge(same, row);
        return true;
    }
    if (row.product.title.isEmpty()) {
        issues.append({FileIssue::Severity::Error, m_file, row.line, {},
            QStringLiteral("product \"%1\" has no title; a product's first row needs one").arg(row.product.key)});
        return false;
    }
    const qsizetype index = qsizetype(m_products.size());
    m_byKey.insert(row.product.key, index);
    store::Product product = row.product;
    product.attributes.clear();
    m_products.push_back(std::move(product));
    m_optionNames.emplace_back();
    m_aliases.emplace_back();
    merge(index, row);
    return true;
}

void CatalogAssembler::merge(qsizetype index, CatalogRow &row)
{
    store::Product &p = m_products[std::size_t(index)];
    QStringList &names = m_optionNames[std::size_t(index)];
    const store::Product &r = row.product;
    for (qsizetype i = 0; i < row.options.size(); ++i) {
        const auto &[name, value] = row.options[i];
        // Variant rows leave the option's name empty: it is the one the product's first row gave.
        if (!name.trimmed().isEmpty()) {
            while (names.size() <= i)
                names << QString();
            names[i] = name;
        }
        addAttributeValue(p.attributes, name.trimmed().isEmpty() ? names.value(i) : name, value, true);
    }
    for (auto it = r.attributes.cbegin(); it != r.attributes.cend(); ++it)
        addAttributeValue(p.attributes, it.key(), it.value(), false);
    fillMissingFields(p, r);
    addAlias(index, r.key, QStringLiteral("variant"));
    addAlias(index, row.sku, QStringLiteral("sku"));
    addAlias(index, r.gtin, QStringLiteral("gtin"));
    if (!r.title.isEmpty() && r.title != p.title)
        addAlias(index, r.title, QStringLiteral("title"));
    for (const auto &[alias, source] : row.aliases)
        addAlias(index, alias, source);
}

void CatalogAssembler::finish(QList<FileIssue> &issues)
{
    // Products that a later parent declared as its variants: folded into that parent.
    std::vector<bool> folded(m_products.size(), false);
    bool anyFolded = false;
    for (std::size_t i = 0; i < m_products.size(); ++i) {
        const QString parent = m_declaredParent.value(m_products[i].key);
        const qsizetype into = parent.isEmpty() ? -1 : m_byKey.value(parent, -1);
        if (into < 0 || std::size_t(into) == i || folded[std::size_t(into)])
            continue;
        CatalogRow row;
        row.product = m_products[i];
        row.sku = row.product.key;
        row.aliases = m_aliases[i];
        merge(into, row);
        folded[i] = anyFolded = true;
        ++m_variantRows;
    }
    if (anyFolded) {
        std::vector<store::Product> products;
        std::vector<QStringList> optionNames;
        std::vector<QList<std::pair<QString, QString>>> aliases;
        for (std::size_t i = 0; i < m_products.size(); ++i)
            if (!folded[i]) {
                products.push_back(std::move(m_products[i]));
                optionNames.push_back(std::move(m_optionNames[i]));
                aliases.push_back(std::move(m_aliases[i]));
            }
        m_products.swap(products);
        m_optionNames.swap(optionNames);
        m_aliases.swap(aliases);
        m_byKey.clear();
        m_byAlias.clear();
        for (std::size_t i = 0; i < m_products.size(); ++i) {
            m_byKey.insert(m_products[i].key, qsizetype(i));
            for (const auto &[alias, source] : m_aliases[i])
                m_byAlias.insert(alias, qsizetype(i));
        }
    }

    std::vector<CatalogRow> waiting;
    waiting.swap(m_waiting);
    for (CatalogRow &row : waiting) {
        const qsizetype parent = find(row.parent);
        if (parent >= 0) {
            merge(parent, row);
        } else if (!row.product.title.isEmpty()) {
            // A variant whose parent is not in this file still is a product of its own.
            issues.append({FileIssue::Severity::Warning, m_file, row.line, {},
                QStringLiteral("names the parent product \"%1\", which is not in the file; it is kept as a "
                               "product of its own")
                    .arg(row.parent)});
            row.parent.clear();
            --m_variantRows;
            add(std::move(row), issues);
        } else {
            issues.append({FileIssue::Severity::Warning, m_file, row.line, {},
                QStringLiteral("is a variant of \"%1\", which is not in the file; it was left out").arg(row.parent)});
        }
    }
}

std::vector<store::ProductAlias> CatalogAssembler::aliases() const
{
    std::vector<store::ProductAlias> out;
    for (std::size_t i = 0; i < m_products.size(); ++i)
        for (const auto &[alias, source] : m_aliases[i])
            out.push_back({alias, m_products[i].key, source});
    return out;
}

namespace {

// The catalog's key for each product of this file that the catalog already has under another id.
QHash<QString, QString> productsKnownAs(const ProductResolver &existing, const CatalogAssembler &assembler)
{
    QHash<QString, QString> mergedInto; // this file's key -> the catalog's key
    QHash<QString, QStringList> aliasesOf;
    for (const ProductAlias &a : assembler.aliases())
        aliasesOf[a.productKey] << a.alias;
    for (const Product &p : assembler.products()) {
        QString into = existing.resolveExact(p.key);
        for (const QString &alias : aliasesOf.value(p.key))
            if (into.isEmpty())
                into = existing.resolveExact(alias);
        if (!into.isEmpty())
            mergedInto.insert(p.key, into);
    }
    return mergedInto;
}

} // namespace

// Writes the assembled products and their other names, merged into the catalog's products where
// the catalog already has them.
CatalogStored storeCatalog(store::ProjectStore &store, const CatalogAssembler &assembler, const QStringList &columns,
    store::ShopWriter &writer)
{
    // A product of this file that the catalog already has under another id (an Amazon offers
    // report's child SKU for the flat file's parent) is that product: its ids become other
    // names of it instead of a second product. The same key is the same product, updated.
    // A file with the header of a catalog imported before is a newer export of it: its
    // products replace theirs. A different file (an offers report after the flat file) only
    // adds: its ids as other names, and what the catalog's products lack.
    const bool newerExport = !store::savedMapping(store, DataKind::Catalog, headerSignature(columns)).isEmpty();
    const ProductResolver existing = ProductResolver::fromStore(store);
    const QHash<QString, QString> mergedInto
        = existing.hasCatalog() && !newerExport ? productsKnownAs(existing, assembler) : QHash<QString, QString>();
    QHash<QString, Product> catalogProducts;
    if (!mergedInto.isEmpty())
        for (Product &p : store::loadProducts(store))
            catalogProducts.insert(p.key, std::move(p));
    for (const Product &p : assembler.products()) {
        const QString into = mergedInto.value(p.key);
        if (into.isEmpty()) {
            writer.add(p);
            continue;
        }
        Product kept = catalogProducts.value(into);
        kept.key = into;
        // What a second catalog adds to a product the first one has: only what it lacks.
        fillMissingFields(kept, p);
        for (auto it = p.attributes.cbegin(); it != p.attributes.cend(); ++it)
            if (!kept.attributes.contains(it.key()))
                kept.attributes.insert(it.key(), it.value());
        writer.add(kept);
        if (p.key != into)
            writer.add(ProductAlias {p.key, into, QStringLiteral("other catalog")});
    }
    for (ProductAlias a : assembler.aliases()) {
        a.productKey = mergedInto.value(a.productKey, a.productKey);
        if (a.alias != a.productKey)
            writer.add(a);
    }
    CatalogStored stored;
    stored.relinkedRows = relinkToCatalog(store);
    stored.mergedProducts = mergedInto.size();
    stored.products = qint64(assembler.products().size()) - stored.mergedProducts;
    stored.variantRows = assembler.variantRows();
    return stored;
}

} // namespace shoptuner::data
