#include "run_tables.h"

#include "project_store.h"

#include <QDateTime>
#include <QSqlQuery>

namespace shoptuner::store {
namespace {

QVariant optional(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

std::optional<double> optionalOf(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

const char *kRunColumns = "id, created_at, model_path, params_json, tasks_json, status, output_dir, adapter_path,"
                          " best_val_loss, finished_at, device, steps_done, total_steps, message";

TrainingRun runFrom(const QSqlQuery &q)
{
    TrainingRun r;
    r.id = q.value(0).toLongLong();
    r.createdAt = q.value(1).toString();
    r.modelPath = q.value(2).toString();
    r.paramsJson = q.value(3).toString();
    r.tasksJson = q.value(4).toString();
    r.status = q.value(5).toString();
    r.outputDir = q.value(6).toString();
    r.adapterPath = q.value(7).toString();
    r.bestValLoss = optionalOf(q.value(8));
    r.finishedAt = q.value(9).toString();
    r.device = q.value(10).toString();
    r.stepsDone = q.value(11).toLongLong();
    r.totalSteps = q.value(12).toLongLong();
    r.message = q.value(13).toString();
    return r;
}

} // namespace

std::int64_t addTrainingRun(ProjectStore &store, const TrainingRun &run)
{
    QSqlQuery q = store.prepare(
        QStringLiteral("INSERT INTO training_runs (created_at, model_path, params_json, tasks_json, status, output_dir)"
                       " VALUES (?,?,?,?,?,?)"));
    q.addBindValue(run.createdAt.isEmpty() ? QDateTime::currentDateTimeUtc().toString(Qt::ISODate) : run.createdAt);
    q.addBindValue(textValue(run.modelPath));
    q.addBindValue(textValue(run.paramsJson));
    q.addBindValue(textValue(run.tasksJson));
    q.addBindValue(textValue(run.status));
    q.addBindValue(textValue(run.outputDir));
    ProjectStore::run(q);
    return q.lastInsertId().toLongLong();
}

void updateTrainingRun(ProjectStore &store, const TrainingRun &run)
{
    QSqlQuery q = store.prepare(QStringLiteral(
        "UPDATE training_runs SET status = ?, adapter_path = ?, best_val_loss = ?, finished_at = ?, device = ?,"
        " steps_done = ?, total_steps = ?, message = ?, params_json = ? WHERE id = ?"));
    q.addBindValue(textValue(run.status));
    q.addBindValue(textValue(run.adapterPath));
    q.addBindValue(optional(run.bestValLoss));
    q.addBindValue(textValue(run.finishedAt));
    q.addBindValue(textValue(run.device));
    q.addBindValue(run.stepsDone);
    q.addBindValue(run.totalSteps);
    q.addBindValue(textValue(run.message));
    q.addBindValue(textValue(run.paramsJson));
    q.addBindValue(qlonglong(run.id));
    ProjectStore::run(q);
}

std::vector<TrainingRun> listTrainingRuns(ProjectStore &store)
{
    QSqlQuery q = store.prepare(
        QStringLiteral("SELECT %1 FROM training_runs ORDER BY id DESC").arg(QLatin1String(kRunColumns)));
    ProjectStore::run(q);
    std::vector<TrainingRun> out;
    while (q.next())
        out.push_back(runFrom(q));
    return out;
}

std::optional<TrainingRun> trainingRun(ProjectStore &store, std::int64_t id)
{
    QSqlQuery q
        = store.prepare(QStringLiteral("SELECT %1 FROM training_runs WHERE id = ?").arg(QLatin1String(kRunColumns)));
    q.addBindValue(qlonglong(id));
    ProjectStore::run(q);
    if (!q.next())
        return std::nullopt;
    return runFrom(q);
}

void addRunPoint(ProjectStore &store, std::int64_t runId, const RunPoint &p)
{
    QSqlQuery q = store.prepare(
        QStringLiteral("INSERT INTO run_points (run_id, step, epoch, train_loss, val_loss, learning_rate, tokens_per_s)"
                       " VALUES (?,?,?,?,?,?,?)"));
    q.addBindValue(qlonglong(runId));
    q.addBindValue(p.step);
    q.addBindValue(p.epoch);
    q.addBindValue(optional(p.trainLoss));
    q.addBindValue(optional(p.valLoss));
    q.addBindValue(optional(p.learningRate));
    q.addBindValue(optional(p.tokensPerSecond));
    ProjectStore::run(q);
}

void deleteRunPointsAfter(ProjectStore &store, std::int64_t runId, qint64 step)
{
    QSqlQuery q = store.prepare(QStringLiteral("DELETE FROM run_points WHERE run_id = ? AND step > ?"));
    q.addBindValue(qlonglong(runId));
    q.addBindValue(step);
    ProjectStore::run(q);
}

std::vector<RunPoint> runPoints(ProjectStore &store, std::int64_t runId)
{
    QSqlQuery q = store.prepare(QStringLiteral(
        "SELECT step, epoch, train_loss, val_loss, learning_rate, tokens_per_s FROM run_points WHERE run_id = ?"
        " ORDER BY step, rowid"));
    q.addBindValue(qlonglong(runId));
    ProjectStore::run(q);
    std::vector<RunPoint> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toDouble(), optionalOf(q.value(2)), optionalOf(q.value(3)),
            optionalOf(q.value(4)), optionalOf(q.value(5))});
    return out;
}

} // namespace shoptuner::store
