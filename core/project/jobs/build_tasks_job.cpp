#include "build_tasks_job.h"

#include "store/project_store.h"

namespace shoptuner::jobs {

BuildTasksJob::~BuildTasksJob()
{
    stopAndWait();
}

BuildTasksJob::BuildTasksJob(BuildTasksJobParams params, QObject *parent)
    : Job(parent)
    , m_params(std::move(params))
{ }

bool BuildTasksJob::execute()
{
    store::ProjectStore project(m_params.projectPath);
    reportProgress(0, QStringLiteral("Reading the shop's data"));
    m_result = data::buildTasks(project, m_params.build, [&](double f, const QString &task) {
        if (!task.isEmpty())
            reportProgress(f, QStringLiteral("Building %1").arg(task));
        return !isCancelRequested();
    });
    if (m_result.cancelled)
        return false;
    reportProgress(1.0, QStringLiteral("Built %1 records").arg(m_result.totalRecords));
    return true;
}

} // namespace shoptuner::jobs
