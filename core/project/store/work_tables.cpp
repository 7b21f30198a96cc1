#include "work_tables.h"

#include "project_store.h"

#include <QDateTime>
#include <QSqlQuery>

namespace shoptuner::store {
namespace {

const char *kJobColumns = "id, kind, created_at, model_path, adapter_path, training_run_id, params_json, status,"
                          " items_total, items_done, seconds, message, finished_at";

WorkJobRow jobFrom(const QSqlQuery &q)
{
    WorkJobRow j;
    j.id = q.value(0).toLongLong();
    j.kind = q.value(1).toString();
    j.createdAt = q.value(2).toString();
    j.modelPath = q.value(3).toString();
    j.adapterPath = q.value(4).toString();
    if (!q.value(5).isNull())
        j.trainingRunId = q.value(5).toLongLong();
    j.paramsJson = q.value(6).toString();
    j.status = q.value(7).toString();
    j.itemsTotal = q.value(8).toLongLong();
    j.itemsDone = q.value(9).toLongLong();
    j.seconds = q.value(10).toDouble();
    j.message = q.value(11).toString();
    j.finishedAt = q.value(12).toString();
    return j;
}

QStringList itemsOf(QSqlQuery &q)
{
    QStringList out;
    ProjectStore::run(q);
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

QString decisionName(Suggestion::Decision decision)
{
    switch (decision) {
    case Suggestion::Decision::Accepted:
        return QStringLiteral("accepted");
    case Suggestion::Decision::Rejected:
        return QStringLiteral("rejected");
    case Suggestion::Decision::None:
        return QStringLiteral("none");
    case Suggestion::Decision::Pending:
        break;
    }
    return QStringLiteral("pending");
}

Suggestion::Decision decisionFromName(const QString &name)
{
    if (name == QLatin1String("accepted"))
        return Suggestion::Decision::Accepted;
    if (name == QLatin1String("rejected"))
        return Suggestion::Decision::Rejected;
    if (name == QLatin1String("none"))
        return Suggestion::Decision::None;
    return Suggestion::Decision::Pending;
}

std::int64_t addWorkJob(ProjectStore &store, const WorkJobRow &job)
{
    QSqlQuery q = store.prepare(QStringLiteral(
        "INSERT INTO work_jobs (kind, created_at, model_path, adapter_path, training_run_id, params_json,"
        " status, items_total) VALUES (?,?,?,?,?,?,?,?)"));
    q.addBindValue(textValue(job.kind));
    q.addBindValue(job.createdAt.isEmpty() ? QDateTime::currentDateTimeUtc().toString(Qt::ISODate) : job.createdAt);
    q.addBindValue(textValue(job.modelPath));
    q.addBindValue(textValue(job.adapterPath));
    q.addBindValue(
        job.trainingRunId ? QVariant(qlonglong(*job.trainingRunId)) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(textValue(job.paramsJson));
    q.addBindValue(textValue(job.status));
    q.addBindValue(job.itemsTotal);
    ProjectStore::run(q);
    return q.lastInsertId().toLongLong();
}

void updateWorkJob(ProjectStore &store, const WorkJobRow &job)
{
    QSqlQuery q = store.prepare(QStringLiteral("UPDATE work_jobs SET status = ?, items_total = ?, items_done = ?,"
                                               " seconds = ?, message = ?, finished_at = ? WHERE id = ?"));
    q.addBindValue(textValue(job.status));
    q.addBindValue(job.itemsTotal);
    q.addBindValue(job.itemsDone);
    q.addBindValue(job.seconds);
    q.addBindValue(textValue(job.message));
    q.addBindValue(textValue(job.finishedAt));
    q.addBindValue(qlonglong(job.id));
    ProjectStore::run(q);
}

std::optional<WorkJobRow> workJob(ProjectStore &store, std::int64_t id)
{
    QSqlQuery q = store.prepare(QStringLiteral("SELECT %1 FROM work_jobs WHERE id = ?").arg(kJobColumns));
    q.addBindValue(qlonglong(id));
    ProjectStore::run(q);
    return q.next() ? std::optional(jobFrom(q)) : std::nullopt;
}

std::vector<WorkJobRow> listWorkJobs(ProjectStore &store, const QString &kind)
{
    QSqlQuery q = store.prepare(
        QStringLiteral("SELECT %1 FROM work_jobs WHERE ? = '' OR kind = ? ORDER BY id DESC").arg(kJobColumns));
    q.addBindValue(textValue(kind));
    q.addBindValue(textValue(kind));
    ProjectStore::run(q);
    std::vector<WorkJobRow> out;
    while (q.next())
        out.push_back(jobFrom(q));
    return out;
}

void addSuggestions(ProjectStore &store, const QList<Suggestion> &list)
{
    Transaction transaction(store);
    QSqlQuery q = store.prepare(
        QStringLiteral("INSERT INTO suggestions (job_id, item_key, field, current_value, suggested, edited, confidence,"
                       " decision, context_json) VALUES (?,?,?,?,?,?,?,?,?)"
                       " ON CONFLICT (job_id, item_key, field) DO NOTHING"));
    for (const Suggestion &s : list) {
        q.addBindValue(qlonglong(s.jobId));
        q.addBindValue(textValue(s.itemKey));
        q.addBindValue(textValue(s.field));
        q.addBindValue(textValue(s.currentValue));
        q.addBindValue(textValue(s.suggested));
        q.addBindValue(s.edited ? QVariant(textValue(*s.edited)) : QVariant(QMetaType(QMetaType::QString)));
        q.addBindValue(s.confidence ? QVariant(*s.confidence) : QVariant(QMetaType(QMetaType::Double)));
        q.addBindValue(decisionName(s.decision));
        q.addBindValue(textValue(s.contextJson));
        ProjectStore::run(q);
    }
    transaction.commit();
}

std::vector<Suggestion> suggestions(ProjectStore &store, std::int64_t jobId)
{
    QSqlQuery q = store.prepare(
        QStringLiteral("SELECT id, job_id, item_key, field, current_value, suggested, edited, confidence, decision,"
                       " context_json FROM suggestions WHERE job_id = ? ORDER BY id"));
    q.addBindValue(qlonglong(jobId));
    q.setForwardOnly(true);
    ProjectStore::run(q);
    std::vector<Suggestion> out;
    while (q.next()) {
        Suggestion s;
        s.id = q.value(0).toLongLong();
        s.jobId = q.value(1).toLongLong();
        s.itemKey = q.value(2).toString();
        s.field = q.value(3).toString();
        s.currentValue = q.value(4).toString();
        s.suggested = q.value(5).toString();
        if (!q.value(6).isNull())
            s.edited = q.value(6).toString();
        if (!q.value(7).isNull())
            s.confidence = q.value(7).toDouble();
        s.decision = decisionFromName(q.value(8).toString());
        s.contextJson = q.value(9).toString();
        out.push_back(std::move(s));
    }
    return out;
}

void setDecision(
    ProjectStore &store, std::int64_t suggestionId, Suggestion::Decision decision, const std::optional<QString> &edited)
{
    QSqlQuery q = store.prepare(QStringLiteral("UPDATE suggestions SET decision = ?, edited = ? WHERE id = ?"));
    q.addBindValue(decisionName(decision));
    q.addBindValue(edited ? QVariant(textValue(*edited)) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(qlonglong(suggestionId));
    ProjectStore::run(q);
}

QSet<QString> doneFields(ProjectStore &store, std::int64_t jobId)
{
    QSqlQuery q
        = store.prepare(QStringLiteral("SELECT item_key || char(9) || field FROM suggestions WHERE job_id = ?"));
    q.addBindValue(qlonglong(jobId));
    const QStringList items = itemsOf(q);
    return {items.begin(), items.end()};
}

QSet<QString> seenItems(ProjectStore &store, const QString &kind, std::int64_t exceptJob)
{
    QSqlQuery q = store.prepare(QStringLiteral("SELECT DISTINCT s.item_key FROM suggestions s"
                                               " JOIN work_jobs j ON j.id = s.job_id WHERE j.kind = ? AND j.id != ?"));
    q.addBindValue(kind);
    q.addBindValue(qlonglong(exceptJob));
    const QStringList items = itemsOf(q);
    return {items.begin(), items.end()};
}

} // namespace shoptuner::store
