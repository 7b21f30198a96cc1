#include "work_trust.h"

#include "services/report.h"
#include "services/task_words.h"
#include "store/eval_tables.h"
#include "store/project_store.h"

#include <QCoreApplication>

namespace shoptuner::services {
namespace {

constexpr double kWeakBelow = 0.5;

} // namespace

WorkTrust workTrust(
    store::ProjectStore &store, const QString &modelPath, const QString &adapterPath, const QString &task)
{
    WorkTrust trust;
    for (const store::Evaluation &e : store::listEvaluations(store)) {
        if (e.status != QLatin1String("finished") || e.modelPath != modelPath || e.adapterPath != adapterPath)
            continue;
        // The in-domain test with the wordings training saw, else any test of the task.
        std::optional<store::EvalResult> found;
        for (const store::EvalResult &r : store::evalResults(store, e.id))
            if (r.task == task && (!found || r.setting == QLatin1String("IND_Diverse_Instruction")))
                found = r;
        if (!found || found->n == 0)
            continue;
        trust.measured = true;
        trust.score = found->value;
        trust.weak = found->value < kWeakBelow && found->n >= kMinQuestionsToTell; // below it: too few to tell
        const QMap<QString, qint64> right = store::fullMarks(store, e.id);
        const QString key = found->task + QChar(0x1f) + found->setting;
        if (right.contains(key))
            trust.sentence = QCoreApplication::translate("WorkTrust",
                "When tested on your kept-aside examples, this model got %1 of %2 questions of "
                "\u201c%3\u201d right.")
                                 .arg(right.value(key))
                                 .arg(found->n)
                                 .arg(taskTitle(task));
        else
            trust.sentence = QCoreApplication::translate("WorkTrust",
                "When tested on your kept-aside examples, this model scored %1 at \u201c%2\u201d "
                "(%3 questions).")
                                 .arg(percentText(found->value), taskTitle(task))
                                 .arg(found->n);
        if (found->n < kMinQuestionsToTell)
            trust.sentence += QLatin1Char(' ')
                + QCoreApplication::translate("WorkTrust", "That is too few questions to tell how far to trust it.");
        else if (trust.weak)
            trust.sentence += QLatin1Char(' ')
                + QCoreApplication::translate("WorkTrust", "It is weak at this task: check every suggestion.");
        return trust;
    }
    trust.sentence = QCoreApplication::translate("WorkTrust",
        "This model has not been tested on \u201c%1\u201d yet: test it on the Results page to know how "
        "far to trust its suggestions.")
                         .arg(taskTitle(task));
    return trust;
}

} // namespace shoptuner::services
