#include "engine/eval/python_text.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace shoptuner::engine {
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

std::string escapeCodePoint(UChar32 c)
{
    char buf[16];
    if (c < 0x100)
        std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(c));
    else if (c < 0x10000)
        std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
    else
        std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(c));
    return buf;
}

// repr() of a str: single quotes unless the text has a single quote and no double quote.
std::string reprString(std::string_view text)
{
    const char quote
        = (text.find('\'') != std::string_view::npos && text.find('"') == std::string_view::npos) ? '"' : '\'';
    std::string out(1, quote);
    const auto length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
        const int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(text.data(), i, length, c);
        if (c == quote || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0) {
            out += "\\ufffd"; // not UTF-8; Python never sees such text from json.loads
        } else if (!isPrintable(c)) {
            out += escapeCodePoint(c);
        } else {
            out.append(text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
        }
    }
    out += quote;
    return out;
}

std::string repr(const nlohmann::ordered_json &value)
{
    if (value.is_string())
        return reprString(value.get_ref<const std::string &>());
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
            out += (first ? "" : ", ") + reprString(key) + ": " + repr(item);
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

} // namespace shoptuner::engine
