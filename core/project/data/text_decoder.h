// Reads a text file of unknown encoding as UTF-8: a byte-order mark decides (UTF-8, UTF-16/32 LE/BE);
// without one, NUL-byte patterns mean UTF-16, a file with UTF-8 text is UTF-8 (lines that are not valid
// UTF-8 are read as Windows-1252, one by one), anything else is Windows-1252 or Latin-1. Streams in chunks.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

#include <memory>

class QIODevice;

namespace shoptuner::data {

enum class TextEncoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Utf32LE, Utf32BE, Windows1252, Latin1 };

QString encodingName(TextEncoding encoding);

// Decides from the first bytes of a file; bomLength is how many bytes to skip. A head that is not
// valid UTF-8 but has a line that is (with non-ASCII text) means UTF-8 with some legacy lines: shop
// exports glue together text from several systems, and only the lines that fail are Windows-1252.
TextEncoding detectEncoding(const QByteArray &head, int *bomLength = nullptr);
// What a file that is not text is, from its first bytes ("an Excel workbook (.xlsx)", "an image",
// "a binary file"); empty for text in any encoding detectEncoding knows.
QString binaryFileKind(const QByteArray &head);

// Decodes Windows-1252 (0x80..0x9F as in the code page; unassigned bytes as U+FFFD).
QString decodeWindows1252(const QByteArray &bytes);

class TextDecoder
{
public:
    explicit TextDecoder(QIODevice *device); // reads from the device's current position (0)
    ~TextDecoder();

    TextEncoding encoding() const { return m_encoding; }
    // The next piece of the file as UTF-8, ending on a line break where the chunk allows;
    // empty at the end.
    QByteArray readUtf8(qint64 maxBytes = 1 << 16);
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 size() const { return m_size; }
    bool atEnd() const;
    qint64 invalidSequences() const { return m_invalid; } // bytes that were not valid in the encoding
    // Lines of a UTF-8 file that were not valid UTF-8 and were read as Windows-1252, so far.
    qint64 fallbackLines() const { return m_fallbackLines; }
    qint64 firstFallbackLine() const { return m_firstFallbackLine; } // 1-based; 0 when none

private:
    QByteArray readUtf8Lines(qint64 maxBytes);

    QIODevice *m_device;
    TextEncoding m_encoding = TextEncoding::Utf8;
    std::unique_ptr<QStringDecoder> m_decoder; // UTF-16/32 keep partial sequences across chunks
    qint64 m_bytesRead = 0;
    qint64 m_size = 0;
    qint64 m_invalid = 0;
    qint64 m_fallbackLines = 0;
    qint64 m_firstFallbackLine = 0;
    qint64 m_line = 1; // physical line at the start of the next UTF-8 piece
    QByteArray m_carry; // UTF-8 only: the start of a line whose end has not been read yet
};

} // namespace shoptuner::data
