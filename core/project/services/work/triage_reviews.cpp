// Triage reviews: each review (or each from a day on) gets a sentiment from the model, asked as
// sentiment analysis (SA) with its five options, so the negative ones can be read first, with
// their product, whatever their stars say.
#include "work_kind.h"

#include "data/builders/builder_util.h"
#include "data/builders/builders.h"
#include "store/project_store.h"
#include "store/shop_tables.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace shoptuner::services {
namespace {

class TriageReviews final : public WorkKind
{
public:
    QString name() const override { return QStringLiteral("triage-reviews"); }
    QString title() const override { return QCoreApplication::translate("WorkKind", "Triage reviews"); }
    QString task() const override { return QStringLiteral("Sentiment_Analysis"); }
    QStringList answerOptions(const QString &) const override { return data::builders::sentimentOptions(); }
    int maxAnswerTokens() const override { return 12; } // "E: very negative" and a little room
    int filters() const override { return ByDate | WithoutStars; }

    QList<WorkPrompt> prompts(store::ProjectStore &store, const WorkOptions &options) const override
    {
        QHash<QString, QString> titles;
        for (const store::Product &p : store::loadProducts(store))
            titles.insert(p.key, p.title);
        const QSet<QString> seen
            = options.onlyNew ? store::seenItems(store, name(), options.resumingJob) : QSet<QString>();
        const QString instruction = seedInstruction(task());
        const QString optionsJson = data::builders::optionsJson(data::builders::sentimentOptions());
        QList<WorkPrompt> out;
        int n = 0;
        for (const store::Review &r : store::loadReviews(store)) {
            ++n;
            const QString key = r.key.isEmpty() ? QStringLiteral("review %1").arg(n) : r.key;
            if (r.text.trimmed().isEmpty() || seen.contains(key)
                || (!options.since.isEmpty() && r.date.left(10) < options.since)
                || (options.withoutStars && r.rating > 0))
                continue;
            WorkPrompt prompt;
            prompt.itemKey = key;
            prompt.instruction = instruction;
            prompt.input = r.text.trimmed();
            prompt.optionsJson = optionsJson;
            prompt.fields = QStringList {QString()};
            prompt.current = QStringList {r.rating > 0 ? QString::number(r.rating) : QString()};
            prompt.context = {{"product", r.productKey}, {"title", titles.value(r.productKey)},
                {"review_title", r.title}, {"text", r.text}, {"date", r.date}, {"stars", r.rating}};
            out << prompt;
            if (options.limit > 0 && out.size() >= options.limit)
                break;
        }
        return out;
    }

    // eCeLLM counts an answer as the option whose letter it starts with; one that names no
    // option suggests nothing.
    QList<store::Suggestion> read(const WorkPrompt &prompt, const QString &answer, double confidence) const override
    {
        const QString a = answer.trimmed();
        std::optional<QString> option;
        for (const QString &o : data::builders::sentimentOptions())
            if (!a.isEmpty() && a.front() == o.front())
                option = o;
        return {oneAnswer(prompt, answer, confidence, option)};
    }
};

} // namespace

std::unique_ptr<WorkKind> makeTriageReviews()
{
    return std::make_unique<TriageReviews>();
}

} // namespace shoptuner::services
