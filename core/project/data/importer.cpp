#include "importer.h"

#include "catalog_assembly.h"
#include "platform_layouts.h"
#include "product_links.h"
#include "store/project_store.h"
#include "store/shop_tables.h"
#include "table_patch.h"
#include "value_parsing.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace shoptuner::data {
namespace {

using namespace shoptuner::store;

// Reads one row through the mapping; problems go to issues and make the row unusable.
class RowConverter
{
public:
    RowConverter(const ColumnMapping &mapping, const QStringList &columns, const QString &file)
        : m_mapping(mapping)
        , m_file(file)
        , m_columns(columns)
    {
        for (const FieldSpec &s : fieldSpecs(mapping.kind)) {
            const QString c = mapping.column(s.id);
            m_index.insert(s.id, c.isEmpty() ? -1 : columns.indexOf(c));
            m_required.insert(s.id, mapping.isRequired(s));
        }
        for (const QString &a : mapping.attributeColumns)
            m_attributes.append({a, columns.indexOf(a)});
        for (const AttributePair &p : mapping.attributePairs)
            m_pairs.append({columns.indexOf(p.nameColumn), columns.indexOf(p.valueColumn)});
        for (const QString &a : mapping.aliasColumns)
            m_aliases.append({a, columns.indexOf(a)});
        if (mapping.kind == DataKind::Catalog)
            m_required.insert(QStringLiteral("title"), false); // variant rows have none; see CatalogAssembler
        if (mapping.layout == kBigCommerceLayout)
            m_itemType = columns.indexOf(QStringLiteral("Item Type"));
        if (mapping.layout == kMagentoLayout) {
            m_storeView = columns.indexOf(QStringLiteral("store_view_code"));
            m_childList = columns.indexOf(QStringLiteral("configurable_variations"));
        }
    }

    // Non-catalog files: product ids are looked up in the catalog (SKUs, barcodes, titles).
    void setResolver(const ProductResolver *resolver)
    {
        if (resolver && resolver->hasCatalog())
            m_linker.emplace(m_mapping, m_columns, *resolver);
    }
    void setAssembler(CatalogAssembler *assembler) { m_assembler = assembler; }
    qint64 linked() const { return m_linked; }
    qint64 unlinked() const { return m_unlinked; }
    const QStringList &unlinkedExamples() const { return m_unlinkedExamples; }

    bool convert(const TableRow &row, ShopWriter &writer, QList<FileIssue> &issues)
    {
        m_row = &row;
        m_issues = &issues;
        m_ok = true;
        switch (m_mapping.kind) {
        case DataKind::Catalog:
            return readProduct();
        case DataKind::Reviews:
            return writeReview(writer);
        case DataKind::Questions:
            return writeQuestion(writer);
        case DataKind::Searches:
            return writeSearch(writer);
        case DataKind::Orders:
            return writeOrder(writer);
        case DataKind::EcInstruct:
            return false;
        }
        return false;
    }

private:
    QString text(const char *field)
    {
        const int i = m_index.value(QLatin1String(field), -1);
        const QString v = i >= 0 && i < m_row->values.size() ? m_row->values[i].trimmed() : QString();
        if (v.isEmpty() && m_required.value(QLatin1String(field)))
            fail(field, QStringLiteral("is empty; a value is required"));
        return v;
    }

    void fail(const char *field, const QString &message)
    {
        m_ok = false;
        m_issues->append(
            {FileIssue::Severity::Error, m_file, m_row->line, m_mapping.column(QLatin1String(field)), message});
    }

    template <typename T>
    T parsed(const char *field, std::optional<T> (*parse)(const QString &), const char *expected, T fallback)
    {
        const QString v = text(field);
        if (v.isEmpty())
            return fallback;
        const auto value = parse(v);
        if (!value) {
            fail(field, QStringLiteral("expected %1, found \"%2\"").arg(QString::fromUtf8(expected), v.left(40)));
            return fallback;
        }
        return *value;
    }

    QString cell(int index) const
    {
        return index >= 0 && index < m_row->values.size() ? m_row->values[index].trimmed() : QString();
    }

    // The catalog's key for the product a row names; the value as it is when the catalog has no
    // such product (kept, and counted as not linked).
    QString productKey()
    {
        if (!m_linker)
            return text("product_id"); // no catalog yet: the value as it is
        const RowLinker::Link link = m_linker->link(m_row->values);
        if (link.named.isEmpty()) {
            if (m_required.value(QStringLiteral("product_id")))
                fail("product_id", QStringLiteral("is empty; a value is required"));
            return {};
        }
        if (!link.key.isEmpty()) {
            ++m_linked;
            return link.key;
        }
        ++m_unlinked;
        if (m_unlinkedExamples.size() < 20 && !m_unlinkedExamples.contains(link.named))
            m_unlinkedExamples << link.named;
        return link.viaOrder ? QString() : link.named;
    }

    // BigCommerce writes a SKU row's options into its name: "[S]Finish=Copper,[RB]Size=250 g".
    static QList<std::pair<QString, QString>> bigCommerceOptions(const QString &cell)
    {
        static const QRegularExpression option(QStringLiteral("\\[[A-Z]+\\]([^=]+)=(.*?)(?=,\\[[A-Z]+\\]|$)"));
        QList<std::pair<QString, QString>> out;
        for (auto it = option.globalMatch(cell); it.hasNext();) {
            const auto m = it.next();
            out.append({m.captured(1).trimmed(), m.captured(2).trimmed()});
        }
        return out;
    }

    // Magento's configurable_variations: "sku=A,color=Red,size=S|sku=B,color=Red,size=M".
    static QStringList magentoChildren(const QString &cell)
    {
        QStringList out;
        for (const QString &variation : cell.split(QLatin1Char('|'), Qt::SkipEmptyParts))
            for (const QString &pair : variation.split(QLatin1Char(',')))
                if (pair.trimmed().startsWith(QLatin1String("sku=")))
                    out << pair.trimmed().mid(4).trimmed();
        return out;
    }

    // Etsy writes all of a listing's variation SKUs into one cell: "TT-KIT-6,TT-KIT-8".
    static void splitSkuList(CatalogRow &row)
    {
        if (!row.sku.contains(QLatin1Char(',')))
            return;
        const QStringList skus = row.sku.split(QLatin1Char(','), Qt::SkipEmptyParts);
        bool codes = true;
        for (const QString &sku : skus)
            codes = codes && !sku.trimmed().isEmpty() && !sku.trimmed().contains(QLatin1Char(' '));
        if (codes) {
            row.sku = skus.front().trimmed();
            for (qsizetype i = 1; i < skus.size(); ++i)
                row.aliases.append({skus[i].trimmed(), QStringLiteral("sku")});
        }
    }

    // The product's description, price, category, codes and attributes, with a warning for
    // a price or GTIN that does not read.
    void readDetails(Product &p)
    {
        p.description = htmlToText(text("description"));
        p.features = splitList(text("features"));
        p.brand = text("brand");
        const QString price = text("price");
        if (!price.isEmpty()) {
            p.price = parsePrice(price);
            if (!p.price)
                m_issues->append({FileIssue::Severity::Warning, m_file, m_row->line, m_mapping.column("price"),
                    QStringLiteral("expected a price such as 24.90, found \"%1\"; the price is left empty")
                        .arg(price.left(40))});
        }
        p.category = splitCategoryPath(text("category"));
        const QString gtin = text("gtin");
        p.gtin = digitsOnly(gtin);
        if (!gtin.isEmpty() && !isValidGtin(p.gtin)) {
            m_issues->append({FileIssue::Severity::Warning, m_file, m_row->line, m_mapping.column("gtin"),
                QStringLiteral("\"%1\" is not a valid GTIN/EAN/UPC (8, 12, 13 or 14 digits with a correct check "
                               "digit); it is not used for matching")
                    .arg(gtin.left(40))});
            p.gtin.clear();
        }
        p.mpn = text("mpn");
        for (const auto &[name, index] : m_attributes)
            addAttributeCell(p, name, cell(index));
    }

    bool readProduct()
    {
        // Rows that are not products or variants: BigCommerce's price rules, Magento's
        // translations of a product for one store view.
        const QString itemType = cell(m_itemType);
        if (!cell(m_storeView).isEmpty())
            return true;
        if (itemType.compare(QLatin1String("Rule"), Qt::CaseInsensitive) == 0) {
            // A price rule names option values of the product above (all a product whose options
            // have no SKUs of their own shows of them); its price is not the product's.
            if (m_lastProductKey.isEmpty())
                return true;
            CatalogRow rule;
            rule.line = m_row->line;
            rule.product.key = m_lastProductKey;
            rule.options = bigCommerceOptions(cell(m_index.value(QStringLiteral("title"), -1)));
            return m_assembler->add(std::move(rule), *m_issues);
        }
        const bool bigCommerceVariant = itemType.compare(QLatin1String("SKU"), Qt::CaseInsensitive) == 0;
        CatalogRow row;
        row.line = m_row->line;
        row.sku = text("sku");
        row.parent = text("parent_id");
        for (const auto &[name, value] : m_pairs)
            row.options.append({cell(name), cell(value)});
        for (const auto &[name, index] : m_aliases)
            row.aliases.append({cell(index), name});
        splitSkuList(row);
        Product &p = row.product;
        if (bigCommerceVariant) {
            // A SKU row belongs to the Product row above it; its name holds its options.
            if (m_lastProductKey.isEmpty()) {
                m_issues->append({FileIssue::Severity::Error, m_file, m_row->line, QStringLiteral("Item Type"),
                    QStringLiteral("is a SKU row before any Product row; it belongs to no product")});
                return false;
            }
            p.key = m_lastProductKey;
            row.options = bigCommerceOptions(cell(m_index.value(QStringLiteral("title"), -1)));
        } else {
            p.key = text("product_id");
            p.title = htmlToText(text("title")).simplified();
            m_lastProductKey = p.key;
        }
        if (m_childList >= 0 && m_assembler)
            m_assembler->adoptChildren(p.key, magentoChildren(cell(m_childList)));
        readDetails(p);
        if (!m_ok)
            return false;
        return m_assembler->add(std::move(row), *m_issues);
    }

    // Magento packs attributes into one cell ("color=Red,size=M"); others have one per column.
    static void addAttributeCell(Product &p, const QString &column, const QString &value)
    {
        static const QRegularExpression packed(QStringLiteral("^[^=,]+=[^,]*(,[^=,]+=[^,]*)*$"));
        if (value.isEmpty())
            return;
        if (isShopifyCategoryField(column)) {
            // Entry handles ("rose-gold; sage") in the words a title uses ("rose gold | sage"), as
            // other lists of values are kept; export turns them back into the handles.
            const QStringList handles = metafieldEntries(value);
            if (!handles.isEmpty())
                p.attributes.insert(attributeName(column),
                    handles.join(QStringLiteral(" | ")).replace(QLatin1Char('-'), QLatin1Char(' ')));
            return;
        }
        if (!packed.match(value).hasMatch()) {
            p.attributes.insert(attributeName(column), value);
            return;
        }
        for (const QString &pair : value.split(QLatin1Char(','))) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            const QString v = pair.mid(eq + 1).trimmed();
            if (!v.isEmpty())
                p.attributes.insert(attributeName(pair.left(eq)), v);
        }
    }

    bool writeReview(ShopWriter &w)
    {
        Review r;
        r.productKey = productKey();
        r.rating = parsed<int>("rating", parseRating, "a rating from 1 to 5 (such as 4, 4/5 or ★★★★)", 0);
        r.text = htmlToText(text("text"));
        r.title = htmlToText(text("title"));
        r.date = text("date");
        r.key = text("review_id");
        r.author = text("author");
        if (m_ok)
            w.add(r);
        return m_ok;
    }

    bool writeQuestion(ShopWriter &w)
    {
        Question q;
        q.productKey = productKey();
        q.question = htmlToText(text("question"));
        q.answer = htmlToText(text("answer"));
        q.date = text("date");
        q.key = text("question_id");
        if (m_ok)
            w.add(q);
        return m_ok;
    }

    bool writeSearch(ShopWriter &w)
    {
        SearchEvent e;
        e.query = text("query").simplified();
        e.productKey = productKey();
        e.sessionKey = text("session_id");
        e.position = parsed<int>("position", parseCount, "a position such as 1, 2, 3", 0);
        e.clicked = parsed<bool>("clicked", parseFlag, "1/0 or yes/no", false);
        e.added = parsed<bool>("added", parseFlag, "1/0 or yes/no", false);
        e.purchased = parsed<bool>("purchased", parseFlag, "1/0 or yes/no", false);
        e.date = text("date");
        if (m_ok)
            w.add(e);
        return m_ok;
    }

    bool writeOrder(ShopWriter &w)
    {
        OrderLine o;
        o.orderKey = text("order_id");
        // Further line items of one order often leave the order's fields empty (Shopify repeats
        // only some); they are the order's own.
        const bool sameOrder = !o.orderKey.isEmpty() && o.orderKey == m_lastOrder.orderKey;
        if (sameOrder && cell(m_index.value(QStringLiteral("customer_id"), -1)).isEmpty())
            o.customerKey = m_lastOrder.customerKey;
        else
            o.customerKey = customerKey(text("customer_id"));
        o.productKey = productKey();
        o.date = text("date");
        if (sameOrder && o.date.isEmpty())
            o.date = m_lastOrder.date;
        o.quantity = parsed<int>("quantity", parseCount, "a whole number of items", 1);
        if (m_ok) {
            w.add(o);
            m_lastOrder = o;
        }
        return m_ok;
    }

    // A customer named by e-mail address is kept as a pseudonym: orders of one customer still
    // group, and the address is not in the project file.
    static QString customerKey(const QString &value)
    {
        if (!value.contains(QLatin1Char('@')))
            return value;
        const QByteArray digest
            = QCryptographicHash::hash(value.trimmed().toLower().toUtf8(), QCryptographicHash::Sha256);
        return QStringLiteral("customer-") + QString::fromLatin1(digest.toHex().left(12));
    }

    const ColumnMapping &m_mapping;
    QString m_file;
    QMap<QString, int> m_index;
    QMap<QString, bool> m_required;
    QList<std::pair<QString, int>> m_attributes;
    QList<std::pair<int, int>> m_pairs; // name column, value column
    QList<std::pair<QString, int>> m_aliases;
    QStringList m_columns;
    std::optional<RowLinker> m_linker; // when the project has a catalog
    CatalogAssembler *m_assembler = nullptr;
    qint64 m_linked = 0;
    qint64 m_unlinked = 0;
    QStringList m_unlinkedExamples;
    OrderLine m_lastOrder;
    int m_itemType = -1; // BigCommerce: Product / SKU / Rule
    int m_storeView = -1; // Magento: a store view's translation of a product row
    int m_childList = -1; // Magento: configurable_variations
    QString m_lastProductKey;
    const TableRow *m_row = nullptr;
    QList<FileIssue> *m_issues = nullptr;
    bool m_ok = true;
};

QString issuesToJson(const QList<FileIssue> &issues)
{
    QJsonArray a;
    for (const FileIssue &i : issues)
        a.append(QJsonObject {{"severity", i.severity == FileIssue::Severity::Error ? "error" : "warning"},
            {"line", i.line}, {"column", i.column}, {"message", i.message}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

} // namespace

FilePreview previewFile(const QString &path, int maxRows)
{
    auto reader = TableReader::open(path);
    FilePreview p;
    p.columns = reader->columns();
    p.format = reader->format();
    TableRow row;
    while (p.rows.size() < maxRows && reader->next(row))
        p.rows << row.values;
    p.issues = reader->takeIssues();
    return p;
}

ColumnMapping proposeMapping(ProjectStore &store, DataKind kind, const FilePreview &preview)
{
    const QString saved = savedMapping(store, kind, headerSignature(preview.columns));
    if (!saved.isEmpty()) {
        try {
            return ColumnMapping::fromJson(saved);
        } catch (const ImportError &) {
            // A mapping saved by an older version that no longer reads: suggest afresh.
        }
    }
    ColumnMapping mapping = suggestMapping(kind, preview.columns, preview.rows);
    linkToCatalog(mapping, ProductResolver::fromStore(store), preview.columns, preview.rows);
    return mapping;
}

QString fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

namespace {

// Keeps every issue's count, and the first kMaxReportedIssues for the report.
void keepIssues(ImportResult &result, const QList<FileIssue> &issues)
{
    result.issueCount += issues.size();
    for (const FileIssue &i : issues)
        if (result.issues.size() < kMaxReportedIssues)
            result.issues << i;
}

qint64 recordImport(ProjectStore &store, const ImportRequest &request, const TableFormat &format)
{
    ImportInfo info;
    info.kind = request.mapping.kind;
    info.fileName = QFileInfo(request.path).fileName();
    info.filePath = request.path.startsWith(QLatin1Char(':')) ? request.path // a file bundled with the app
                                                              : QFileInfo(request.path).absoluteFilePath();
    info.fileSha256 = fileSha256(request.path);
    info.fileSize = QFileInfo(request.path).size();
    info.encoding = format.encoding;
    info.delimiter = format.delimiter.isNull() ? QString() : QString(format.delimiter);
    info.mappingJson = request.mapping.toJson();
    return addImport(store, info);
}

// Converts every row of the file; false when onProgress asked to stop.
bool convertRows(TableReader &reader, RowConverter &converter, ShopWriter &writer, ImportResult &result,
    const std::function<bool(const ImportProgress &)> &onProgress)
{
    TableRow row;
    QList<FileIssue> rowIssues;
    while (reader.next(row)) {
        const QList<FileIssue> readIssues = reader.takeIssues();
        keepIssues(result, readIssues);
        bool broken = false;
        for (const FileIssue &i : readIssues)
            broken = broken || (i.severity == FileIssue::Severity::Error && i.line == row.line);
        rowIssues.clear();
        if (!broken && converter.convert(row, writer, rowIssues))
            ++result.rows;
        else
            ++result.skipped;
        keepIssues(result, rowIssues);
        if (onProgress && (result.rows + result.skipped) % 2000 == 0 && !onProgress({reader.progress(), result.rows}))
            return false;
    }
    keepIssues(result, reader.takeIssues());
    return true;
}

// Throws when too little of the file was usable for the import to be kept.
void requireUsableRows(const ImportResult &result, const QString &file)
{
    const QString firstProblem = result.issues.isEmpty() ? QString() : result.issues.first().toString();
    if (result.rows == 0)
        throw ImportError({FileIssue::Severity::Error, file, 0, {},
            result.skipped ? QStringLiteral("has no usable rows: all %1 had problems (first: %2)")
                                 .arg(result.skipped)
                                 .arg(firstProblem)
                           : QStringLiteral("has a header but no rows")});
    if (result.skipped > result.rows)
        throw ImportError({FileIssue::Severity::Error, file, 0, {},
            QStringLiteral("%1 of %2 rows could not be used, so nothing was imported; is this the right kind of "
                           "file and the right column mapping? First problem: %3")
                .arg(result.skipped)
                .arg(result.rows + result.skipped)
                .arg(firstProblem)});
}

} // namespace

ImportResult importFile(
    ProjectStore &store, const ImportRequest &request, const std::function<bool(const ImportProgress &)> &onProgress)
{
    auto reader = TableReader::open(request.path);
    const QString file = reader->fileName();
    const QStringList problems = request.mapping.problems(reader->columns());
    if (!problems.isEmpty())
        throw ImportError({FileIssue::Severity::Error, file, 0, {},
            QStringLiteral("cannot be imported with this column mapping: %1").arg(problems.join(QLatin1Char(' ')))});

    ImportResult result;
    result.format = reader->format();
    Transaction tx(store);
    result.importId = recordImport(store, request, result.format);

    ShopWriter writer(store, result.importId);
    RowConverter converter(request.mapping, reader->columns(), file);
    const ProductResolver resolver = request.mapping.kind == DataKind::Catalog
        ? ProductResolver()
        : ProductResolver::fromStore(store,
            request.mapping.kind == DataKind::Reviews ? ProductResolver::Orders::Read : ProductResolver::Orders::Skip);
    converter.setResolver(&resolver);
    CatalogAssembler assembler(file);
    converter.setAssembler(&assembler);
    if (!convertRows(*reader, converter, writer, result, onProgress)) {
        result.cancelled = true;
        return result; // the transaction rolls back
    }
    if (request.mapping.kind == DataKind::Catalog) {
        QList<FileIssue> catalogIssues;
        assembler.finish(catalogIssues);
        keepIssues(result, catalogIssues);
        const CatalogStored stored = storeCatalog(store, assembler, reader->columns(), writer);
        result.relinkedRows = stored.relinkedRows;
        result.mergedProducts = stored.mergedProducts;
        result.products = stored.products;
        result.variantRows = stored.variantRows;
    }
    result.linked = converter.linked();
    result.unlinked = converter.unlinked();
    result.unlinkedExamples = converter.unlinkedExamples();
    if (result.unlinked > 0)
        keepIssues(result,
            {{FileIssue::Severity::Warning, file, 0, request.mapping.column(QStringLiteral("product_id")),
                QStringLiteral("%1 of %2 rows name a product that is not in the catalog (%3); they are kept but "
                               "cannot be linked to a product")
                    .arg(result.unlinked)
                    .arg(result.linked + result.unlinked)
                    .arg(result.unlinkedExamples.mid(0, 5).join(QStringLiteral(", ")))}});
    requireUsableRows(result, file);
    finishImport(store, result.importId, result.rows, result.skipped, issuesToJson(result.issues));
    saveMapping(store, request.mapping.kind, headerSignature(reader->columns()), request.mapping.toJson());
    tx.commit();
    if (onProgress)
        onProgress({1.0, result.rows});
    return result;
}

} // namespace shoptuner::data
