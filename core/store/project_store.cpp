#include "project_store.h"

#include "schema.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace shoptuner::store {
namespace {

// PRAGMA application_id marks the file as a ShopTuner project ("ShTu").
constexpr qint64 kApplicationId = 0x53685475;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("shoptuner-project-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

StoreError::StoreError(const QString &message, const QString &hint)
    : std::runtime_error((hint.isEmpty() ? message : message + " (" + hint + ")").toStdString())
    , m_message(message)
    , m_hint(hint)
{ }

QString sqlError(const QSqlQuery &query)
{
    return query.lastError().text();
}

ProjectStore::ProjectStore(const QString &path, OpenMode mode)
    : m_path(path)
{
    openDatabase(mode == OpenMode::CreateIfMissing);
    migrate(currentSchemaVersion());
}

ProjectStore::ProjectStore(const QString &path, int targetVersion)
    : m_path(path)
{
    openDatabase(true);
    migrate(targetVersion);
}

ProjectStore::~ProjectStore()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void ProjectStore::openDatabase(bool mayCreate)
{
    const QFileInfo file(m_path);
    if (!mayCreate && !file.exists())
        throw StoreError(QStringLiteral("%1 does not exist").arg(m_path),
            QStringLiteral("create a new project or choose another file"));
    m_connectionName = nextConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid())
        throw StoreError(QStringLiteral("Qt's SQLite driver is not available"),
            QStringLiteral("install the package libqt6sql6-sqlite"));
    m_db.setDatabaseName(m_path);
    // A busy timeout lets a second connection (the GUI reading while a job writes) wait briefly.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        throw StoreError(QStringLiteral("cannot open %1: %2").arg(m_path, m_db.lastError().text()));

    QSqlQuery probe(m_db);
    if (!probe.exec(QStringLiteral("PRAGMA application_id")) || !probe.next())
        throw StoreError(QStringLiteral("%1 is not a ShopTuner project file").arg(m_path),
            QStringLiteral("SQLite says: %1").arg(sqlError(probe)));
    const qint64 appId = probe.value(0).toLongLong();
    probe.finish(); // an open statement would keep a read transaction that blocks the WAL switch
    const int version = schemaVersion();
    const bool emptyFile
        = appId == 0 && version == 0 && scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt() == 0;
    if (appId != kApplicationId && !emptyFile)
        throw StoreError(QStringLiteral("%1 is an SQLite database but not a ShopTuner project").arg(m_path));

    exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
}

int ProjectStore::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

void ProjectStore::migrate(int targetVersion)
{
    const int from = schemaVersion();
    if (from > currentSchemaVersion())
        throw StoreError(
            QStringLiteral("%1 was written by a newer ShopTuner (project format %2; this version reads up to %3)")
                .arg(m_path)
                .arg(from)
                .arg(currentSchemaVersion()),
            QStringLiteral("update ShopTuner to open it"));
    for (const Migration &m : migrations()) {
        if (m.version <= from || m.version > targetVersion)
            continue;
        // Each step is one transaction: a crash mid-migration leaves the previous version intact.
        Transaction tx(*this);
        for (const QString &sql : m.statements)
            exec(sql);
        exec(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId));
        exec(QStringLiteral("PRAGMA user_version=%1").arg(m.version));
        tx.commit();
    }
}

void ProjectStore::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        throw StoreError(QStringLiteral("project file %1: %2 [%3]").arg(m_path, sqlError(q), sql.left(120)));
}

QSqlQuery ProjectStore::prepare(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        throw StoreError(QStringLiteral("project file %1: %2 [%3]").arg(m_path, sqlError(q), sql.left(120)));
    return q;
}

void ProjectStore::run(QSqlQuery &query)
{
    if (!query.exec())
        throw StoreError(QStringLiteral("project file: %1 [%2]").arg(sqlError(query), query.lastQuery().left(120)));
}

QVariant ProjectStore::scalar(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        throw StoreError(QStringLiteral("project file %1: %2 [%3]").arg(m_path, sqlError(q), sql.left(120)));
    return q.next() ? q.value(0) : QVariant();
}

QString ProjectStore::info(const QString &key, const QString &fallback)
{
    QSqlQuery q = prepare(QStringLiteral("SELECT value FROM project_info WHERE key = ?"));
    q.addBindValue(key);
    run(q);
    return q.next() ? q.value(0).toString() : fallback;
}

void ProjectStore::setInfo(const QString &key, const QString &value)
{
    QSqlQuery q = prepare(QStringLiteral(
        "INSERT INTO project_info (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    run(q);
}

Transaction::Transaction(ProjectStore &store)
    : m_store(store)
{
    if (!m_store.database().transaction())
        throw StoreError(QStringLiteral("cannot start a transaction on %1: %2")
                             .arg(m_store.path(), m_store.database().lastError().text()));
}

Transaction::~Transaction()
{
    if (!m_done)
        m_store.database().rollback();
}

void Transaction::commit()
{
    if (!m_store.database().commit())
        throw StoreError(
            QStringLiteral("cannot save to %1: %2").arg(m_store.path(), m_store.database().lastError().text()),
            QStringLiteral("is the disk full or the file read-only?"));
    m_done = true;
}

} // namespace shoptuner::store
