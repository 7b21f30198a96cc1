// The tuned model put to work in the project file: each job that ran it over the shop's data
// (fill missing attributes, triage reviews, ...) and every suggestion it made, with the model's
// confidence and the owner's decision, so a second look costs nothing and a job resumes.
#pragma once

#include <QList>
#include <QSet>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace shoptuner::store {

class ProjectStore;

struct WorkJobRow
{
    std::int64_t id = 0;
    QString kind; // "fill-attributes", "triage-reviews", ...
    QString createdAt;
    QString modelPath;
    QString adapterPath;
    std::optional<std::int64_t> trainingRunId;
    QString paramsJson = QStringLiteral("{}");
    QString status; // running, finished, cancelled, failed ("running" left by a crash: interrupted)
    qint64 itemsTotal = 0;
    qint64 itemsDone = 0;
    double seconds = 0; // time spent generating, over all sessions
    QString message; // the error, for failed jobs
    QString finishedAt;
};

struct Suggestion
{
    enum class Decision { Pending, Accepted, Rejected, None }; // None: the model had nothing to suggest

    std::int64_t id = 0;
    std::int64_t jobId = 0;
    QString itemKey; // the product, review or question key; a pair's keys joined by a tab
    QString field; // the attribute; empty where an item has one answer
    QString currentValue; // what the shop's data has now
    QString suggested;
    std::optional<QString> edited; // the owner's own wording of the suggestion
    std::optional<double> confidence; // 0..1
    Decision decision = Decision::Pending;
    QString contextJson = QStringLiteral("{}"); // what the review table shows beside it

    QString value() const { return edited ? *edited : suggested; } // what an export writes
};

QString decisionName(Suggestion::Decision decision);
Suggestion::Decision decisionFromName(const QString &name);

std::int64_t addWorkJob(ProjectStore &store, const WorkJobRow &job); // returns the id
void updateWorkJob(ProjectStore &store, const WorkJobRow &job); // status, counts, time, message
std::optional<WorkJobRow> workJob(ProjectStore &store, std::int64_t id);
std::vector<WorkJobRow> listWorkJobs(ProjectStore &store, const QString &kind = {}); // newest first

// Adds suggestions in one transaction; an item and field already in the job is left as it is.
void addSuggestions(ProjectStore &store, const QList<Suggestion> &suggestions);
std::vector<Suggestion> suggestions(ProjectStore &store, std::int64_t jobId); // in the order made
void setDecision(ProjectStore &store, std::int64_t suggestionId, Suggestion::Decision decision,
    const std::optional<QString> &edited = std::nullopt);
// The item and field pairs a job has answered ("key\tfield"): a resumed job skips them.
QSet<QString> doneFields(ProjectStore &store, std::int64_t jobId);
// Items any job of this kind (but `exceptJob`) has looked at, for "new rows only".
QSet<QString> seenItems(ProjectStore &store, const QString &kind, std::int64_t exceptJob = 0);

} // namespace shoptuner::store
