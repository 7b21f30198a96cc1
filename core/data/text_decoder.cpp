#include "text_decoder.h"

#include <QIODevice>

#include <array>

namespace shoptuner::data {
namespace {

// Length of the valid UTF-8 prefix of [p, p+n); a sequence cut by the end counts as valid.
bool isValidUtf8(const unsigned char *p, qsizetype n)
{
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int extra = 0;
        if (c < 0x80)
            extra = 0;
        else if (c >= 0xC2 && c <= 0xDF)
            extra = 1;
        else if (c >= 0xE0 && c <= 0xEF)
            extra = 2;
        else if (c >= 0xF0 && c <= 0xF4)
            extra = 3;
        else
            return false;
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n)
                return true; // cut by the sample's end
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        }
        i += extra + 1;
    }
    return true;
}

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
        else if (isValidUtf8(p, n))
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
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom:
        m_decoder = std::make_unique<QStringDecoder>(QStringConverter::Utf8, QStringConverter::Flag::Default);
        break;
    case TextEncoding::Utf16LE:
        m_decoder = std::make_unique<QStringDecoder>(QStringConverter::Utf16LE, QStringConverter::Flag::Default);
        break;
    case TextEncoding::Utf16BE:
        m_decoder = std::make_unique<QStringDecoder>(QStringConverter::Utf16BE, QStringConverter::Flag::Default);
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
    QByteArray raw = m_carry + m_device->read(maxBytes);
    m_carry.clear();
    if (raw.isEmpty())
        return {};
    m_bytesRead = m_device->pos();
    if (m_encoding == TextEncoding::Utf8 || m_encoding == TextEncoding::Utf8Bom) {
        // Valid UTF-8 passes through untouched. A sequence cut at the chunk's end waits for the
        // next chunk.
        if (!m_device->atEnd()) {
            for (qsizetype back = 1; back <= 3 && back <= raw.size(); ++back) {
                const auto c = static_cast<unsigned char>(raw[raw.size() - back]);
                if ((c & 0xC0) == 0x80)
                    continue;
                const int need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
                if (need > back) {
                    m_carry = raw.right(back);
                    raw.chop(back);
                }
                break;
            }
        }
        if (isValidUtf8(reinterpret_cast<const unsigned char *>(raw.constData()), raw.size()))
            return raw;
        const QString text = QString::fromUtf8(raw); // invalid bytes become U+FFFD
        m_invalid += text.count(QChar(0xFFFD)) - raw.count("\xEF\xBF\xBD");
        return text.toUtf8();
    }
    if (m_encoding == TextEncoding::Windows1252 || m_encoding == TextEncoding::Latin1)
        return (m_encoding == TextEncoding::Latin1 ? QString::fromLatin1(raw) : decodeWindows1252(raw)).toUtf8();
    QString text = m_decoder->decode(raw);
    if (m_decoder->hasError())
        ++m_invalid;
    return text.toUtf8();
}

} // namespace shoptuner::data
