#include "table_patch.h"

#include "column_mapping.h"
#include "table_reader.h"
#include "text_decoder.h"
#include "value_parsing.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStringDecoder>
#include <QStringEncoder>

#include <map>
#include <optional>

namespace shoptuner::data {
namespace {

// One field of a record as bytes of the file: [begin, end), quotes included.
struct Field
{
    qsizetype begin = 0, end = 0;
    bool quoted = false;
};

struct Record
{
    QList<Field> fields;
    qsizetype end = 0; // where the line break (or the file) begins: fields a short row lacks go here
};

bool lineBreak(char c)
{
    return c == '\n' || c == '\r';
}

// RFC 4180 records with the byte span of every field, so cells can be replaced in place. Quoted
// fields may hold delimiters and line breaks; "" inside quotes is one quote.
QList<Record> scanRecords(const QByteArray &text, char delimiter)
{
    QList<Record> records;
    const qsizetype n = text.size();
    qsizetype pos = 0;
    while (pos < n) {
        Record record;
        for (;;) {
            Field field {pos, pos, false};
            if (pos < n && text[pos] == '"') {
                field.quoted = true;
                for (++pos; pos < n; ++pos) {
                    if (text[pos] != '"')
                        continue;
                    if (pos + 1 < n && text[pos + 1] == '"') {
                        ++pos;
                        continue;
                    }
                    ++pos;
                    break;
                }
            }
            while (pos < n && text[pos] != delimiter && !lineBreak(text[pos]))
                ++pos; // a field's text, or whatever follows a closing quote
            field.end = pos;
            record.fields << field;
            if (pos < n && text[pos] == delimiter) {
                ++pos;
                continue;
            }
            break;
        }
        record.end = pos;
        if (pos < n && text[pos] == '\r')
            ++pos;
        if (pos < n && text[pos] == '\n')
            ++pos;
        records << record;
    }
    return records;
}

QString valueOf(const QByteArray &text, const Field &f)
{
    QByteArray raw = text.mid(f.begin, f.end - f.begin);
    if (f.quoted && raw.size() >= 2 && raw.endsWith('"'))
        raw = raw.mid(1, raw.size() - 2).replace("\"\"", "\"");
    else if (f.quoted)
        raw = raw.mid(1);
    return QString::fromUtf8(raw);
}

QStringList valuesOf(const QByteArray &text, const Record &r)
{
    QStringList out;
    for (const Field &f : r.fields)
        out << valueOf(text, f);
    return out;
}

// The file as UTF-8 bytes to patch, and how to turn the patched bytes back into the file's own
// encoding. UTF-8 files (with some Windows-1252 lines, as shop exports have) are patched as raw
// bytes, so every byte outside the changed cells stays as it was.
struct Decoded
{
    QByteArray prefix; // the byte-order mark
    QByteArray text;
    TextEncoding encoding = TextEncoding::Utf8;
};

Decoded decodeFile(const QByteArray &bytes)
{
    Decoded d;
    int bom = 0;
    d.encoding = detectEncoding(bytes.left(1 << 16), &bom);
    d.prefix = bytes.left(bom);
    const QByteArray body = bytes.mid(bom);
    switch (d.encoding) {
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom:
        d.text = body;
        break;
    case TextEncoding::Utf16LE:
        d.text = QStringDecoder(QStringConverter::Utf16LE).decode(body).operator QString().toUtf8();
        break;
    case TextEncoding::Utf16BE:
        d.text = QStringDecoder(QStringConverter::Utf16BE).decode(body).operator QString().toUtf8();
        break;
    case TextEncoding::Utf32LE:
        d.text = QStringDecoder(QStringConverter::Utf32LE).decode(body).operator QString().toUtf8();
        break;
    case TextEncoding::Utf32BE:
        d.text = QStringDecoder(QStringConverter::Utf32BE).decode(body).operator QString().toUtf8();
        break;
    case TextEncoding::Windows1252:
        d.text = decodeWindows1252(body).toUtf8();
        break;
    case TextEncoding::Latin1:
        d.text = QString::fromLatin1(body).toUtf8();
        break;
    }
    return d;
}

// The Windows-1252 byte for a character, or none where the code page lacks it.
std::optional<char> windows1252Byte(QChar c)
{
    // The characters in 0x80..0x9F (the euro sign, curly quotes, dashes ...) and their bytes.
    static const QHash<QChar, char> high = [] {
        QHash<QChar, char> h;
        for (int b = 0x80; b < 0xA0; ++b) {
            const QString d = decodeWindows1252(QByteArray(1, char(b)));
            if (d.size() == 1 && d[0] != QChar(0xFFFD))
                h.insert(d[0], char(b));
        }
        return h;
    }();
    if (c.unicode() < 0x80 || (c.unicode() >= 0xA0 && c.unicode() <= 0xFF))
        return char(c.unicode());
    if (const auto b = high.constFind(c); b != high.constEnd())
        return *b;
    return std::nullopt;
}

// The first character of `value` the file's encoding cannot hold, or a null QChar.
QChar unencodable(TextEncoding encoding, const QString &value)
{
    for (const QChar c : value) {
        const bool held = encoding == TextEncoding::Windows1252 ? windows1252Byte(c).has_value()
            : encoding == TextEncoding::Latin1                  ? c.unicode() <= 0xFF
                                                                : true;
        if (!held)
            return c;
    }
    return {};
}

// Only called on text unencodable() let through.
QByteArray encodeWindows1252(const QString &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text)
        out += windows1252Byte(c).value_or('?');
    return out;
}

QByteArray encodeFile(const Decoded &d, const QByteArray &utf8)
{
    const QString text = QString::fromUtf8(utf8);
    switch (d.encoding) {
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom:
        return d.prefix + utf8;
    case TextEncoding::Utf16LE:
        return d.prefix + QStringEncoder(QStringConverter::Utf16LE).encode(text).operator QByteArray();
    case TextEncoding::Utf16BE:
        return d.prefix + QStringEncoder(QStringConverter::Utf16BE).encode(text).operator QByteArray();
    case TextEncoding::Utf32LE:
        return d.prefix + QStringEncoder(QStringConverter::Utf32LE).encode(text).operator QByteArray();
    case TextEncoding::Utf32BE:
        return d.prefix + QStringEncoder(QStringConverter::Utf32BE).encode(text).operator QByteArray();
    case TextEncoding::Windows1252:
        return d.prefix + encodeWindows1252(text);
    case TextEncoding::Latin1:
        return d.prefix + text.toLatin1();
    }
    return d.prefix + utf8;
}

[[noreturn]] void fail(const QString &file, const QString &message)
{
    FileIssue issue;
    issue.file = QFileInfo(file).fileName();
    issue.message = message;
    throw ImportError(issue);
}

// A column by its exact header, else by the header as column mappings compare them.
int columnIndex(const QStringList &header, const QString &name)
{
    if (name.isEmpty())
        return -1;
    if (const qsizetype at = header.indexOf(name); at >= 0)
        return int(at);
    for (int i = 0; i < header.size(); ++i)
        if (normalizedHeader(header[i]) == normalizedHeader(name))
            return i;
    return -1;
}

} // namespace

QByteArray csvField(const QString &value, QChar delimiter, bool always)
{
    const bool needs = always || value.contains(delimiter) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))
        || (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!needs)
        return value.toUtf8();
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return '"' + quoted.toUtf8() + '"';
}

bool isShopifyCategoryField(const QString &header)
{
    return header.contains(QLatin1String("(product.metafields.shopify."), Qt::CaseInsensitive);
}

QStringList metafieldEntries(const QString &cell)
{
    QStringList handles;
    for (const QString &part : cell.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (const QString h = part.trimmed(); !h.isEmpty())
            handles << h;
    return handles;
}

QString metaobjectHandle(const QString &name)
{
    QString plain; // without the accents of decomposed letters
    for (QChar c : name.normalized(QString::NormalizationForm_KD))
        if (c.category() != QChar::Mark_NonSpacing)
            plain += c;
    return comparableText(plain).replace(QLatin1Char(' '), QLatin1Char('-'));
}

PatchResult patchCsvFile(const QString &source, const QString &target, QChar delimiter, const QString &keyColumn,
    const QList<CellChange> &changes, const QList<ColumnPair> &pairs)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        fail(source, QStringLiteral("The file could not be opened: %1").arg(in.errorString()));
    const Decoded decoded = decodeFile(in.readAll());
    const QByteArray &text = decoded.text;
    const char delim = char(delimiter.toLatin1());
    const QList<Record> records = scanRecords(text, delim);
    if (records.isEmpty())
        fail(source, QStringLiteral("The file is empty."));
    const QStringList header = valuesOf(text, records.first());
    const int keyAt = columnIndex(header, keyColumn);
    if (keyAt < 0)
        fail(source, QStringLiteral("The file has no column \u201c%1\u201d to find its products by.").arg(keyColumn));
    // A file whose header quotes every name quotes every field: new fields follow it.
    const bool quoteAll = std::all_of(
        records.first().fields.begin(), records.first().fields.end(), [](const Field &f) { return f.quoted; });

    QHash<QString, int> rowOfKey; // the first row of each key
    for (int r = 1; r < records.size(); ++r)
        if (records[r].fields.size() > keyAt) {
            const QString key = valueOf(text, records[r].fields[keyAt]).trimmed();
            if (!key.isEmpty() && !rowOfKey.contains(key))
                rowOfKey.insert(key, r);
        }

    // New cell values by record and column; pairs already given a name in this run are taken.
    std::map<int, std::map<int, QString>> cells;
    auto cellNow = [&](int row, int column) -> QString {
        if (auto r = cells.find(row); r != cells.end())
            if (auto c = r->second.find(column); c != r->second.end())
                return c->second;
        const Record &rec = records[row];
        return column < rec.fields.size() ? valueOf(text, rec.fields[column]) : QString();
    };

    // The entries each Shopify category metafield column uses, over all rows ("sage; sand").
    QHash<int, QStringList> entriesOf;
    auto entries = [&](int column) -> const QStringList & {
        auto it = entriesOf.find(column);
        if (it == entriesOf.end()) {
            QStringList found;
            for (int r = 1; r < records.size(); ++r)
                if (column < records[r].fields.size())
                    for (const QString &h : metafieldEntries(valueOf(text, records[r].fields[column])))
                        if (!found.contains(h))
                            found << h;
            it = entriesOf.insert(column, found);
        }
        return *it;
    };

    PatchResult result;
    for (const CellChange &change : changes) {
        PatchOutcome outcome;
        outcome.column = change.column;
        const auto row = rowOfKey.constFind(change.key.trimmed());
        if (row == rowOfKey.constEnd()) {
            outcome.status = PatchOutcome::Status::NoRow;
            result.outcomes << outcome;
            continue;
        }
        int column = columnIndex(header, change.column);
        int nameColumn = -1;
        if (column < 0) {
            // Beside a pair that names the attribute, else in the first pair that names nothing.
            for (int pass = 0; pass < 2 && column < 0; ++pass)
                for (const ColumnPair &pair : pairs) {
                    const int n = columnIndex(header, pair.nameColumn), v = columnIndex(header, pair.valueColumn);
                    if (n < 0 || v < 0)
                        continue;
                    const QString name = cellNow(*row, n).trimmed();
                    const bool fits = pass == 0 ? attributeName(name) == attributeName(change.attribute)
                                                : name.isEmpty() && cellNow(*row, v).trimmed().isEmpty();
                    if (fits) {
                        column = v;
                        nameColumn = pass == 1 ? n : -1;
                        outcome.column = pair.valueColumn;
                        break;
                    }
                }
        }
        if (column < 0) {
            outcome.status = PatchOutcome::Status::NoColumn;
            result.outcomes << outcome;
            continue;
        }
        if (!cellNow(*row, column).trimmed().isEmpty()) {
            outcome.status = PatchOutcome::Status::NotEmpty;
            result.outcomes << outcome;
            continue;
        }
        if (const QChar c
            = unencodable(decoded.encoding, change.value + (nameColumn >= 0 ? change.attribute : QString()));
            !c.isNull()) {
            outcome.status = PatchOutcome::Status::Unencodable;
            outcome.character = QString(c);
            result.outcomes << outcome;
            continue;
        }
        QString value = change.value;
        if (isShopifyCategoryField(header.value(column))) {
            // Each part ("Sage, Sand", "sage; sand" or, as imported, "sage | sand") must be an entry the shop has:
            // written as the file writes entries, handles joined by "; ".
            const QStringList &known = entries(column);
            QStringList handles;
            for (const QString &part : value.split(QRegularExpression(QStringLiteral("[;,|]")), Qt::SkipEmptyParts)) {
                if (part.trimmed().isEmpty())
                    continue; // "sage, , sand"
                const QString h = metaobjectHandle(part);
                if (!known.contains(h)) {
                    outcome.missing = part.trimmed();
                    break;
                }
                if (!handles.contains(h))
                    handles << h;
            }
            if (!outcome.missing.isEmpty() || handles.isEmpty()) {
                outcome.status = PatchOutcome::Status::NotAnEntry;
                outcome.entries = known;
                result.outcomes << outcome;
                continue;
            }
            value = handles.join(QStringLiteral("; "));
        }
        cells[*row][column] = value;
        outcome.value = value;
        if (nameColumn >= 0) // a new pair: the attribute named as a shop owner writes it ("Material")
            cells[*row][nameColumn] = change.attribute.left(1).toUpper() + change.attribute.mid(1);
        ++result.written;
        result.outcomes << outcome;
    }

    // Replace from the end of the file backwards, so earlier offsets stay valid.
    QByteArray out = text;
    for (auto r = cells.rbegin(); r != cells.rend(); ++r) {
        const Record &rec = records[r->first];
        QByteArray tail; // columns a short row lacks
        const int have = int(rec.fields.size());
        const int last = r->second.rbegin()->first;
        for (int c = have; c <= last; ++c) {
            const auto v = r->second.find(c);
            tail += delim + (v != r->second.end() ? csvField(v->second, delimiter, quoteAll) : QByteArray());
        }
        out.insert(rec.end, tail);
        for (auto c = r->second.rbegin(); c != r->second.rend(); ++c)
            if (c->first < have) {
                const Field &f = rec.fields[c->first];
                out.replace(f.begin, f.end - f.begin, csvField(c->second, delimiter, quoteAll || f.quoted));
            }
    }

    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(encodeFile(decoded, out)) < 0 || !file.commit())
        fail(target, QStringLiteral("The file could not be written: %1").arg(file.errorString()));
    return result;
}

} // namespace shoptuner::data
