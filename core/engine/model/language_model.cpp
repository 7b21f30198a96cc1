#include "engine/model/language_model.h"
#include "engine/model/language_model_impl.h"

#include "engine/base/error.h"
#include "engine/base/runtime.h"
#include "engine/formats/peft_adapter.h"
#include "engine/formats/safetensors.h"
#include "engine/generate/generator.h"
#include "engine/model/llama_model.h"
#include "engine/model/weight_check.h"
#include "engine/tokenizer/tokenizer_config.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>

namespace shoptuner::engine {

const char *stopReasonName(StopReason reason)
{
    switch (reason) {
    case StopReason::MaxTokens:
        return "max_tokens";
    case StopReason::StopToken:
        return "stop_token";
    case StopReason::StopString:
        return "stop_string";
    case StopReason::Cancelled:
        return "cancelled";
    case StopReason::ContextFull:
        return "context_full";
    }
    return "unknown";
}

namespace {

torch::ScalarType chooseDtype(const std::string &requested, bool cuda)
{
    return resolveComputeDtype(requested, cuda) == "bf16" ? torch::kBFloat16 : torch::kFloat32;
}

std::vector<TokenId> collectStopIds(const ModelConfig &config, const Tokenizer &tokenizer, const ChatTemplate &chat)
{
    std::vector<TokenId> ids;
    auto add = [&](TokenId id) {
        if (id >= 0 && id < config.vocabSize && std::find(ids.begin(), ids.end(), id) == ids.end())
            ids.push_back(id);
    };
    if (const auto eos = tokenizer.eosId())
        add(*eos);
    for (std::int64_t id : config.eosTokenIds)
        add(static_cast<TokenId>(id));
    for (const std::string &token : chat.stopTokens()) {
        if (const auto id = tokenizer.tokenToId(token); id && tokenizer.isSpecial(*id))
            add(*id);
    }
    return ids;
}

// The model, its tokenizer and every id that ends an answer for these params.
GenerationSetup generationSetup(const LanguageModel &lm, const GenerationParams &params)
{
    LanguageModel::Impl &d = lm.impl();
    GenerationSetup setup {*d.model, lm.tokenizer(), params.ignoreEos ? std::vector<TokenId>() : d.stopIds};
    setup.stopIds.insert(setup.stopIds.end(), params.stopIds.begin(), params.stopIds.end());
    return setup;
}

} // namespace

LanguageModel::LanguageModel(std::unique_ptr<Impl> impl)
    : d(std::move(impl))
{ }

LanguageModel::~LanguageModel() = default;

std::unique_ptr<LanguageModel> LanguageModel::load(const std::filesystem::path &folder, const LoadOptions &options)
{
    if (!std::filesystem::is_directory(folder))
        throw EngineError(folder.string() + ": not a folder",
            "point at a Hugging Face model folder (config.json, "
            "model.safetensors, tokenizer files)");
    auto d = std::make_unique<Impl>();
    d->config = loadModelConfig(folder);
    const bool hasTokenizer
        = std::filesystem::exists(folder / "tokenizer.json") || std::filesystem::exists(folder / "tokenizer.model");
    if (hasTokenizer)
        d->tokenizer = loadTokenizer(folder);
    else if (options.requireTokenizer)
        throw FormatError(folder.string() + ": no tokenizer.json or tokenizer.model",
            "copy the tokenizer files from the model's Hugging Face repository into the folder");
    if (d->tokenizer && d->tokenizer->vocabSize() > d->config.vocabSize)
        throw FormatError(folder.string() + ": the tokenizer has " + std::to_string(d->tokenizer->vocabSize())
                + " tokens but the model only " + std::to_string(d->config.vocabSize),
            "the tokenizer files belong to another model");
    const TokenizerConfig tokenizerConfig = loadTokenizerConfig(folder);
    d->chatTemplate = makeChatTemplate(
        options.chatTemplate.empty() ? detectChatTemplate(tokenizerConfig) : options.chatTemplate, tokenizerConfig);

    configureThreads(options.threads);
    d->runtime = runtimeInfo(options.device);
    const torch::Device device(d->runtime.device);
    const torch::ScalarType dtype = chooseDtype(options.dtype, device.is_cuda());
    const Checkpoint checkpoint = Checkpoint::openFolder(folder);
    checkWeightsMatchConfig(d->config, checkpoint, folder.string());
    const std::int64_t heldBytes = options.quant == "nf4" ? d->config.parameterCount() * 6 / 10
                                                          : d->config.parameterCount() * c10::elementSize(dtype);
    if (device.is_cpu())
        checkModelFitsMemory(heldBytes, folder.string());
    {
        torch::NoGradGuard noGrad;
        const auto tensorOptions = torch::TensorOptions().dtype(dtype).device(device);
        LinearFactory linears;
        if (options.quant == "nf4")
            linears = nf4LinearFactory(tensorOptions, true);
        else if (options.quant != "none" && !options.quant.empty())
            throw UnsupportedError("unknown quantization '" + options.quant + "'", "use none or nf4");
        d->model = LlamaForCausalLM(d->config, tensorOptions, linears);
        d->weightBytes = loadLlamaWeights(*d->model, checkpoint);
    }
    d->quant = options.quant.empty() ? "none" : options.quant;
    if (!options.adapter.empty()) {
        d->adapterRank = loadPeftAdapter(*d->model, options.adapter).lora.rank;
        d->adapter = options.adapter;
    }
    d->folder = folder;
    d->model->eval();
    if (d->tokenizer)
        d->stopIds = collectStopIds(d->config, *d->tokenizer, *d->chatTemplate);
    return std::unique_ptr<LanguageModel>(new LanguageModel(std::move(d)));
}

const ModelConfig &LanguageModel::config() const
{
    return d->config;
}

const Tokenizer &LanguageModel::tokenizer() const
{
    if (!d->tokenizer)
        throw FormatError("this model folder has no tokenizer files", "copy tokenizer.json or tokenizer.model into it");
    return *d->tokenizer;
}

bool LanguageModel::hasTokenizer() const
{
    return d->tokenizer != nullptr;
}

const ChatTemplate &LanguageModel::chatTemplate() const
{
    return *d->chatTemplate;
}

std::vector<TokenId> LanguageModel::stopIds() const
{
    return d->stopIds;
}

LanguageModel::Impl &LanguageModel::impl() const
{
    return *d;
}

ModelInfo LanguageModel::info() const
{
    ModelInfo info;
    info.architecture = d->config.architecture;
    // Quantized layers keep their weights in buffers: count them by shape.
    for (const auto &p : d->model->parameters())
        info.parameters += p.numel();
    for (const auto &module : d->model->modules(false)) {
        if (const auto *nf4 = dynamic_cast<const Nf4Linear *>(module.get()))
            info.parameters += nf4->inFeatures() * nf4->outFeatures();
    }
    info.dtype = d->model->dtype() == torch::kBFloat16 ? "bf16" : "f32";
    info.weightBytes = d->weightBytes;
    info.tokenizer = d->tokenizer ? d->tokenizer->kind() : "none";
    info.chatTemplate = d->chatTemplate->name();
    info.device = d->runtime.device;
    info.deviceNote = d->runtime.deviceNote;
    info.blas = d->runtime.blas;
    info.threads = d->runtime.threads;
    info.vocabSize = d->config.vocabSize;
    info.layers = d->config.numLayers;
    info.hiddenSize = d->config.hiddenSize;
    info.contextLength = d->config.maxPositions;
    info.quant = d->quant;
    info.adapter = d->adapter;
    info.adapterRank = d->adapterRank;
    std::int64_t quantizedBytes = 0, quantizedParams = 0;
    for (const auto &module : d->model->modules(false)) {
        if (const auto *nf4 = dynamic_cast<const Nf4Linear *>(module.get())) {
            quantizedBytes += nf4->residentBytes();
            quantizedParams += nf4->inFeatures() * nf4->outFeatures();
        }
    }
    if (quantizedParams > 0)
        info.quantizedBytesPerParam = static_cast<double>(quantizedBytes) / static_cast<double>(quantizedParams);
    return info;
}

std::vector<float> LanguageModel::logits(std::span<const TokenId> ids) const
{
    if (ids.empty())
        throw EngineError("no token ids given");
    for (TokenId id : ids) {
        if (id < 0 || id >= d->config.vocabSize)
            throw EngineError("token id " + std::to_string(id) + " is outside the vocabulary (0.."
                + std::to_string(d->config.vocabSize - 1) + ")");
    }
    c10::InferenceMode inference;
    KvCache cache = d->model->makeCache(1, static_cast<std::int64_t>(ids.size()));
    const torch::Tensor input = torch::tensor(std::vector<std::int64_t>(ids.begin(), ids.end())).view({1, -1});
    const torch::Tensor out = d->model->forward(input, cache).squeeze(0).contiguous().to(torch::kCPU); // (T, V)
    return {out.data_ptr<float>(), out.data_ptr<float>() + out.numel()};
}

GenerationResult LanguageModel::generate(std::span<const TokenId> prompt, const GenerationParams &params,
    const TextCallback &onText, const std::atomic<bool> *cancel) const
{
    return generateOne(generationSetup(*this, params), prompt, params, onText, cancel);
}

std::vector<GenerationResult> LanguageModel::generateBatch(const std::vector<std::vector<TokenId>> &prompts,
    const GenerationParams &params, const std::atomic<bool> *cancel) const
{
    return generateMany(generationSetup(*this, params), prompts, params, cancel);
}

void LanguageModel::saveMerged(const std::filesystem::path &outDir, const std::string &dtype) const
{
    namespace fs = std::filesystem;
    if (fs::exists(outDir) && !fs::is_empty(outDir))
        throw EngineError(
            outDir.string() + " already exists and is not empty", "choose a new folder for the merged model");
    saveHfModel(*d->model, outDir, dtype);
    for (const char *file : {"tokenizer.json", "tokenizer.model", "tokenizer_config.json", "special_tokens_map.json",
             "generation_config.json"}) {
        if (fs::exists(d->folder / file))
            fs::copy_file(d->folder / file, outDir / file, fs::copy_options::overwrite_existing);
    }
}

LanguageModel::MatrixProfile LanguageModel::profileMatrixWork(int repetitions) const
{
    c10::InferenceMode inference;
    std::vector<LinearBase *> linears;
    for (const auto &[path, linear] : outermostProjections(*d->model))
        linears.push_back(linear);
    MatrixProfile profile;
    const auto options = torch::TensorOptions().dtype(d->model->dtype()).device(d->model->device());
    std::vector<torch::Tensor> inputs;
    for (LinearBase *l : linears) {
        inputs.push_back(torch::randn({1, 1, l->inFeatures()}, options));
        profile.bytesPerToken += l->residentBytes();
    }
    const torch::Tensor &embedding = d->model->model->embed_tokens->weight;
    const torch::Tensor headInput = torch::randn({1, 1, embedding.size(1)}, options);
    if (!d->model->lm_head)
        profile.bytesPerToken += embedding.numel() * embedding.element_size();
    auto once = [&] {
        for (std::size_t i = 0; i < linears.size(); ++i)
            linears[i]->forward(inputs[i]);
        if (!d->model->lm_head)
            denseForward(headInput, embedding, {});
    };
    once(); // warm-up
    const auto start = std::chrono::steady_clock::now();
    for (int r = 0; r < repetitions; ++r)
        once();
    profile.secondsPerToken
        = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() / std::max(1, repetitions);
    return profile;
}

} // namespace shoptuner::engine
