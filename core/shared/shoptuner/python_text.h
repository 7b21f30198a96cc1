// Python's text rules, written once for the whole project: where eCeLLM's evaluate.py depends
// on them (str.strip(), str[0], str() of what json.loads returns) and where ECInstruct's records
// were written by Python (json.dumps, repr() of floats and of lists of str). Text is UTF-8
// throughout; character categories come from ICU. No torch and no Qt: the task builders in
// core/project/data use these through data/py_json.h.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace shoptuner {

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
// [-4, 16), otherwise "1e+16" style; "nan", "inf", "-0.0".
std::string pythonFloatRepr(double value);

// repr() of a str: Python 3's quote choice, backslash escapes for quotes, \t \n \r and the
// characters str.isprintable() rejects. Bytes that are not UTF-8 read as U+FFFD.
std::string pythonReprString(std::string_view text);

// repr() of a list of str: "['a', \"it's\"]".
std::string pythonReprList(const std::vector<std::string> &items);

// json.dumps(value) with its default settings: ", " and ": " separators, keys in insertion
// order, ensure_ascii (\uXXXX in lower-case hex, surrogate pairs beyond the BMP), floats as
// repr() and NaN/Infinity written bare. Throws std::invalid_argument for binary values.
std::string pythonJsonDumps(const nlohmann::ordered_json &value);

} // namespace shoptuner
