#include "text_decoder.h"

#include "shoptuner/utf8.h"

#include <QIODevice>

#include <array>
#include <cstring>

namespace shoptuner::data {
namespace {

// Whether [p, p+n) is valid UTF-8; a sequence cut by the end counts as valid when cutIsValid (a
// sample from the start of a file).
bool isValidUtf8(const unsigned char *p, qsizetype n, bool cutIsValid = true)
{
    const std::string_view text(reinterpret_cast<const char *>(p), std::size_t(n));
    for (std::size_t i = 0; i < text.size();) {
        const Utf8Sequence sequence = utf8SequenceAt(text, i);
        if (sequence.kind == Utf8Sequence::Kind::Truncated)
            return cutIsValid;
        if (sequence.kind == Utf8Sequence::Kind::Invalid)
            return false;
        i += sequence.length;
    }
    return true;
}

// Whether some line of the sample is valid UTF-8 with non-ASCII text in it: evidence that the file
// is UTF-8, since text in a legacy code page is almost never valid UTF-8 by chance.
bool hasUtf8Line(const unsigned char *p, qsizetype n)
{
    qsizetype start = 0;
    while (start < n) {
        const auto *nl = static_cast<const unsigned char *>(std::memchr(p + start, '\n', size_t(n - start)));
        const qsizetype end = nl ? nl - p + 1 : n; // the line break stays in, so a cut sequence is invalid
        bool nonAscii = false;
        for (qsizetype i = start; i < end && !nonAscii; ++i)
            nonAscii = p[i] >= 0x80;
        if (nonAscii && isValidUtf8(p + start, end - start, !nl))
            return true;
        start = end;
    }
    return false;
}

// How many bytes at the end of a piece begin a UTF-8 sequence that the piece cuts.
qsizetype cutUtf8Tail(const QByteArray &bytes)
{
    for (qsizetype back = 1; back <= 3 && back <= bytes.size(); ++back) {
        const auto c = static_cast<unsigned char>(bytes[bytes.size() - back]);
        if ((c & 0xC0) == 0x80)
            continue;
        const int need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return need > back ? back : 0;
    }
    return 0;
}

// A line longer than this is decided piece by piece, so that a file without line breaks cannot
// make the decoder hold all of it.
constexpr qsizetype kMaxLineBytes = 16 << 20;

// The code page's 0x80..0x9F; 0 where unassigned.
constexpr std::array<char16_t, 32> kCp1252High = {0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6,
    0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
    0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

} // namespace

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf8Bom:
        return QStringLiteral("UTF-8 with BOM");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Utf32LE:
        return QStringLiteral("UTF-32LE");
    case TextEncoding::Utf32BE:
        return QStringLiteral("UTF-32BE");
    case TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    case TextEncoding::Latin1:
        return QStringLiteral("ISO-8859-1");
    }
    return {};
}

TextEncoding detectEncoding(const QByteArray &head, int *bomLength)
{
    int bom = 0;
    TextEncoding enc = TextEncoding::Utf8;
    const auto *p = reinterpret_cast<const unsigned char *>(head.constData());
    const qsizetype n = head.size();
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
        bom = 3;
        enc = TextEncoding::Utf8Bom;
    } else if (n >= 4 && p[0] == 0xFF && p[1] == 0xFE && p[2] == 0 && p[3] == 0) {
        // Checked before UTF-16LE, whose mark is a prefix of this one (a UTF-16 file never starts
        // with U+0000).
        bom = 4;
        enc = TextEncoding::Utf32LE;
    } else if (n >= 4 && p[0] == 0 && p[1] == 0 && p[2] == 0xFE && p[3] == 0xFF) {
        bom = 4;
        enc = TextEncoding::Utf32BE;
    } else if (n >= 2 && p[0] == 0xFF && p[1] == 0xFE) {
        bom = 2;
        enc = TextEncoding::Utf16LE;
    } else if (n >= 2 && p[0] == 0xFE && p[1] == 0xFF) {
        bom = 2;
        enc = TextEncoding::Utf16BE;
    } else {
        // UTF-16 without a mark: text in Latin script has a NUL in every other byte.
        qsizetype zeroEven = 0, zeroOdd = 0;
        for (qsizetype i = 0; i < n; ++i)
            if (p[i] == 0)
                (i % 2 ? zeroOdd : zeroEven)++;
        if (n >= 4 && zeroOdd > n / 4 && zeroEven == 0)
            enc = TextEncoding::Utf16LE;
        else if (n >= 4 && zeroEven > n / 4 && zeroOdd == 0)
            enc = TextEncoding::Utf16BE;
        else if (isValidUtf8(p, n) || hasUtf8Line(p, n))
            enc = TextEncoding::Utf8;
        else {
            bool c1 = false;
            for (qsizetype i = 0; i < n; ++i)
                c1 = c1 || (p[i] >= 0x80 && p[i] <= 0x9F);
            // Latin-1's 0x80..0x9F are control codes no text uses; seeing them means Windows-1252.
            enc = c1 ? TextEncoding::Windows1252 : TextEncoding::Latin1;
        }
    }
    if (bomLength)
        *bomLength = bom;
    return enc;
}

QString binaryFileKind(const QByteArray &head)
{
    if (head.startsWith("PK\x03\x04")) {
        if (head.contains("opendocument.spreadsheet"))
            return QStringLiteral("an OpenDocument spreadsheet (.ods)");
        if (head.contains("xl/") || head.contains("[Content_Types].xml"))
            return QStringLiteral("an Excel workbook (.xlsx)");
        return QStringLiteral("a zip archive (unpack it and choose the CSV file inside)");
    }
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return QStringLiteral("an Excel 97-2003 workbook (.xls)");
    if (head.startsWith("%PDF"))
        return QStringLiteral("a PDF document");
    if (head.startsWith("\x89PNG") || head.startsWith("\xFF\xD8\xFF") || head.startsWith("GIF8"))
        return QStringLiteral("an image");
    if (head.startsWith("\x1F\x8B"))
        return QStringLiteral("a gzip archive (unpack it and choose the CSV file inside)");
    if (head.startsWith("SQLite format 3"))
        return QStringLiteral("a database file");
    // NUL bytes in text that is neither UTF-16 nor UTF-32 (whose Latin letters have them).
    const TextEncoding enc = detectEncoding(head);
    if (enc == TextEncoding::Utf16LE || enc == TextEncoding::Utf16BE || enc == TextEncoding::Utf32LE
        || enc == TextEncoding::Utf32BE)
        return {};
    if (head.contains('\0'))
        return QStringLiteral("a binary file");
    return {};
}

QString decodeWindows1252(const QByteArray &bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        char16_t u = c;
        if (c >= 0x80 && c <= 0x9F)
            u = kCp1252High[c - 0x80] ? kCp1252High[c - 0x80] : char16_t(0xFFFD);
        d[i] = QChar(u);
    }
    return out;
}

TextDecoder::TextDecoder(QIODevice *device)
    : m_device(device)
{
    m_size = device->size();
    const QByteArray head = device->peek(1 << 16);
    int bom = 0;
    m_encoding = detectEncoding(head, &bom);
    if (bom)
        m_bytesRead += device->skip(bom);
    switch (m_encoding) {
    case TextEncoding::Utf16LE:
        m_decoder = std::make_unique<QStringDecoder>(QStringConverter::Utf16LE, QStringConverter::Flag::Default);
        break;
    case TextEncoding::Utf16BE:
        m_decoder = std::make_unique<QStringDecoder>(QStringConverter::Utf16BE, QStringConverter::Flag::Default);
        break;
    case TextEncoding::Utf32LE:
        m_decoder = std::make_unique<QStringDecoder>(QStringConverter::Utf32LE, QStringConverter::Flag::Default);
        break;
    case TextEncoding::Utf32BE:
        m_decoder = std::make_unique<QStringDecoder>(QStringConverter::Utf32BE, QStringConverter::Flag::Default);
        break;
    default:
        break;
    }
}

TextDecoder::~TextDecoder() = default;

bool TextDecoder::atEnd() const
{
    return m_device->atEnd() && m_carry.isEmpty();
}

QByteArray TextDecoder::readUtf8(qint64 maxBytes)
{
    if (m_encoding == TextEncoding::Utf8 || m_encoding == TextEncoding::Utf8Bom)
        return readUtf8Lines(maxBytes);
    const QByteArray raw = m_device->read(maxBytes);
    if (raw.isEmpty())
        return {};
    m_bytesRead = m_device->pos();
    if (m_encoding == TextEncoding::Windows1252 || m_encoding == TextEncoding::Latin1)
        return (m_encoding == TextEncoding::Latin1 ? QString::fromLatin1(raw) : decodeWindows1252(raw)).toUtf8();
    QString text = m_decoder->decode(raw);
    if (m_decoder->hasError())
        ++m_invalid;
    return text.toUtf8();
}

// UTF-8 is decided line by line: a line that is not valid UTF-8 is read as Windows-1252 (and
// counted), so one pasted legacy line does not garble the rest. Pieces therefore end on a line
// break; the unfinished line waits in m_carry for the next read.
QByteArray TextDecoder::readUtf8Lines(qint64 maxBytes)
{
    QByteArray raw = std::exchange(m_carry, {}); // holds no line break
    bool hasBreak = false;
    do {
        const QByteArray more = m_device->read(maxBytes);
        hasBreak = more.contains('\n');
        raw += more;
    } while (!m_device->atEnd() && !hasBreak && raw.size() < kMaxLineBytes);
    if (raw.isEmpty())
        return {};
    if (!m_device->atEnd()) {
        const qsizetype lastBreak = raw.lastIndexOf('\n');
        const qsizetype keep = lastBreak >= 0 ? lastBreak + 1 : raw.size() - cutUtf8Tail(raw);
        m_carry = raw.mid(keep);
        raw.truncate(keep);
    }
    m_bytesRead = m_device->pos() - m_carry.size();

    const auto *p = reinterpret_cast<const unsigned char *>(raw.constData());
    if (isValidUtf8(p, raw.size(), false)) {
        m_line += raw.count('\n');
        return raw;
    }
    QByteArray out;
    out.reserve(raw.size() + raw.size() / 4);
    qsizetype start = 0;
    while (start < raw.size()) {
        const qsizetype nl = raw.indexOf('\n', start);
        const qsizetype end = nl >= 0 ? nl + 1 : raw.size();
        if (isValidUtf8(p + start, end - start, false))
            out.append(raw.constData() + start, end - start);
        else {
            const QString text = decodeWindows1252(raw.mid(start, end - start));
            m_invalid += text.count(QChar(0xFFFD)); // bytes the code page leaves unassigned
            if (m_fallbackLines++ == 0)
                m_firstFallbackLine = m_line;
            out += text.toUtf8();
        }
        if (nl >= 0)
            ++m_line;
        start = end;
    }
    return out;
}

} // namespace shoptuner::data
