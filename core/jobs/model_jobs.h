// Jobs around choosing a model: estimating a training plan (tokenizing a sample, measuring the
// machine) and making the demo model (a tokenizer learned from the shop's own texts and a tiny
// randomly initialised Llama-shaped model, for trying every step; it knows nothing yet).
#pragma once

#include "job.h"
#include "training_plan.h"

namespace shoptuner::jobs {

class PlanJob : public Job
{
    Q_OBJECT

public:
    ~PlanJob() override;
    PlanJob(QString projectPath, ModelCandidate model, TrainSettings settings, QStringList tasks,
        QObject *parent = nullptr);
    const PlanEstimate &result() const { return m_result; }
    const HardwareInfo &hardware() const { return m_hardware; }

protected:
    bool execute() override;

private:
    QString m_projectPath;
    ModelCandidate m_model;
    TrainSettings m_settings;
    QStringList m_tasks;
    PlanEstimate m_result;
    HardwareInfo m_hardware;
};

class DemoModelJob : public Job
{
    Q_OBJECT

public:
    ~DemoModelJob() override;
    DemoModelJob(QString projectPath, QString outDir, QObject *parent = nullptr);
    QString modelDir() const { return m_outDir; }

protected:
    bool execute() override;

private:
    QString m_projectPath;
    QString m_outDir;
};

} // namespace shoptuner::jobs
