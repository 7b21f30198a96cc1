#include "engine/tokenizer/added_tokens.h"

#include "engine/base/error.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace shoptuner::engine {
namespace {

bool isSpaceByte(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// A conservative word-character test for single_word tokens: ASCII alphanumerics, '_' and any non-ASCII byte.
bool isWordByte(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return std::isalnum(u) || c == '_' || u >= 0x80;
}

} // namespace

AddedTokens::AddedTokens(const nlohmann::json &node)
{
    if (node.is_null())
        return;
    if (!node.is_array())
        throw FormatError("tokenizer.json: 'added_tokens' is not a list");
    for (const nlohmann::json &t : node) {
        AddedToken token;
        const nlohmann::json &id = t.at("id");
        if (!id.is_number_integer() || id.get<std::int64_t>() < 0 || id.get<std::int64_t>() >= kMaxVocabulary)
            throw FormatError("tokenizer.json: added token '" + t.value("content", std::string()) + "' has the id "
                    + id.dump() + ", outside any vocabulary (0 to " + std::to_string(kMaxVocabulary - 1) + ")",
                "the file is damaged; use the tokenizer.json that came with the model");
        token.id = id.get<TokenId>();
        token.content = t.at("content").get<std::string>();
        token.special = t.value("special", false);
        token.singleWord = t.value("single_word", false);
        token.lstrip = t.value("lstrip", false);
        token.rstrip = t.value("rstrip", false);
        token.normalized = t.value("normalized", !token.special);
        if (token.content.empty())
            throw FormatError("tokenizer.json: added token " + std::to_string(token.id) + " has empty content");
        m_byId[token.id] = m_tokens.size();
        m_tokens.push_back(std::move(token));
    }
    for (std::size_t i = 0; i < m_tokens.size(); ++i)
        m_byFirstByte[static_cast<unsigned char>(m_tokens[i].content[0])].push_back(i);
    for (auto &[byte, list] : m_byFirstByte) {
        std::stable_sort(list.begin(), list.end(),
            [this](std::size_t a, std::size_t b) { return m_tokens[a].content.size() > m_tokens[b].content.size(); });
    }
}

std::vector<TextSegment> AddedTokens::split(std::string_view text, bool matchSpecial) const
{
    std::vector<TextSegment> out;
    std::size_t plainBegin = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const AddedToken *match = nullptr;
        const auto it = m_byFirstByte.find(static_cast<unsigned char>(text[pos]));
        if (it != m_byFirstByte.end()) {
            for (std::size_t index : it->second) {
                const AddedToken &t = m_tokens[index];
                if (t.special && !matchSpecial)
                    continue;
                if (text.compare(pos, t.content.size(), t.content) != 0)
                    continue;
                const std::size_t end = pos + t.content.size();
                if (t.singleWord
                    && ((pos > 0 && isWordByte(text[pos - 1])) || (end < text.size() && isWordByte(text[end]))))
                    continue;
                match = &t;
                break;
            }
        }
        if (!match) {
            ++pos;
            continue;
        }
        std::size_t begin = pos;
        std::size_t end = pos + match->content.size();
        if (match->lstrip) {
            while (begin > plainBegin && isSpaceByte(text[begin - 1]))
                --begin;
        }
        if (match->rstrip) {
            while (end < text.size() && isSpaceByte(text[end]))
                ++end;
        }
        if (begin > plainBegin)
            out.push_back({text.substr(plainBegin, begin - plainBegin), std::nullopt});
        out.push_back({text.substr(begin, end - begin), match->id});
        pos = plainBegin = end;
    }
    if (plainBegin < text.size())
        out.push_back({text.substr(plainBegin), std::nullopt});
    return out;
}

const AddedToken *AddedTokens::byId(TokenId id) const
{
    const auto it = m_byId.find(id);
    return it == m_byId.end() ? nullptr : &m_tokens[it->second];
}

const AddedToken *AddedTokens::byContent(std::string_view content) const
{
    for (const AddedToken &t : m_tokens) {
        if (t.content == content)
            return &t;
    }
    return nullptr;
}

} // namespace shoptuner::engine
