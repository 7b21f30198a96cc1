#include "py_json.h"

#include <charconv>
#include <cmath>
#include <stdexcept>
#include <string>

namespace shoptuner::data {
namespace {

void appendHex(std::string &out, char32_t value, int digits)
{
    static const char hex[] = "0123456789abcdef";
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        out += hex[(value >> shift) & 0xF];
}

// Next code point of UTF-8 text; a malformed sequence reads as U+FFFD and skips one byte, as
// decoding with errors="replace" would.
char32_t nextCodePoint(const std::string &s, std::size_t &i)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char b0 = byte(i);
    int length = 0;
    char32_t cp = 0;
    if (b0 < 0x80) {
        ++i;
        return b0;
    } else if ((b0 & 0xE0) == 0xC0) {
        length = 2;
        cp = b0 & 0x1F;
    } else if ((b0 & 0xF0) == 0xE0) {
        length = 3;
        cp = b0 & 0x0F;
    } else if ((b0 & 0xF8) == 0xF0) {
        length = 4;
        cp = b0 & 0x07;
    }
    if (length == 0 || i + length > s.size()) {
        ++i;
        return 0xFFFD;
    }
    for (int k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    i += length;
    return cp;
}

// json.encoder.py_encode_basestring_ascii
void appendJsonString(std::string &out, const std::string &s)
{
    out += '"';
    for (std::size_t i = 0; i < s.size();) {
        const char32_t cp = nextCodePoint(s, i);
        switch (cp) {
        case '\\':
            out += "\\\\";
            break;
        case '"':
            out += "\\\"";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (cp >= 0x20 && cp < 0x7F) {
                out += static_cast<char>(cp);
            } else if (cp > 0xFFFF) {
                const char32_t v = cp - 0x10000;
                out += "\\u";
                appendHex(out, 0xD800 | (v >> 10), 4);
                out += "\\u";
                appendHex(out, 0xDC00 | (v & 0x3FF), 4);
            } else {
                out += "\\u";
                appendHex(out, cp, 4);
            }
        }
    }
    out += '"';
}

std::string floatRepr(double value)
{
    if (std::isnan(value))
        return "nan";
    if (std::isinf(value))
        return value > 0 ? "inf" : "-inf";
    if (value == 0.0)
        return std::signbit(value) ? "-0.0" : "0.0";
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific); // "-2.49e+01"
    const std::string sci(buf, res.ptr);
    const std::size_t e = sci.find('e');
    std::string sign, digits;
    for (std::size_t k = 0; k < e; ++k) {
        if (sci[k] == '-')
            sign = "-";
        else if (sci[k] != '.')
            digits += sci[k];
    }
    const int exponent = std::stoi(sci.substr(e + 1));
    const int decpt = exponent + 1; // value = 0.DIGITS * 10^decpt
    const int n = int(digits.size());
    // Python's float_repr_style "short": fixed notation while -4 < decpt <= 16.
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0)
            return sign + "0." + std::string(std::size_t(-decpt), '0') + digits;
        if (decpt >= n)
            return sign + digits + std::string(std::size_t(decpt - n), '0') + ".0";
        return sign + digits.substr(0, std::size_t(decpt)) + "." + digits.substr(std::size_t(decpt));
    }
    std::string out = sign + digits.substr(0, 1);
    if (n > 1)
        out += "." + digits.substr(1);
    const int shown = decpt - 1;
    out += shown < 0 ? "e-" : "e+";
    const std::string expDigits = std::to_string(std::abs(shown));
    out += (expDigits.size() < 2 ? "0" : "") + expDigits;
    return out;
}

void appendJson(std::string &out, const nlohmann::ordered_json &v)
{
    using Type = nlohmann::ordered_json::value_t;
    switch (v.type()) {
    case Type::null:
        out += "null";
        break;
    case Type::boolean:
        out += v.get<bool>() ? "true" : "false";
        break;
    case Type::number_integer:
        out += std::to_string(v.get<std::int64_t>());
        break;
    case Type::number_unsigned:
        out += std::to_string(v.get<std::uint64_t>());
        break;
    case Type::number_float: {
        const double d = v.get<double>();
        if (std::isnan(d))
            out += "NaN";
        else if (std::isinf(d))
            out += d > 0 ? "Infinity" : "-Infinity";
        else
            out += floatRepr(d);
        break;
    }
    case Type::string:
        appendJsonString(out, v.get_ref<const std::string &>());
        break;
    case Type::array: {
        out += '[';
        bool first = true;
        for (const auto &item : v) {
            out += first ? "" : ", ";
            first = false;
            appendJson(out, item);
        }
        out += ']';
        break;
    }
    case Type::object: {
        out += '{';
        bool first = true;
        for (const auto &[key, item] : v.items()) {
            out += first ? "" : ", ";
            first = false;
            appendJsonString(out, key);
            out += ": ";
            appendJson(out, item);
        }
        out += '}';
        break;
    }
    default:
        throw std::invalid_argument("pyJsonDumps: binary or discarded JSON values have no Python equivalent");
    }
}

// Python's str.isprintable(): everything but the "Other" and "Separator" categories; space is
// printable.
bool isPrintable(char32_t cp)
{
    if (cp == ' ')
        return true;
    switch (QChar::category(cp)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return false;
    default:
        return true;
    }
}

} // namespace

QString pyJsonDumps(const nlohmann::ordered_json &value)
{
    std::string out;
    appendJson(out, value);
    return QString::fromLatin1(out.data(), qsizetype(out.size())); // ASCII only
}

QString pyFloatRepr(double value)
{
    return QString::fromStdString(floatRepr(value));
}

// unicode_repr in Objects/unicodeobject.c
QString pyReprString(const QString &text)
{
    const bool hasSingle = text.contains(QLatin1Char('\''));
    const char quote = hasSingle && !text.contains(QLatin1Char('"')) ? '"' : '\'';
    std::string out(1, quote);
    for (const char32_t cp : text.toUcs4()) {
        if (cp == char32_t(quote) || cp == '\\') {
            out += '\\';
            out += static_cast<char>(cp);
        } else if (cp == '\t') {
            out += "\\t";
        } else if (cp == '\n') {
            out += "\\n";
        } else if (cp == '\r') {
            out += "\\r";
        } else if (cp < ' ' || cp == 0x7F) {
            out += "\\x";
            appendHex(out, cp, 2);
        } else if (cp < 0x7F) {
            out += static_cast<char>(cp);
        } else if (isPrintable(cp)) {
            out += QString::fromUcs4(&cp, 1).toStdString();
        } else if (cp <= 0xFF) {
            out += "\\x";
            appendHex(out, cp, 2);
        } else if (cp <= 0xFFFF) {
            out += "\\u";
            appendHex(out, cp, 4);
        } else {
            out += "\\U";
            appendHex(out, cp, 8);
        }
    }
    out += quote;
    return QString::fromStdString(out);
}

QString pyReprStringList(const QStringList &items)
{
    QString out = QStringLiteral("[");
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += QStringLiteral(", ");
        out += pyReprString(items[i]);
    }
    return out + QLatin1Char(']');
}

} // namespace shoptuner::data
