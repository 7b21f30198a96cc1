// Estimating a training plan as a job: measuring the machine and tokenizing a sample of the
// project's examples off the GUI thread (the estimate itself: services/training_plan.h).
#pragma once

#include "job.h"
#include "services/training_plan.h"

namespace shoptuner::jobs {

class PlanJob : public Job
{
    Q_OBJECT

public:
    ~PlanJob() override;
    PlanJob(QString projectPath, services::ModelCandidate model, services::TrainSettings settings, QStringList tasks,
        QObject *parent = nullptr);
    const services::PlanEstimate &result() const { return m_result; }
    const services::HardwareInfo &hardware() const { return m_hardware; }

protected:
    bool execute() override;

private:
    QString m_projectPath;
    services::ModelCandidate m_model;
    services::TrainSettings m_settings;
    QStringList m_tasks;
    services::PlanEstimate m_result;
    services::HardwareInfo m_hardware;
};

} // namespace shoptuner::jobs
