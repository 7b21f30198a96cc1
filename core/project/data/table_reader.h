// A file of rows with named columns, read one row at a time whatever its format: CSV/TSV (see
// csv_reader.h) or JSON (an array of objects, or one object per line; see json_reader.h).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <stdexcept>

namespace shoptuner::data {

class TextDecoder;

// Something in a file that the user must know about, located as precisely as we can.
struct FileIssue
{
    enum class Severity { Warning, Error };
    Severity severity = Severity::Error;
    QString file;
    qint64 line = 0; // 1-based; 0 when the whole file is meant
    QString column; // empty when the whole row is meant
    QString message; // what was found and what was expected

    QString toString() const; // "reviews.csv:12, column "rating": expected a number from 1 to 5, found "great""
};

// A file that cannot be read at all (or no further): the import stops and nothing is kept.
class ImportError : public std::runtime_error
{
public:
    explicit ImportError(FileIssue issue);
    const FileIssue &issue() const { return m_issue; }

private:
    FileIssue m_issue;
};

struct TableRow
{
    qint64 line = 0; // where the row starts in the file
    QStringList values; // one per column, "" where the row had none
};

struct TableFormat
{
    enum class Type { Csv, JsonArray, JsonLines };
    Type type = Type::Csv;
    QString encoding;
    QChar delimiter; // CSV only
    // Lines of a UTF-8 file that were read as Windows-1252, among those read when the format was
    // asked for; the reader adds a warning with the full count at the end of the file.
    qint64 fallbackLines = 0;
    QString describe() const; // "CSV, delimiter ';', Windows-1252"; "..., UTF-8, some lines Windows-1252"
};

class TableReader
{
public:
    virtual ~TableReader() = default;

    // Opens the file and decides its format from its name and first bytes.
    static std::unique_ptr<TableReader> open(const QString &path);

    virtual TableFormat format() const = 0;
    virtual QStringList columns() const = 0;
    // Next row; false at the end. Problems with single rows (ragged, bad bytes) are added to
    // issues() and the row is still returned; a file that cannot be read further throws ImportError.
    virtual bool next(TableRow &row) = 0;
    virtual double progress() const = 0; // fraction of the file's bytes consumed

    QList<FileIssue> takeIssues();
    QString fileName() const { return m_fileName; }

protected:
    void addIssue(FileIssue::Severity severity, qint64 line, const QString &message, const QString &column = {});
    // At the end of the file: one warning that says how many lines were not UTF-8, if any were.
    void reportFallbackLines(const TextDecoder &decoder);
    QString m_fileName;
    QList<FileIssue> m_issues;
};

// Unique, non-empty column names: blanks become "column 3", repeats get " (2)".
QStringList cleanColumnNames(const QStringList &raw);

} // namespace shoptuner::data
