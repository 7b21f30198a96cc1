#include "table_reader.h"

#include "csv_reader.h"
#include "json_reader.h"
#include "text_decoder.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace shoptuner::data {

QString FileIssue::toString() const
{
    QString where = file;
    if (line > 0)
        where += QStringLiteral(":%1").arg(line);
    if (!column.isEmpty())
        where += QStringLiteral(", column \"%1\"").arg(column);
    return where + QStringLiteral(": ") + message;
}

ImportError::ImportError(FileIssue issue)
    : std::runtime_error(issue.toString().toStdString())
    , m_issue(std::move(issue))
{ }

QString TableFormat::describe() const
{
    const QString enc = fallbackLines > 0 ? QStringLiteral("%1, some lines Windows-1252").arg(encoding) : encoding;
    switch (type) {
    case Type::Csv: {
        const QString d
            = delimiter == QLatin1Char('\t') ? QStringLiteral("tab") : QStringLiteral("'%1'").arg(delimiter);
        return QStringLiteral("CSV, delimiter %1, %2").arg(d, enc);
    }
    case Type::JsonArray:
        return QStringLiteral("JSON array, %1").arg(enc);
    case Type::JsonLines:
        return QStringLiteral("JSON lines, %1").arg(enc);
    }
    return {};
}

std::unique_ptr<TableReader> TableReader::open(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw ImportError({FileIssue::Severity::Error, info.fileName(), 0, {}, QStringLiteral("does not exist")});
    if (info.isDir())
        throw ImportError({FileIssue::Severity::Error, info.fileName(), 0, {},
            QStringLiteral("is a folder; choose the exported file inside it")});
    if (!info.isFile()) // a pipe or device would block the import or never end
        throw ImportError({FileIssue::Severity::Error, info.fileName(), 0, {},
            QStringLiteral("is not an ordinary file (a pipe or device); export the data to a file first")});
    {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            if (const QString what = binaryFileKind(f.peek(4096)); !what.isEmpty())
                throw ImportError({FileIssue::Severity::Error, info.fileName(), 0, {},
                    QStringLiteral("is %1, not a text file; open it in the program that made it and save or export "
                                   "it as CSV (UTF-8)")
                        .arg(what)});
    }
    const QString suffix = info.suffix().toLower();
    bool json
        = suffix == QLatin1String("json") || suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson");
    if (!json && suffix != QLatin1String("csv") && suffix != QLatin1String("tsv") && suffix != QLatin1String("txt")) {
        // Unknown extension: look at the first non-blank character.
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray head = f.peek(4096).trimmed();
            json = head.startsWith('{') || head.startsWith('[') || head.startsWith("\xEF\xBB\xBF{")
                || head.startsWith("\xEF\xBB\xBF[");
        }
    }
    if (json)
        return std::make_unique<JsonReader>(path);
    return std::make_unique<CsvReader>(path);
}

QList<FileIssue> TableReader::takeIssues()
{
    return std::exchange(m_issues, {});
}

void TableReader::addIssue(FileIssue::Severity severity, qint64 line, const QString &message, const QString &column)
{
    m_issues.append({severity, m_fileName, line, column, message});
}

void TableReader::reportFallbackLines(const TextDecoder &decoder)
{
    const qint64 n = decoder.fallbackLines();
    if (n == 0)
        return;
    // One summary rather than one warning per line: a file pasted together from two systems can
    // have thousands, and the fix (re-export as UTF-8) is the same for all of them.
    const qint64 first = decoder.firstFallbackLine();
    const QString which = n == 1
        ? QStringLiteral("1 line was not UTF-8 and was read as Windows-1252 (line %1)").arg(first)
        : QStringLiteral("%1 lines were not UTF-8 and were read as Windows-1252 (the first is line %2)")
              .arg(n)
              .arg(first);
    addIssue(FileIssue::Severity::Warning, 0,
        which + QStringLiteral("; check their accented letters and symbols, or export the file again as UTF-8"));
}

// Linear in the number of columns, so that a header of a million columns (or a million repeats of
// one name) is quick: names taken so far are a set, and each name remembers its next free number.
QStringList cleanColumnNames(const QStringList &raw)
{
    QStringList out;
    out.reserve(raw.size());
    QSet<QString> taken;
    taken.reserve(raw.size());
    QHash<QString, int> nextNumber; // name -> every "name (n)" below it is taken
    for (qsizetype i = 0; i < raw.size(); ++i) {
        QString name = raw[i].simplified();
        if (name.startsWith(QChar(0xFEFF)))
            name.remove(0, 1);
        if (name.isEmpty())
            name = QStringLiteral("column %1").arg(i + 1);
        QString unique = name;
        if (taken.contains(unique)) {
            int &n = nextNumber.insert(name, nextNumber.value(name, 2)).value();
            do
                unique = QStringLiteral("%1 (%2)").arg(name).arg(n++);
            while (taken.contains(unique));
        }
        taken.insert(unique);
        out << unique;
    }
    return out;
}

} // namespace shoptuner::data
