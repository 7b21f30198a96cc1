// CSV and TSV through libcsv (RFC 4180 quoting, fields spanning lines), after the file has been
// decoded to UTF-8 (text_decoder.h). The delimiter is sniffed from the first lines.
#pragma once

#include "table_reader.h"
#include "text_decoder.h"

#include <QFile>

#include <deque>

struct csv_parser;

namespace shoptuner::data {

// The delimiter among , ; TAB | that splits the sample's lines into the most consistent
// number of fields (quotes respected).
QChar sniffDelimiter(const QByteArray &utf8Sample, bool preferTab = false);

class CsvReader : public TableReader
{
public:
    explicit CsvReader(const QString &path, QChar delimiter = {}); // delimiter {} = sniff
    ~CsvReader() override;

    TableFormat format() const override;
    QStringList columns() const override { return m_columns; }
    bool next(TableRow &row) override;
    double progress() const override;

private:
    bool fillRows(); // parses more input until a row is complete; false at the end
    void onField(const char *data, size_t length);
    void onRowEnd();
    static void fieldCallback(void *data, size_t length, void *self);
    static void rowCallback(int terminator, void *self);

    QFile m_file;
    std::unique_ptr<TextDecoder> m_decoder;
    struct ParserDeleter
    {
        void operator()(csv_parser *p) const;
    };
    std::unique_ptr<csv_parser, ParserDeleter> m_parser; // freed even when the constructor throws
    QChar m_delimiter;
    QStringList m_columns;
    QByteArray m_pending; // decoded text not yet given to the parser
    qint64 m_line = 1; // physical line being parsed
    qint64 m_rowStart = 0;
    QStringList m_fields;
    std::deque<TableRow> m_rows;
    bool m_finished = false;
    bool m_headerRead = false;
    int m_headerRowsToSkip = 0; // rows above the real header (Amazon's template rows)
};

} // namespace shoptuner::data
