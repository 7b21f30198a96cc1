// The tokenizer interface shared by byte-level BPE (tokenizer.json) and SentencePiece
// (tokenizer.model). Ids match Hugging Face's for the same files.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace shoptuner::engine {

using TokenId = std::int32_t;
// Larger than any real vocabulary (the largest have about 260,000 entries); an id at or past it
// is a damaged file.
inline constexpr std::int64_t kMaxVocabulary = 16'777'216;

struct EncodeOptions
{
    // Add what the post-processor adds (e.g. Llama 3's <|begin_of_text|>, Llama 2's <s>).
    bool addSpecial = false;
    // Match special tokens written in the text ("<|im_end|>"), as Hugging Face's encode() does.
    // Off for user-provided text placed in prompts, so that it cannot forge template markers.
    bool matchSpecial = true;
};

class Tokenizer
{
public:
    virtual ~Tokenizer() = default;

    virtual std::vector<TokenId> encode(std::string_view text, const EncodeOptions &options = {}) const = 0;
    virtual std::string decode(std::span<const TokenId> ids, bool skipSpecial = false) const = 0;

    virtual std::int64_t vocabSize() const = 0;
    virtual std::optional<TokenId> tokenToId(std::string_view token) const = 0;
    virtual std::string idToToken(TokenId id) const = 0; // the raw vocabulary entry
    virtual bool isSpecial(TokenId id) const = 0;
    virtual std::string kind() const = 0; // "byte-level BPE", "SentencePiece"

    // Ids the tokenizer files name as beginning/end of sequence, if any.
    virtual std::optional<TokenId> bosId() const = 0;
    virtual std::optional<TokenId> eosId() const = 0;
};

// Loads tokenizer.json (preferred) or tokenizer.model from a model folder, or a single file.
std::unique_ptr<Tokenizer> loadTokenizer(const std::filesystem::path &pathOrFolder);

} // namespace shoptuner::engine
