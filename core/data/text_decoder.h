// Reads a text file of unknown encoding as UTF-8: a byte-order mark decides (UTF-8, UTF-16 LE/BE);
// without one, valid UTF-8 stays UTF-8, NUL-byte patterns mean UTF-16, anything else is read as
// Windows-1252 (which agrees with Latin-1 on every printable character). Streams in chunks.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

#include <memory>

class QIODevice;

namespace shoptuner::data {

enum class TextEncoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1252, Latin1 };

QString encodingName(TextEncoding encoding);

// Decides from the first bytes of a file; bomLength is how many bytes to skip.
TextEncoding detectEncoding(const QByteArray &head, int *bomLength = nullptr);

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

private:
    QIODevice *m_device;
    TextEncoding m_encoding = TextEncoding::Utf8;
    std::unique_ptr<QStringDecoder> m_decoder; // UTF-8/16 keep partial sequences across chunks
    qint64 m_bytesRead = 0;
    qint64 m_size = 0;
    qint64 m_invalid = 0;
    QByteArray m_carry;
};

} // namespace shoptuner::data
