// Attribute value extraction (AVE.ipynb): from products with attributes, records whose targets are
// one to three of the product's attributes; each value is looked up in title, description,
// features and brand, and reported once per field it appears in, or as "None" when it is absent.
#include "builder_util.h"
#include "builders.h"

#include "data/catalog_assembly.h"
#include "data/py_json.h"

#include <QMap>

namespace shoptuner::data::builders {
namespace {

constexpr std::size_t kMaxTargets = 3;

struct Field
{
    const char *source;
    QString text;
};

// The fields a value can come from, in MAVE's order (price is shown in the input but not searched).
std::vector<Field> searchableFields(const Product &p)
{
    return {{"product title", p.title}, {"product description", p.description},
        {"product feature", p.features.join(QStringLiteral(", "))}, {"product brand", p.brand}};
}

// Case-insensitive and on word boundaries, so that size "S" is not found in "Stainless".
bool containsValue(const QString &text, const QString &value)
{
    const QString hay = text.toLower();
    const QString needle = value.toLower();
    for (qsizetype at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
        const qsizetype end = at + needle.size();
        const bool startsWord = at == 0 || !hay[at - 1].isLetterOrNumber() || !needle.front().isLetterOrNumber();
        const bool endsWord = end == hay.size() || !hay[end].isLetterOrNumber() || !needle.back().isLetterOrNumber();
        if (startsWord && endsWord)
            return true;
    }
    return false;
}

} // namespace

QString attributeExtractionInput(const Product &p, const QStringList &targets)
{
    nlohmann::ordered_json texts = nlohmann::ordered_json::object();
    if (!p.title.isEmpty())
        texts["product title"] = p.title.toStdString();
    if (!p.description.isEmpty())
        texts["product description"] = p.description.toStdString();
    if (!p.features.isEmpty())
        texts["product feature"] = p.features.join(QStringLiteral(", ")).toStdString();
    if (p.price)
        texts["product price"] = pyFloatRepr(*p.price).toStdString();
    if (!p.brand.isEmpty())
        texts["product brand"] = p.brand.toStdString();
    texts["target attributes"] = targets.join(QStringLiteral(" and ")).toStdString();
    return pyJsonDumps(texts);
}

namespace {

QString outputOf(const Product &p, const QStringList &targets, const QMap<QString, QString> &values)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    const auto fields = searchableFields(p);
    for (const QString &attribute : targets) {
        bool found = false;
        // A product with variants has several values of one attribute ("S | M | L"); the text
        // may name any of them.
        for (const QString &value : values.value(attribute).split(kAttributeValueSeparator, Qt::SkipEmptyParts))
            for (const Field &f : fields) {
                if (!containsValue(f.text, value))
                    continue;
                found = true;
                list.push_back({{"attribute", attribute.toStdString()}, {"value", value.toLower().toStdString()},
                    {"source", f.source}});
            }
        if (!found)
            list.push_back({{"attribute", attribute.toStdString()}, {"value", "None"}, {"source", "None"}});
    }
    return pyJsonDumps(list);
}

// Attribute names in lower case with their values; empty ones dropped, the first of a name kept.
QMap<QString, QString> attributesOf(const Product &p)
{
    QMap<QString, QString> out;
    for (auto it = p.attributes.cbegin(); it != p.attributes.cend(); ++it) {
        const QString name = it.key().simplified().toLower();
        const QString value = it.value().simplified();
        if (!name.isEmpty() && !value.isEmpty() && !out.contains(name))
            out.insert(name, value);
    }
    return out;
}

// Shuffled, then cut into groups of one to three targets, so every attribute is asked once.
std::vector<QStringList> targetGroups(QStringList names, std::mt19937_64 &rng)
{
    shuffleInPlace(names, rng);
    std::vector<QStringList> groups;
    for (qsizetype at = 0; at < names.size();) {
        const qsizetype size = qsizetype(1 + uniformIndex(rng, kMaxTargets));
        groups.push_back(names.mid(at, size));
        at += size;
    }
    return groups;
}

class AttributeValueExtraction final : public TaskBuilder
{
public:
    QString task() const override { return QStringLiteral("Attribute_Value_Extraction"); }
    QString title() const override { return QStringLiteral("Reading attributes from product texts"); }

    BuilderCheck check(const ShopData &shop) const override
    {
        if (shop.products.empty())
            return {false, QStringLiteral("Attribute extraction needs a product catalog; none has been imported.")};
        for (const Product &p : shop.products) {
            if (!attributesOf(p).isEmpty())
                return {true, {}};
        }
        return {false,
            QStringLiteral("Attribute extraction needs products with attributes (colour, size, material, "
                           "...); none of the %1 products has any.")
                .arg(shop.products.size())};
    }

    // Held-out attributes (context.oodAttributes) are only asked about products of the test split,
    // in records of their own that form the OOD test set; no training record ever targets them.
    std::vector<BuiltRecord> build(const ShopData &shop, const BuildContext &context) const override
    {
        auto rng = context.rng(task());
        QSet<QString> heldOut;
        for (const QString &a : context.oodAttributes)
            heldOut.insert(a.simplified().toLower());
        std::vector<BuiltRecord> out;
        for (const Product &p : shop.products) {
            const QMap<QString, QString> values = attributesOf(p);
            QStringList regular, held;
            for (const QString &name : values.keys())
                (heldOut.contains(name) ? held : regular).append(name);
            const Split split = context.productSplit(p.key);
            if (split != Split::Test)
                held.clear();
            for (int part = 0; part < 2; ++part) {
                for (const QStringList &targets : targetGroups(part == 0 ? regular : held, rng)) {
                    BuiltRecord record;
                    record.input = attributeExtractionInput(p, targets);
                    record.optionsJson = kNoOptions;
                    record.output = outputOf(p, targets, values);
                    record.split = split;
                    record.ood = part == 1 || context.isOod(p.key);
                    record.groupKey = p.key;
                    out.push_back(std::move(record));
                }
            }
        }
        applyCaps(out, rng);
        return out;
    }
};

} // namespace

std::unique_ptr<TaskBuilder> makeAttributeValueExtraction()
{
    return std::make_unique<AttributeValueExtraction>();
}

} // namespace shoptuner::data::builders
