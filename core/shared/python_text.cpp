#include "shoptuner/python_text.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace shoptuner {
namespace {

// The characters str.isspace() accepts (Python 3.11, Unicode 14), UTF-8 encoded.
constexpr std::array<std::string_view, 29> kPythonSpaces = {"\t", "\n", "\v", "\f", "\r", "\x1c", "\x1d", "\x1e",
    "\x1f", " ", "\xc2\x85", "\xc2\xa0", "\xe1\x9a\x80", "\xe2\x80\x80", "\xe2\x80\x81", "\xe2\x80\x82", "\xe2\x80\x83",
    "\xe2\x80\x84", "\xe2\x80\x85", "\xe2\x80\x86", "\xe2\x80\x87", "\xe2\x80\x88", "\xe2\x80\x89", "\xe2\x80\x8a",
    "\xe2\x80\xa8", "\xe2\x80\xa9", "\xe2\x80\xaf", "\xe2\x81\x9f", "\xe3\x80\x80"};

bool stripPrefix(std::string_view &text)
{
    for (std::string_view space : kPythonSpaces) {
        if (text.starts_with(space)) {
            text.remove_prefix(space.size());
            return true;
        }
    }
    return false;
}

bool stripSuffix(std::string_view &text)
{
    for (std::string_view space : kPythonSpaces) {
        if (text.ends_with(space)) {
            text.remove_suffix(space.size());
            return true;
        }
    }
    return false;
}

// str.isprintable() for one code point: false for the categories Cc, Cf, Cs, Co, Cn, Zl, Zp
// and Zs (except the ASCII space).
bool isPrintable(UChar32 c)
{
    if (c == ' ')
        return true;
    switch (u_charType(c)) {
    case U_CONTROL_CHAR:
    case U_FORMAT_CHAR:
    case U_SURROGATE:
    case U_PRIVATE_USE_CHAR:
    case U_UNASSIGNED:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
    case U_SPACE_SEPARATOR:
        return false;
    default:
        return true;
    }
}

void appendHex(std::string &out, uint32_t value, int digits)
{
    static constexpr char kHex[] = "0123456789abcdef";
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        out += kHex[(value >> shift) & 0xF];
}

// unicode_repr's escape of a character str.isprintable() rejects.
void appendEscaped(std::string &out, UChar32 c)
{
    const auto value = static_cast<uint32_t>(c);
    if (value < 0x100) {
        out += "\\x";
        appendHex(out, value, 2);
    } else if (value < 0x10000) {
        out += "\\u";
        appendHex(out, value, 4);
    } else {
        out += "\\U";
        appendHex(out, value, 8);
    }
}

// The next code point of UTF-8 text; a malformed sequence reads as U+FFFD.
UChar32 nextCodePoint(std::string_view text, int32_t &i)
{
    UChar32 c = 0;
    U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
    return c < 0 ? 0xFFFD : c;
}

void appendUtf8(std::string &out, UChar32 c)
{
    char buf[U8_MAX_LENGTH];
    int32_t length = 0;
    U8_APPEND_UNSAFE(buf, length, c); // c came from nextCodePoint: a valid code point
    out.append(buf, static_cast<std::size_t>(length));
}

// json.encoder.py_encode_basestring_ascii
void appendJsonString(std::string &out, std::string_view text)
{
    out += '"';
    for (int32_t i = 0; i < static_cast<int32_t>(text.size());) {
        const UChar32 c = nextCodePoint(text, i);
        switch (c) {
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
            if (c >= 0x20 && c < 0x7F) {
                out += static_cast<char>(c);
            } else if (c > 0xFFFF) {
                const auto v = static_cast<uint32_t>(c - 0x10000);
                out += "\\u";
                appendHex(out, 0xD800 | (v >> 10), 4);
                out += "\\u";
                appendHex(out, 0xDC00 | (v & 0x3FF), 4);
            } else {
                out += "\\u";
                appendHex(out, static_cast<uint32_t>(c), 4);
            }
        }
    }
    out += '"';
}

void appendJson(std::string &out, const nlohmann::ordered_json &value)
{
    using Type = nlohmann::ordered_json::value_t;
    switch (value.type()) {
    case Type::null:
        out += "null";
        return;
    case Type::boolean:
        out += value.get<bool>() ? "true" : "false";
        return;
    case Type::number_integer:
    case Type::number_unsigned:
        out += pythonStr(value);
        return;
    case Type::number_float: {
        const double d = value.get<double>();
        if (std::isnan(d))
            out += "NaN";
        else if (std::isinf(d))
            out += d > 0 ? "Infinity" : "-Infinity";
        else
            out += pythonFloatRepr(d);
        return;
    }
    case Type::string:
        appendJsonString(out, value.get_ref<const std::string &>());
        return;
    case Type::array: {
        out += '[';
        bool first = true;
        for (const auto &item : value) {
            out += first ? "" : ", ";
            first = false;
            appendJson(out, item);
        }
        out += ']';
        return;
    }
    case Type::object: {
        out += '{';
        bool first = true;
        for (const auto &[key, item] : value.items()) {
            out += first ? "" : ", ";
            first = false;
            appendJsonString(out, key);
            out += ": ";
            appendJson(out, item);
        }
        out += '}';
        return;
    }
    default:
        throw std::invalid_argument("json.dumps: binary or discarded JSON values have no Python equivalent");
    }
}

std::string repr(const nlohmann::ordered_json &value)
{
    if (value.is_string())
        return pythonReprString(value.get_ref<const std::string &>());
    if (value.is_array()) {
        std::string out = "[";
        for (std::size_t i = 0; i < value.size(); ++i)
            out += (i ? ", " : "") + repr(value[i]);
        return out + "]";
    }
    if (value.is_object()) {
        std::string out = "{";
        bool first = true;
        for (const auto &[key, item] : value.items()) {
            out += (first ? "" : ", ") + pythonReprString(key) + ": " + repr(item);
            first = false;
        }
        return out + "}";
    }
    return pythonStr(value);
}

} // namespace

std::string_view pythonStrip(std::string_view text)
{
    while (stripPrefix(text)) { }
    while (stripSuffix(text)) { }
    return text;
}

std::string pythonFirstChar(std::string_view text)
{
    if (text.empty())
        return {};
    int32_t i = 0;
    UChar32 c = 0;
    U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
    return std::string(text.substr(0, static_cast<std::size_t>(i)));
}

std::string pythonFloatRepr(double value)
{
    if (std::isnan(value))
        return "nan";
    if (std::isinf(value))
        return value < 0 ? "-inf" : "inf";
    char buf[64];
    const auto result = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    const std::string_view sci(buf, static_cast<std::size_t>(result.ptr - buf)); // "-1.2345e+02"
    const std::size_t e = sci.find('e');
    std::string sign;
    std::string digits;
    for (char ch : sci.substr(0, e)) {
        if (ch == '-')
            sign = "-";
        else if (ch != '.')
            digits += ch;
    }
    int exponent = 0;
    std::from_chars(sci.data() + e + (sci[e + 1] == '+' ? 2 : 1), sci.data() + sci.size(), exponent);
    const int ndigits = static_cast<int>(digits.size());
    if (exponent >= -4 && exponent < 16) {
        const int point = exponent + 1; // digits before the decimal point
        if (point <= 0)
            return sign + "0." + std::string(static_cast<std::size_t>(-point), '0') + digits;
        if (point >= ndigits)
            return sign + digits + std::string(static_cast<std::size_t>(point - ndigits), '0') + ".0";
        return sign + digits.substr(0, static_cast<std::size_t>(point)) + "."
            + digits.substr(static_cast<std::size_t>(point));
    }
    char exp[16];
    std::snprintf(exp, sizeof exp, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
    return sign + digits.substr(0, 1) + (ndigits > 1 ? "." + digits.substr(1) : "") + exp;
}

// unicode_repr in Objects/unicodeobject.c
std::string pythonReprString(std::string_view text)
{
    const char quote
        = (text.find('\'') != std::string_view::npos && text.find('"') == std::string_view::npos) ? '"' : '\'';
    std::string out(1, quote);
    for (int32_t i = 0; i < static_cast<int32_t>(text.size());) {
        const UChar32 c = nextCodePoint(text, i);
        if (c == quote || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (!isPrintable(c)) {
            appendEscaped(out, c);
        } else {
            appendUtf8(out, c);
        }
    }
    out += quote;
    return out;
}

std::string pythonReprList(const std::vector<std::string> &items)
{
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? ", " : "") + pythonReprString(items[i]);
    return out + "]";
}

std::string pythonJsonDumps(const nlohmann::ordered_json &value)
{
    std::string out;
    appendJson(out, value);
    return out;
}

std::string pythonStr(const nlohmann::ordered_json &value)
{
    switch (value.type()) {
    case nlohmann::ordered_json::value_t::string:
        return value.get<std::string>();
    case nlohmann::ordered_json::value_t::null:
        return "None";
    case nlohmann::ordered_json::value_t::boolean:
        return value.get<bool>() ? "True" : "False";
    case nlohmann::ordered_json::value_t::number_integer:
        return std::to_string(value.get<std::int64_t>());
    case nlohmann::ordered_json::value_t::number_unsigned:
        return std::to_string(value.get<std::uint64_t>());
    case nlohmann::ordered_json::value_t::number_float:
        return pythonFloatRepr(value.get<double>());
    case nlohmann::ordered_json::value_t::array:
    case nlohmann::ordered_json::value_t::object:
        return repr(value);
    default:
        return {}; // binary or discarded values: json.loads never produces them
    }
}

} // namespace shoptuner
