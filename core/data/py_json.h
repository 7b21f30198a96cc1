// Text exactly as Python writes it, so that records match ECInstruct byte for byte: json.dumps with
// its default settings, repr() of a float and repr() of a list of str (SR's input and options).
#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace shoptuner::data {

// json.dumps(value): ", " and ": " separators, keys in insertion order, ensure_ascii (\uXXXX with
// lower-case hex, surrogate pairs beyond the BMP), floats as repr() and NaN/Infinity written bare.
QString pyJsonDumps(const nlohmann::ordered_json &value);

// repr(x) / str(x) of a Python float: shortest round-trip digits, "25.0", "1e+16", "nan", "inf".
QString pyFloatRepr(double value);

// repr(list_of_str): "['a', \"it's\"]" with Python 3's quote choice and escapes.
QString pyReprStringList(const QStringList &items);
QString pyReprString(const QString &text);

} // namespace shoptuner::data
