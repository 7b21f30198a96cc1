// Draft answers: each open customer question (one without the shop's answer) is asked twice
// with snippets of its product's reviews: can the reviews answer it (answerability prediction,
// AP), and the answer they give (answer generation, AG). The owner reads the draft where the
// model says the reviews answer it, edits it, and answers the rest themselves.
#include "work_kind.h"

#include "data/builders/qa_documents.h"
#include "data/shop_data.h"
#include "store/project_store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace shoptuner::services {
namespace {

const QString kAnswerable = QStringLiteral("answerable");
const QString kAnswer = QStringLiteral("answer");
const QString kPrediction = QStringLiteral("Answerability_Prediction");
const QString kGeneration = QStringLiteral("Answer_Generation");

class DraftAnswers final : public WorkKind
{
public:
    QString name() const override { return QStringLiteral("draft-answers"); }
    QString title() const override { return QCoreApplication::translate("WorkKind", "Draft answers to questions"); }
    QString task() const override { return kGeneration; }
    QStringList answerOptions(const QString &task) const override
    {
        return task == kPrediction ? yesNoOptions() : QStringList();
    }
    int maxAnswerTokens() const override { return 96; }
    int filters() const override { return ByDate; }
    int maxAnswerTokens(const QString &task) const override { return task == kPrediction ? 4 : 96; }

    QList<WorkPrompt> prompts(store::ProjectStore &store, const WorkOptions &options) const override
    {
        const data::ShopData shop = data::loadShopData(store); // review snippets cleaned of personal data
        const std::vector<data::builders::QaDocument> documents = data::builders::qaDocuments(shop);
        const QSet<QString> seen
            = options.onlyNew ? store::seenItems(store, name(), options.resumingJob) : QSet<QString>();
        QList<WorkPrompt> out;
        int n = 0;
        for (std::size_t i = 0; i < shop.questions.size(); ++i) {
            const store::Question &q = shop.questions[i];
            ++n;
            const QString key = q.key.isEmpty() ? QStringLiteral("question %1").arg(n) : q.key;
            const data::builders::QaDocument &doc = documents[i];
            if (!q.answer.trimmed().isEmpty() || q.question.trimmed().isEmpty() || doc.snippets.isEmpty()
                || seen.contains(key) || (!options.since.isEmpty() && q.date.left(10) < options.since))
                continue;
            const store::Product *product = shop.product(q.productKey);
            WorkPrompt prompt;
            prompt.itemKey = key;
            prompt.input = data::builders::qaInput(q, doc);
            prompt.optionsJson = QStringLiteral("null");
            prompt.context = {{"product", q.productKey}, {"title", product ? product->title : QString()},
                {"text", q.question}, {"date", q.date}, {"snippets", QJsonArray::fromStringList(doc.snippets)}};
            for (const QString &task : {kPrediction, kGeneration}) {
                prompt.task = task;
                prompt.instruction = seedInstruction(task);
                prompt.fields = QStringList {task == kPrediction ? kAnswerable : kAnswer};
                prompt.current = QStringList {QString()};
                out << prompt;
            }
            if (options.limit > 0 && out.size() >= 2 * options.limit)
                break;
        }
        return out;
    }

    // Answerability: "yes" or "no" (anything else is unreadable); the answer: any text.
    QList<store::Suggestion> read(const WorkPrompt &prompt, const QString &answer, double confidence) const override
    {
        const QString a = answer.trimmed();
        if (prompt.fields.value(0) == kAnswerable)
            return {oneAnswer(prompt, answer, confidence, yesOrNo(a))};
        return {oneAnswer(prompt, answer, confidence, a.isEmpty() ? std::nullopt : std::optional(a))};
    }
};

} // namespace

std::unique_ptr<WorkKind> makeDraftAnswers()
{
    return std::make_unique<DraftAnswers>();
}

} // namespace shoptuner::services
