// Runs the task builders over the project's shop data and stores their records: decides each
// record's instruction wording and setting (IND/OOD, seen/unseen wording), replaces the previous
// build in one transaction, and reports counts, samples and warnings per task.
#pragma once

#include "task_builder.h"

#include <QMap>

#include <functional>

namespace shoptuner::store {
class ProjectStore;
}

namespace shoptuner::data {

struct BuildParams
{
    QStringList tasks; // ECInstruct names or abbreviations; empty: every available task
    quint64 seed = 42;
    double valFraction = 0.1;
    double testFraction = 0.1;
    QStringList oodCategories; // held out entirely for the out-of-domain test set
    QStringList oodAttributes; // AVE: attributes held out for its out-of-domain test set
    SearchLabelMapping searchLabels;
    bool unseenInstructionTests = true; // also test each IND test record with the held-back wording

    QString toJson() const;
};

struct TaskReport
{
    QString task;
    QString abbreviation;
    QString title;
    bool available = false;
    QString reason; // why not, when unavailable
    QMap<QString, qint64> counts; // "train", "val", "test" (IND), "test OOD", "test unseen"
    QMap<QString, qint64> labels; // output -> count (train), for tasks with few distinct outputs
    QStringList warnings;
    QList<store::InstructionRow> samples; // three training records
};

struct BuildReport
{
    std::int64_t buildId = 0;
    QList<TaskReport> tasks;
    CleaningReport cleaning;
    qint64 totalRecords = 0;
    bool cancelled = false;

    QString toJson() const; // stored with the build and printed by the CLI
};

// onProgress(fraction, task being built) returns false to cancel (then nothing changes).
BuildReport buildTasks(store::ProjectStore &store, const BuildParams &params,
    const std::function<bool(double, const QString &)> &onProgress = {});

// Which tasks the shop's data supports, without building (for the wizard's first look).
QList<TaskReport> checkTasks(const ShopData &shop);

} // namespace shoptuner::data
