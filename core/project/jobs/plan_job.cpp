#include "plan_job.h"

namespace shoptuner::jobs {

PlanJob::~PlanJob()
{
    stopAndWait();
}

PlanJob::PlanJob(QString projectPath, services::ModelCandidate model, services::TrainSettings settings,
    QStringList tasks, QObject *parent)
    : Job(parent)
    , m_projectPath(std::move(projectPath))
    , m_model(std::move(model))
    , m_settings(std::move(settings))
    , m_tasks(std::move(tasks))
{ }

bool PlanJob::execute()
{
    reportProgress(-1, QStringLiteral("Measuring this computer"));
    m_hardware = services::detectHardware();
    reportProgress(-1, QStringLiteral("Counting the examples' tokens"));
    m_result = services::estimatePlan(m_projectPath, m_model, m_settings, m_tasks, m_hardware);
    return !isCancelRequested();
}

} // namespace shoptuner::jobs
