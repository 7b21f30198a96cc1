// Fill missing attributes: products whose attribute cells are empty (colour, material, size, ...:
// the catalog file's attribute columns and the names its attribute pairs use) get values read
// from their title, description and features, asked as attribute value extraction (AVE).
#include "work_kind.h"

#include "data/builders/builders.h"
#include "data/column_mapping.h"
#include "data/platform_layouts.h"
#include "store/project_store.h"
#include "store/shop_tables.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

namespace shoptuner::services {
namespace {

constexpr int kMaxTargets = 3; // as the AVE records ask: one to three attributes at a time

// Each catalog file's attributes in the project's lower-case names, with the column that holds
// each (empty for attributes that live in name/value pairs, where those are product attributes).
QMap<std::int64_t, QMap<QString, QString>> attributesByFile(
    store::ProjectStore &store, const std::vector<store::Product> &products)
{
    QMap<std::int64_t, QMap<QString, QString>> out;
    for (const store::ImportInfo &info : store::listImports(store)) {
        if (info.kind != store::DataKind::Catalog)
            continue;
        const data::ColumnMapping mapping = data::ColumnMapping::fromJson(info.mappingJson);
        QMap<QString, QString> &names = out[info.id];
        for (const QString &column : mapping.attributeColumns)
            names.insert(data::attributeName(column), column);
        if (!mapping.attributePairs.isEmpty() && mapping.layout == data::kWooCommerceLayout)
            for (const store::Product &p : products)
                if (p.importId == info.id)
                    for (auto it = p.attributes.cbegin(); it != p.attributes.cend(); ++it)
                        if (!names.contains(it.key()))
                            names.insert(it.key(), QString());
    }
    return out;
}

// The value as the product's own text writes it ("Mustard", where the model answers "mustard").
QString asWritten(const QString &value, const QString &inputJson)
{
    const QJsonObject texts = QJsonDocument::fromJson(inputJson.toUtf8()).object();
    for (auto it = texts.constBegin(); it != texts.constEnd(); ++it) {
        if (it.key() == QLatin1String("target attributes"))
            continue;
        const QString text = it.value().toString();
        if (const qsizetype at = text.indexOf(value, 0, Qt::CaseInsensitive); at >= 0)
            return text.mid(at, value.size());
    }
    return value;
}

class FillAttributes final : public WorkKind
{
public:
    QString name() const override { return QStringLiteral("fill-attributes"); }
    QString title() const override { return QCoreApplication::translate("WorkKind", "Fill missing attributes"); }
    QString task() const override { return QStringLiteral("Attribute_Value_Extraction"); }
    QStringList answerOptions(const QString &) const override { return {}; }
    int maxAnswerTokens() const override { return 40 * kMaxTargets; } // a JSON object per target

    QList<WorkPrompt> prompts(store::ProjectStore &store, const WorkOptions &options) const override
    {
        const std::vector<store::Product> products = store::loadProducts(store);
        const auto files = attributesByFile(store, products);
        const QSet<QString> seen
            = options.onlyNew ? store::seenItems(store, name(), options.resumingJob) : QSet<QString>();
        const QString instruction = seedInstruction(task());
        QList<WorkPrompt> out;
        for (const store::Product &p : products) {
            if (seen.contains(p.key))
                continue;
            QStringList missing;
            const auto names = files.value(p.importId);
            for (auto it = names.cbegin(); it != names.cend(); ++it)
                if (p.attributes.value(it.key()).trimmed().isEmpty())
                    missing << it.key();
            for (qsizetype at = 0; at < missing.size(); at += kMaxTargets) {
                WorkPrompt prompt;
                prompt.itemKey = p.key;
                prompt.instruction = instruction;
                prompt.fields = missing.mid(at, kMaxTargets);
                prompt.input = data::builders::attributeExtractionInput(p, prompt.fields);
                prompt.optionsJson = QStringLiteral("null");
                for (int i = 0; i < prompt.fields.size(); ++i)
                    prompt.current << QString();
                prompt.context = {{"title", p.title}};
                out << prompt;
                if (options.limit > 0 && out.size() >= options.limit)
                    return out;
            }
        }
        return out;
    }

    // The answer is a JSON list of {"attribute", "value", "source"}; "None" means the text does
    // not say. An answer that is not such a list suggests nothing, and says so.
    QList<store::Suggestion> read(const WorkPrompt &prompt, const QString &answer, double confidence) const override
    {
        const QJsonDocument doc = QJsonDocument::fromJson(answer.toUtf8());
        QList<store::Suggestion> out;
        for (int i = 0; i < prompt.fields.size(); ++i) {
            store::Suggestion s;
            s.itemKey = prompt.itemKey;
            s.field = prompt.fields[i];
            s.currentValue = prompt.current.value(i);
            s.confidence = confidence;
            s.decision = store::Suggestion::Decision::None;
            QJsonObject context = prompt.context;
            context.insert(QStringLiteral("answer"), answer);
            if (!doc.isArray())
                context.insert(QStringLiteral("unusable"), true);
            for (const QJsonValue &v : doc.array()) {
                const QJsonObject o = v.toObject();
                const QString value = o.value(QStringLiteral("value")).toString().trimmed();
                if (data::attributeName(o.value(QStringLiteral("attribute")).toString()) != s.field || value.isEmpty()
                    || value.compare(QLatin1String("None"), Qt::CaseInsensitive) == 0)
                    continue;
                s.suggested = asWritten(value, prompt.input);
                s.decision = store::Suggestion::Decision::Pending;
                context.insert(QStringLiteral("source"), o.value(QStringLiteral("source")).toString());
                break;
            }
            s.contextJson = QString::fromUtf8(QJsonDocument(context).toJson(QJsonDocument::Compact));
            out << s;
        }
        return out;
    }
};

} // namespace

std::unique_ptr<WorkKind> makeFillAttributes()
{
    return std::make_unique<FillAttributes>();
}

} // namespace shoptuner::services
