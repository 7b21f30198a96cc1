#include "engine/tokenizer/bpe_model.h"

#include "engine/tokenizer/byte_level.h"
#include "engine/base/error.h"

#include <nlohmann/json.hpp>

#include <climits>
#include <cstdio>

namespace shoptuner::engine {
namespace {

std::uint64_t pairKey(TokenId left, TokenId right)
{
    return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(left)) << 32) | static_cast<std::uint32_t>(right);
}

constexpr std::size_t kCacheLimit = 200'000;

} // namespace

BpeModel::BpeModel(const nlohmann::json &model)
{
    const std::string type = model.value("type", "BPE");
    if (type != "BPE")
        throw UnsupportedError("tokenizer.json: model type '" + type + "' is not supported",
            "only BPE tokenizer.json files are supported (WordPiece/Unigram are not)");
    if (!model.contains("vocab") || !model["vocab"].is_object())
        throw FormatError("tokenizer.json: model has no 'vocab' object");
    if (!model.contains("merges") || !model["merges"].is_array())
        throw FormatError("tokenizer.json has no model.merges — is this a WordPiece or Unigram tokenizer?");
    auto nonEmpty = [&](const char *key) {
        return model.contains(key) && model[key].is_string() && !model[key].get<std::string>().empty();
    };
    if (nonEmpty("continuing_subword_prefix") || nonEmpty("end_of_word_suffix"))
        throw UnsupportedError(
            "tokenizer.json: BPE with continuing_subword_prefix or end_of_word_suffix is not supported");

    TokenId maxId = -1;
    for (auto it = model["vocab"].begin(); it != model["vocab"].end(); ++it) {
        if (!it.value().is_number_integer() || it.value().get<std::int64_t>() < 0
            || it.value().get<std::int64_t>() >= kMaxVocabulary)
            throw FormatError("tokenizer.json: vocab entry '" + it.key() + "' has an invalid id " + it.value().dump(),
                "the file is damaged; use the tokenizer.json that came with the model");
        const auto id = it.value().get<TokenId>();
        m_vocab.emplace(it.key(), id);
        maxId = std::max(maxId, id);
    }
    m_idToToken.resize(static_cast<std::size_t>(maxId + 1));
    for (const auto &[token, id] : m_vocab)
        m_idToToken[static_cast<std::size_t>(id)] = token;

    std::int32_t rank = 0;
    for (const nlohmann::json &m : model["merges"]) {
        std::string left, right;
        if (m.is_string()) {
            const std::string s = m.get<std::string>();
            const auto space = s.find(' ', 1);
            if (space == std::string::npos)
                throw FormatError("tokenizer.json: merge '" + s + "' is not two tokens separated by a space");
            left = s.substr(0, space);
            right = s.substr(space + 1);
        } else if (m.is_array() && m.size() == 2 && m[0].is_string() && m[1].is_string()) {
            left = m[0].get<std::string>();
            right = m[1].get<std::string>();
        } else {
            throw FormatError(
                "tokenizer.json: merge #" + std::to_string(rank) + " is neither \"a b\" nor [\"a\", \"b\"]");
        }
        const auto l = m_vocab.find(left), r = m_vocab.find(right), merged = m_vocab.find(left + right);
        if (l == m_vocab.end() || r == m_vocab.end() || merged == m_vocab.end())
            throw FormatError("tokenizer.json: merge #" + std::to_string(rank) + " ('" + left + "' + '" + right
                + "') uses tokens missing from the vocabulary");
        m_merges.emplace(pairKey(l->second, r->second), Merge {rank, merged->second});
        ++rank;
    }
    if (model.contains("unk_token") && model["unk_token"].is_string()) {
        const auto it = m_vocab.find(model["unk_token"].get<std::string>());
        if (it != m_vocab.end())
            m_unk = it->second;
    }
    m_byteFallback = model.value("byte_fallback", false);
    m_ignoreMerges = model.value("ignore_merges", false);
    m_fuseUnk = model.value("fuse_unk", false);
}

std::optional<TokenId> BpeModel::tokenToId(std::string_view token) const
{
    const auto it = m_vocab.find(std::string(token));
    if (it == m_vocab.end())
        return std::nullopt;
    return it->second;
}

const std::string &BpeModel::idToToken(TokenId id) const
{
    static const std::string empty;
    if (id < 0 || static_cast<std::size_t>(id) >= m_idToToken.size())
        return empty;
    return m_idToToken[static_cast<std::size_t>(id)];
}

std::vector<std::pair<std::string, std::string>> BpeModel::merges() const
{
    std::vector<std::pair<std::string, std::string>> out(m_merges.size());
    for (const auto &[key, merge] : m_merges)
        out[static_cast<std::size_t>(merge.rank)]
            = {idToToken(static_cast<TokenId>(key >> 32)), idToToken(static_cast<TokenId>(key & 0xffffffffu))};
    return out;
}

void BpeModel::appendUnknown(std::string_view codePoint, std::vector<TokenId> &out) const
{
    if (m_byteFallback) {
        std::vector<TokenId> bytes;
        for (unsigned char c : codePoint) {
            char name[8];
            std::snprintf(name, sizeof name, "<0x%02X>", c);
            const auto it = m_vocab.find(name);
            if (it == m_vocab.end()) {
                bytes.clear();
                break;
            }
            bytes.push_back(it->second);
        }
        if (!bytes.empty()) {
            out.insert(out.end(), bytes.begin(), bytes.end());
            return;
        }
    }
    if (m_unk) {
        if (!(m_fuseUnk && !out.empty() && out.back() == *m_unk))
            out.push_back(*m_unk);
        return;
    }
    // No way to represent the character: Hugging Face drops it too.
}

// Repeatedly merges the adjacent pair with the lowest rank (leftmost on ties).
void BpeModel::mergeSymbols(std::vector<TokenId> &symbols) const
{
    while (symbols.size() > 1) {
        std::int32_t bestRank = INT32_MAX;
        std::size_t bestAt = 0;
        TokenId bestResult = 0;
        for (std::size_t i = 0; i + 1 < symbols.size(); ++i) {
            const auto it = m_merges.find(pairKey(symbols[i], symbols[i + 1]));
            if (it != m_merges.end() && it->second.rank < bestRank) {
                bestRank = it->second.rank;
                bestAt = i;
                bestResult = it->second.result;
            }
        }
        if (bestRank == INT32_MAX)
            return;
        symbols[bestAt] = bestResult;
        symbols.erase(symbols.begin() + static_cast<std::ptrdiff_t>(bestAt) + 1);
    }
}

void BpeModel::encodePiece(const std::string &piece, std::vector<TokenId> &out) const
{
    if (piece.empty())
        return;
    if (m_ignoreMerges) {
        if (const auto it = m_vocab.find(piece); it != m_vocab.end()) {
            out.push_back(it->second);
            return;
        }
    }
    {
        std::lock_guard lock(m_cacheMutex);
        if (const auto it = m_cache.find(piece); it != m_cache.end()) {
            out.insert(out.end(), it->second.begin(), it->second.end());
            return;
        }
    }
    std::vector<std::string_view> codePoints;
    bytelevel::splitCodePoints(piece, codePoints);
    // Unknown characters become byte-fallback or unk symbols; merges then run over all symbols.
    std::vector<TokenId> result;
    for (std::string_view cp : codePoints) {
        if (const auto it = m_vocab.find(std::string(cp)); it != m_vocab.end())
            result.push_back(it->second);
        else
            appendUnknown(cp, result);
    }
    mergeSymbols(result);
    out.insert(out.end(), result.begin(), result.end());
    std::lock_guard lock(m_cacheMutex);
    if (m_cache.size() < kCacheLimit)
        m_cache.emplace(piece, std::move(result));
}

} // namespace shoptuner::engine
