#include "engine/tokenizer/token_decoder.h"

#include "engine/tokenizer/byte_level.h"
#include "engine/base/error.h"

#include <nlohmann/json.hpp>

#include <cstdlib>

namespace shoptuner::engine {
namespace {

using nlohmann::json;

class ByteLevelDecoder : public TokenDecoder
{
public:
    void apply(std::vector<std::string> &tokens) const override
    {
        // Bytes of one character may be split over tokens: decode the whole run at once.
        std::string joined;
        for (const std::string &t : tokens)
            joined += t;
        tokens.assign(1, bytelevel::toValidUtf8(bytelevel::decode(joined)));
    }
};

class ReplaceDecoder : public TokenDecoder
{
public:
    ReplaceDecoder(std::string pattern, std::string content)
        : m_pattern(std::move(pattern))
        , m_content(std::move(content))
    { }
    void apply(std::vector<std::string> &tokens) const override
    {
        if (m_pattern.empty())
            return;
        for (std::string &t : tokens) {
            std::string out;
            std::size_t cursor = 0;
            for (std::size_t at; (at = t.find(m_pattern, cursor)) != std::string::npos; cursor = at + m_pattern.size())
                out.append(t, cursor, at - cursor).append(m_content);
            t = out.append(t, cursor);
        }
    }

private:
    std::string m_pattern;
    std::string m_content;
};

// "<0x41>" pieces become raw bytes; runs of them that do not form valid UTF-8 become U+FFFD each.
class ByteFallbackDecoder : public TokenDecoder
{
public:
    void apply(std::vector<std::string> &tokens) const override
    {
        std::vector<std::string> out;
        std::string bytes;
        std::size_t byteTokens = 0;
        auto flush = [&] {
            if (byteTokens == 0)
                return;
            if (isValidUtf8(bytes))
                out.push_back(bytes);
            else
                for (std::size_t i = 0; i < byteTokens; ++i)
                    out.emplace_back("\xEF\xBF\xBD");
            bytes.clear();
            byteTokens = 0;
        };
        for (const std::string &t : tokens) {
            if (t.size() == 6 && t.rfind("<0x", 0) == 0 && t[5] == '>') {
                bytes += static_cast<char>(std::strtol(t.substr(3, 2).c_str(), nullptr, 16));
                ++byteTokens;
            } else {
                flush();
                out.push_back(t);
            }
        }
        flush();
        tokens = std::move(out);
    }

private:
    static bool isValidUtf8(const std::string &s)
    {
        std::size_t i = 0;
        while (i < s.size()) {
            const auto c = static_cast<unsigned char>(s[i]);
            const std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
            if (len == 0 || i + len > s.size())
                return false;
            for (std::size_t k = 1; k < len; ++k) {
                if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80)
                    return false;
            }
            i += len;
        }
        return true;
    }
};

class FuseDecoder : public TokenDecoder
{
public:
    void apply(std::vector<std::string> &tokens) const override
    {
        std::string joined;
        for (const std::string &t : tokens)
            joined += t;
        tokens.assign(1, joined);
    }
};

class StripDecoder : public TokenDecoder
{
public:
    StripDecoder(std::string content, std::size_t start, std::size_t stop)
        : m_content(std::move(content))
        , m_start(start)
        , m_stop(stop)
    { }
    void apply(std::vector<std::string> &tokens) const override
    {
        for (std::string &t : tokens) {
            for (std::size_t i = 0; i < m_start && t.rfind(m_content, 0) == 0; ++i)
                t.erase(0, m_content.size());
            for (std::size_t i = 0; i < m_stop && t.size() >= m_content.size()
                 && t.compare(t.size() - m_content.size(), m_content.size(), m_content) == 0;
                 ++i)
                t.erase(t.size() - m_content.size());
        }
    }

private:
    std::string m_content;
    std::size_t m_start;
    std::size_t m_stop;
};

class MetaspaceDecoder : public TokenDecoder
{
public:
    MetaspaceDecoder(std::string replacement, bool stripFirst)
        : m_replace(replacement, " ")
        , m_replacement(std::move(replacement))
        , m_stripFirst(stripFirst)
    { }
    void apply(std::vector<std::string> &tokens) const override
    {
        if (m_stripFirst && !tokens.empty() && tokens[0].rfind(m_replacement, 0) == 0)
            tokens[0].erase(0, m_replacement.size());
        m_replace.apply(tokens);
    }

private:
    ReplaceDecoder m_replace;
    std::string m_replacement;
    bool m_stripFirst;
};

class SequenceDecoder : public TokenDecoder
{
public:
    explicit SequenceDecoder(std::vector<std::unique_ptr<TokenDecoder>> steps)
        : m_steps(std::move(steps))
    { }
    void apply(std::vector<std::string> &tokens) const override
    {
        for (const auto &step : m_steps)
            step->apply(tokens);
    }

private:
    std::vector<std::unique_ptr<TokenDecoder>> m_steps;
};

} // namespace

std::unique_ptr<TokenDecoder> makeTokenDecoder(const json &node)
{
    if (node.is_null())
        return nullptr;
    const std::string type = node.value("type", "");
    if (type == "Sequence") {
        std::vector<std::unique_ptr<TokenDecoder>> steps;
        for (const json &child : node.at("decoders")) {
            if (auto step = makeTokenDecoder(child))
                steps.push_back(std::move(step));
        }
        return std::make_unique<SequenceDecoder>(std::move(steps));
    }
    if (type == "ByteLevel")
        return std::make_unique<ByteLevelDecoder>();
    if (type == "Replace") {
        const json &pattern = node.at("pattern");
        if (!pattern.contains("String"))
            throw UnsupportedError("tokenizer.json: Replace decoder with a regex pattern is not supported");
        return std::make_unique<ReplaceDecoder>(
            pattern["String"].get<std::string>(), node.at("content").get<std::string>());
    }
    if (type == "ByteFallback")
        return std::make_unique<ByteFallbackDecoder>();
    if (type == "Fuse")
        return std::make_unique<FuseDecoder>();
    if (type == "Strip")
        return std::make_unique<StripDecoder>(
            node.value("content", " "), node.value("start", 0), node.value("stop", 0));
    if (type == "Metaspace") {
        std::string scheme = node.value("prepend_scheme", "");
        if (scheme.empty())
            scheme = node.value("add_prefix_space", true) ? "always" : "never";
        return std::make_unique<MetaspaceDecoder>(node.value("replacement", "\u2581"), scheme != "never");
    }
    throw UnsupportedError("tokenizer.json: decoder '" + type + "' is not supported",
        "supported: Sequence, ByteLevel, Replace, ByteFallback, Fuse, Strip, Metaspace");
}

} // namespace shoptuner::engine
