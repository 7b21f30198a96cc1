// A Hugging Face tokenizer.json with a BPE model: byte-level BPE (GPT-2, SmolLM2, Llama 3,
// Qwen2) and SentencePiece-style BPE with byte fallback (Llama 2 and Mistral exports).
#pragma once

#include "engine/tokenizer/added_tokens.h"
#include "engine/tokenizer/bpe_model.h"
#include "engine/tokenizer/normalizer.h"
#include "engine/tokenizer/post_processor.h"
#include "engine/tokenizer/pre_tokenizer.h"
#include "engine/tokenizer/token_decoder.h"
#include "engine/tokenizer/tokenizer.h"

#include <nlohmann/json_fwd.hpp>

namespace shoptuner::engine {

class BpeTokenizer : public Tokenizer
{
public:
    explicit BpeTokenizer(const nlohmann::json &tokenizerJson);
    static std::unique_ptr<BpeTokenizer> fromFile(const std::filesystem::path &path);

    std::vector<TokenId> encode(std::string_view text, const EncodeOptions &options = {}) const override;
    std::string decode(std::span<const TokenId> ids, bool skipSpecial = false) const override;
    std::int64_t vocabSize() const override;
    std::optional<TokenId> tokenToId(std::string_view token) const override;
    std::string idToToken(TokenId id) const override;
    bool isSpecial(TokenId id) const override;
    std::string kind() const override;
    std::optional<TokenId> bosId() const override { return m_bos; }
    std::optional<TokenId> eosId() const override { return m_eos; }

    const BpeModel &model() const { return m_model; }
    const AddedTokens &addedTokens() const { return m_added; }
    bool isByteLevel() const { return m_byteLevel; }
    // Sets the ids tokenizer_config.json names (bos_token / eos_token).
    void setBosEos(std::optional<TokenId> bos, std::optional<TokenId> eos);

private:
    void encodePlain(std::string_view text, bool startsSection, std::vector<TokenId> &out) const;

    BpeModel m_model;
    AddedTokens m_added;
    std::unique_ptr<Normalizer> m_normalizer;
    std::unique_ptr<PreTokenizer> m_preTokenizer;
    std::unique_ptr<TokenDecoder> m_decoder;
    PostProcessor m_postProcessor;
    bool m_byteLevel = false;
    std::optional<TokenId> m_bos;
    std::optional<TokenId> m_eos;
};

} // namespace shoptuner::engine
