// The BPE model of a tokenizer.json: vocabulary, ranked merges, byte fallback and
// ignore_merges; turns one pre-tokenized piece into ids (Sennrich et al. 2016).
#pragma once

#include "engine/tokenizer/tokenizer.h"

#include <nlohmann/json_fwd.hpp>

#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace shoptuner::engine {

class BpeModel
{
public:
    explicit BpeModel(const nlohmann::json &modelNode);

    void encodePiece(const std::string &piece, std::vector<TokenId> &out) const;

    std::int64_t size() const { return static_cast<std::int64_t>(m_idToToken.size()); }
    std::optional<TokenId> tokenToId(std::string_view token) const;
    const std::string &idToToken(TokenId id) const;
    bool byteFallback() const { return m_byteFallback; }
    // Pairs in rank order, as written in tokenizer.json (for exporters).
    std::vector<std::pair<std::string, std::string>> merges() const;

private:
    void mergeSymbols(std::vector<TokenId> &symbols) const;
    void appendUnknown(std::string_view codePoint, std::vector<TokenId> &out) const;

    std::unordered_map<std::string, TokenId> m_vocab;
    std::vector<std::string> m_idToToken;
    struct Merge
    {
        std::int32_t rank;
        TokenId result;
    };
    std::unordered_map<std::uint64_t, Merge> m_merges; // key: (left id << 32) | right id
    std::optional<TokenId> m_unk;
    bool m_byteFallback = false;
    bool m_ignoreMerges = false;
    bool m_fuseUnk = false;

    mutable std::mutex m_cacheMutex;
    mutable std::unordered_map<std::string, std::vector<TokenId>> m_cache;
};

} // namespace shoptuner::engine
