#include "engine/tokenizer/pre_tokenizer.h"

#include "engine/tokenizer/byte_level.h"
#include "engine/base/error.h"
#include "engine/tokenizer/unicode_regex.h"

#include <nlohmann/json.hpp>

namespace shoptuner::engine {
namespace {

using nlohmann::json;

// GPT-2's pattern, used by ByteLevel when use_regex is true.
const char *const kGpt2Pattern = R"('s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+)";

enum class SplitBehavior { Removed, Isolated, MergedWithPrevious, MergedWithNext, Contiguous };

SplitBehavior parseBehavior(const std::string &name)
{
    if (name == "Removed")
        return SplitBehavior::Removed;
    if (name == "Isolated")
        return SplitBehavior::Isolated;
    if (name == "MergedWithPrevious")
        return SplitBehavior::MergedWithPrevious;
    if (name == "MergedWithNext")
        return SplitBehavior::MergedWithNext;
    if (name == "Contiguous")
        return SplitBehavior::Contiguous;
    throw UnsupportedError("tokenizer.json: split behavior '" + name + "' is not supported");
}

// Splits one piece at the regex matches according to `behavior` (invert: the gaps are the matches).
void splitPiece(
    const PreToken &piece, const UnicodeRegex &regex, SplitBehavior behavior, bool invert, std::vector<PreToken> &out)
{
    const std::string &text = piece.text;
    // (begin, end, isMatch) spans covering the whole piece.
    std::vector<std::tuple<std::size_t, std::size_t, bool>> spans;
    std::size_t cursor = 0;
    for (const auto &[b, e] : regex.findAll(text)) {
        if (b > cursor)
            spans.emplace_back(cursor, b, invert);
        spans.emplace_back(b, e, !invert);
        cursor = e;
    }
    if (cursor < text.size())
        spans.emplace_back(cursor, text.size(), invert);

    std::vector<std::pair<std::size_t, std::size_t>> pieces;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const auto [b, e, isMatch] = spans[i];
        switch (behavior) {
        case SplitBehavior::Removed:
            if (!isMatch)
                pieces.emplace_back(b, e);
            break;
        case SplitBehavior::Isolated:
            pieces.emplace_back(b, e);
            break;
        case SplitBehavior::MergedWithPrevious:
            if (isMatch && i > 0 && !std::get<2>(spans[i - 1]))
                pieces.back().second = e;
            else
                pieces.emplace_back(b, e);
            break;
        case SplitBehavior::MergedWithNext:
            if (i > 0 && std::get<2>(spans[i - 1]) && !isMatch)
                pieces.back().second = e;
            else
                pieces.emplace_back(b, e);
            break;
        case SplitBehavior::Contiguous:
            if (i > 0 && isMatch && std::get<2>(spans[i - 1]))
                pieces.back().second = e;
            else
                pieces.emplace_back(b, e);
            break;
        }
    }
    for (const auto &[b, e] : pieces)
        out.push_back({text.substr(b, e - b), piece.first && b == 0});
}

class SplitPreTokenizer : public PreTokenizer
{
public:
    SplitPreTokenizer(UnicodeRegex regex, SplitBehavior behavior, bool invert)
        : m_regex(std::move(regex))
        , m_behavior(behavior)
        , m_invert(invert)
    { }
    void apply(std::vector<PreToken> &pieces) const override
    {
        std::vector<PreToken> out;
        for (const PreToken &p : pieces)
            splitPiece(p, m_regex, m_behavior, m_invert, out);
        pieces = std::move(out);
    }

private:
    UnicodeRegex m_regex;
    SplitBehavior m_behavior;
    bool m_invert;
};

class ByteLevelPreTokenizer : public PreTokenizer
{
public:
    ByteLevelPreTokenizer(bool addPrefixSpace, bool useRegex)
        : m_addPrefixSpace(addPrefixSpace)
    {
        if (useRegex)
            m_regex = std::make_unique<UnicodeRegex>(kGpt2Pattern);
    }
    void apply(std::vector<PreToken> &pieces) const override
    {
        std::vector<PreToken> split;
        for (PreToken p : pieces) {
            if (m_addPrefixSpace && p.first && (p.text.empty() || p.text[0] != ' '))
                p.text.insert(0, " ");
            if (m_regex)
                splitPiece(p, *m_regex, SplitBehavior::Isolated, false, split);
            else
                split.push_back(std::move(p));
        }
        for (PreToken &p : split)
            p.text = bytelevel::encode(p.text);
        pieces = std::move(split);
    }
    bool mapsBytes() const override { return true; }

private:
    bool m_addPrefixSpace;
    std::unique_ptr<UnicodeRegex> m_regex;
};

class MetaspacePreTokenizer : public PreTokenizer
{
public:
    MetaspacePreTokenizer(std::string replacement, std::string prependScheme, bool split)
        : m_replacement(std::move(replacement))
        , m_prependScheme(std::move(prependScheme))
        , m_split(split)
        , m_regex(UnicodeRegex::escape(m_replacement))
    { }
    void apply(std::vector<PreToken> &pieces) const override
    {
        std::vector<PreToken> out;
        for (PreToken p : pieces) {
            std::string replaced;
            for (char c : p.text) {
                if (c == ' ')
                    replaced += m_replacement;
                else
                    replaced += c;
            }
            const bool prepend = m_prependScheme == "always" || (m_prependScheme == "first" && p.first);
            if (prepend && replaced.rfind(m_replacement, 0) != 0)
                replaced.insert(0, m_replacement);
            p.text = std::move(replaced);
            if (m_split)
                splitPiece(p, m_regex, SplitBehavior::MergedWithNext, false, out);
            else
                out.push_back(std::move(p));
        }
        pieces = std::move(out);
    }

private:
    std::string m_replacement;
    std::string m_prependScheme;
    bool m_split;
    UnicodeRegex m_regex;
};

class SequencePreTokenizer : public PreTokenizer
{
public:
    explicit SequencePreTokenizer(std::vector<std::unique_ptr<PreTokenizer>> steps)
        : m_steps(std::move(steps))
    { }
    void apply(std::vector<PreToken> &pieces) const override
    {
        for (const auto &step : m_steps)
            step->apply(pieces);
    }
    bool mapsBytes() const override
    {
        for (const auto &step : m_steps) {
            if (step->mapsBytes())
                return true;
        }
        return false;
    }

private:
    std::vector<std::unique_ptr<PreTokenizer>> m_steps;
};

std::string regexFromPattern(const json &pattern)
{
    if (pattern.is_object() && pattern.contains("Regex"))
        return pattern["Regex"].get<std::string>();
    if (pattern.is_object() && pattern.contains("String"))
        return UnicodeRegex::escape(pattern["String"].get<std::string>());
    throw FormatError("tokenizer.json: Split pattern must be {\"Regex\": ...} or {\"String\": ...}");
}

} // namespace

std::unique_ptr<PreTokenizer> makePreTokenizer(const json &node)
{
    if (node.is_null())
        return nullptr;
    const std::string type = node.value("type", "");
    if (type == "Sequence") {
        std::vector<std::unique_ptr<PreTokenizer>> steps;
        for (const json &child : node.at("pretokenizers")) {
            if (auto step = makePreTokenizer(child))
                steps.push_back(std::move(step));
        }
        return std::make_unique<SequencePreTokenizer>(std::move(steps));
    }
    if (type == "Split")
        return std::make_unique<SplitPreTokenizer>(UnicodeRegex(regexFromPattern(node.at("pattern"))),
            parseBehavior(node.value("behavior", "Isolated")), node.value("invert", false));
    if (type == "ByteLevel")
        return std::make_unique<ByteLevelPreTokenizer>(
            node.value("add_prefix_space", false), node.value("use_regex", true));
    if (type == "Digits")
        return std::make_unique<SplitPreTokenizer>(
            UnicodeRegex(node.value("individual_digits", false) ? "\\p{N}" : "\\p{N}+"), SplitBehavior::Isolated,
            false);
    if (type == "Metaspace") {
        std::string scheme = node.value("prepend_scheme", "");
        if (scheme.empty())
            scheme = node.value("add_prefix_space", true) ? "always" : "never";
        return std::make_unique<MetaspacePreTokenizer>(
            node.value("replacement", "\u2581"), scheme, node.value("split", true));
    }
    if (type == "Whitespace")
        return std::make_unique<SplitPreTokenizer>(UnicodeRegex("\\w+|[^\\w\\s]+"), SplitBehavior::Removed, true);
    if (type == "WhitespaceSplit")
        return std::make_unique<SplitPreTokenizer>(UnicodeRegex("\\s+"), SplitBehavior::Removed, false);
    throw UnsupportedError("tokenizer.json: pre-tokenizer '" + type + "' is not supported",
        "supported: Sequence, Split, ByteLevel, Digits, Metaspace, Whitespace, WhitespaceSplit");
}

} // namespace shoptuner::engine
