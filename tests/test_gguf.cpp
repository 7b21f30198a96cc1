// GGUF export: the file layout and metadata types of the GGUF specification, every tensor type
// read back against the source, Q8_0 and F16 bit for bit against independent reference
// conversions written here, the Q/K row order checked by what it is for (rotary embeddings of
// Hugging Face's rotate-half layout equal llama.cpp's interleaved ones after reordering), and an
// export that fails half-way leaving nothing behind.
#include "test_helpers.h"

#include "engine/base/error.h"
#include "engine/formats/gguf.h"
#include "engine/formats/gguf_export.h"
#include "engine/model/model_presets.h"
#include "engine/formats/safetensors.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <bit>
#include <cmath>
#include <cstring>
#include <random>

using namespace shoptuner::engine;
namespace fs = std::filesystem;

namespace {

// A tokenizer.json for llama-tiny's 128-token vocabulary: printable ASCII as byte-level symbols,
// a few merges, three special tokens.
std::string smallTokenizerJson()
{
    nlohmann::ordered_json vocab = nlohmann::ordered_json::object();
    int id = 3;
    for (int c = 33; c < 127; ++c)
        vocab[std::string(1, char(c))] = id++;
    const char *merges[] = {"t h", "th e", "a n", "i n", "e r"};
    for (const char *m : merges) {
        std::string s = m;
        vocab[s.substr(0, s.find(' ')) + s.substr(s.find(' ') + 1)] = id++;
    }
    nlohmann::ordered_json added = nlohmann::ordered_json::array();
    const char *specials[] = {"<|endoftext|>", "<|im_start|>", "<|im_end|>"};
    for (int i = 0; i < 3; ++i)
        added.push_back({{"id", i}, {"content", specials[i]}, {"special", true}});
    added.push_back({{"id", id}, {"content", "<shop>"}, {"special", false}});
    nlohmann::ordered_json j = {{"version", "1.0"}, {"added_tokens", added}, {"normalizer", nullptr},
        {"pre_tokenizer", {{"type", "ByteLevel"}, {"add_prefix_space", false}, {"use_regex", true}}},
        {"post_processor", nullptr}, {"decoder", {{"type", "ByteLevel"}}},
        {"model", {{"type", "BPE"}, {"vocab", vocab}, {"merges", merges}}}};
    return j.dump();
}

fs::path tinyModel(const fs::path &root)
{
    const fs::path dir = root / "llama-tiny";
    fs::create_directories(dir);
    for (const char *f : {"config.json", "model.safetensors"})
        fs::copy_file(testing::dataDir() / "models" / "llama-tiny" / f, dir / f);
    testing::writeFile(dir / "tokenizer.json", smallTokenizerJson());
    testing::writeFile(dir / "tokenizer_config.json",
        "{\"bos_token\": \"<|im_start|>\", \"eos_token\": \"<|im_end|>\", \"add_bos_token\": false,"
        " \"chat_template\": \"{% for m in messages %}<|im_start|>{{ m.content }}<|im_end|>{% endfor %}\"}");
    return dir;
}

std::vector<float> sourceValues(const fs::path &model, const std::string &name)
{
    const Checkpoint c = Checkpoint::openFolder(model);
    const TensorView *v = c.find(name);
    std::vector<float> out(static_cast<std::size_t>(v->numel()));
    std::memcpy(out.data(), v->data, out.size() * 4); // llama-tiny is F32
    return out;
}

// Reference Q8_0, written from ggml's description of block_q8_0 independently of the engine:
// d = max|x| / 127 as an IEEE half (the compiler's _Float16 conversion), q = round(x / d).
std::vector<std::byte> referenceQ8(const std::vector<float> &x)
{
    std::vector<std::byte> out;
    for (std::size_t b = 0; b < x.size(); b += 32) {
        float amax = 0;
        for (std::size_t k = b; k < b + 32; ++k)
            amax = std::max(amax, std::abs(x[k]));
        const float d = amax / 127.0f;
        const _Float16 half = static_cast<_Float16>(d);
        std::byte bytes[2];
        std::memcpy(bytes, &half, 2);
        out.insert(out.end(), bytes, bytes + 2);
        for (std::size_t k = b; k < b + 32; ++k) {
            const float scaled = d == 0.0f ? 0.0f : x[k] * (1.0f / d);
            out.push_back(static_cast<std::byte>(static_cast<std::int8_t>(std::lround(scaled))));
        }
    }
    return out;
}

// Reference Q4_0 from ggml's block_q4_0 description: m = the weight of largest magnitude (sign
// kept), d = m / -8 as an IEEE half, q = min(15, trunc(x / d + 8.5)); weight j in the low nibble
// of byte j, weight j + 16 in its high nibble.
std::vector<std::byte> referenceQ4(const std::vector<float> &x)
{
    std::vector<std::byte> out;
    for (std::size_t b = 0; b < x.size(); b += 32) {
        const auto largest = std::max_element(
            x.begin() + long(b), x.begin() + long(b) + 32, [](float p, float q) { return std::abs(p) < std::abs(q); });
        const float d = *largest / -8.0f;
        const _Float16 half = static_cast<_Float16>(d);
        std::byte bytes[2];
        std::memcpy(bytes, &half, 2);
        out.insert(out.end(), bytes, bytes + 2);
        const auto level = [&](float v) {
            const int q = d == 0.0f ? 8 : int(std::trunc(v * (1.0f / d) + 8.5f));
            return std::min(15, q);
        };
        for (std::size_t k = b; k < b + 16; ++k)
            out.push_back(static_cast<std::byte>(level(x[k]) | level(x[k + 16]) << 4));
    }
    return out;
}

// bfloat16 by choosing the nearer of the two neighbouring bfloat16 values (ties: even mantissa).
std::uint16_t referenceBf16(float x)
{
    const auto bits = std::bit_cast<std::uint32_t>(x);
    const std::uint16_t down = static_cast<std::uint16_t>(bits >> 16);
    const std::uint16_t up = static_cast<std::uint16_t>(down + 1);
    const double dDown = std::abs(double(std::bit_cast<float>(std::uint32_t(down) << 16)) - x);
    const double dUp = std::abs(double(std::bit_cast<float>(std::uint32_t(up) << 16)) - x);
    if (dDown < dUp)
        return down;
    if (dUp < dDown)
        return up;
    return (down & 1) ? up : down;
}

// Rotary embedding of one head vector at position p: Hugging Face's rotate-half pairs (i, i+d/2)
// and llama.cpp's adjacent pairs (2i, 2i+1), both with frequency theta^(-2i/d).
std::vector<double> ropeHalf(const std::vector<double> &x, int p)
{
    const std::size_t d = x.size();
    std::vector<double> y(d);
    for (std::size_t i = 0; i < d / 2; ++i) {
        const double a = p * std::pow(10000.0, -2.0 * double(i) / double(d));
        y[i] = x[i] * std::cos(a) - x[i + d / 2] * std::sin(a);
        y[i + d / 2] = x[i + d / 2] * std::cos(a) + x[i] * std::sin(a);
    }
    return y;
}
std::vector<double> ropeAdjacent(const std::vector<double> &x, int p)
{
    const std::size_t d = x.size();
    std::vector<double> y(d);
    for (std::size_t i = 0; i < d / 2; ++i) {
        const double a = p * std::pow(10000.0, -2.0 * double(i) / double(d));
        y[2 * i] = x[2 * i] * std::cos(a) - x[2 * i + 1] * std::sin(a);
        y[2 * i + 1] = x[2 * i + 1] * std::cos(a) + x[2 * i] * std::sin(a);
    }
    return y;
}

} // namespace

class TestGguf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layoutAndMetadataFollowTheSpecification()
    {
        QTemporaryDir dir;
        const fs::path root(dir.path().toStdString());
        const fs::path model = tinyModel(root);
        const GgufExportReport r = exportGguf(model, root / "m.gguf", {.type = gguf::TensorType::F16, .name = "tiny"});
        QVERIFY(r.check.ok());
        QCOMPARE(r.tokenizerModel, std::string("gpt2"));
        QCOMPARE(r.preTokenizer, std::string("gpt-2"));

        // The header as bytes: magic, version 3, counts (little-endian).
        const std::string bytes = testing::readFile(root / "m.gguf");
        QCOMPARE(bytes.substr(0, 4), std::string("GGUF"));
        std::uint32_t version;
        std::uint64_t tensorCount;
        std::memcpy(&version, bytes.data() + 4, 4);
        std::memcpy(&tensorCount, bytes.data() + 8, 8);
        QCOMPARE(version, 3u);
        QCOMPARE(tensorCount, std::uint64_t(2 + 2 * 9 + 1)); // embedding, norm, head, 9 per layer

        // Standardised keys with the types the specification gives them.
        const gguf::File f = gguf::File::open(root / "m.gguf");
        using VT = gguf::ValueType;
        const std::pair<const char *, VT> keys[] = {{"general.architecture", VT::String}, {"general.name", VT::String},
            {"general.alignment", VT::U32}, {"general.file_type", VT::U32}, {"general.quantization_version", VT::U32},
            {"llama.context_length", VT::U32}, {"llama.embedding_length", VT::U32}, {"llama.block_count", VT::U32},
            {"llama.feed_forward_length", VT::U32}, {"llama.attention.head_count", VT::U32},
            {"llama.attention.head_count_kv", VT::U32}, {"llama.rope.dimension_count", VT::U32},
            {"llama.rope.freq_base", VT::F32}, {"llama.attention.layer_norm_rms_epsilon", VT::F32},
            {"tokenizer.ggml.model", VT::String}, {"tokenizer.ggml.pre", VT::String},
            {"tokenizer.ggml.tokens", VT::Array}, {"tokenizer.ggml.token_type", VT::Array},
            {"tokenizer.ggml.merges", VT::Array}, {"tokenizer.ggml.bos_token_id", VT::U32},
            {"tokenizer.ggml.eos_token_id", VT::U32}, {"tokenizer.ggml.add_bos_token", VT::Bool},
            {"tokenizer.chat_template", VT::String}};
        for (const auto &[key, type] : keys) {
            const gguf::Value *v = f.find(key);
            QVERIFY2(v, key);
            QVERIFY2(v->type == type, key);
        }
        QCOMPARE(f.find("tokenizer.ggml.tokens")->elementType, VT::String);
        QCOMPARE(f.find("tokenizer.ggml.token_type")->elementType, VT::I32);
        QCOMPARE(f.find("general.name")->s, std::string("tiny"));
        QCOMPARE(f.find("general.file_type")->u, std::uint64_t(1)); // MOSTLY_F16
        QCOMPARE(f.find("llama.attention.head_count_kv")->u, std::uint64_t(2));
        QCOMPARE(f.find("tokenizer.ggml.eos_token_id")->u, std::uint64_t(2)); // <|im_end|>
        QCOMPARE(f.find("tokenizer.ggml.bos_token_id")->u, std::uint64_t(1));
        QVERIFY(!f.find("tokenizer.ggml.add_bos_token")->b);
        // Token types: control for special added tokens, user-defined for others, and the
        // embedding rows without a token padded as unused, as llama.cpp's converter does.
        const auto &types = f.find("tokenizer.ggml.token_type")->items;
        QCOMPARE(types.size(), std::size_t(128));
        QCOMPARE(types[0].i, std::int64_t(3));
        QCOMPARE(types[3].i, std::int64_t(1));
        QCOMPARE(types[102].i, std::int64_t(4)); // <shop>
        QCOMPARE(types[127].i, std::int64_t(5));
        QCOMPARE(f.find("tokenizer.ggml.tokens")->items[127].s, std::string("[PAD127]"));
        QCOMPARE(f.find("tokenizer.ggml.merges")->items[1].s, std::string("th e"));

        // Tensors: llama.cpp's names, shapes, norms in F32, offsets aligned to 32.
        const gguf::TensorInfo *q = f.tensor("blk.1.attn_q.weight");
        QVERIFY(q && q->type == gguf::TensorType::F16);
        QCOMPARE(q->shape, (std::vector<std::int64_t> {32, 32}));
        QCOMPARE(f.tensor("blk.0.ffn_down.weight")->shape, (std::vector<std::int64_t> {32, 64}));
        QCOMPARE(f.tensor("output_norm.weight")->type, gguf::TensorType::F32);
        QVERIFY(f.tensor("output.weight")); // llama-tiny's head is not tied
        for (const gguf::TensorInfo &t : f.tensors())
            QCOMPARE(t.offset % 32, std::uint64_t(0));
        // Innermost dimension first on disk: ffn_down [32 rows, 64 columns] is stored as (64, 32).
        const auto at = bytes.find("blk.0.ffn_down.weight");
        std::uint32_t dims;
        std::uint64_t ne0, ne1;
        std::memcpy(&dims, bytes.data() + at + 21, 4);
        std::memcpy(&ne0, bytes.data() + at + 25, 8);
        std::memcpy(&ne1, bytes.data() + at + 33, 8);
        QCOMPARE(dims, 2u);
        QCOMPARE(ne0, std::uint64_t(64));
        QCOMPARE(ne1, std::uint64_t(32));
    }

    void everyTypeRoundTripsAgainstIndependentConversions()
    {
        QTemporaryDir dir;
        const fs::path root(dir.path().toStdString());
        const fs::path model = tinyModel(root);
        const std::vector<float> up = sourceValues(model, "model.layers.0.mlp.up_proj.weight");
        for (const auto type : {gguf::TensorType::F32, gguf::TensorType::F16, gguf::TensorType::BF16,
                 gguf::TensorType::Q8_0, gguf::TensorType::Q4_0}) {
            const fs::path out = root / (gguf::typeName(type) + ".gguf");
            const GgufExportReport r = exportGguf(model, out, {.type = type});
            QVERIFY(r.check.ok());
            QCOMPARE(r.check.tensors, std::size_t(21));
            QCOMPARE(r.check.tokens, std::size_t(128));
            qInfo("%s: %llu bytes, worst |difference| %.3g (allowed there %.3g)", gguf::typeName(type).c_str(),
                static_cast<unsigned long long>(r.bytes), r.check.worstError, r.check.worstAllowed);
            const gguf::File f = gguf::File::open(out);
            const gguf::TensorInfo *t = f.tensor("blk.0.ffn_up.weight");
            const auto data = f.data(*t);
            switch (type) {
            case gguf::TensorType::F32:
                QCOMPARE(std::memcmp(data.data(), up.data(), up.size() * 4), 0);
                break;
            case gguf::TensorType::F16:
                for (std::size_t k = 0; k < up.size(); ++k) {
                    const _Float16 h = static_cast<_Float16>(up[k]);
                    QCOMPARE(std::memcmp(data.data() + 2 * k, &h, 2), 0);
                }
                break;
            case gguf::TensorType::BF16:
                for (std::size_t k = 0; k < up.size(); ++k) {
                    const std::uint16_t h = referenceBf16(up[k]);
                    QCOMPARE(std::memcmp(data.data() + 2 * k, &h, 2), 0);
                }
                break;
            case gguf::TensorType::Q4_0: {
                const std::vector<std::byte> expected = referenceQ4(up);
                QCOMPARE(data.size(), expected.size());
                QCOMPARE(std::memcmp(data.data(), expected.data(), expected.size()), 0);
                break;
            }
            case gguf::TensorType::Q8_0: {
                const std::vector<std::byte> expected = referenceQ8(up);
                QCOMPARE(data.size(), expected.size());
                QCOMPARE(std::memcmp(data.data(), expected.data(), expected.size()), 0);
                break;
            }
            }
        }
    }

    void halfConversionMatchesTheCompilers()
    {
        // Every float class: zeros, subnormals of both types, rounding ties, overflow, NaN.
        std::mt19937 rng(7);
        std::vector<float> values = {0.0f, -0.0f, 1.0f, 65504.0f, 65519.0f, 65520.0f, 1e-8f, 5.96e-8f, 2.98e-8f,
            6.1e-5f, 6.103515625e-05f, 1.0009765625f, 1.00048828125f, -3.5f};
        std::uniform_real_distribution<float> exponent(-30, 17);
        for (int i = 0; i < 20000; ++i)
            values.push_back((i % 2 ? -1 : 1) * std::exp2(exponent(rng)));
        for (float v : values) {
            const _Float16 h = static_cast<_Float16>(v);
            std::uint16_t expected;
            std::memcpy(&expected, &h, 2);
            QCOMPARE(gguf::toHalf(v), expected);
            QCOMPARE(gguf::fromHalf(expected), static_cast<float>(h));
        }
        QVERIFY(std::isnan(gguf::fromHalf(gguf::toHalf(std::nanf("")))));
    }

    void queryAndKeyRowsAreReorderedForLlamaCppsRope()
    {
        // For each head, HF's rotate-half RoPE applied to W x equals, after the reordering,
        // the adjacent-pair RoPE llama.cpp applies to W' x, where W' = permuteForRope(W).
        const std::int64_t heads = 3, d = 8, columns = 5;
        std::mt19937 rng(1);
        std::normal_distribution<float> normal;
        std::vector<float> w(heads * d * columns), x(columns);
        for (float &v : w)
            v = normal(rng);
        for (float &v : x)
            v = normal(rng);
        const std::vector<float> permuted = permuteForRope(w, heads, columns);
        const auto project = [&](const std::vector<float> &m, std::int64_t h) {
            std::vector<double> out(d);
            for (std::int64_t r = 0; r < d; ++r)
                for (std::int64_t c = 0; c < columns; ++c)
                    out[r] += double(m[(h * d + r) * columns + c]) * x[c];
            return out;
        };
        for (std::int64_t h = 0; h < heads; ++h)
            for (int p : {0, 1, 7, 100}) {
                const std::vector<double> hf = ropeHalf(project(w, h), p);
                const std::vector<double> cpp = ropeAdjacent(project(permuted, h), p);
                for (std::int64_t i = 0; i < d / 2; ++i) {
                    QVERIFY(std::abs(hf[i] - cpp[2 * i]) < 1e-9);
                    QVERIFY(std::abs(hf[i + d / 2] - cpp[2 * i + 1]) < 1e-9);
                }
            }
        EXPECT_THROW_WITH(permuteForRope(w, 5, columns), EngineError, "heads of even size");
    }

    void tiedModelWithSmolLmStyleTokenizer()
    {
        QTemporaryDir dir;
        const fs::path root(dir.path().toStdString());
        testing::writeFile(root / "tokenizer.json", testing::byteLevelTokenizerJson());
        makeRandomModel({.preset = "tiny", .tokenizer = root / "tokenizer.json", .out = root / "m"});
        const GgufExportReport r = exportGguf(root / "m", root / "m.gguf", {.type = gguf::TensorType::Q8_0});
        QVERIFY(r.check.ok());
        const gguf::File f = gguf::File::open(root / "m.gguf");
        QVERIFY(!f.tensor("output.weight")); // tied: llama.cpp reads token_embd for the head
        QCOMPARE(f.tensor("token_embd.weight")->type, gguf::TensorType::Q8_0);
        // verifyGguf notices a file that does not belong to the model.
        testing::writeFile(root / "other.json", testing::byteLevelTokenizerJson());
        makeRandomModel({.preset = "tiny", .tokenizer = root / "tokenizer.json", .out = root / "other", .seed = 9});
        const GgufCheck wrong = verifyGguf(root / "other", root / "m.gguf");
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.problems.front().find("differs from the source") != std::string::npos);
    }

    void sentencePieceVocabularyWithScoresAndTypes()
    {
        const fs::path fixtures = testing::fixturesDir();
        if (fixtures.empty() || !fs::exists(fixtures / "llama2" / "tokenizer.model"))
            QSKIP("SHOPTUNER_FIXTURES is not set: no real SentencePiece tokenizer.model here");
        QTemporaryDir dir;
        const fs::path root(dir.path().toStdString());
        makeRandomModel({.preset = "tiny", .tokenizer = fixtures / "llama2", .out = root / "m"});
        const GgufExportReport r = exportGguf(root / "m", root / "m.gguf", {.type = gguf::TensorType::F16});
        QVERIFY(r.check.ok());
        QCOMPARE(r.tokenizerModel, std::string("llama"));
        const gguf::File f = gguf::File::open(root / "m.gguf");
        QCOMPARE(f.find("tokenizer.ggml.model")->s, std::string("llama"));
        QVERIFY(!f.find("tokenizer.ggml.merges") && !f.find("tokenizer.ggml.pre"));
        const auto &tokens = f.find("tokenizer.ggml.tokens")->items;
        const auto &types = f.find("tokenizer.ggml.token_type")->items;
        QCOMPARE(tokens.size(), std::size_t(32000));
        QCOMPARE(tokens[0].s, std::string("<unk>"));
        QCOMPARE(types[0].i, std::int64_t(2)); // unknown
        QCOMPARE(types[1].i, std::int64_t(3)); // <s>: control
        QCOMPARE(tokens[3].s, std::string("<0x00>"));
        QCOMPARE(types[3].i, std::int64_t(6)); // byte
        QCOMPARE(f.find("tokenizer.ggml.scores")->elementType, gguf::ValueType::F32);
        QCOMPARE(f.find("tokenizer.ggml.unknown_token_id")->u, std::uint64_t(0));
        QVERIFY(f.find("tokenizer.ggml.add_bos_token")->b);
    }

    void llama3RopeScalingTravelsAsFrequencyFactors()
    {
        // Llama 3.1's scaled RoPE (Meta's apply_scaling) is a per-frequency factor in llama.cpp:
        // the rope_freqs tensor. Expected values worked out here from the published rule.
        QTemporaryDir dir;
        const fs::path root(dir.path().toStdString());
        const fs::path model = root / "llama3-tiny";
        fs::create_directories(model);
        for (const char *f : {"config.json", "model.safetensors"})
            fs::copy_file(testing::dataDir() / "models" / "llama3-tiny" / f, model / f);
        testing::writeFile(model / "tokenizer.json", smallTokenizerJson());
        const GgufExportReport r = exportGguf(model, root / "m.gguf");
        QVERIFY(r.check.ok());
        const gguf::File f = gguf::File::open(root / "m.gguf");
        const gguf::TensorInfo *t = f.tensor("rope_freqs.weight");
        QVERIFY(t && t->type == gguf::TensorType::F32);
        QCOMPARE(t->shape, (std::vector<std::int64_t> {4}));
        const std::vector<float> factors = f.values(*t);
        const double theta = 500000, scale = 8, low = 1, high = 4, original = 8192, dim = 8;
        for (int i = 0; i < 4; ++i) {
            const double wavelen = 2 * M_PI * std::pow(theta, 2 * i / dim);
            double expected = 1;
            if (wavelen > original / low)
                expected = scale;
            else if (wavelen >= original / high) {
                const double smooth = (original / wavelen - low) / (high - low);
                expected = 1 / ((1 - smooth) / scale + smooth);
            }
            QVERIFY2(std::abs(factors[i] - expected) < 1e-6 * expected, qPrintable(QString::number(i)));
        }
        QVERIFY(factors[2] > 1 && factors[2] < 8); // one frequency in the smoothed band
        QVERIFY(!f.tensor("output.weight")); // tied
    }

    void aFailedExportLeavesNothingBehind()
    {
        QTemporaryDir dir;
        const fs::path root(dir.path().toStdString());
        const fs::path model = tinyModel(root);
        const fs::path out = root / "out" / "m.gguf";
        fs::create_directories(out.parent_path());
        GgufExportOptions options;
        bool sawNoFinalFile = true;
        options.progress = [&](std::size_t done, std::size_t) {
            sawNoFinalFile = sawNoFinalFile && !fs::exists(out);
            if (done == 5)
                throw EngineError("stopped by the test"); // as if the process died here
        };
        EXPECT_THROW_WITH(exportGguf(model, out, options), EngineError, "stopped by the test");
        QVERIFY(sawNoFinalFile);
        QVERIFY(!fs::exists(out));
        QVERIFY(fs::is_empty(out.parent_path())); // no temporary file left either

        // A damaged file is refused with a clear message.
        exportGguf(model, out);
        std::string bytes = testing::readFile(out);
        testing::writeFile(root / "short.gguf", bytes.substr(0, bytes.size() / 2));
        EXPECT_THROW_WITH(gguf::File::open(root / "short.gguf"), FormatError, "runs past the end of the file");
        testing::writeFile(root / "junk.gguf", "GGML and more");
        EXPECT_THROW_WITH(gguf::File::open(root / "junk.gguf"), FormatError, "no GGUF magic");
    }

    void refusesWhatItCannotExport()
    {
        QTemporaryDir dir;
        const fs::path root(dir.path().toStdString());
        const fs::path model = tinyModel(root);
        // A tokenizer with more tokens than the model has rows.
        const fs::path big = root / "big";
        fs::create_directories(big);
        for (const char *f : {"config.json", "model.safetensors"})
            fs::copy_file(model / f, big / f);
        testing::writeFile(big / "tokenizer.json", testing::byteLevelTokenizerJson());
        EXPECT_THROW_WITH(exportGguf(big, root / "big.gguf"), FormatError, "the tokenizer has more tokens (262)");
        QVERIFY(!fs::exists(root / "big.gguf"));
        fs::remove(big / "tokenizer.json");
        EXPECT_THROW_WITH(exportGguf(big, root / "big.gguf"), UnsupportedError, "has no tokenizer.json");
    }
};

QTEST_GUILESS_MAIN(TestGguf)
#include "test_gguf.moc"
