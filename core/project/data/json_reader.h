// JSON exports as tables: an array of objects (streamed element by element, so a large export
// is never held whole) or JSON lines. Columns are the keys of the first objects; nested lists
// become "a | b | c", nested objects their JSON text.
#pragma once

#include "table_reader.h"
#include "text_decoder.h"

#include <QFile>

#include <deque>
#include <nlohmann/json_fwd.hpp>

namespace shoptuner::data {

class JsonReader : public TableReader
{
public:
    explicit JsonReader(const QString &path);
    ~JsonReader() override;

    TableFormat format() const override;
    QStringList columns() const override { return m_columns; }
    bool next(TableRow &row) override;
    double progress() const override;

private:
    // The next top-level object's text and the line it starts on; false at the end.
    bool nextObjectText(QByteArray &text, qint64 &line);
    bool readMore();
    TableRow toRow(const nlohmann::ordered_json &object, qint64 line);
    // Parses one object's text; malformed or hostilely nested text is an ImportError at `line`.
    nlohmann::ordered_json parseObject(const QByteArray &text, qint64 line) const;

    QFile m_file;
    std::unique_ptr<TextDecoder> m_decoder;
    TableFormat::Type m_type = TableFormat::Type::JsonLines;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    bool m_arrayClosed = false;
    QStringList m_columns;
    std::deque<std::pair<QByteArray, qint64>> m_lookahead; // objects read to learn the columns
};

// A JSON value as one table cell.
QString jsonCellText(const nlohmann::ordered_json &value);

} // namespace shoptuner::data
