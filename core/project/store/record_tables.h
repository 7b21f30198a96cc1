// Instruction records in the project file: written by the task builders (one build at a time) or
// imported from ECInstruct JSON lines; read back for training, evaluation and export.
#pragma once

#include "entities.h"

#include <QSqlQuery>

#include <functional>
#include <memory>
#include <vector>

namespace shoptuner::store {

class ProjectStore;

struct TaskBuildInfo
{
    std::int64_t id = 0;
    QString createdAt;
    qint64 seed = 0;
    QString paramsJson;
    QString reportJson;
};

// A new build replaces the records of earlier builds (imported records stay).
std::int64_t replaceTaskBuild(ProjectStore &store, qint64 seed, const QString &paramsJson);
void setTaskBuildReport(ProjectStore &store, std::int64_t buildId, const QString &reportJson);
std::optional<TaskBuildInfo> latestTaskBuild(ProjectStore &store);

class RecordWriter
{
public:
    enum class Owner { Build, Import };
    RecordWriter(ProjectStore &store, Owner owner, std::int64_t ownerId);
    void add(const InstructionRow &row);

private:
    std::unique_ptr<QSqlQuery> m_insert;
    Owner m_owner;
    std::int64_t m_ownerId;
};

struct RecordFilter
{
    QStringList tasks; // empty: all
    QStringList splits;
    QStringList settings;
    std::optional<std::int64_t> importId;
};

// Calls visit for each record in insertion order; visit returns false to stop.
void forEachRecord(
    ProjectStore &store, const RecordFilter &filter, const std::function<bool(const InstructionRow &)> &visit);

struct RecordCount
{
    QString task, setting, split;
    qint64 count = 0;
};
std::vector<RecordCount> recordCounts(ProjectStore &store);

} // namespace shoptuner::store
