// Keys, names and layouts follow llama.cpp's converter for LlamaForCausalLM (convert_hf_to_gguf.py,
// LlamaModel) and the GGUF specification's standardised key-value pairs.
#include "engine/formats/gguf_export.h"

#include "engine/base/error.h"
#include "engine/base/input_file.h"
#include "engine/formats/safetensors.h"
#include "engine/model/model_config.h"
#include "engine/tokenizer/sentencepiece_tokenizer.h"
#include "engine/tokenizer/tokenizer_config.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstring>
#include <fstream>
#include <map>
#include <numbers>
#include <set>

namespace shoptuner::engine {
namespace {

using gguf::KeyValue;
using gguf::TensorType;
using gguf::Value;

// GGUF token types (llama.cpp's llama_token_type).
constexpr std::int32_t kNormal = 1, kControl = 3, kUserDefined = 4, kUnused = 5;
// llama_ftype values for general.file_type.
std::uint32_t fileType(TensorType t)
{
    switch (t) {
    case TensorType::F32:
        return 0;
    case TensorType::F16:
        return 1;
    case TensorType::Q8_0:
        return 7;
    case TensorType::Q4_0:
        return 2;
    case TensorType::BF16:
        return 32;
    }
    return 0;
}

nlohmann::json readJson(const std::filesystem::path &path)
{
    if (!std::filesystem::exists(path))
        throw FormatError(path.string() + ": cannot be read", "the model folder needs its tokenizer files");
    return readJsonFile(path);
}

struct Vocabulary
{
    std::string model; // "gpt2" (byte-level BPE) or "llama" (SentencePiece)
    std::string pre; // tokenizer.ggml.pre (gpt2 only)
    std::vector<std::string> tokens;
    std::vector<std::int32_t> types;
    std::vector<std::string> merges; // gpt2
    std::vector<float> scores; // llama
    std::optional<std::int32_t> unk; // llama
    std::optional<std::int32_t> bos, eos, pad;
    std::optional<bool> addBos;
};

// The pre-tokenizer name llama.cpp uses for this family, from tokenizer.json's pre_tokenizer.
std::string preTokenizerName(const nlohmann::json &pre)
{
    const std::string text = pre.dump();
    if (text.find("Digits") != std::string::npos && text.find("\"individual_digits\":true") != std::string::npos)
        return "smollm";
    if (text.find("\\\\p{N}{1,3}") != std::string::npos)
        return "llama-bpe"; // Llama 3's pattern
    if (text.find("\\\\p{N}") != std::string::npos && text.find("(?i:'s|'t|'re|'ve|'m|'ll|'d)") != std::string::npos)
        return "qwen2";
    if (text.find("ByteLevel") != std::string::npos)
        return "gpt-2";
    return "default";
}

// A SentencePiece tokenizer.model as llama.cpp's "llama" vocabulary: pieces, scores and types.
Vocabulary readSentencePiece(const std::filesystem::path &dir, const ModelConfig &config)
{
    const SentencePieceTokenizer spm(dir / "tokenizer.model");
    if (spm.vocabSize() > config.vocabSize)
        throw FormatError(dir.string() + ": the tokenizer has more tokens (" + std::to_string(spm.vocabSize())
                + ") than the model has embedding rows (" + std::to_string(config.vocabSize) + ")",
            "tokenizer.model belongs to another model");
    Vocabulary v;
    v.model = "llama";
    for (std::int64_t id = 0; id < config.vocabSize; ++id) {
        if (id >= spm.vocabSize()) {
            v.tokens.push_back("[PAD" + std::to_string(id) + "]");
            v.scores.push_back(-1000.0f);
            v.types.push_back(kUnused);
            continue;
        }
        const auto t = static_cast<TokenId>(id);
        v.tokens.push_back(spm.idToToken(t));
        v.scores.push_back(spm.score(t));
        // The bridge's kinds: 0 normal, 1 unknown, 2 control, 4 byte, 5 unused.
        static const std::map<int, std::int32_t> types = {{0, kNormal}, {1, 2}, {2, kControl}, {4, 6}, {5, kUnused}};
        const auto it = types.find(spm.pieceKind(t));
        v.types.push_back(it == types.end() ? kNormal : it->second);
        if (spm.pieceKind(t) == 1)
            v.unk = static_cast<std::int32_t>(id);
    }
    if (const auto bos = spm.bosId())
        v.bos = *bos;
    if (const auto eos = spm.eosId())
        v.eos = *eos;
    const TokenizerConfig tc = loadTokenizerConfig(dir);
    v.addBos = tc.addBosToken.value_or(true);
    if (!config.bosTokenIds.empty() && !v.bos)
        v.bos = static_cast<std::int32_t>(config.bosTokenIds.front());
    if (!config.eosTokenIds.empty() && !v.eos)
        v.eos = static_cast<std::int32_t>(config.eosTokenIds.front());
    return v;
}

Vocabulary readVocabulary(const std::filesystem::path &dir, const ModelConfig &config)
{
    if (!std::filesystem::exists(dir / "tokenizer.json") && std::filesystem::exists(dir / "tokenizer.model"))
        return readSentencePiece(dir, config);
    if (!std::filesystem::exists(dir / "tokenizer.json"))
        throw UnsupportedError(dir.string() + " has no tokenizer.json",
            "GGUF export needs the model's tokenizer.json (byte-level BPE: SmolLM2, Llama 3, Qwen2)");
    const nlohmann::json t = readJson(dir / "tokenizer.json");
    const nlohmann::json &model = t.at("model");
    if (model.value("type", "") != "BPE"
        || t.value("pre_tokenizer", nlohmann::json()).dump().find("ByteLevel") == std::string::npos)
        throw UnsupportedError("GGUF export handles byte-level BPE tokenizers (SmolLM2, Llama 3, Qwen2) so far",
            "SentencePiece models (Llama 2, Mistral, TinyLlama) are not exported yet");
    Vocabulary v;
    v.model = "gpt2";
    v.pre = preTokenizerName(t.value("pre_tokenizer", nlohmann::json()));
    std::map<std::int64_t, std::string> byId;
    for (const auto &[piece, id] : model.at("vocab").items())
        byId[id.get<std::int64_t>()] = piece;
    std::map<std::int64_t, bool> added; // id -> special
    for (const auto &a : t.value("added_tokens", nlohmann::json::array())) {
        const auto id = a.at("id").get<std::int64_t>();
        byId[id] = a.at("content").get<std::string>();
        added[id] = a.value("special", false);
    }
    if (!byId.empty() && byId.rbegin()->first >= config.vocabSize)
        throw FormatError(dir.string() + ": the tokenizer has more tokens (" + std::to_string(byId.rbegin()->first + 1)
                + ") than the model has embedding rows (" + std::to_string(config.vocabSize) + ")",
            "tokenizer.json belongs to another model");
    const std::int64_t size = config.vocabSize;
    for (std::int64_t id = 0; id < size; ++id) {
        const auto it = byId.find(id);
        if (it == byId.end()) { // padding rows of the embedding, as llama.cpp's converter names them
            v.tokens.push_back("[PAD" + std::to_string(id) + "]");
            v.types.push_back(kUnused);
            continue;
        }
        v.tokens.push_back(it->second);
        const auto a = added.find(id);
        v.types.push_back(a == added.end() ? kNormal : a->second ? kControl : kUserDefined);
    }
    for (const auto &m : model.value("merges", nlohmann::json::array()))
        v.merges.push_back(
            m.is_string() ? m.get<std::string>() : m.at(0).get<std::string>() + " " + m.at(1).get<std::string>());
    const auto idOf = [&](const std::optional<std::string> &token) -> std::optional<std::int32_t> {
        if (!token)
            return std::nullopt;
        for (std::size_t id = 0; id < v.tokens.size(); ++id)
            if (v.tokens[id] == *token)
                return static_cast<std::int32_t>(id);
        return std::nullopt;
    };
    const TokenizerConfig tc = loadTokenizerConfig(dir);
    v.bos = idOf(tc.bosToken);
    v.eos = idOf(tc.eosToken);
    v.pad = idOf(tc.padToken);
    if (!v.bos && !config.bosTokenIds.empty())
        v.bos = static_cast<std::int32_t>(config.bosTokenIds.front());
    if (!v.eos && !config.eosTokenIds.empty())
        v.eos = static_cast<std::int32_t>(config.eosTokenIds.front());
    if (!v.pad && config.padTokenId)
        v.pad = static_cast<std::int32_t>(*config.padTokenId);
    v.addBos = tc.addBosToken;
    return v;
}

std::vector<float> toFloats(const TensorView &view)
{
    std::vector<float> out(static_cast<std::size_t>(view.numel()));
    switch (view.dtype) {
    case DType::F32:
        std::memcpy(out.data(), view.data, out.size() * 4);
        break;
    case DType::F16:
    case DType::BF16:
        for (std::size_t k = 0; k < out.size(); ++k) {
            std::uint16_t h;
            std::memcpy(&h, view.data + 2 * k, 2);
            out[k] = view.dtype == DType::F16 ? gguf::fromHalf(h) : gguf::fromBFloat16(h);
        }
        break;
    default:
        throw UnsupportedError("tensor " + view.name + " is " + std::string(dtypeName(view.dtype)),
            "export needs F32, F16 or BF16 weights");
    }
    return out;
}

// One GGUF tensor: its name, the source tensor, whether Q or K rows are reordered (head count).
struct Mapping
{
    std::string gguf;
    std::string source;
    std::int64_t permuteHeads = 0;
};

std::vector<Mapping> tensorMap(const ModelConfig &c, const Checkpoint &checkpoint)
{
    std::vector<Mapping> m = {{"token_embd.weight", "model.embed_tokens.weight"}};
    for (std::int64_t l = 0; l < c.numLayers; ++l) {
        const std::string hf = "model.layers." + std::to_string(l) + ".";
        const std::string g = "blk." + std::to_string(l) + ".";
        m.push_back({g + "attn_norm.weight", hf + "input_layernorm.weight"});
        m.push_back({g + "attn_q.weight", hf + "self_attn.q_proj.weight", c.numHeads});
        m.push_back({g + "attn_k.weight", hf + "self_attn.k_proj.weight", c.numKvHeads});
        m.push_back({g + "attn_v.weight", hf + "self_attn.v_proj.weight"});
        m.push_back({g + "attn_output.weight", hf + "self_attn.o_proj.weight"});
        m.push_back({g + "ffn_norm.weight", hf + "post_attention_layernorm.weight"});
        m.push_back({g + "ffn_gate.weight", hf + "mlp.gate_proj.weight"});
        m.push_back({g + "ffn_up.weight", hf + "mlp.up_proj.weight"});
        m.push_back({g + "ffn_down.weight", hf + "mlp.down_proj.weight"});
    }
    m.push_back({"output_norm.weight", "model.norm.weight"});
    // A tied head is the embedding; llama.cpp then reads token_embd for the output too.
    if (!c.tieWordEmbeddings && checkpoint.find("lm_head.weight"))
        m.push_back({"output.weight", "lm_head.weight"});
    return m;
}

// Llama 3.1's frequency factors as llama.cpp's converter computes them (its rope_freqs tensor).
std::vector<float> llama3RopeFactors(const ModelConfig &c)
{
    const RopeScaling &s = c.ropeScaling;
    const double lowWavelen = double(s.originalMaxPositions) / s.lowFreqFactor;
    const double highWavelen = double(s.originalMaxPositions) / s.highFreqFactor;
    std::vector<float> factors;
    for (std::int64_t i = 0; i < c.headDim; i += 2) {
        const double freq = 1.0 / std::pow(c.ropeTheta, double(i) / double(c.headDim));
        const double wavelen = 2 * std::numbers::pi / freq;
        if (wavelen < highWavelen)
            factors.push_back(1.0f);
        else if (wavelen > lowWavelen)
            factors.push_back(float(s.factor));
        else {
            const double smooth
                = (double(s.originalMaxPositions) / wavelen - s.lowFreqFactor) / (s.highFreqFactor - s.lowFreqFactor);
            factors.push_back(float(1.0 / ((1 - smooth) / s.factor + smooth)));
        }
    }
    return factors;
}

TensorType typeFor(const Mapping &m, const TensorView &view, TensorType wanted)
{
    if (view.shape.size() < 2)
        return TensorType::F32; // norms, as llama.cpp keeps them
    if (gguf::isBlockType(wanted) && view.shape.back() % gguf::kQ8BlockSize)
        return TensorType::F16; // rows that do not split into blocks of 32
    (void)m;
    return wanted;
}

ModelConfig readConfig(const std::filesystem::path &dir)
{
    ModelConfig c = loadModelConfig(dir);
    c.validate("config.json");
    if (c.modelType != "llama" && c.modelType != "mistral")
        throw UnsupportedError(
            "GGUF export handles Llama-family models (llama, mistral) so far, not '" + c.modelType + "'",
            "SmolLM2, Llama 3.2 and TinyLlama are Llama-family models");
    if (c.attentionBias || c.mlpBias)
        throw UnsupportedError("GGUF export of projections with a bias is not supported yet");
    return c;
}

} // namespace

std::vector<float> permuteForRope(const std::vector<float> &rows, std::int64_t heads, std::int64_t columns)
{
    const auto total = static_cast<std::int64_t>(rows.size()) / columns;
    const std::int64_t d = total / heads;
    if (total % heads || d % 2 || static_cast<std::int64_t>(rows.size()) != total * columns)
        throw EngineError("rows do not split into " + std::to_string(heads) + " heads of even size");
    std::vector<float> out(rows.size());
    for (std::int64_t h = 0; h < heads; ++h)
        for (std::int64_t i = 0; i < d / 2; ++i)
            for (std::int64_t j = 0; j < 2; ++j) {
                const std::int64_t to = h * d + 2 * i + j, from = h * d + j * (d / 2) + i;
                std::copy_n(rows.begin() + from * columns, columns, out.begin() + to * columns);
            }
    return out;
}

namespace {

std::vector<KeyValue> ggufMetadata(
    const ModelConfig &c, const Vocabulary &vocab, const TokenizerConfig &tc, const std::string &name, TensorType type)
{
    std::vector<KeyValue> md = {
        {"general.architecture", Value::string("llama")},
        {"general.name", Value::string(name)},
        {"general.file_type", Value::u32(fileType(type))},
        {"general.quantization_version", Value::u32(2)},
        {"general.alignment", Value::u32(gguf::kDefaultAlignment)},
        {"llama.context_length", Value::u32(static_cast<std::uint32_t>(c.maxPositions))},
        {"llama.embedding_length", Value::u32(static_cast<std::uint32_t>(c.hiddenSize))},
        {"llama.block_count", Value::u32(static_cast<std::uint32_t>(c.numLayers))},
        {"llama.feed_forward_length", Value::u32(static_cast<std::uint32_t>(c.intermediateSize))},
        {"llama.attention.head_count", Value::u32(static_cast<std::uint32_t>(c.numHeads))},
        {"llama.attention.head_count_kv", Value::u32(static_cast<std::uint32_t>(c.numKvHeads))},
        {"llama.rope.dimension_count", Value::u32(static_cast<std::uint32_t>(c.headDim))},
        {"llama.rope.freq_base", Value::f32(static_cast<float>(c.ropeTheta))},
        {"llama.attention.layer_norm_rms_epsilon", Value::f32(static_cast<float>(c.rmsNormEps))},
        {"llama.vocab_size", Value::u32(static_cast<std::uint32_t>(vocab.tokens.size()))},
        {"tokenizer.ggml.model", Value::string(vocab.model)},
        {"tokenizer.ggml.tokens", Value::strings(vocab.tokens)},
        {"tokenizer.ggml.token_type", Value::i32s(vocab.types)},
    };
    if (vocab.model == "gpt2") {
        md.push_back({"tokenizer.ggml.pre", Value::string(vocab.pre)});
        md.push_back({"tokenizer.ggml.merges", Value::strings(vocab.merges)});
    } else {
        md.push_back({"tokenizer.ggml.scores", Value::f32s(vocab.scores)});
        if (vocab.unk)
            md.push_back({"tokenizer.ggml.unknown_token_id", Value::u32(static_cast<std::uint32_t>(*vocab.unk))});
    }
    if (c.headDim * c.numHeads != c.hiddenSize)
        md.push_back({"llama.attention.key_length", Value::u32(static_cast<std::uint32_t>(c.headDim))});
    if (c.ropeScaling.type == RopeScaling::Type::Linear) {
        md.push_back({"llama.rope.scaling.type", Value::string("linear")});
        md.push_back({"llama.rope.scaling.factor", Value::f32(static_cast<float>(c.ropeScaling.factor))});
    }
    if (vocab.bos)
        md.push_back({"tokenizer.ggml.bos_token_id", Value::u32(static_cast<std::uint32_t>(*vocab.bos))});
    if (vocab.eos)
        md.push_back({"tokenizer.ggml.eos_token_id", Value::u32(static_cast<std::uint32_t>(*vocab.eos))});
    if (vocab.pad)
        md.push_back({"tokenizer.ggml.padding_token_id", Value::u32(static_cast<std::uint32_t>(*vocab.pad))});
    if (vocab.addBos)
        md.push_back({"tokenizer.ggml.add_bos_token", Value::boolean(*vocab.addBos)});
    if (tc.chatTemplate)
        md.push_back({"tokenizer.chat_template", Value::string(*tc.chatTemplate)});
    return md;
}

// The tensors to write, each read from the checkpoint only when the writer reaches it; `types`
// collects the GGUF types used.
std::vector<gguf::TensorToWrite> ggufTensors(const std::filesystem::path &modelDir, const ModelConfig &c,
    const Checkpoint &checkpoint, TensorType wanted, std::set<std::string> &types)
{
    std::vector<gguf::TensorToWrite> tensors;
    if (c.ropeScaling.type == RopeScaling::Type::Llama3) {
        const std::vector<float> factors = llama3RopeFactors(c);
        tensors.push_back({"rope_freqs.weight", {static_cast<std::int64_t>(factors.size())}, TensorType::F32,
            [factors] { return factors; }});
        types.insert("F32");
    }
    for (const Mapping &m : tensorMap(c, checkpoint)) {
        const TensorView *view = checkpoint.find(m.source);
        if (!view)
            throw FormatError(modelDir.string() + ": the weights have no tensor '" + m.source + "'");
        const TensorType type = typeFor(m, *view, wanted);
        types.insert(gguf::typeName(type));
        tensors.push_back({m.gguf, view->shape, type, [view, m] {
                               std::vector<float> values = toFloats(*view);
                               if (m.permuteHeads)
                                   values = permuteForRope(values, m.permuteHeads, view->shape.back());
                               releaseMappedPages(*view);
                               return values;
                           }});
    }
    return tensors;
}

// How far a stored value may be from x in a tensor of this type; blockMax is the largest
// magnitude in x's block of 32 (block types only).
double allowedError(TensorType type, double x, double blockMax)
{
    switch (type) {
    case TensorType::F32:
        return 0;
    case TensorType::F16:
        return std::max(std::fabs(x) * std::ldexp(1.0, -11), std::ldexp(1.0, -25));
    case TensorType::BF16:
        return std::fabs(x) * std::ldexp(1.0, -8);
    case TensorType::Q8_0: // half a step of max|x|/127, plus the step's F16 rounding
        return 0.57 * blockMax / 127.0 + 1e-12;
    case TensorType::Q4_0: // a whole step of max|x|/8: the far end of the range is clamped to 7 steps
        return 1.01 * blockMax / 8.0 + 1e-12;
    }
    return 0;
}

// Compares one GGUF file with the model folder it was written from, collecting the problems.
class GgufChecker
{
public:
    GgufChecker(const gguf::File &file, GgufCheck &check)
        : m_file(file)
        , m_check(check)
    { }

    void problem(const std::string &p)
    {
        if (m_check.problems.size() < 20)
            m_check.problems.push_back(p);
    }

    void expectU32(const std::string &key, std::int64_t expected)
    {
        const Value *v = m_file.find(key);
        if (!v || v->type != gguf::ValueType::U32 || static_cast<std::int64_t>(v->u) != expected)
            problem(key + " is not " + std::to_string(expected));
    }

    void checkArchitecture(const ModelConfig &c)
    {
        const Value *arch = m_file.find("general.architecture");
        if (!arch || arch->s != "llama")
            problem("general.architecture is not llama");
        expectU32("llama.block_count", c.numLayers);
        expectU32("llama.embedding_length", c.hiddenSize);
        expectU32("llama.feed_forward_length", c.intermediateSize);
        expectU32("llama.attention.head_count", c.numHeads);
        expectU32("llama.attention.head_count_kv", c.numKvHeads);
        expectU32("llama.rope.dimension_count", c.headDim);
    }

    // The tokenizer, exactly.
    void checkTokenizer(const Vocabulary &vocab)
    {
        if (strings("tokenizer.ggml.tokens") != vocab.tokens)
            problem("the vocabulary differs from tokenizer.json");
        if (strings("tokenizer.ggml.merges") != vocab.merges)
            problem("the merges differ from tokenizer.json");
        std::vector<float> scores;
        if (const Value *v = m_file.find("tokenizer.ggml.scores"))
            for (const Value &item : v->items)
                scores.push_back(static_cast<float>(item.f));
        if (scores != vocab.scores)
            problem("the token scores differ from tokenizer.model");
        std::vector<std::int32_t> types;
        if (const Value *v = m_file.find("tokenizer.ggml.token_type"))
            for (const Value &item : v->items)
                types.push_back(static_cast<std::int32_t>(item.i));
        if (types != vocab.types)
            problem("the token types differ");
        m_check.tokens = vocab.tokens.size();
        m_check.merges = vocab.merges.size();
        if (vocab.eos)
            expectU32("tokenizer.ggml.eos_token_id", *vocab.eos);
    }

    // One tensor, within its type's rounding.
    void checkTensor(const Mapping &m, const TensorView *view)
    {
        const gguf::TensorInfo *t = m_file.tensor(m.gguf);
        if (!view || !t) {
            problem("tensor " + m.gguf + " is missing");
            return;
        }
        if (t->shape != view->shape) {
            problem("tensor " + m.gguf + " has another shape");
            return;
        }
        std::vector<float> expected = toFloats(*view);
        if (m.permuteHeads)
            expected = permuteForRope(expected, m.permuteHeads, view->shape.back());
        const std::vector<float> actual = m_file.values(*t);
        std::vector<float> blockMax; // largest magnitude of each block of 32, for the block types
        if (gguf::isBlockType(t->type))
            for (std::size_t b = 0; b < expected.size(); b += gguf::kQ8BlockSize) {
                float largest = 0;
                for (std::size_t q = b; q < b + gguf::kQ8BlockSize; ++q)
                    largest = std::max(largest, std::fabs(expected[q]));
                blockMax.push_back(largest);
            }
        double worst = 0, allowedAtWorst = 0;
        bool bad = false;
        for (std::size_t k = 0; k < expected.size(); ++k) {
            const double allowed
                = allowedError(t->type, expected[k], blockMax.empty() ? 0.0 : blockMax[k / gguf::kQ8BlockSize]);
            const double error = std::fabs(double(actual[k]) - expected[k]);
            if (!(error <= allowed)) // also catches NaN
                bad = true;
            if (error > worst) {
                worst = error;
                allowedAtWorst = allowed;
            }
        }
        if (bad)
            problem("tensor " + m.gguf + " differs from the source by " + std::to_string(worst));
        if (worst > m_check.worstError) {
            m_check.worstError = worst;
            m_check.worstAllowed = allowedAtWorst;
        }
        ++m_check.tensors;
        releaseMappedPages(*view);
    }

private:
    std::vector<std::string> strings(const std::string &key) const
    {
        std::vector<std::string> out;
        if (const Value *v = m_file.find(key); v && v->type == gguf::ValueType::Array)
            for (const Value &item : v->items)
                out.push_back(item.s);
        return out;
    }

    const gguf::File &m_file;
    GgufCheck &m_check;
};

} // namespace

GgufExportReport exportGguf(
    const std::filesystem::path &modelDir, const std::filesystem::path &out, const GgufExportOptions &options)
{
    const ModelConfig c = readConfig(modelDir);
    const Vocabulary vocab = readVocabulary(modelDir, c);
    const Checkpoint checkpoint = Checkpoint::openFolder(modelDir);
    const TokenizerConfig tc = loadTokenizerConfig(modelDir);

    std::string name = options.name;
    if (name.empty())
        name = std::filesystem::absolute(modelDir).lexically_normal().filename().string();
    std::set<std::string> types;
    gguf::writeFile(out, ggufMetadata(c, vocab, tc, name, options.type),
        ggufTensors(modelDir, c, checkpoint, options.type, types), options.progress);

    GgufExportReport report;
    report.path = out;
    report.bytes = std::filesystem::file_size(out);
    report.tokenizerModel = vocab.model;
    report.preTokenizer = vocab.pre;
    report.typesUsed.assign(types.begin(), types.end());
    report.check = verifyGguf(modelDir, out);
    if (!report.check.ok()) {
        std::filesystem::remove(out);
        std::string problems;
        for (const auto &p : report.check.problems)
            problems += (problems.empty() ? "" : "; ") + p;
        throw EngineError("the written GGUF file does not match the model, so it was removed: " + problems,
            "please report this; the model folder itself is unchanged");
    }
    return report;
}

GgufCheck verifyGguf(const std::filesystem::path &modelDir, const std::filesystem::path &ggufPath)
{
    GgufCheck check;
    const ModelConfig c = readConfig(modelDir);
    const Vocabulary vocab = readVocabulary(modelDir, c);
    const Checkpoint checkpoint = Checkpoint::openFolder(modelDir);
    const gguf::File file = gguf::File::open(ggufPath);
    GgufChecker checker(file, check);
    checker.checkArchitecture(c);
    checker.checkTokenizer(vocab);
    for (const Mapping &m : tensorMap(c, checkpoint))
        checker.checkTensor(m, checkpoint.find(m.source));
    return check;
}

} // namespace shoptuner::engine
