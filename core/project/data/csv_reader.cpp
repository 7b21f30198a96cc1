#include "csv_reader.h"

#include <csv.h>

#include <QFileInfo>

#include <array>
#include <map>

namespace shoptuner::data {

QChar sniffDelimiter(const QByteArray &sample, bool preferTab)
{
    const std::array<char, 4> candidates = {',', ';', '\t', '|'};
    // Fields per line for each candidate, counted outside quotes over the first complete lines.
    std::array<std::vector<int>, 4> counts;
    std::array<int, 4> current {};
    bool quoted = false;
    int lines = 0;
    for (qsizetype i = 0; i < sample.size() && lines < 50; ++i) {
        const char c = sample[i];
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == '\n') {
            for (std::size_t k = 0; k < candidates.size(); ++k) {
                counts[k].push_back(current[k]);
                current[k] = 0;
            }
            ++lines;
        } else if (!quoted)
            for (std::size_t k = 0; k < candidates.size(); ++k)
                current[k] += c == candidates[k];
    }
    if (lines == 0)
        for (std::size_t k = 0; k < candidates.size(); ++k)
            counts[k].push_back(current[k]);
    // Score: lines whose count equals the header's (the first line's), times that count being > 0.
    int best = -1;
    double bestScore = 0;
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        const int header = counts[k].front();
        if (header == 0)
            continue;
        int agree = 0;
        for (int n : counts[k])
            agree += n == header;
        double score = double(agree) / counts[k].size() + 1e-3 * std::min(header, 50);
        if (preferTab && candidates[k] == '\t')
            score += 0.5;
        if (score > bestScore) {
            bestScore = score;
            best = int(k);
        }
    }
    return best < 0 ? QChar(',') : QChar(candidates[std::size_t(best)]);
}

CsvReader::CsvReader(const QString &path, QChar delimiter)
    : m_file(path)
{
    m_fileName = QFileInfo(path).fileName();
    if (!m_file.open(QIODevice::ReadOnly))
        throw ImportError({FileIssue::Severity::Error, m_fileName, 0, {},
            QStringLiteral("cannot be opened: %1").arg(m_file.errorString())});
    m_decoder = std::make_unique<TextDecoder>(&m_file);
    m_pending = m_decoder->readUtf8(1 << 16);
    m_delimiter = delimiter.isNull() ? sniffDelimiter(m_pending,
                      path.endsWith(QLatin1String(".tsv"), Qt::CaseInsensitive)
                          || path.endsWith(QLatin1String(".tab"), Qt::CaseInsensitive))
                                     : delimiter;
    // Lenient quoting (a stray " inside an unquoted field is kept, as spreadsheets write it), but
    // a quoted field still open at the end of the file is an error.
    m_parser.reset(new csv_parser);
    csv_init(m_parser.get(), CSV_STRICT_FINI | CSV_APPEND_NULL);
    csv_set_delim(m_parser.get(), static_cast<unsigned char>(m_delimiter.toLatin1()));

    // The first row is the header (onRowEnd takes it); then at least the parsing has begun.
    while (!m_headerRead && fillRows()) { }
    if (!m_headerRead)
        throw ImportError({FileIssue::Severity::Error, m_fileName, 0, {},
            QStringLiteral("is empty; expected a header line with column names")});
}

CsvReader::~CsvReader() = default;

void CsvReader::ParserDeleter::operator()(csv_parser *p) const
{
    csv_free(p);
    delete p;
}

TableFormat CsvReader::format() const
{
    return {TableFormat::Type::Csv, encodingName(m_decoder->encoding()), m_delimiter, m_decoder->fallbackLines()};
}

double CsvReader::progress() const
{
    return m_decoder->size() > 0 ? double(m_decoder->bytesRead()) / double(m_decoder->size()) : 1.0;
}

void CsvReader::fieldCallback(void *data, size_t length, void *self)
{
    static_cast<CsvReader *>(self)->onField(static_cast<const char *>(data), length);
}

void CsvReader::rowCallback(int, void *self)
{
    static_cast<CsvReader *>(self)->onRowEnd();
}

void CsvReader::onField(const char *data, size_t length)
{
    QByteArray bytes = data ? QByteArray(data, qsizetype(length)) : QByteArray();
    if (m_fields.isEmpty())
        m_rowStart = m_line - bytes.count('\n');
    bytes.replace("\r\n", "\n");
    m_fields << QString::fromUtf8(bytes);
}

void CsvReader::onRowEnd()
{
    TableRow row;
    row.line = m_rowStart ? m_rowStart : m_line;
    row.values = std::move(m_fields);
    m_fields.clear();
    m_rowStart = 0;
    if (!m_headerRead) {
        if (m_headerRowsToSkip > 0) {
            --m_headerRowsToSkip;
            return;
        }
        // An Amazon inventory file template saved as text: its first row is "TemplateType=…"
        // metadata, the second human labels ("Seller SKU"), the third the attribute names
        // (item_sku, …) that the data rows and Amazon's documentation use.
        if (!row.values.isEmpty() && row.values.front().startsWith(QLatin1String("TemplateType="))) {
            m_headerRowsToSkip = 1;
            return;
        }
        m_columns = cleanColumnNames(row.values);
        m_headerRead = true;
        return;
    }
    {
        const qsizetype expected = m_columns.size();
        if (row.values.size() != expected) {
            // Trailing empty fields (a spreadsheet's extra delimiters) are harmless.
            while (row.values.size() > expected && row.values.constLast().trimmed().isEmpty())
                row.values.removeLast();
            if (row.values.size() != expected)
                addIssue(FileIssue::Severity::Error, row.line,
                    QStringLiteral("has %1 fields; the header has %2 columns").arg(row.values.size()).arg(expected));
            while (row.values.size() < expected)
                row.values << QString();
            row.values.resize(expected); // the row is reported; its values still align with the header
        }
    }
    m_rows.push_back(std::move(row));
}

bool CsvReader::fillRows()
{
    while (m_rows.empty()) {
        if (m_pending.isEmpty() && !m_finished)
            m_pending = m_decoder->readUtf8(1 << 16);
        if (m_pending.isEmpty()) {
            if (m_finished)
                return false;
            m_finished = true;
            reportFallbackLines(*m_decoder);
            // libcsv's states: 2 is "inside a field"; a quoted one still open means a missing quote.
            constexpr int kFieldBegun = 2;
            const bool openQuote = m_parser->quoted && m_parser->pstate == kFieldBegun;
            const qint64 rowStart = m_rowStart ? m_rowStart : m_line;
            if (csv_fini(m_parser.get(), fieldCallback, rowCallback, this) != 0 || openQuote)
                throw ImportError({FileIssue::Severity::Error, m_fileName, rowStart, {},
                    QStringLiteral("a quoted field starts here and is never closed; expected a closing \" "
                                   "(a quote inside a field must be written twice: \"\")")});
            continue;
        }
        // Feed one physical line at a time, so each row knows the line it started on.
        qsizetype start = 0;
        while (start < m_pending.size()) {
            qsizetype end = m_pending.indexOf('\n', start);
            const bool wholeLine = end >= 0;
            end = wholeLine ? end + 1 : m_pending.size();
            const size_t n = size_t(end - start);
            if (csv_parse(m_parser.get(), m_pending.constData() + start, n, fieldCallback, rowCallback, this) != n)
                throw ImportError({FileIssue::Severity::Error, m_fileName, m_line, {},
                    QStringLiteral("cannot be parsed as CSV: %1")
                        .arg(QString::fromUtf8(csv_strerror(csv_error(m_parser.get()))))});
            if (wholeLine)
                ++m_line;
            start = end;
        }
        m_pending.clear();
    }
    return true;
}

bool CsvReader::next(TableRow &row)
{
    if (!fillRows())
        return false;
    row = std::move(m_rows.front());
    m_rows.pop_front();
    return true;
}

} // namespace shoptuner::data
