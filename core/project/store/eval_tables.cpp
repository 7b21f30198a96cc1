#include "eval_tables.h"

#include "project_store.h"

#include <QDateTime>
#include <QSqlQuery>

namespace shoptuner::store {
namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QVariant optionalValue(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

} // namespace

std::int64_t addEvaluation(ProjectStore &store, const Evaluation &e)
{
    QSqlQuery q = store.prepare(QStringLiteral(
        "INSERT INTO evaluations (created_at, model_path, adapter_path, training_run_id, params_json, status)"
        " VALUES (?,?,?,?,?,?)"));
    q.addBindValue(e.createdAt.isEmpty() ? now() : e.createdAt);
    q.addBindValue(textValue(e.modelPath));
    q.addBindValue(textValue(e.adapterPath));
    q.addBindValue(e.trainingRunId ? QVariant(qlonglong(*e.trainingRunId)) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(textValue(e.paramsJson));
    q.addBindValue(textValue(e.status));
    ProjectStore::run(q);
    return q.lastInsertId().toLongLong();
}

void setEvaluationStatus(ProjectStore &store, std::int64_t id, const QString &status)
{
    QSqlQuery q = store.prepare(QStringLiteral("UPDATE evaluations SET status = ?, finished_at = ? WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(status == QLatin1String("running") ? QString() : now());
    q.addBindValue(qlonglong(id));
    ProjectStore::run(q);
}

std::vector<Evaluation> listEvaluations(ProjectStore &store)
{
    QSqlQuery q = store.prepare(QStringLiteral(
        "SELECT id, created_at, model_path, adapter_path, training_run_id, params_json, status, finished_at"
        " FROM evaluations ORDER BY id DESC"));
    ProjectStore::run(q);
    std::vector<Evaluation> out;
    while (q.next()) {
        Evaluation e;
        e.id = q.value(0).toLongLong();
        e.createdAt = q.value(1).toString();
        e.modelPath = q.value(2).toString();
        e.adapterPath = q.value(3).toString();
        if (!q.value(4).isNull())
            e.trainingRunId = q.value(4).toLongLong();
        e.paramsJson = q.value(5).toString();
        e.status = q.value(6).toString();
        e.finishedAt = q.value(7).toString();
        out.push_back(e);
    }
    return out;
}

void addEvalResult(ProjectStore &store, const EvalResult &r)
{
    QSqlQuery q = store.prepare(QStringLiteral(
        "INSERT INTO eval_results (evaluation_id, model_label, task, setting, metric, value, n, invalid, created_at,"
        " ci_low, ci_high, figures_json) VALUES (?,'',?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(qlonglong(r.evaluationId));
    q.addBindValue(r.task);
    q.addBindValue(r.setting);
    q.addBindValue(r.metric);
    q.addBindValue(r.value);
    q.addBindValue(r.n);
    q.addBindValue(r.invalid);
    q.addBindValue(now());
    q.addBindValue(optionalValue(r.ciLow));
    q.addBindValue(optionalValue(r.ciHigh));
    q.addBindValue(textValue(r.figuresJson));
    ProjectStore::run(q);
}

std::vector<EvalResult> evalResults(ProjectStore &store, std::int64_t evaluationId)
{
    QSqlQuery q = store.prepare(QStringLiteral(
        "SELECT task, setting, metric, value, n, invalid, ci_low, ci_high, figures_json FROM eval_results"
        " WHERE evaluation_id = ? ORDER BY id"));
    q.addBindValue(qlonglong(evaluationId));
    ProjectStore::run(q);
    std::vector<EvalResult> out;
    while (q.next()) {
        EvalResult r;
        r.evaluationId = evaluationId;
        r.task = q.value(0).toString();
        r.setting = q.value(1).toString();
        r.metric = q.value(2).toString();
        r.value = q.value(3).toDouble();
        r.n = q.value(4).toLongLong();
        r.invalid = q.value(5).toLongLong();
        if (!q.value(6).isNull())
            r.ciLow = q.value(6).toDouble();
        if (!q.value(7).isNull())
            r.ciHigh = q.value(7).toDouble();
        r.figuresJson = q.value(8).toString();
        out.push_back(r);
    }
    return out;
}

void addPrediction(ProjectStore &store, std::int64_t evaluationId, std::int64_t recordId, const QString &prediction)
{
    QSqlQuery q = store.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO eval_predictions (evaluation_id, record_id, prediction) VALUES (?,?,?)"));
    q.addBindValue(qlonglong(evaluationId));
    q.addBindValue(qlonglong(recordId));
    q.addBindValue(textValue(prediction));
    ProjectStore::run(q);
}

void setPredictionScores(
    ProjectStore &store, std::int64_t evaluationId, const std::vector<std::pair<std::int64_t, double>> &scores)
{
    Transaction tx(store);
    QSqlQuery q = store.prepare(
        QStringLiteral("UPDATE eval_predictions SET score = ? WHERE evaluation_id = ? AND record_id = ?"));
    for (const auto &[recordId, score] : scores) {
        q.addBindValue(score);
        q.addBindValue(qlonglong(evaluationId));
        q.addBindValue(qlonglong(recordId));
        ProjectStore::run(q);
    }
    tx.commit();
}

qint64 predictionCount(ProjectStore &store, std::int64_t evaluationId)
{
    QSqlQuery q = store.prepare(QStringLiteral("SELECT count(*) FROM eval_predictions WHERE evaluation_id = ?"));
    q.addBindValue(qlonglong(evaluationId));
    ProjectStore::run(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

QMap<QString, qint64> fullMarks(ProjectStore &store, std::int64_t evaluationId)
{
    QSqlQuery q
        = store.prepare(QStringLiteral("SELECT r.task, r.setting, sum(p.score >= 1 - 1e-9), count(p.score), count(*)"
                                       " FROM eval_predictions p JOIN records r ON r.id = p.record_id"
                                       " WHERE p.evaluation_id = ? GROUP BY r.task, r.setting"));
    q.addBindValue(qlonglong(evaluationId));
    ProjectStore::run(q);
    QMap<QString, qint64> out;
    while (q.next())
        if (q.value(3).toLongLong() == q.value(4).toLongLong()) // every answer scored
            out.insert(q.value(0).toString() + QLatin1Char('\x1f') + q.value(1).toString(), q.value(2).toLongLong());
    return out;
}

std::vector<Mistake> mistakes(
    ProjectStore &store, std::int64_t evaluationId, const QString &task, const QString &setting, int limit)
{
    QSqlQuery q = store.prepare(
        QStringLiteral("SELECT r.id, r.input, r.output, p.prediction, p.score FROM eval_predictions p"
                       " JOIN records r ON r.id = p.record_id"
                       " WHERE p.evaluation_id = ? AND r.task = ? AND r.setting = ?"
                       " AND (p.score < 1 OR (p.score IS NULL AND lower(trim(p.prediction)) <> lower(trim(r.output))))"
                       " ORDER BY p.score IS NULL, p.score, r.id LIMIT ?"));
    q.addBindValue(qlonglong(evaluationId));
    q.addBindValue(task);
    q.addBindValue(setting);
    q.addBindValue(limit);
    ProjectStore::run(q);
    std::vector<Mistake> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).isNull() ? std::nullopt : std::optional<double>(q.value(4).toDouble())});
    return out;
}

} // namespace shoptuner::store
