// The RoBERTa encoder (Liu et al. 2019: BERT's post-LayerNorm Transformer encoder with
// positions counted from padding_idx + 1) in Hugging Face's weight layout, and BERTScore over
// its hidden states. See bert_score.h for the scoring rules.
#include "engine/eval/bert_score.h"

#include "engine/base/error.h"
#include "engine/base/input_file.h"
#include "engine/base/runtime.h"
#include "engine/formats/safetensors.h"
#include "engine/formats/tensor_io.h"
#include "engine/model/model_config.h"
#include "shoptuner/python_text.h"

#include <nlohmann/json.hpp>

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <map>
#include <numeric>
#include <unordered_map>

namespace shoptuner::engine {
namespace {

struct EncoderConfig
{
    std::string modelType;
    std::int64_t vocabSize = 0, hidden = 0, layers = 0, heads = 0, intermediate = 0, maxPositions = 0;
    std::int64_t typeVocab = 1, padId = 1;
    double eps = 1e-5;
    std::string activation = "gelu";
};

nlohmann::json readJson(const std::filesystem::path &path)
{
    return readJsonFile(path);
}

EncoderConfig readConfig(const std::filesystem::path &folder)
{
    const auto path = folder / "config.json";
    if (!std::filesystem::exists(path))
        throw FormatError(folder.string() + " has no config.json", "point at a Hugging Face RoBERTa model folder");
    const nlohmann::json j = readJson(path);
    EncoderConfig c;
    c.modelType = j.value("model_type", "");
    if (c.modelType != "roberta" && c.modelType != "xlm-roberta")
        throw UnsupportedError(folder.string() + " holds a '" + c.modelType + "' model, not a RoBERTa encoder",
            "BERTScore needs roberta-large (or another RoBERTa-family model) from Hugging Face");
    try {
        c.vocabSize = j.at("vocab_size").get<std::int64_t>();
        c.hidden = j.at("hidden_size").get<std::int64_t>();
        c.layers = j.at("num_hidden_layers").get<std::int64_t>();
        c.heads = j.at("num_attention_heads").get<std::int64_t>();
        c.intermediate = j.at("intermediate_size").get<std::int64_t>();
        c.maxPositions = j.at("max_position_embeddings").get<std::int64_t>();
        c.typeVocab = j.value("type_vocab_size", std::int64_t(1));
        c.padId = j.value("pad_token_id", std::int64_t(1));
        c.eps = j.value("layer_norm_eps", 1e-5);
        c.activation = j.value("hidden_act", std::string("gelu"));
    } catch (const nlohmann::json::exception &e) {
        throw FormatError(path.string() + ": " + e.what(), "the file should be the model's own config.json");
    }
    if (c.hidden <= 0 || c.heads <= 0 || c.hidden % c.heads != 0 || c.layers <= 0 || c.vocabSize <= 0
        || c.maxPositions <= c.padId + 1)
        throw FormatError(path.string() + ": inconsistent sizes (hidden_size, heads, layers, positions)");
    if (c.activation != "gelu" && c.activation != "gelu_new" && c.activation != "relu")
        throw UnsupportedError(
            path.string() + ": activation '" + c.activation + "' is not supported", "supported: gelu, gelu_new, relu");
    const auto position = j.value("position_embedding_type", std::string("absolute"));
    if (position != "absolute")
        throw UnsupportedError(path.string() + ": position_embedding_type '" + position + "' is not supported");
    return c;
}

// roberta-large from ".../models--FacebookAI--roberta-large/snapshots/<hash>" or ".../roberta-large".
std::string modelNameOf(const std::filesystem::path &folder, const EncoderConfig &c)
{
    std::string name = modelFolderName(folder);
    if (defaultBertScoreLayer(name) == 0 && c.modelType == "roberta" && c.hidden == 1024 && c.layers == 24
        && c.heads == 16 && c.intermediate == 4096 && c.vocabSize == 50265)
        name = "roberta-large"; // the shape of roberta-large, under another folder name
    return name;
}

struct Layer
{
    torch::Tensor q, qb, k, kb, v, vb, o, ob, ln1, ln1b, up, upb, down, downb, ln2, ln2b;
};

} // namespace

int defaultBertScoreLayer(const std::string &modelName)
{
    // bert_score's model2layers for the RoBERTa family.
    static const std::map<std::string, int> layers = {{"roberta-base", 10}, {"roberta-large", 17},
        {"roberta-large-mnli", 19}, {"distilroberta-base", 5}, {"xlm-roberta-base", 9}, {"xlm-roberta-large", 17}};
    const auto it = layers.find(modelName);
    return it == layers.end() ? 0 : it->second;
}

struct BertScorer::Impl
{
    EncoderConfig config;
    std::unique_ptr<Tokenizer> tokenizer;
    std::string name;
    int layer = 0;
    std::int64_t maxTokens = 0;
    TokenId cls = 0, sep = 2;
    torch::Device device {torch::kCPU};
    std::string deviceName;
    int batchSize = 32;
    torch::Tensor word, position, tokenType, embLn, embLnb;
    std::vector<Layer> layers;

    void loadTokenizerFrom(const std::filesystem::path &folder);
    void chooseLayer(const std::filesystem::path &folder, const BertScoreOptions &options);
    void loadWeights(const std::filesystem::path &folder); // the embeddings and the first `layer` layers

    torch::Tensor layerNorm(const torch::Tensor &x, const torch::Tensor &w, const torch::Tensor &b) const
    {
        return torch::layer_norm(x, {config.hidden}, w, b, config.eps);
    }

    torch::Tensor activation(const torch::Tensor &x) const
    {
        if (config.activation == "relu")
            return torch::relu(x);
        return torch::gelu(x, config.activation == "gelu_new" ? "tanh" : "none");
    }

    // ids [B, T] (padded with pad id), mask [B, T] bool -> hidden states after `count` layers.
    torch::Tensor forward(const torch::Tensor &ids, const torch::Tensor &mask, int count) const
    {
        torch::NoGradGuard noGrad;
        const auto B = ids.size(0), T = ids.size(1);
        const torch::Tensor positions = torch::cumsum(mask.to(torch::kLong), 1) * mask.to(torch::kLong) + config.padId;
        torch::Tensor x = word.index_select(0, ids.reshape(-1)).view({B, T, config.hidden})
            + position.index_select(0, positions.reshape(-1)).view({B, T, config.hidden}) + tokenType[0];
        x = layerNorm(x, embLn, embLnb);
        const auto headDim = config.hidden / config.heads;
        const torch::Tensor bias
            = torch::zeros({B, 1, 1, T}, x.options())
                  .masked_fill(mask.logical_not().view({B, 1, 1, T}), -std::numeric_limits<float>::infinity());
        for (int l = 0; l < count; ++l) {
            const Layer &w = layers[std::size_t(l)];
            const auto heads = [&](const torch::Tensor &t) {
                return t.view({B, T, config.heads, headDim}).transpose(1, 2);
            };
            const torch::Tensor q = heads(torch::linear(x, w.q, w.qb));
            const torch::Tensor k = heads(torch::linear(x, w.k, w.kb));
            const torch::Tensor v = heads(torch::linear(x, w.v, w.vb));
            const torch::Tensor scores = torch::matmul(q, k.transpose(-1, -2)) / std::sqrt(double(headDim)) + bias;
            const torch::Tensor context
                = torch::matmul(torch::softmax(scores, -1), v).transpose(1, 2).reshape({B, T, config.hidden});
            const torch::Tensor a = layerNorm(torch::linear(context, w.o, w.ob) + x, w.ln1, w.ln1b);
            x = layerNorm(torch::linear(activation(torch::linear(a, w.up, w.upb)), w.down, w.downb) + a, w.ln2, w.ln2b);
        }
        return x;
    }
};

BertScorer::BertScorer(std::unique_ptr<Impl> impl)
    : d(std::move(impl))
{ }

BertScorer::~BertScorer() = default;

void BertScorer::Impl::loadTokenizerFrom(const std::filesystem::path &folder)
{
    const EncoderConfig &c = config;
    if (!std::filesystem::exists(folder / "tokenizer.json"))
        throw FormatError(folder.string() + " has no tokenizer.json",
            "download the model's tokenizer.json from its Hugging Face repository into the folder");
    tokenizer = loadTokenizer(folder);
    const auto clsId = tokenizer->tokenToId("<s>");
    const auto sepId = tokenizer->tokenToId("</s>");
    if (!clsId || !sepId)
        throw FormatError(folder.string() + ": the tokenizer has no <s> and </s> tokens",
            "the tokenizer files belong to another kind of model");
    cls = *clsId;
    sep = *sepId;
    // RoBERTa counts positions from pad_token_id + 1, so max_position_embeddings - pad - 1 tokens fit.
    maxTokens = c.maxPositions - c.padId - 1;
    if (std::filesystem::exists(folder / "tokenizer_config.json")) {
        const nlohmann::json t = readJson(folder / "tokenizer_config.json");
        if (t.contains("model_max_length") && t["model_max_length"].is_number_integer())
            maxTokens = std::min<std::int64_t>(maxTokens, t["model_max_length"].get<std::int64_t>());
    }
}

void BertScorer::Impl::chooseLayer(const std::filesystem::path &folder, const BertScoreOptions &options)
{
    const EncoderConfig &c = config;
    name = modelNameOf(folder, c);
    layer = options.layer > 0 ? options.layer : defaultBertScoreLayer(name);
    if (layer <= 0)
        layer = int(c.layers);
    if (layer > c.layers)
        throw EngineError("layer " + std::to_string(layer) + " asked for, but " + name + " has "
                + std::to_string(c.layers) + " layers",
            "choose a layer between 1 and " + std::to_string(c.layers));
}

void BertScorer::Impl::loadWeights(const std::filesystem::path &folder)
{
    const EncoderConfig &c = config;
    const Checkpoint checkpoint = Checkpoint::openFolder(folder);
    std::string prefix;
    if (checkpoint.find("roberta.embeddings.word_embeddings.weight"))
        prefix = "roberta.";
    const auto get = [&](const std::string &name, std::vector<std::int64_t> shape) {
        const TensorView *view = checkpoint.find(prefix + name);
        // Older BERT-style checkpoints name LayerNorm parameters gamma and beta.
        std::string alternative = name;
        if (!view && alternative.ends_with("LayerNorm.weight"))
            view = checkpoint.find(prefix + alternative.replace(alternative.size() - 6, 6, "gamma"));
        else if (!view && alternative.ends_with("LayerNorm.bias"))
            view = checkpoint.find(prefix + alternative.replace(alternative.size() - 4, 4, "beta"));
        if (!view)
            throw FormatError(folder.string() + ": the weights have no tensor '" + prefix + name + "'",
                "the folder should hold a RoBERTa checkpoint (model.safetensors)");
        if (view->shape != shape)
            throw FormatError(folder.string() + ": tensor '" + prefix + name + "' has the wrong shape",
                "config.json and model.safetensors belong to different models");
        torch::Tensor t = toTensor(*view).to(torch::kFloat32).to(device);
        releaseMappedPages(*view);
        return t;
    };
    const auto H = c.hidden, I = c.intermediate;
    word = get("embeddings.word_embeddings.weight", {c.vocabSize, H});
    position = get("embeddings.position_embeddings.weight", {c.maxPositions, H});
    tokenType = get("embeddings.token_type_embeddings.weight", {c.typeVocab, H});
    embLn = get("embeddings.LayerNorm.weight", {H});
    embLnb = get("embeddings.LayerNorm.bias", {H});
    // Only the layers BERTScore reads are loaded (roberta-large: 17 of 24).
    for (int l = 0; l < layer; ++l) {
        const std::string p = "encoder.layer." + std::to_string(l) + ".";
        Layer w;
        w.q = get(p + "attention.self.query.weight", {H, H});
        w.qb = get(p + "attention.self.query.bias", {H});
        w.k = get(p + "attention.self.key.weight", {H, H});
        w.kb = get(p + "attention.self.key.bias", {H});
        w.v = get(p + "attention.self.value.weight", {H, H});
        w.vb = get(p + "attention.self.value.bias", {H});
        w.o = get(p + "attention.output.dense.weight", {H, H});
        w.ob = get(p + "attention.output.dense.bias", {H});
        w.ln1 = get(p + "attention.output.LayerNorm.weight", {H});
        w.ln1b = get(p + "attention.output.LayerNorm.bias", {H});
        w.up = get(p + "intermediate.dense.weight", {I, H});
        w.upb = get(p + "intermediate.dense.bias", {I});
        w.down = get(p + "output.dense.weight", {H, I});
        w.downb = get(p + "output.dense.bias", {H});
        w.ln2 = get(p + "output.LayerNorm.weight", {H});
        w.ln2b = get(p + "output.LayerNorm.bias", {H});
        layers.push_back(std::move(w));
    }
}

std::unique_ptr<BertScorer> BertScorer::load(const std::filesystem::path &folder, const BertScoreOptions &options)
{
    auto d = std::make_unique<Impl>();
    d->config = readConfig(folder);
    d->loadTokenizerFrom(folder);
    d->chooseLayer(folder, options);
    d->batchSize = std::max(1, options.batchSize);

    configureThreads(options.threads);
    d->deviceName = resolveDevice(options.device);
    d->device = torch::Device(d->deviceName);
    d->loadWeights(folder);
    if (d->tokenizer->vocabSize() > d->config.vocabSize)
        throw FormatError(folder.string() + ": the tokenizer has more tokens than the model",
            "the tokenizer files belong to another model");
    return std::unique_ptr<BertScorer>(new BertScorer(std::move(d)));
}

const std::string &BertScorer::modelName() const
{
    return d->name;
}

int BertScorer::layer() const
{
    return d->layer;
}

std::string BertScorer::description() const
{
    return "BERTScore F1 (" + d->name + ", layer " + std::to_string(d->layer) + ")";
}

bool BertScorer::matchesPublished() const
{
    return d->name == "roberta-large" && d->layer == 17;
}

std::string BertScorer::figureName() const
{
    if (matchesPublished())
        return "bertscore";
    return "bertscore_" + d->name + "_l" + std::to_string(d->layer);
}

std::string BertScorer::device() const
{
    return d->deviceName;
}

std::int64_t BertScorer::hiddenSize() const
{
    return d->config.hidden;
}

std::vector<TokenId> BertScorer::encodeText(const std::string &text) const
{
    const std::string_view stripped = pythonStrip(text);
    std::vector<TokenId> ids {d->cls};
    if (!stripped.empty()) {
        std::vector<TokenId> body = d->tokenizer->encode(" " + std::string(stripped), {.addSpecial = false});
        if (std::int64_t(body.size()) > d->maxTokens - 2)
            body.resize(std::size_t(std::max<std::int64_t>(0, d->maxTokens - 2)));
        ids.insert(ids.end(), body.begin(), body.end());
    }
    ids.push_back(d->sep);
    return ids;
}

std::vector<std::vector<float>> BertScorer::hiddenStates(
    const std::vector<std::vector<TokenId>> &sequences, int layers) const
{
    if (sequences.empty())
        return {};
    const int count = layers < 0 ? d->layer : layers;
    if (count > int(d->layers.size()))
        throw EngineError("only " + std::to_string(d->layers.size()) + " layers are loaded");
    std::size_t longest = 0;
    for (const auto &s : sequences) {
        if (s.empty() || std::int64_t(s.size()) > d->maxTokens)
            throw EngineError("a sequence of " + std::to_string(s.size()) + " tokens cannot be encoded");
        for (TokenId id : s)
            if (id < 0 || id >= d->config.vocabSize)
                throw EngineError("token id " + std::to_string(id) + " is outside the vocabulary");
        longest = std::max(longest, s.size());
    }
    const auto B = std::int64_t(sequences.size()), T = std::int64_t(longest);
    torch::Tensor ids = torch::full({B, T}, d->config.padId, torch::kLong);
    torch::Tensor mask = torch::zeros({B, T}, torch::kBool);
    auto idsA = ids.accessor<std::int64_t, 2>();
    auto maskA = mask.accessor<bool, 2>();
    for (std::int64_t b = 0; b < B; ++b)
        for (std::size_t t = 0; t < sequences[std::size_t(b)].size(); ++t) {
            idsA[b][std::int64_t(t)] = sequences[std::size_t(b)][t];
            maskA[b][std::int64_t(t)] = true;
        }
    const torch::Tensor hidden = d->forward(ids.to(d->device), mask.to(d->device), count).to(torch::kCPU).contiguous();
    std::vector<std::vector<float>> out;
    for (std::int64_t b = 0; b < B; ++b) {
        const auto n = std::int64_t(sequences[std::size_t(b)].size());
        const float *p = hidden[b].data_ptr<float>();
        out.emplace_back(p, p + n * d->config.hidden);
    }
    return out;
}

std::vector<SimilarityScore> BertScorer::score(const std::vector<std::string> &candidates,
    const std::vector<std::string> &references, const std::atomic<bool> *cancel,
    const std::function<void(std::size_t, std::size_t)> &progress) const
{
    if (candidates.size() != references.size())
        throw EngineError(
            std::to_string(candidates.size()) + " candidates for " + std::to_string(references.size()) + " references");
    // Each distinct text is encoded once, longest first so that a batch pads little.
    std::unordered_map<std::string, std::size_t> index;
    std::vector<std::vector<TokenId>> texts;
    const auto add = [&](const std::string &text) {
        if (index.emplace(text, texts.size()).second)
            texts.push_back(encodeText(text));
    };
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        add(candidates[i]);
        add(references[i]);
    }
    std::vector<std::size_t> order(texts.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return texts[a].size() > texts[b].size(); });
    std::vector<torch::Tensor> unit(texts.size()); // [length, hidden], rows L2-normalised
    for (std::size_t begin = 0; begin < order.size(); begin += std::size_t(d->batchSize)) {
        if (cancel && cancel->load())
            return {};
        const std::size_t end = std::min(order.size(), begin + std::size_t(d->batchSize));
        std::vector<std::vector<TokenId>> batch;
        for (std::size_t i = begin; i < end; ++i)
            batch.push_back(texts[order[i]]);
        const auto hidden = hiddenStates(batch);
        for (std::size_t i = begin; i < end; ++i) {
            const auto &h = hidden[i - begin];
            torch::Tensor t = torch::from_blob(const_cast<float *>(h.data()),
                {std::int64_t(batch[i - begin].size()), d->config.hidden}, torch::kFloat32)
                                  .to(torch::kFloat64);
            unit[order[i]] = t / t.norm(2, 1, true);
        }
        if (progress)
            progress(end, order.size());
    }
    const auto weights = [&](const std::vector<TokenId> &ids) {
        std::vector<double> w(ids.size());
        for (std::size_t i = 0; i < ids.size(); ++i)
            w[i] = (ids[i] == d->cls || ids[i] == d->sep) ? 0.0 : 1.0;
        return torch::tensor(w, torch::kFloat64);
    };
    std::vector<SimilarityScore> scores(candidates.size());
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const std::size_t c = index.at(candidates[i]), r = index.at(references[i]);
        if (texts[c].size() <= 2 || texts[r].size() <= 2)
            continue; // an empty side scores 0
        const torch::Tensor sim = torch::matmul(unit[c], unit[r].t());
        const torch::Tensor wc = weights(texts[c]), wr = weights(texts[r]);
        const double sc = wc.sum().item<double>(), sr = wr.sum().item<double>();
        SimilarityScore &s = scores[i];
        s.precision = sc > 0 ? (std::get<0>(sim.max(1)) * wc).sum().item<double>() / sc : 0.0;
        s.recall = sr > 0 ? (std::get<0>(sim.max(0)) * wr).sum().item<double>() / sr : 0.0;
        if (s.precision + s.recall != 0.0)
            s.f1 = 2 * s.precision * s.recall / (s.precision + s.recall);
    }
    return scores;
}

std::filesystem::path findBertScoreModel()
{
    const auto complete = [](const std::filesystem::path &dir) {
        return std::filesystem::exists(dir / "config.json") && std::filesystem::exists(dir / "model.safetensors")
            && std::filesystem::exists(dir / "tokenizer.json");
    };
    if (const char *explicitDir = std::getenv("SHOPTUNER_BERTSCORE_MODEL"); explicitDir && *explicitDir)
        return complete(explicitDir) ? std::filesystem::path(explicitDir) : std::filesystem::path();
    for (const char *repository : {"FacebookAI/roberta-large", "roberta-large"})
        for (const auto &snapshot : huggingFaceSnapshots(repository))
            if (complete(snapshot))
                return snapshot;
    return {};
}

} // namespace shoptuner::engine
