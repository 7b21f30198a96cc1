// Putting the tuned model to work on the shop's own data: each kind of job (fill missing
// attributes, triage reviews, ...) says which of the shop's rows need it, asks the model about
// each in the exact form of one of the ten tasks (the form it was trained on), and reads the
// answers into suggestions for the owner to review. One file per kind in this folder.
#pragma once

#include "store/work_tables.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace shoptuner::store {
class ProjectStore;
}

namespace shoptuner::services {

// One question for the model, as an instruction record of the job's task.
struct WorkPrompt
{
    QString itemKey; // the product, review or question
    QString task; // the ECInstruct task asked; empty: the kind's own
    QString instruction, input, optionsJson; // the record, built as the task builder builds them
    QStringList fields; // what the answer fills (attribute names); one empty name for a single answer
    QStringList current; // the fields' values now, aligned with fields
    QJsonObject context; // shown beside the suggestion: the product's title, the review's text, ...
};

struct WorkOptions
{
    bool onlyNew = false; // rows no earlier job of this kind has looked at
    QString since; // ISO date: reviews or questions from this day on; empty: all
    bool withoutStars = false; // reviews only: those without a star rating
    int limit = 0; // at most this many prompts; 0: all
    // A job that continues: its own items are not "seen" (so it asks the same rows as when it
    // began); the job then skips the ones it has answered.
    std::int64_t resumingJob = 0;
};

class WorkKind
{
public:
    virtual ~WorkKind() = default;
    virtual QString name() const = 0; // "fill-attributes", as the CLI and the project file say it
    virtual QString title() const = 0; // in the owner's words, translated
    virtual QString task() const = 0; // the ECInstruct task asked (its Verdict score says how far to trust it)
    // The answers a model trained on `task` writes when the task chooses among options, exactly
    // as the training records' outputs ("A: very positive", "yes"); empty for free text (JSON
    // lists, answers). An option answer is read from its first token, and its confidence is the
    // probability of that option; free text gets the mean probability per token instead.
    virtual QStringList answerOptions(const QString &task) const = 0;
    virtual int maxAnswerTokens() const = 0; // room for the longest sensible answer
    // Which of WorkOptions' choices of rows this kind takes (the page offers only those).
    enum Filter { ByDate = 1, WithoutStars = 2 };
    virtual int filters() const { return 0; }
    // A kind that asks two tasks (draft answers: answerability, then the answer) says per task.
    virtual int maxAnswerTokens(const QString &task) const
    {
        Q_UNUSED(task);
        return maxAnswerTokens();
    }
    virtual QList<WorkPrompt> prompts(store::ProjectStore &store, const WorkOptions &options) const = 0;
    // The answer read into one suggestion per field; a field the model had nothing for is
    // Decision::None. confidence is 0..1, computed by the job as answerOptions() says.
    virtual QList<store::Suggestion> read(const WorkPrompt &prompt, const QString &answer, double confidence) const = 0;
};

const WorkKind *workKind(const QString &name); // nullptr for a name no kind has
QList<const WorkKind *> workKinds();
QStringList workKindNames();

// The confidence the job stores: exp(sum of log-probabilities) for an option, exp(mean) for text.
double answerConfidence(bool chosenOption, double sumLogProb, qint64 tokens);

// The suggestion for a prompt with one answer: `value` to review where the answer could be read,
// else nothing to suggest, the answer marked unreadable. The model's answer is kept beside it.
store::Suggestion oneAnswer(
    const WorkPrompt &prompt, const QString &answer, double confidence, const std::optional<QString> &value);
// "yes" or "no" as the answer says it (any case, spaces around); nothing for any other answer.
std::optional<QString> yesOrNo(const QString &answer);
// The options of the yes/no tasks (product matching, substitutes, answerability): "yes", "no".
const QStringList &yesNoOptions();
// Whether the model's answer behind a suggestion could not be read at all (not "nothing found").
bool unreadableAnswer(const store::Suggestion &s);

// The seed wording of a task's instruction (the one every training build uses first).
QString seedInstruction(const QString &task);

} // namespace shoptuner::services
