#include "engine/tokenizer/normalizer.h"

#include "engine/base/error.h"
#include "engine/tokenizer/unicode_regex.h"

#include <nlohmann/json.hpp>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <vector>

namespace shoptuner::engine {
namespace {

using nlohmann::json;

class SequenceNormalizer : public Normalizer
{
public:
    explicit SequenceNormalizer(std::vector<std::unique_ptr<Normalizer>> steps)
        : m_steps(std::move(steps))
    { }
    std::string apply(std::string text) const override
    {
        for (const auto &step : m_steps)
            text = step->apply(std::move(text));
        return text;
    }

private:
    std::vector<std::unique_ptr<Normalizer>> m_steps;
};

class PrependNormalizer : public Normalizer
{
public:
    explicit PrependNormalizer(std::string prefix)
        : m_prefix(std::move(prefix))
    { }
    std::string apply(std::string text) const override { return text.empty() ? text : m_prefix + text; }

private:
    std::string m_prefix;
};

class ReplaceNormalizer : public Normalizer
{
public:
    ReplaceNormalizer(const std::string &pattern, std::string content)
        : m_regex(pattern)
        , m_content(std::move(content))
    { }
    std::string apply(std::string text) const override
    {
        std::string out;
        std::size_t cursor = 0;
        for (const auto &[b, e] : m_regex.findAll(text)) {
            out.append(text, cursor, b - cursor);
            out += m_content;
            cursor = e;
        }
        out.append(text, cursor);
        return out;
    }

private:
    UnicodeRegex m_regex;
    std::string m_content;
};

class UnicodeFormNormalizer : public Normalizer
{
public:
    explicit UnicodeFormNormalizer(const std::string &form)
    {
        UErrorCode status = U_ZERO_ERROR;
        if (form == "NFC")
            m_normalizer = icu::Normalizer2::getNFCInstance(status);
        else if (form == "NFD")
            m_normalizer = icu::Normalizer2::getNFDInstance(status);
        else if (form == "NFKC")
            m_normalizer = icu::Normalizer2::getNFKCInstance(status);
        else
            m_normalizer = icu::Normalizer2::getNFKDInstance(status);
        if (U_FAILURE(status))
            throw EngineError(std::string("cannot load ICU's ") + form + " normalizer: " + u_errorName(status));
    }
    std::string apply(std::string text) const override
    {
        UErrorCode status = U_ZERO_ERROR;
        const icu::UnicodeString normalized = m_normalizer->normalize(icu::UnicodeString::fromUTF8(text), status);
        if (U_FAILURE(status))
            return text;
        std::string out;
        normalized.toUTF8String(out);
        return out;
    }

private:
    const icu::Normalizer2 *m_normalizer = nullptr;
};

class LowercaseNormalizer : public Normalizer
{
public:
    std::string apply(std::string text) const override
    {
        icu::UnicodeString s = icu::UnicodeString::fromUTF8(text);
        s.toLower();
        std::string out;
        s.toUTF8String(out);
        return out;
    }
};

class StripNormalizer : public Normalizer
{
public:
    StripNormalizer(bool left, bool right)
        : m_left(left)
        , m_right(right)
    { }
    std::string apply(std::string text) const override
    {
        const char *ws = " \t\n\r\f\v";
        if (m_right) {
            const auto end = text.find_last_not_of(ws);
            text.erase(end == std::string::npos ? 0 : end + 1);
        }
        if (m_left)
            text.erase(0, std::min(text.size(), text.find_first_not_of(ws)));
        return text;
    }

private:
    bool m_left;
    bool m_right;
};

} // namespace

std::unique_ptr<Normalizer> makeNormalizer(const json &node)
{
    if (node.is_null())
        return nullptr;
    const std::string type = node.value("type", "");
    if (type == "Sequence") {
        std::vector<std::unique_ptr<Normalizer>> steps;
        for (const json &child : node.at("normalizers")) {
            if (auto step = makeNormalizer(child))
                steps.push_back(std::move(step));
        }
        return std::make_unique<SequenceNormalizer>(std::move(steps));
    }
    if (type == "Prepend")
        return std::make_unique<PrependNormalizer>(node.at("prepend").get<std::string>());
    if (type == "Replace") {
        const json &pattern = node.at("pattern");
        const std::string regex = pattern.contains("Regex")
            ? pattern["Regex"].get<std::string>()
            : UnicodeRegex::escape(pattern.at("String").get<std::string>());
        return std::make_unique<ReplaceNormalizer>(regex, node.at("content").get<std::string>());
    }
    if (type == "NFC" || type == "NFD" || type == "NFKC" || type == "NFKD")
        return std::make_unique<UnicodeFormNormalizer>(type);
    if (type == "Lowercase")
        return std::make_unique<LowercaseNormalizer>();
    if (type == "Strip")
        return std::make_unique<StripNormalizer>(node.value("strip_left", true), node.value("strip_right", true));
    throw UnsupportedError("tokenizer.json: normalizer '" + type + "' is not supported",
        "supported: Sequence, Prepend, Replace, NFC, NFD, NFKC, NFKD, Lowercase, Strip");
}

} // namespace shoptuner::engine
