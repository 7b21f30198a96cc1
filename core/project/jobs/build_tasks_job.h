// Builds the instruction records for the chosen tasks from the project's shop data.
#pragma once

#include "data/build_tasks.h"
#include "job.h"

namespace shoptuner::jobs {

struct BuildTasksJobParams
{
    QString projectPath;
    data::BuildParams build;
};

class BuildTasksJob : public Job
{
    Q_OBJECT

public:
    ~BuildTasksJob() override;
    explicit BuildTasksJob(BuildTasksJobParams params, QObject *parent = nullptr);
    const data::BuildReport &result() const { return m_result; }

protected:
    bool execute() override;

private:
    BuildTasksJobParams m_params;
    data::BuildReport m_result;
};

} // namespace shoptuner::jobs
