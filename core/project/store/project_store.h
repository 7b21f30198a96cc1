// The project file (.shoptuner): an SQLite database in WAL mode with foreign keys on, its schema
// version in PRAGMA user_version, migrated forward on open. Each ProjectStore is one connection
// and belongs to the thread that opened it; a job opens its own.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <stdexcept>

class QSqlQuery;

namespace shoptuner::store {

class StoreError : public std::runtime_error
{
public:
    StoreError(const QString &message, const QString &hint = {});
    QString message() const { return m_message; }
    QString hint() const { return m_hint; }

private:
    QString m_message;
    QString m_hint;
};

class ProjectStore
{
public:
    // ReadOnly: for commands that only read (reports, statistics); works on read-only disks and
    // never migrates or changes the file.
    enum class OpenMode { OpenExisting, CreateIfMissing, ReadOnly };

    // Opens (and migrates) or creates the project file. A file from a newer ShopTuner, one that is
    // not a project file, and one that is damaged (checked once per process with SQLite's
    // quick_check) are StoreErrors that say so.
    explicit ProjectStore(const QString &path, OpenMode mode = OpenMode::OpenExisting);
    // For tests of migrations: create or open the file and migrate only up to targetVersion.
    ProjectStore(const QString &path, int targetVersion);
    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    QString path() const { return m_path; }
    int schemaVersion() const;
    QSqlDatabase &database() { return m_db; }

    // Runs one statement; a failure is a StoreError naming the statement.
    void exec(const QString &sql);
    QSqlQuery prepare(const QString &sql);
    static void run(QSqlQuery &query); // exec a prepared query or throw
    QVariant scalar(const QString &sql);

    // Key/value pairs about the project (name, wizard position, settings).
    QString info(const QString &key, const QString &fallback = {});
    void setInfo(const QString &key, const QString &value);

private:
    void openDatabase(OpenMode mode);
    void checkIntegrity();
    void migrate(int targetVersion);

    QString m_path;
    bool m_readOnly = false;
    QString m_connectionName;
    QSqlDatabase m_db;
};

// Commits on commit(); rolls back when destroyed without it (exception, cancel).
class Transaction
{
public:
    explicit Transaction(ProjectStore &store);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    ProjectStore &m_store;
    bool m_done = false;
};

QString sqlError(const QSqlQuery &query);

// Text for a NOT NULL column: a null QString binds as SQL NULL, so bind "" instead.
inline QVariant textValue(const QString &s)
{
    return s.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(s);
}

} // namespace shoptuner::store
