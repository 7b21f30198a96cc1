// Fine-tunes a model on the project's training records (QLoRA, engine/trainer.h) on a worker
// thread. Each step and validation reaches the GUI as an update and is kept in the project file
// (run_points), so the curve survives closing the app. Pause stops at a resumable checkpoint;
// Cancel abandons the run.
#pragma once

#include "job.h"
#include "training_plan.h"

namespace shoptuner::jobs {

struct TrainJobParams
{
    QString projectPath;
    QString modelDir;
    QString outDir; // adapter, best, checkpoint
    QStringList tasks; // empty: all
    TrainSettings settings;
    std::int64_t runId = 0; // 0: a new run; else resume this one from its checkpoint
};

struct TrainUpdate
{
    enum class Kind { Step, Eval, Checkpoint, Warning, Done };
    Kind kind = Kind::Step;
    qint64 step = 0;
    qint64 totalSteps = 0;
    double epoch = 0;
    double loss = 0;
    double learningRate = 0;
    double tokensPerSecond = 0;
    double etaSeconds = 0;
    double valLoss = 0;
    qint64 peakMemoryBytes = 0;
    QString text; // path or warning
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
    void updated(const shoptuner::jobs::TrainUpdate &update);
    void runCreated(qint64 runId);

protected:
    bool execute() override;
    JobError describeError(const std::exception &e) const override;

private:
    TrainJobParams m_params;
    TrainJobResult m_result;
    std::atomic<bool> m_pause {false};
};

} // namespace shoptuner::jobs

Q_DECLARE_METATYPE(shoptuner::jobs::TrainUpdate)
