#include "record_tables.h"

#include "project_store.h"

#include <QDateTime>

namespace shoptuner::store {

std::int64_t replaceTaskBuild(ProjectStore &store, qint64 seed, const QString &paramsJson)
{
    store.exec(QStringLiteral("DELETE FROM task_builds")); // cascades to their records
    QSqlQuery q = store.prepare(
        QStringLiteral("INSERT INTO task_builds (created_at, seed, params_json, report_json) VALUES (?,?,?,'{}')"));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(seed);
    q.addBindValue(paramsJson);
    ProjectStore::run(q);
    return q.lastInsertId().toLongLong();
}

void setTaskBuildReport(ProjectStore &store, std::int64_t buildId, const QString &reportJson)
{
    QSqlQuery q = store.prepare(QStringLiteral("UPDATE task_builds SET report_json = ? WHERE id = ?"));
    q.addBindValue(reportJson);
    q.addBindValue(qlonglong(buildId));
    ProjectStore::run(q);
}

std::optional<TaskBuildInfo> latestTaskBuild(ProjectStore &store)
{
    QSqlQuery q = store.prepare(QStringLiteral(
        "SELECT id, created_at, seed, params_json, report_json FROM task_builds ORDER BY id DESC LIMIT 1"));
    ProjectStore::run(q);
    if (!q.next())
        return std::nullopt;
    return TaskBuildInfo {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
        q.value(3).toString(), q.value(4).toString()};
}

RecordWriter::RecordWriter(ProjectStore &store, Owner owner, std::int64_t ownerId)
    : m_insert(std::make_unique<QSqlQuery>(store.prepare(QStringLiteral(
        "INSERT INTO records (build_id, import_id, task, setting, split, instruction, input, options_json,"
        " output, extra_json, group_key) VALUES (?,?,?,?,?,?,?,?,?,?,?)"))))
    , m_owner(owner)
    , m_ownerId(ownerId)
{ }

void RecordWriter::add(const InstructionRow &row)
{
    QSqlQuery &q = *m_insert;
    const QVariant id = QVariant::fromValue(qlonglong(m_ownerId));
    const QVariant null(QMetaType(QMetaType::LongLong));
    q.addBindValue(m_owner == Owner::Build ? id : null);
    q.addBindValue(m_owner == Owner::Import ? id : null);
    for (const QString *v : {&row.task, &row.setting, &row.split, &row.instruction, &row.input, &row.optionsJson,
             &row.output, &row.extraJson, &row.groupKey})
        q.addBindValue(textValue(*v));
    ProjectStore::run(q);
}

void forEachRecord(
    ProjectStore &store, const RecordFilter &filter, const std::function<bool(const InstructionRow &)> &visit)
{
    QString sql = QStringLiteral(
        "SELECT id, task, setting, split, instruction, input, options_json, output, extra_json, group_key"
        " FROM records WHERE 1");
    QVariantList binds;
    auto addIn = [&](const char *column, const QStringList &values) {
        if (values.isEmpty())
            return;
        sql += QStringLiteral(" AND %1 IN (%2)")
                   .arg(QLatin1String(column), QString("?,").repeated(values.size()).chopped(1));
        for (const QString &v : values)
            binds << v;
    };
    addIn("task", filter.tasks);
    addIn("split", filter.splits);
    addIn("setting", filter.settings);
    if (filter.importId) {
        sql += QStringLiteral(" AND import_id = ?");
        binds << qlonglong(*filter.importId);
    }
    sql += QStringLiteral(" ORDER BY id");
    QSqlQuery q = store.prepare(sql);
    q.setForwardOnly(true);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    ProjectStore::run(q);
    while (q.next()) {
        InstructionRow r;
        r.id = q.value(0).toLongLong();
        r.task = q.value(1).toString();
        r.setting = q.value(2).toString();
        r.split = q.value(3).toString();
        r.instruction = q.value(4).toString();
        r.input = q.value(5).toString();
        r.optionsJson = q.value(6).toString();
        r.output = q.value(7).toString();
        r.extraJson = q.value(8).toString();
        r.groupKey = q.value(9).toString();
        if (!visit(r))
            break;
    }
}

std::vector<RecordCount> recordCounts(ProjectStore &store)
{
    QSqlQuery q = store.prepare(QStringLiteral("SELECT task, setting, split, count(*) FROM records GROUP BY task, "
                                               "setting, split ORDER BY task, setting, split"));
    ProjectStore::run(q);
    std::vector<RecordCount> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
    return out;
}

} // namespace shoptuner::store
