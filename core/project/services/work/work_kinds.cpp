// The registry of the kinds of work and what they share: confidence and the seed wording.
#include "work_kind.h"

#include "data/instruction_templates.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace shoptuner::services {

std::unique_ptr<WorkKind> makeFillAttributes();
std::unique_ptr<WorkKind> makeTriageReviews();
std::unique_ptr<WorkKind> makeDraftAnswers();
std::unique_ptr<WorkKind> makeFindDuplicates();
std::unique_ptr<WorkKind> makeSearchRanking();

QList<const WorkKind *> workKinds()
{
    static const std::vector<std::unique_ptr<WorkKind>> all = [] {
        std::vector<std::unique_ptr<WorkKind>> v;
        v.push_back(makeFillAttributes());
        v.push_back(makeTriageReviews());
        v.push_back(makeDraftAnswers());
        v.push_back(makeFindDuplicates());
        v.push_back(makeSearchRanking());
        return v;
    }();
    QList<const WorkKind *> out;
    for (const auto &k : all)
        out << k.get();
    return out;
}

const WorkKind *workKind(const QString &name)
{
    for (const WorkKind *k : workKinds())
        if (k->name() == name)
            return k;
    return nullptr;
}

QStringList workKindNames()
{
    QStringList out;
    for (const WorkKind *k : workKinds())
        out << k->name();
    return out;
}

double answerConfidence(bool chosenOption, double sumLogProb, qint64 tokens)
{
    if (tokens <= 0 || !std::isfinite(sumLogProb))
        return 0;
    return std::exp(chosenOption ? sumLogProb : sumLogProb / double(tokens));
}

store::Suggestion oneAnswer(
    const WorkPrompt &prompt, const QString &answer, double confidence, const std::optional<QString> &value)
{
    store::Suggestion s;
    s.itemKey = prompt.itemKey;
    s.field = prompt.fields.value(0);
    s.currentValue = prompt.current.value(0);
    s.confidence = confidence;
    s.decision = value ? store::Suggestion::Decision::Pending : store::Suggestion::Decision::None;
    s.suggested = value.value_or(QString());
    QJsonObject context = prompt.context;
    context.insert(QStringLiteral("answer"), answer);
    if (!value)
        context.insert(QStringLiteral("unusable"), true);
    s.contextJson = QString::fromUtf8(QJsonDocument(context).toJson(QJsonDocument::Compact));
    return s;
}

std::optional<QString> yesOrNo(const QString &answer)
{
    const QString a = answer.trimmed().toLower();
    if (a == QLatin1String("yes") || a == QLatin1String("no"))
        return a;
    return std::nullopt;
}

const QStringList &yesNoOptions()
{
    static const QStringList options {QStringLiteral("yes"), QStringLiteral("no")};
    return options;
}

bool unreadableAnswer(const store::Suggestion &s)
{
    return s.contextJson.contains(QLatin1String("\"unusable\":true"));
}

QString seedInstruction(const QString &task)
{
    const QStringList wordings = data::instructionWordings(task);
    return wordings.isEmpty() ? QString() : wordings.first();
}

} // namespace shoptuner::services
