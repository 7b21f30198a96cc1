#include "project_store.h"

#include "schema.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace shoptuner::store {
namespace {

// PRAGMA application_id marks the file as a ShopTuner project ("ShTu").
constexpr qint64 kApplicationId = 0x53685475;
constexpr qsizetype kMaxPathBytes = 500; // SQLite's Unix layer: 512 with its own suffixes ("-wal")

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
    , m_readOnly(mode == OpenMode::ReadOnly)
{
    openDatabase(mode);
    if (m_readOnly) {
        const int version = schemaVersion();
        if (version < currentSchemaVersion())
            throw StoreError(
                QStringLiteral("%1 was written by an earlier ShopTuner and must be updated first").arg(m_path),
                QStringLiteral(
                    "open it once in ShopTuner (or with any command that changes it) where it may be written"));
        migrate(currentSchemaVersion()); // only the newer-version check: nothing is left to migrate
    } else {
        migrate(currentSchemaVersion());
    }
}

ProjectStore::ProjectStore(const QString &path, int targetVersion)
    : m_path(path)
{
    openDatabase(OpenMode::CreateIfMissing);
    migrate(targetVersion);
}

ProjectStore::~ProjectStore()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void ProjectStore::openDatabase(OpenMode mode)
{
    const QFileInfo file(m_path);
    // SQLite's Unix file layer opens paths of at most 512 bytes; say so instead of "unable to open".
    const qsizetype pathBytes = QFile::encodeName(file.absoluteFilePath()).size();
    if (pathBytes > kMaxPathBytes)
        throw StoreError(QStringLiteral("the path of %1 is %2 bytes long; project files can be opened from paths of at "
                                        "most %3 bytes")
                             .arg(file.fileName())
                             .arg(pathBytes)
                             .arg(kMaxPathBytes),
            QStringLiteral("move the project to a folder with a shorter path"));
    if (mode != OpenMode::CreateIfMissing && !file.exists())
        throw StoreError(QStringLiteral("%1 does not exist").arg(m_path),
            QStringLiteral("create a new project or choose another file"));
    if (file.exists() && !file.isFile())
        throw StoreError(QStringLiteral("%1 is not a project file (it is a folder or a device)").arg(m_path),
            QStringLiteral("choose the .shoptuner file itself"));
    const bool writable = file.exists() ? file.isWritable() && QFileInfo(file.absolutePath()).isWritable()
                                        : QFileInfo(file.absolutePath()).isWritable();
    if (!m_readOnly && !writable)
        throw StoreError(
            QStringLiteral("%1 is on a read-only disk or in a read-only folder, so it cannot be changed").arg(m_path),
            QStringLiteral("copy the project to a folder you may write to"));
    m_connectionName = nextConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid())
        throw StoreError(QStringLiteral("Qt's SQLite driver is not available"),
            QStringLiteral("install the package libqt6sql6-sqlite"));
    // A busy timeout lets a second connection (the GUI reading while a job writes) wait briefly.
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (m_readOnly) {
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        if (!writable) {
            // On a read-only disk SQLite cannot make the WAL index beside the file; "immutable"
            // reads it as it is, which is safe because nothing can write there either.
            options += QStringLiteral(";QSQLITE_OPEN_URI");
            m_db.setDatabaseName(QUrl::fromLocalFile(file.absoluteFilePath()).toString(QUrl::FullyEncoded)
                + QStringLiteral("?immutable=1"));
        } else {
            m_db.setDatabaseName(m_path);
        }
    } else {
        m_db.setDatabaseName(m_path);
    }
    m_db.setConnectOptions(options);
    if (!m_db.open())
        throw StoreError(QStringLiteral("cannot open %1: %2").arg(m_path, m_db.lastError().text()),
            file.exists() && !file.isWritable() ? QStringLiteral("the file is read-only; copy it somewhere writable")
                                                : QString());

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
    if (appId == kApplicationId && version <= 0)
        throw StoreError(QStringLiteral("%1 is damaged: its format version reads %2").arg(m_path).arg(version),
            QStringLiteral("restore the project from a backup copy; ShopTuner did not change it"));
    if (!emptyFile)
        checkIntegrity();
    if (m_readOnly) {
        exec(QStringLiteral("PRAGMA query_only=ON"));
        return;
    }
    exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
}

void ProjectStore::checkIntegrity()
{
    // Once per file and process: every job opens its own connection, and quick_check reads the
    // whole file.
    static QMutex mutex;
    static QSet<QString> checked;
    const QString key = QFileInfo(m_path).canonicalFilePath();
    {
        QMutexLocker lock(&mutex);
        if (checked.contains(key))
            return;
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check(3)")))
        throw StoreError(QStringLiteral("%1 is damaged: %2").arg(m_path, sqlError(q)),
            QStringLiteral("restore the project from a backup copy; ShopTuner did not change it"));
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    if (problems != QStringList {QStringLiteral("ok")})
        throw StoreError(
            QStringLiteral("%1 is damaged; SQLite's check found: %2").arg(m_path, problems.join(QStringLiteral("; "))),
            QStringLiteral("restore the project from a backup copy; ShopTuner did not change it"));
    QMutexLocker lock(&mutex);
    checked.insert(key);
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
