// Python's text rules for the task builders, in Qt's types. The rules themselves are written once,
// in engine/eval/python_text (ICU's character database), and shared with the eCeLLM metrics; these
// only convert between QString and UTF-8.
#pragma once

#include "shoptuner/python_text.h"

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace shoptuner::data {

// json.dumps(value) with its default settings (ASCII output: see shoptuner::pythonJsonDumps).
inline QString pyJsonDumps(const nlohmann::ordered_json &value)
{
    return QString::fromStdString(shoptuner::pythonJsonDumps(value));
}

// repr(x) / str(x) of a Python float: shortest round-trip digits, "25.0", "1e+16", "nan", "inf".
inline QString pyFloatRepr(double value)
{
    return QString::fromStdString(shoptuner::pythonFloatRepr(value));
}

// repr(str) and repr(list_of_str): "['a', \"it's\"]" with Python 3's quote choice and escapes.
inline QString pyReprString(const QString &text)
{
    return QString::fromStdString(shoptuner::pythonReprString(text.toStdString()));
}
inline QString pyReprStringList(const QStringList &items)
{
    std::vector<std::string> texts;
    texts.reserve(std::size_t(items.size()));
    for (const QString &item : items)
        texts.push_back(item.toStdString());
    return QString::fromStdString(shoptuner::pythonReprList(texts));
}

} // namespace shoptuner::data
