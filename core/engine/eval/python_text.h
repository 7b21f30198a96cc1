// Python's string semantics where eCeLLM's evaluate.py depends on them: str.strip(),
// str[0], and str() of what json.loads returns. Text is UTF-8 throughout.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace shoptuner::engine {

// str.strip() without arguments: removes the characters for which str.isspace() is true
// (ASCII whitespace, \x1c-\x1f, U+0085, U+00A0, U+1680, U+2000-U+200A, U+2028, U+2029,
// U+202F, U+205F, U+3000) from both ends.
std::string_view pythonStrip(std::string_view text);

// text[0]: the first code point as UTF-8, or "" for empty text.
std::string pythonFirstChar(std::string_view text);

// str(value) for a value json.loads produced: strings as they are, None/True/False, ints in
// decimal, floats as repr() writes them, lists and dicts as repr() writes them (keys in
// document order, hence ordered_json). Non-printable characters inside containers are
// escaped by their Unicode general category (ICU), as str.isprintable() decides.
std::string pythonStr(const nlohmann::ordered_json &value);

// repr() of a float: the shortest digits that round-trip, fixed notation for exponents in
// [-4, 16), otherwise "1e+16" style.
std::string pythonFloatRepr(double value);

} // namespace shoptuner::engine
