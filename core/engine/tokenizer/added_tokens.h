// Added tokens of a tokenizer.json (special markers such as <|im_start|>): finds them in
// text leftmost-longest, with their lstrip/rstrip/single_word rules, before BPE runs.
#pragma once

#include "engine/tokenizer/tokenizer.h"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <unordered_map>
#include <vector>

namespace shoptuner::engine {

struct AddedToken
{
    TokenId id = 0;
    std::string content;
    bool special = false;
    bool singleWord = false;
    bool lstrip = false;
    bool rstrip = false;
    bool normalized = false;
};

// A stretch of input: either plain text for the model, or one added token.
struct TextSegment
{
    std::string_view text;
    std::optional<TokenId> token;
};

class AddedTokens
{
public:
    AddedTokens() = default;
    explicit AddedTokens(const nlohmann::json &addedTokensNode);

    // Splits `text` at added tokens. With matchSpecial false, special tokens stay plain text.
    std::vector<TextSegment> split(std::string_view text, bool matchSpecial) const;

    const AddedToken *byId(TokenId id) const;
    const AddedToken *byContent(std::string_view content) const;
    const std::vector<AddedToken> &all() const { return m_tokens; }

private:
    std::vector<AddedToken> m_tokens;
    std::unordered_map<TokenId, std::size_t> m_byId;
    std::unordered_map<unsigned char, std::vector<std::size_t>> m_byFirstByte; // longest first
};

} // namespace shoptuner::engine
