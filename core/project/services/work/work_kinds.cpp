// The registry of the kinds of work and what they share: confidence and the seed wording.
#include "work_kind.h"

#include "data/instruction_templates.h"

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

QString seedInstruction(const QString &task)
{
    const QStringList wordings = data::instructionWordings(task);
    return wordings.isEmpty() ? QString() : wordings.first();
}

} // namespace shoptuner::services
