// The model description read from a Hugging Face config.json, for the Llama family
// (Llama 2/3/3.1/3.2, SmolLM/SmolLM2, TinyLlama) and its close relatives Mistral and Qwen2.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace shoptuner::engine {

struct RopeScaling
{
    enum class Type { None, Linear, Llama3 };
    Type type = Type::None;
    double factor = 1.0;
    double lowFreqFactor = 1.0;
    double highFreqFactor = 4.0;
    std::int64_t originalMaxPositions = 8192;
};

struct ModelConfig
{
    std::string architecture; // e.g. "LlamaForCausalLM"
    std::string modelType; // e.g. "llama"
    std::int64_t vocabSize = 0;
    std::int64_t hiddenSize = 0;
    std::int64_t intermediateSize = 0;
    std::int64_t numLayers = 0;
    std::int64_t numHeads = 0;
    std::int64_t numKvHeads = 0;
    std::int64_t headDim = 0;
    std::int64_t maxPositions = 2048;
    std::optional<std::int64_t> slidingWindow; // Mistral: keys older than this are not attended
    double rmsNormEps = 1e-5;
    double ropeTheta = 10000.0;
    RopeScaling ropeScaling;
    bool tieWordEmbeddings = false;
    bool attentionBias = false; // q/k/v projections carry a bias (Qwen2)
    bool mlpBias = false;
    std::vector<std::int64_t> bosTokenIds;
    std::vector<std::int64_t> eosTokenIds;
    std::optional<std::int64_t> padTokenId;
    std::string torchDtype = "float32";

    // Number of parameters as stored in a Hugging Face checkpoint (tied head counted once).
    std::int64_t parameterCount() const;
    // Throws UnsupportedError/FormatError when the shapes cannot form a valid model.
    void validate(const std::string &label) const;
};

// Architectures the engine can run, as they appear in config.json "architectures".
std::vector<std::string> supportedArchitectures();

ModelConfig parseModelConfig(const std::string &jsonText, const std::string &label = "config.json");
ModelConfig loadModelConfig(const std::filesystem::path &modelDir);
std::string modelConfigToJson(const ModelConfig &config); // config.json as transformers writes it

// The Hugging Face repository a cache snapshot folder holds: "HuggingFaceTB/SmolLM2-360M" for
// .../models--HuggingFaceTB--SmolLM2-360M/snapshots/<hash>; nothing for any other folder.
std::optional<std::string> hubRepositoryOf(const std::filesystem::path &folder);
// What to call a model folder: the repository's own name (no organisation) for a cache
// snapshot, else the folder's name.
std::string modelFolderName(const std::filesystem::path &folder);

// The Hugging Face cache folders to search, as huggingface_hub resolves them: $HF_HUB_CACHE
// (or the older $HUGGINGFACE_HUB_CACHE), else $HF_HOME/hub, else
// $XDG_CACHE_HOME/huggingface/hub, else ~/.cache/huggingface/hub; existing folders only, each once.
std::vector<std::filesystem::path> huggingFaceHubFolders();
// Every snapshot folder (models--Org--Name/snapshots/<hash>) in those caches; `repository`
// ("FacebookAI/roberta-large") keeps one repository's.
std::vector<std::filesystem::path> huggingFaceSnapshots(const std::string &repository = {});

} // namespace shoptuner::engine
