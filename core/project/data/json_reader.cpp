#include "json_reader.h"

#include "shoptuner/json_nesting.h"

#include <QFileInfo>

#include <nlohmann/json.hpp>

namespace shoptuner::data {
namespace {

constexpr int kColumnSampleObjects = 200;

} // namespace

nlohmann::ordered_json JsonReader::parseObject(const QByteArray &text, qint64 line) const
{
    if (shoptuner::jsonNestingExceeded({text.constData(), std::size_t(text.size())}))
        throw ImportError({FileIssue::Severity::Error, m_fileName, line, {},
            QStringLiteral("nests more than %1 levels deep; no shop export does that, so the file is damaged")
                .arg(shoptuner::kMaxJsonNesting)});
    try {
        return nlohmann::ordered_json::parse(text.constData(), text.constData() + text.size());
    } catch (const nlohmann::json::exception &e) {
        throw ImportError({FileIssue::Severity::Error, m_fileName, line, {},
            QStringLiteral("is not valid JSON: %1").arg(QString::fromUtf8(e.what()))});
    }
}

QString jsonCellText(const nlohmann::ordered_json &value)
{
    if (value.is_null())
        return {};
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_boolean())
        return value.get<bool>() ? QStringLiteral("1") : QStringLiteral("0");
    if (value.is_number_integer())
        return QString::number(value.get<qint64>());
    if (value.is_number())
        return QString::number(value.get<double>(), 'g', 15);
    if (value.is_array()) {
        QStringList parts;
        for (const auto &v : value)
            parts << jsonCellText(v);
        return parts.join(QLatin1String(" | "));
    }
    return QString::fromStdString(value.dump());
}

JsonReader::JsonReader(const QString &path)
    : m_file(path)
{
    m_fileName = QFileInfo(path).fileName();
    if (!m_file.open(QIODevice::ReadOnly))
        throw ImportError({FileIssue::Severity::Error, m_fileName, 0, {},
            QStringLiteral("cannot be opened: %1").arg(m_file.errorString())});
    m_decoder = std::make_unique<TextDecoder>(&m_file);
    readMore();
    while (m_pos < m_buffer.size() && QChar::isSpace(uchar(m_buffer[m_pos]))) {
        m_line += m_buffer[m_pos] == '\n';
        ++m_pos;
    }
    if (m_pos < m_buffer.size() && m_buffer[m_pos] == '[') {
        m_type = TableFormat::Type::JsonArray;
        ++m_pos;
    }
    QByteArray text;
    qint64 line = 0;
    QSet<QString> seen;
    while (m_lookahead.size() < kColumnSampleObjects && nextObjectText(text, line)) {
        nlohmann::ordered_json object;
        object = parseObject(text, line);
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            if (!seen.contains(key)) {
                seen.insert(key);
                m_columns << key;
            }
        }
        m_lookahead.emplace_back(std::move(text), line);
    }
    if (m_columns.isEmpty())
        throw ImportError({FileIssue::Severity::Error, m_fileName, 0, {},
            QStringLiteral("holds no JSON objects; expected an array of objects or one object per line")});
}

JsonReader::~JsonReader() = default;

TableFormat JsonReader::format() const
{
    return {m_type, encodingName(m_decoder->encoding()), {}};
}

double JsonReader::progress() const
{
    return m_decoder->size() > 0 ? double(m_decoder->bytesRead()) / double(m_decoder->size()) : 1.0;
}

bool JsonReader::readMore()
{
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray more = m_decoder->readUtf8(1 << 16);
    m_buffer += more;
    return !more.isEmpty();
}

bool JsonReader::nextObjectText(QByteArray &text, qint64 &line)
{
    // Skip what separates objects: white space, commas, and the closing bracket of an array.
    for (;;) {
        if (m_pos >= m_buffer.size() && !readMore())
            return false;
        const char c = m_buffer[m_pos];
        if (c == '\n')
            ++m_line;
        if (QChar::isSpace(uchar(c)) || (c == ',' && m_type == TableFormat::Type::JsonArray)) {
            ++m_pos;
            continue;
        }
        if (c == ']' && m_type == TableFormat::Type::JsonArray && !m_arrayClosed) {
            m_arrayClosed = true;
            ++m_pos;
            continue;
        }
        if (c != '{' || m_arrayClosed)
            throw ImportError({FileIssue::Severity::Error, m_fileName, m_line, {},
                QStringLiteral("expected a JSON object ({...}), found '%1'").arg(QChar::fromLatin1(c))});
        break;
    }
    // Find the matching brace, minding strings and escapes; read more input as needed.
    line = m_line;
    int depth = 0;
    bool inString = false, escaped = false;
    qsizetype i = m_pos;
    qint64 newlines = 0;
    for (;; ++i) {
        if (i >= m_buffer.size()) {
            const qsizetype offset = i - m_pos;
            if (!readMore())
                throw ImportError({FileIssue::Severity::Error, m_fileName, line, {},
                    QStringLiteral("the JSON object starting here is never closed; expected '}'")});
            i = m_pos + offset;
        }
        const char c = m_buffer[i];
        newlines += c == '\n';
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"')
            inString = true;
        else if (c == '{' || c == '[')
            ++depth;
        else if (c == '}' || c == ']') {
            if (--depth == 0)
                break;
        }
    }
    text = m_buffer.mid(m_pos, i + 1 - m_pos);
    m_pos = i + 1;
    m_line += newlines;
    return true;
}

TableRow JsonReader::toRow(const nlohmann::ordered_json &object, qint64 line)
{
    TableRow row;
    row.line = line;
    row.values.resize(m_columns.size());
    for (auto it = object.begin(); it != object.end(); ++it) {
        const qsizetype index = m_columns.indexOf(QString::fromStdString(it.key()));
        if (index < 0) {
            addIssue(FileIssue::Severity::Warning, line,
                QStringLiteral("has a field that the first objects did not have; it is ignored"),
                QString::fromStdString(it.key()));
            continue;
        }
        row.values[index] = jsonCellText(it.value());
    }
    return row;
}

bool JsonReader::next(TableRow &row)
{
    QByteArray text;
    qint64 line = 0;
    if (!m_lookahead.empty()) {
        text = std::move(m_lookahead.front().first);
        line = m_lookahead.front().second;
        m_lookahead.pop_front();
    } else if (!nextObjectText(text, line))
        return false;
    nlohmann::ordered_json object;
    object = parseObject(text, line);
    row = toRow(object, line);
    return true;
}

} // namespace shoptuner::data
