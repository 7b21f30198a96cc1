// A SentencePiece tokenizer.model (Llama 2, TinyLlama, Mistral) run by libsentencepiece
// through ShopTuner's bridge module, so that its protobuf never meets libtorch's.
#pragma once

#include "engine/tokenizer/tokenizer.h"

namespace shoptuner::engine {

class SentencePieceTokenizer : public Tokenizer
{
public:
    explicit SentencePieceTokenizer(const std::filesystem::path &modelFile);
    ~SentencePieceTokenizer() override;

    std::vector<TokenId> encode(std::string_view text, const EncodeOptions &options = {}) const override;
    std::string decode(std::span<const TokenId> ids, bool skipSpecial = false) const override;
    std::int64_t vocabSize() const override;
    std::optional<TokenId> tokenToId(std::string_view token) const override;
    std::string idToToken(TokenId id) const override;
    bool isSpecial(TokenId id) const override;
    std::string kind() const override { return "SentencePiece"; }
    std::optional<TokenId> bosId() const override;
    std::optional<TokenId> eosId() const override;

    float score(TokenId id) const;
    int pieceKind(TokenId id) const; // see spm_bridge_abi.h
    void setAddBos(bool addBos) { m_addBos = addBos; }
    void setAddEos(bool addEos) { m_addEos = addEos; }

    // Trains a model with the SentencePiece trainer ("--input=... --model_prefix=..."); throws on failure.
    static void train(const std::string &flags);
    // Where the bridge module was loaded from (for `info`).
    static std::string bridgePath();

private:
    std::vector<TokenId> encodePlain(std::string_view text) const;

    struct Handle;
    Handle *m_handle = nullptr;
    std::vector<std::pair<std::string, TokenId>> m_controlPieces; // longest first
    bool m_addBos = true;
    bool m_addEos = false;
};

} // namespace shoptuner::engine
