// Fine-tunes a model on the project's training records (QLoRA, engine/trainer.h) on a worker
// thread. Each step and validation reaches the GUI as an update and is kept in the project file
// (run_points), so the curve survives closing the app. Pause stops at a resumable checkpoint;
// Cancel abandons the run.
#pragma once

#include "job.h"
#include "services/training_plan.h"
#include "shoptuner/train_event.h"

namespace shoptuner::jobs {

struct TrainJobParams
{
    QString projectPath;
    QString modelDir;
    QString outDir; // adapter, best, checkpoint
    QStringList tasks; // empty: all
    services::TrainSettings settings;
    std::int64_t runId = 0; // 0: a new run; else resume this one from its checkpoint
    bool overwrite = false; // a new run into a folder that holds another run replaces it (the CLI's --overwrite)
};

struct TrainJobResult
{
    std::int64_t runId = 0;
    QString status; // finished, paused, cancelled, failed
    QString adapter;
    double bestValLoss = 0;
    qint64 steps = 0;
    QString device;
};

class TrainJob : public Job
{
    Q_OBJECT

public:
    ~TrainJob() override;
    explicit TrainJob(TrainJobParams params, QObject *parent = nullptr);
    void requestPause(); // stop at a checkpoint the run resumes from
    const TrainJobResult &result() const { return m_result; }
    std::int64_t runId() const { return m_result.runId; }

Q_SIGNALS:
    void updated(const shoptuner::TrainEvent &event);
    void runCreated(qint64 runId);

protected:
    bool execute() override;

private:
    TrainJobParams m_params;
    TrainJobResult m_result;
    std::atomic<bool> m_pause {false};
};

} // namespace shoptuner::jobs

Q_DECLARE_METATYPE(shoptuner::TrainEvent)
