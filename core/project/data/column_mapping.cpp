#include "column_mapping.h"

#include "column_names.h"
#include "platform_layouts.h"
#include "table_reader.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace shoptuner::data {
namespace {

// What the values of one column look like.
struct ColumnProfile
{
    int nonEmpty = 0;
    int gtinLike = 0; // 8/12/13/14 digits with a valid check digit
    int ratingLike = 0; // a whole number 1..5
    int boolLike = 0; // 0/1/yes/no/true/false
    int numberLike = 0;
    int dateLike = 0;
    int urlLike = 0;
    double meanLength = 0;
    bool unique = true;

    double share(int n) const { return nonEmpty ? double(n) / nonEmpty : 0.0; }
};

ColumnProfile profile(const QList<QStringList> &sample, qsizetype column)
{
    static const QRegularExpression number(QStringLiteral("^[-+]?[$€£¥]?\\s*\\d+([.,]\\d+)*\\s*[$€£¥]?$"));
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}|^\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}"));
    static const QStringList bools = {"0", "1", "yes", "no", "true", "false", "y", "n", "ja", "nein", "oui", "non"};
    ColumnProfile p;
    QSet<QString> seen;
    qint64 length = 0;
    for (const QStringList &row : sample) {
        const QString v = column < row.size() ? row[column].trimmed() : QString();
        if (v.isEmpty())
            continue;
        ++p.nonEmpty;
        length += v.size();
        if (seen.contains(v))
            p.unique = false;
        seen.insert(v);
        const QString digits = QString(v).remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
        if (isValidGtin(digits))
            ++p.gtinLike;
        bool ok = false;
        const int whole = v.toInt(&ok);
        if (ok && whole >= 1 && whole <= 5)
            ++p.ratingLike;
        if (bools.contains(v.toLower()))
            ++p.boolLike;
        if (number.match(v).hasMatch())
            ++p.numberLike;
        if (date.match(v).hasMatch())
            ++p.dateLike;
        if (v.startsWith(QLatin1String("http://")) || v.startsWith(QLatin1String("https://")))
            ++p.urlLike;
    }
    p.meanLength = p.nonEmpty ? double(length) / p.nonEmpty : 0.0;
    return p;
}

// How well a column fits a field from its values alone (0 when they say nothing or contradict).
double contentScore(DataKind kind, const QString &field, const ColumnProfile &p)
{
    if (p.nonEmpty == 0)
        return 0;
    if (field == QLatin1String("gtin"))
        return p.share(p.gtinLike) >= 0.8 ? 0.9 : 0;
    if (field == QLatin1String("rating"))
        return p.share(p.ratingLike) >= 0.95 ? 0.7 : 0;
    if (field == QLatin1String("clicked") || field == QLatin1String("added") || field == QLatin1String("purchased"))
        return 0;
    if (field == QLatin1String("date"))
        return p.share(p.dateLike) >= 0.9 ? 0.6 : 0;
    if (field == QLatin1String("price"))
        return p.share(p.numberLike) >= 0.9 && p.share(p.ratingLike) < 0.9 && p.share(p.gtinLike) < 0.5 ? 0.3 : 0;
    if ((field == QLatin1String("description") && kind == DataKind::Catalog)
        || (field == QLatin1String("text") && kind == DataKind::Reviews))
        return p.meanLength > 80 ? 0.45 : 0;
    return 0;
}

// Values that rule a field out whatever the header says.
bool contradicts(const QString &field, const ColumnProfile &p)
{
    if (p.nonEmpty == 0)
        return false;
    if (field == QLatin1String("rating"))
        return p.share(p.numberLike) < 0.5;
    if (field == QLatin1String("clicked") || field == QLatin1String("added") || field == QLatin1String("purchased"))
        return p.share(p.boolLike) < 0.8 && p.share(p.numberLike) < 0.8;
    if (field == QLatin1String("price") || field == QLatin1String("quantity") || field == QLatin1String("position"))
        return p.share(p.numberLike) < 0.8;
    return false;
}

// Attribute columns a catalog keeps: short, repeated values that are not identifiers, numbers,
// flags or links, under a header that is not one of the shop system's own bookkeeping columns.
bool looksLikeAttribute(const QString &column, const ColumnProfile &p, bool layoutKnown)
{
    static const QStringList names
        = {"color", "colour", "farbe", "couleur", "colore", "kleur", "size", "grosse", "groesse", "taille", "talla",
            "taglia", "maat", "material", "materials", "materiau", "matiere", "materiale", "materiaal", "weight",
            "gewicht", "poids", "peso", "style", "stil", "pattern", "muster", "capacity", "volume", "inhalt",
            "dimensions", "abmessungen", "scent", "duft", "finish", "shape", "form", "gender", "age", "fit", "length"};
    // Columns every platform export has that describe the listing, not the product.
    static const QStringList bookkeeping = {"tags", "published", "status", "visibility", "visibilityincatalog",
        "giftcard", "seotitle", "seodescription", "taxstatus", "taxclass", "taxable", "shippingclass", "currency",
        "currencycode", "condition", "itemcondition", "fulfillmentchannel", "instock", "backordersallowed",
        "isfeatured", "soldindividually", "allowcustomerreviews", "weightunit", "variantweightunit",
        "variantinventorypolicy", "variantinventorytracker", "variantfulfillmentservice", "varianttaxcode",
        "inventorypolicy", "buttontext", "purchasenote", "producttype", "type", "vendor"};
    const QString n = normalizedHeader(column);
    // "Attribute 3" is one; WooCommerce's "Attribute 1 visible/global" only say how it is shown.
    // Magento's "attribute_set_code" names the product's form template, not an attribute.
    const bool attributeFlag = n.endsWith(QLatin1String("visible")) || n.endsWith(QLatin1String("global"))
        || n.endsWith(QLatin1String("default")) || n.startsWith(QLatin1String("attributeset"));
    // A weight that is a bare number ("0.35") is the shipping weight the shop system needs, not a
    // property a customer reads ("350 g").
    static const QStringList weights = {"weight", "gewicht", "poids", "peso"};
    if (weights.contains(n) && p.nonEmpty > 0 && p.share(p.numberLike) >= 0.8)
        return false;
    if (names.contains(n) || (n.startsWith(QLatin1String("attribute")) && !attributeFlag))
        return true;
    // Shopify's product metafields ("Color (product.metafields.shopify.color-pattern)") hold the
    // product's attributes, filled or not: an empty one is what "Fill missing attributes" fills.
    if (column.contains(QLatin1String("(product.metafields.")))
        return true;
    if (layoutKnown || bookkeeping.contains(n) || p.nonEmpty == 0)
        return false;
    const bool flags = p.share(p.boolLike) >= 0.8;
    return p.meanLength < 30 && p.share(p.numberLike) < 0.5 && !p.unique && !flags && p.share(p.urlLike) < 0.5;
}

} // namespace

QString normalizedHeader(const QString &header)
{
    QString n = header.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    for (QChar c : n)
        if (c.isLetterOrNumber() && c.unicode() < 0x250)
            out += c;
    return out;
}

QString attributeName(const QString &header)
{
    static const QRegularExpression metafield(QStringLiteral("\\s*\\(product\\.metafields\\.[^)]*\\)$"));
    QString n = header.simplified().toLower().remove(metafield).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (n.endsWith(QLatin1String(" name")))
        n.chop(5);
    return n.trimmed();
}

bool isValidGtin(const QString &digits)
{
    const qsizetype n = digits.size();
    if (n != 8 && n != 12 && n != 13 && n != 14)
        return false;
    int sum = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (!digits[i].isDigit())
            return false;
        const int d = digits[i].digitValue();
        // GS1: from the right, the check digit has weight 1, then 3, 1, 3, ...
        const qsizetype fromRight = n - 1 - i;
        sum += fromRight == 0 ? 0 : d * (fromRight % 2 ? 3 : 1);
    }
    return (10 - sum % 10) % 10 == digits[n - 1].digitValue();
}

QList<FieldSpec> fieldSpecs(DataKind kind)
{
    using S = FieldSpec;
    switch (kind) {
    case DataKind::Catalog:
        return {S {"product_id", "Product ID", "Your shop's unique id or SKU for the product", true},
            S {"title", "Title", "The product name as shown in the shop", true},
            S {"description", "Description", "The long product text (HTML is cleaned up)"},
            S {"features", "Features", "Bullet points, separated by | or on separate lines"},
            S {"brand", "Brand", "Brand or manufacturer"}, S {"price", "Price", "Price as a number"},
            S {"category", "Category", "Category path such as Home > Kitchen > Mugs"},
            S {"gtin", "GTIN / EAN / UPC", "The barcode number"}, S {"mpn", "MPN", "Manufacturer part number or model"},
            S {"sku", "SKU", "The stock-keeping unit (of the variant, where there are variants)"},
            S {"parent_id", "Parent product", "For variants: the product they belong to"}};
    case DataKind::Reviews:
        return {S {"product_id", "Product ID", "The id of the reviewed product, as in the catalog", true},
            S {"text", "Review text", "What the customer wrote", true},
            // Reviews without stars (comments, a form's messages) are kept: triage reads how they
            // feel; only sentiment training needs the stars.
            S {"rating", "Rating", "Stars from 1 to 5; none for reviews without stars"},
            S {"title", "Review title", "The review's headline"}, S {"date", "Date", "When it was written"},
            S {"review_id", "Review ID", "The review's own id"},
            S {"author", "Reviewer name", "Who wrote it; only used to remove the name from the text"},
            S {"order_id", "Order ID",
                "The order the review is about (Etsy); links it to the product when the orders file has that "
                "order with one product"}};
    case DataKind::Questions:
        return {S {"product_id", "Product ID", "The product asked about, as in the catalog", true},
            S {"question", "Question", "What the customer asked", true},
            S {"answer", "Answer", "The answer given (several separated by |)"},
            S {"date", "Date", "When it was asked"}, S {"question_id", "Question ID", "The question's own id"}};
    case DataKind::Searches:
        return {S {"query", "Search query", "What the customer typed", true},
            S {"product_id", "Product ID", "A product shown for the query", true},
            S {"session_id", "Search ID", "Groups the products shown for one search"},
            S {"position", "Position", "Where the product was shown (1 = top)"},
            S {"clicked", "Clicked", "1 if the customer clicked the product"},
            S {"added", "Added to cart", "1 if it went into the cart"},
            S {"purchased", "Purchased", "1 if it was bought"}, S {"date", "Date", "When the search happened"}};
    case DataKind::Orders:
        return {S {"customer_id", "Customer or session", "Who ordered (any stable id; no names needed)", true},
            S {"product_id", "Product ID", "The product ordered, as in the catalog", true},
            S {"date", "Date and time", "When it was ordered"}, S {"order_id", "Order ID", "Groups lines of one order"},
            S {"quantity", "Quantity", "How many were ordered"}};
    case DataKind::EcInstruct:
        return {};
    }
    return {};
}

QString ColumnMapping::toJson() const
{
    QJsonObject f;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        f.insert(it.key(), it.value());
    QJsonObject o {{"kind", store::dataKindName(kind)}, {"fields", f}};
    if (kind == DataKind::Catalog) {
        o.insert(QLatin1String("attributes"), QJsonArray::fromStringList(attributeColumns));
        QJsonArray pairs;
        for (const AttributePair &p : attributePairs)
            pairs.append(QJsonObject {{"name", p.nameColumn}, {"value", p.valueColumn}});
        if (!pairs.isEmpty())
            o.insert(QLatin1String("attribute_pairs"), pairs);
        if (!aliasColumns.isEmpty())
            o.insert(QLatin1String("aliases"), QJsonArray::fromStringList(aliasColumns));
    }
    if (!productFallbacks.isEmpty())
        o.insert(QLatin1String("product_fallbacks"), QJsonArray::fromStringList(productFallbacks));
    if (!layout.isEmpty())
        o.insert(QLatin1String("layout"), layout);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ColumnMapping ColumnMapping::fromJson(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    const auto bad = [](const QString &why) {
        return ImportError({FileIssue::Severity::Error, QStringLiteral("mapping"), 0, {}, why});
    };
    if (!doc.isObject())
        throw bad(QStringLiteral("is not a JSON object: %1").arg(error.errorString()));
    const QJsonObject o = doc.object();
    ColumnMapping m;
    const auto kind = store::dataKindFromName(o.value(QLatin1String("kind")).toString());
    if (!kind)
        throw bad(QStringLiteral("has no valid \"kind\" (catalog, reviews, questions, searches or orders)"));
    m.kind = *kind;
    QStringList known;
    for (const FieldSpec &s : fieldSpecs(m.kind))
        known << s.id;
    const QJsonObject f = o.value(QLatin1String("fields")).toObject();
    for (auto it = f.begin(); it != f.end(); ++it) {
        if (!known.contains(it.key()))
            throw bad(QStringLiteral("names an unknown field \"%1\" for %2 files; known: %3")
                          .arg(it.key(), store::dataKindName(m.kind), known.join(QLatin1String(", "))));
        m.fields.insert(it.key(), it.value().toString());
    }
    for (const QJsonValue &v : o.value(QLatin1String("attributes")).toArray())
        m.attributeColumns << v.toString();
    for (const QJsonValue &v : o.value(QLatin1String("attribute_pairs")).toArray()) {
        const QJsonObject pair = v.toObject();
        const QString name = pair.value(QLatin1String("name")).toString();
        const QString value = pair.value(QLatin1String("value")).toString();
        if (name.isEmpty() || value.isEmpty())
            throw bad(QStringLiteral("has an attribute pair without \"name\" and \"value\" columns"));
        m.attributePairs.append({name, value});
    }
    for (const QJsonValue &v : o.value(QLatin1String("aliases")).toArray())
        m.aliasColumns << v.toString();
    for (const QJsonValue &v : o.value(QLatin1String("product_fallbacks")).toArray())
        m.productFallbacks << v.toString();
    m.layout = o.value(QLatin1String("layout")).toString();
    if (m.kind != DataKind::Catalog && (!m.attributeColumns.isEmpty() || !m.attributePairs.isEmpty()))
        throw bad(QStringLiteral("gives attribute columns for a %1 file; only catalogs have attributes")
                      .arg(store::dataKindName(m.kind)));
    return m;
}

bool ColumnMapping::isRequired(const FieldSpec &spec) const
{
    // A review that names its order instead of its product (Etsy) is linked through the orders.
    if (kind == DataKind::Reviews && spec.id == QLatin1String("product_id")
        && !column(QStringLiteral("order_id")).isEmpty())
        return false;
    return spec.required;
}

QStringList ColumnMapping::problems(const QStringList &columns) const
{
    QStringList out;
    QMap<QString, QString> usedBy;
    // A set: a header of many thousands of columns is checked in linear time.
    const QSet<QString> present(columns.cbegin(), columns.cend());
    for (const FieldSpec &s : fieldSpecs(kind)) {
        const QString c = fields.value(s.id);
        if (c.isEmpty()) {
            if (isRequired(s))
                out << QStringLiteral("Choose the column that holds \"%1\" (%2).").arg(s.label, s.help);
            continue;
        }
        if (!present.contains(c))
            out << QStringLiteral("\"%1\" is mapped to a column \"%2\" that the file does not have.").arg(s.label, c);
        else if (usedBy.contains(c) && !(s.id == QLatin1String("title") && fields.value("product_id") == c))
            out << QStringLiteral("Column \"%1\" is used for both \"%2\" and \"%3\".").arg(c, usedBy[c], s.label);
        // A catalog without ids (Etsy's listings download) names its products by their titles.
        usedBy.insert(c, s.label);
    }
    for (const QString &c : productFallbacks)
        if (!present.contains(c))
            out << QStringLiteral("The column \"%1\" that names products when the product column does not is not in "
                                  "the file.")
                       .arg(c);
    if (kind == DataKind::Catalog) {
        for (const QString &c : attributeColumns)
            if (!present.contains(c))
                out << QStringLiteral("Attribute column \"%1\" is not in the file.").arg(c);
        for (const AttributePair &p : attributePairs)
            for (const QString &c : {p.nameColumn, p.valueColumn})
                if (!present.contains(c))
                    out << QStringLiteral("Attribute column \"%1\" is not in the file.").arg(c);
    }
    if (kind == DataKind::Searches && fields.value("clicked").isEmpty() && fields.value("added").isEmpty()
        && fields.value("purchased").isEmpty())
        out << QStringLiteral("Choose at least one of Clicked, Added to cart or Purchased: without them the search "
                              "log says nothing about which products fit a query.");
    return out;
}

QList<AttributePair> findAttributePairs(const QStringList &columns)
{
    QHash<QString, qsizetype> nameColumns; // prefix ("option1") -> the "... name" column
    QList<std::pair<QString, qsizetype>> valueColumns;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const QString n = normalizedHeader(columns[c]);
        if (n.size() > 4 && n.endsWith(QLatin1String("name")))
            nameColumns.insert(n.chopped(4), c);
        for (const QLatin1String suffix : {QLatin1String("values"), QLatin1String("value")})
            if (n.size() > suffix.size() && n.endsWith(suffix)) {
                valueColumns.append({n.chopped(suffix.size()), c});
                break;
            }
    }
    QList<AttributePair> pairs;
    for (const auto &[prefix, valueColumn] : valueColumns) {
        // "product" + "name" is a title and "item" + "value" a price, not an attribute pair.
        const bool generic = prefix == QLatin1String("product") || prefix == QLatin1String("item");
        const auto name = nameColumns.constFind(prefix);
        if (name != nameColumns.constEnd() && !generic)
            pairs.append({columns[*name], columns[valueColumn]});
    }
    return pairs;
}

namespace {

// Fills the fields a recognised platform layout names; returns the columns it used.
QSet<qsizetype> applyLayout(
    ColumnMapping &m, const PlatformLayout &layout, const QStringList &normalized, const QStringList &columns)
{
    QHash<QString, qsizetype> byName;
    for (qsizetype c = normalized.size() - 1; c >= 0; --c)
        byName.insert(normalized[c], c);
    QSet<qsizetype> used;
    const QString reason = QStringLiteral("the file is a %1").arg(layout.name);
    m.layout = layout.name;
    for (const auto &[field, header] : layout.fields) {
        const auto at = byName.constFind(header);
        if (m.fields.contains(field) || at == byName.constEnd())
            continue;
        m.fields.insert(field, columns[*at]);
        m.reasons.insert(field, reason);
        used.insert(*at);
    }
    for (const QString &header : layout.attributes)
        if (const auto at = byName.constFind(header); at != byName.constEnd()) {
            m.attributeColumns << columns[*at];
            m.reasons.insert(columns[*at], reason);
            used.insert(*at);
        }
    for (const QString &header : layout.aliases)
        if (const auto at = byName.constFind(header); at != byName.constEnd() && !used.contains(*at)) {
            m.aliasColumns << columns[*at];
            used.insert(*at);
        }
    return used;
}

// A column that may hold a field, and why.
struct Candidate
{
    double score;
    QString field;
    qsizetype column;
    QString reason;
};

// How well column c (its header as written and normalized, and its values) fits field f: by its
// header's name, a known name within it, or values that look like the field's.
std::optional<Candidate> match(DataKind kind, const FieldNames &f, qsizetype c, const QString &header,
    const QString &normalized, const ColumnProfile &profile)
{
    const QString field = QString::fromLatin1(f.field);
    double score = 0;
    QString reason;
    const qsizetype exact = f.names.indexOf(normalized);
    if (exact >= 0) {
        score = 1.0 - 0.001 * double(exact); // earlier names are the more usual ones
        reason = QStringLiteral("the header \"%1\" names it").arg(header);
    } else {
        for (const QString &name : f.names)
            if (name.size() >= 4 && normalized.contains(name)) {
                score = 0.6;
                reason = QStringLiteral("the header \"%1\" contains \"%2\"").arg(header, name);
                break;
            }
    }
    const double content = contentScore(kind, field, profile);
    if (content > 0) {
        if (score == 0)
            reason = QStringLiteral("the values of \"%1\" look like it").arg(header);
        score = std::max(score, content) + 0.1 * content;
    }
    if (score < 0.3)
        return std::nullopt;
    return Candidate {score, field, c, reason};
}

} // namespace

ColumnMapping suggestMapping(DataKind kind, const QStringList &columns, const QList<QStringList> &sample)
{
    ColumnMapping m;
    m.kind = kind;
    QList<ColumnProfile> profiles;
    QStringList normalized;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        profiles << profile(sample, c);
        normalized << normalizedHeader(columns[c]);
    }
    QSet<qsizetype> usedColumns;
    const std::optional<PlatformLayout> layout = recognizeLayout(columns);
    if (layout && layout->kind == kind)
        usedColumns = applyLayout(m, *layout, normalized, columns);
    if (kind == DataKind::Catalog)
        for (const AttributePair &pair : findAttributePairs(columns)) {
            m.attributePairs << pair;
            m.reasons.insert(
                pair.valueColumn, QStringLiteral("\"%1\" names the attribute this column holds").arg(pair.nameColumn));
            usedColumns.insert(columns.indexOf(pair.nameColumn));
            usedColumns.insert(columns.indexOf(pair.valueColumn));
        }
    QList<Candidate> candidates;
    for (const FieldNames &f : knownNames(kind)) {
        const QString field = QString::fromLatin1(f.field);
        if (m.fields.contains(field))
            continue;
        for (qsizetype c = 0; c < columns.size(); ++c)
            if (!usedColumns.contains(c) && !contradicts(field, profiles[c]))
                if (const auto candidate = match(kind, f, c, columns[c], normalized[c], profiles[c]))
                    candidates.append(*candidate);
    }
    std::stable_sort(
        candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    for (const Candidate &c : candidates) {
        if (m.fields.contains(c.field) || usedColumns.contains(c.column))
            continue;
        m.fields.insert(c.field, columns[c.column]);
        m.reasons.insert(c.field, c.reason);
        usedColumns.insert(c.column);
    }
    // A catalog whose only id is its SKU: the SKU is the product's key.
    if (kind == DataKind::Catalog && !m.fields.contains(QStringLiteral("product_id"))
        && m.fields.contains(QStringLiteral("sku"))) {
        m.fields.insert(QStringLiteral("product_id"), m.fields.take(QStringLiteral("sku")));
        m.reasons.insert(QStringLiteral("product_id"), m.reasons.take(QStringLiteral("sku")));
    }
    if (kind == DataKind::Catalog)
        for (qsizetype c = 0; c < columns.size(); ++c)
            if (!usedColumns.contains(c) && looksLikeAttribute(columns[c], profiles[c], layout.has_value())) {
                m.attributeColumns << columns[c];
                m.reasons.insert(columns[c], QStringLiteral("short, repeated values like a product attribute"));
            }
    return m;
}

std::optional<DataKind> guessDataKind(const QStringList &columns, const QList<QStringList> &sample)
{
    if (const auto layout = recognizeLayout(columns))
        return layout->kind;
    // The kind whose required fields all find a column, preferring the one that fills most fields.
    std::optional<DataKind> best;
    int bestFilled = 0;
    for (DataKind k :
        {DataKind::Reviews, DataKind::Questions, DataKind::Searches, DataKind::Orders, DataKind::Catalog}) {
        const ColumnMapping m = suggestMapping(k, columns, sample);
        bool complete = true;
        for (const FieldSpec &s : fieldSpecs(k)) {
            // Stars are what tell a file of reviews from one of questions with the same columns.
            const bool telling = k == DataKind::Reviews && s.id == QLatin1String("rating");
            complete = complete && (!(m.isRequired(s) || telling) || m.fields.contains(s.id));
        }
        const int filled = int(m.fields.size());
        if (complete && filled > bestFilled) {
            best = k;
            bestFilled = filled;
        }
    }
    return best;
}

QString headerSignature(const QStringList &columns)
{
    QStringList n;
    for (const QString &c : columns)
        n << normalizedHeader(c);
    n.sort();
    return n.join(QLatin1Char('|'));
}

} // namespace shoptuner::data
