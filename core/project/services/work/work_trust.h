// How far to trust a job's suggestions: the model's score on the job's task in its latest
// finished test (the Verdict), in one sentence, and whether the Verdict found it weak there.
#pragma once

#include <QString>

namespace shoptuner::store {
class ProjectStore;
}

namespace shoptuner::services {

struct WorkTrust
{
    bool measured = false; // a finished test of this model scored the task
    bool weak = false; // under half of it right, on enough questions: the owner is warned before running
    double score = 0; // the task's headline figure, 0..1
    QString sentence; // "On your kept-aside examples this model got 84 of 100 … right."
};

// The model (and adapter) as the job will run it; `task` is the job's ECInstruct task.
WorkTrust workTrust(
    store::ProjectStore &store, const QString &modelPath, const QString &adapterPath, const QString &task);

} // namespace shoptuner::services
