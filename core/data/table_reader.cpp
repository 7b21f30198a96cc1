#include "table_reader.h"

#include "csv_reader.h"
#include "json_reader.h"

#include <QFile>
#include <QFileInfo>

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
    switch (type) {
    case Type::Csv: {
        const QString d
            = delimiter == QLatin1Char('\t') ? QStringLiteral("tab") : QStringLiteral("'%1'").arg(delimiter);
        return QStringLiteral("CSV, delimiter %1, %2").arg(d, encoding);
    }
    case Type::JsonArray:
        return QStringLiteral("JSON array, %1").arg(encoding);
    case Type::JsonLines:
        return QStringLiteral("JSON lines, %1").arg(encoding);
    }
    return {};
}

std::unique_ptr<TableReader> TableReader::open(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw ImportError({FileIssue::Severity::Error, info.fileName(), 0, {}, QStringLiteral("does not exist")});
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

QStringList cleanColumnNames(const QStringList &raw)
{
    QStringList out;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        QString name = raw[i].simplified();
        if (name.startsWith(QChar(0xFEFF)))
            name.remove(0, 1);
        if (name.isEmpty())
            name = QStringLiteral("column %1").arg(i + 1);
        QString unique = name;
        for (int n = 2; out.contains(unique); ++n)
            unique = QStringLiteral("%1 (%2)").arg(name).arg(n);
        out << unique;
    }
    return out;
}

} // namespace shoptuner::data
