// Puts a tuned model to work on the shop's data (see services/work/work_kind.h): asks it about
// every row that needs the job, in batches of prompts of similar length, and keeps each answer
// as a suggestion in the project file as soon as its batch is done. A cancelled or killed job
// keeps what it answered and resumes from there; nothing is written to the shop's files here
// (services/work/work_export.h does that when the owner exports).
#pragma once

#include "job.h"
#include "services/work/work_kind.h"

#include <optional>

namespace shoptuner::jobs {

struct WorkJobParams
{
    QString projectPath;
    QString kind; // "fill-attributes", "triage-reviews", ...
    QString modelDir;
    QString adapterDir; // empty: the base model
    std::optional<std::int64_t> trainingRunId;
    services::WorkOptions options;
    std::int64_t resumeJobId = 0; // continue this job (its own model, kind and options); 0: a new one
    int batch = 8;
    int threads = 0;
    QString device = QStringLiteral("auto");
};

struct WorkJobResult
{
    std::int64_t jobId = 0;
    qint64 prompts = 0; // asked in this session
    qint64 suggestions = 0; // of their answers, fields with something to suggest
    qint64 unusable = 0; // answers the job could not read
    double seconds = 0; // generating, in this session
    double promptsPerSecond() const { return seconds > 0 ? double(prompts) / seconds : 0; }
};

class WorkJob : public Job
{
    Q_OBJECT

public:
    explicit WorkJob(WorkJobParams params, QObject *parent = nullptr);
    ~WorkJob() override;
    const WorkJobResult &result() const { return m_result; }
    std::int64_t jobId() const { return m_jobId.load(); } // known once the job has begun

Q_SIGNALS:
    void jobCreated(qint64 jobId); // the row in the project file, before the first answer
    void answersKept(qint64 done, qint64 total); // after each batch is in the project file (not throttled)

protected:
    bool execute() override;

private:
    WorkJobParams m_params;
    WorkJobResult m_result;
    std::atomic<std::int64_t> m_jobId {0};
};

} // namespace shoptuner::jobs
