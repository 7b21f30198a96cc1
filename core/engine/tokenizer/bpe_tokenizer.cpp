#include "engine/tokenizer/bpe_tokenizer.h"

#include "engine/base/error.h"
#include "engine/base/input_file.h"

#include <nlohmann/json.hpp>

#include <fstream>

namespace shoptuner::engine {

BpeTokenizer::BpeTokenizer(const nlohmann::json &j)
    : m_model(j.at("model"))
    , m_added(j.value("added_tokens", nlohmann::json()))
    , m_normalizer(makeNormalizer(j.value("normalizer", nlohmann::json())))
    , m_preTokenizer(makePreTokenizer(j.value("pre_tokenizer", nlohmann::json())))
    , m_decoder(makeTokenDecoder(j.value("decoder", nlohmann::json())))
    , m_postProcessor(makePostProcessor(j.value("post_processor", nlohmann::json())))
{
    m_byteLevel = m_preTokenizer && m_preTokenizer->mapsBytes();
    for (TokenId id : m_postProcessor.prefix)
        m_bos = m_bos ? m_bos : std::optional<TokenId>(id);
}

std::unique_ptr<BpeTokenizer> BpeTokenizer::fromFile(const std::filesystem::path &path)
{
    const nlohmann::json j = readJsonFile(path);
    if (!j.is_object() || !j.contains("model"))
        throw FormatError(path.string() + ": has no 'model' section", "is this a Hugging Face tokenizer.json?");
    try {
        return std::make_unique<BpeTokenizer>(j);
    } catch (const EngineError &e) {
        throw FormatError(path.string() + ": " + e.what());
    } catch (const nlohmann::json::exception &e) {
        throw FormatError(path.string() + ": unexpected structure: " + e.what());
    }
}

void BpeTokenizer::setBosEos(std::optional<TokenId> bos, std::optional<TokenId> eos)
{
    if (bos)
        m_bos = bos;
    if (eos)
        m_eos = eos;
}

void BpeTokenizer::encodePlain(std::string_view text, bool startsSection, std::vector<TokenId> &out) const
{
    std::string normalized(text);
    if (m_normalizer)
        normalized = m_normalizer->apply(std::move(normalized));
    std::vector<PreToken> pieces {{std::move(normalized), startsSection}};
    if (m_preTokenizer)
        m_preTokenizer->apply(pieces);
    for (const PreToken &p : pieces)
        m_model.encodePiece(p.text, out);
}

std::vector<TokenId> BpeTokenizer::encode(std::string_view text, const EncodeOptions &options) const
{
    std::vector<TokenId> ids;
    bool first = true;
    for (const TextSegment &segment : m_added.split(text, options.matchSpecial)) {
        if (segment.token)
            ids.push_back(*segment.token);
        else
            encodePlain(segment.text, first, ids);
        first = false;
    }
    return options.addSpecial ? m_postProcessor.apply(std::move(ids)) : ids;
}

std::string BpeTokenizer::decode(std::span<const TokenId> ids, bool skipSpecial) const
{
    // As in Hugging Face: added tokens contribute their content, and all pieces go through the decoder.
    std::vector<std::string> tokens;
    tokens.reserve(ids.size());
    for (TokenId id : ids) {
        if (const AddedToken *added = m_added.byId(id)) {
            if (!(skipSpecial && added->special))
                tokens.push_back(added->content);
        } else {
            tokens.push_back(m_model.idToToken(id));
        }
    }
    if (m_decoder)
        m_decoder->apply(tokens);
    std::string text;
    for (const std::string &t : tokens)
        text += t;
    return text;
}

std::int64_t BpeTokenizer::vocabSize() const
{
    std::int64_t size = m_model.size();
    for (const AddedToken &t : m_added.all())
        size = std::max<std::int64_t>(size, t.id + 1);
    return size;
}

std::optional<TokenId> BpeTokenizer::tokenToId(std::string_view token) const
{
    if (const AddedToken *added = m_added.byContent(token))
        return added->id;
    return m_model.tokenToId(token);
}

std::string BpeTokenizer::idToToken(TokenId id) const
{
    if (const AddedToken *added = m_added.byId(id))
        return added->content;
    return m_model.idToToken(id);
}

bool BpeTokenizer::isSpecial(TokenId id) const
{
    const AddedToken *added = m_added.byId(id);
    return added && added->special;
}

std::string BpeTokenizer::kind() const
{
    return m_byteLevel ? "byte-level BPE" : (m_model.byteFallback() ? "BPE with byte fallback" : "BPE");
}

} // namespace shoptuner::engine
