// A loaded model folder: weights, tokenizer and chat template, with the operations the CLI
// and the jobs need (logits, generation). Torch stays behind this header.
#pragma once

#include "engine/tokenizer/chat_template.h"
#include "engine/generate/generation.h"
#include "engine/model/model_config.h"
#include "engine/tokenizer/tokenizer.h"

#include <atomic>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace shoptuner::engine {

struct LoadOptions
{
    std::string dtype = "auto"; // auto (the checkpoint's, F16 -> F32 on CPU), f32, bf16
    std::string device = "auto"; // auto, cpu, cuda
    int threads = 0; // 0: one per core
    std::string quant = "none"; // none, or nf4: the decoder's projections in 4-bit NormalFloat (QLoRA)
    std::string chatTemplate; // empty: detect from tokenizer_config.json
    bool requireTokenizer = true; // false: a folder with weights only can still compute logits
    std::string adapter; // a PEFT LoRA adapter folder to apply, or empty
};

struct ModelInfo
{
    std::string architecture;
    std::int64_t parameters = 0;
    std::string dtype;
    std::int64_t weightBytes = 0;
    std::string tokenizer;
    std::string chatTemplate;
    std::string device;
    std::string deviceNote;
    std::string blas;
    int threads = 1;
    std::int64_t vocabSize = 0;
    std::int64_t layers = 0;
    std::int64_t hiddenSize = 0;
    std::int64_t contextLength = 0;
    std::string quant; // none or nf4
    std::string adapter; // the adapter folder applied, or empty
    std::int64_t adapterRank = 0;
    double quantizedBytesPerParam = 0; // resident bytes per weight of the quantized layers (0: none)
};

class LanguageModel
{
public:
    static std::unique_ptr<LanguageModel> load(const std::filesystem::path &folder, const LoadOptions &options = {});
    ~LanguageModel();

    const ModelConfig &config() const;
    const Tokenizer &tokenizer() const; // throws when the folder has no tokenizer files
    bool hasTokenizer() const;
    const ChatTemplate &chatTemplate() const;
    ModelInfo info() const;

    // Float32 logits for every position of `ids`, row-major (T, V).
    std::vector<float> logits(std::span<const TokenId> ids) const;

    // Ids that end an answer: EOS ids from config.json and the tokenizer, and the template's markers.
    std::vector<TokenId> stopIds() const;

    GenerationResult generate(std::span<const TokenId> prompt, const GenerationParams &params,
        const TextCallback &onText = {}, const std::atomic<bool> *cancel = nullptr) const;
    // Several prompts at once (left-padded); greedy/sampled per row with the same params.
    std::vector<GenerationResult> generateBatch(const std::vector<std::vector<TokenId>> &prompts,
        const GenerationParams &params, const std::atomic<bool> *cancel = nullptr) const;

    // Writes base + adapter as a Hugging Face folder (weights, config, tokenizer files) in dtype
    // f32, bf16 or f16. The loaded model keeps its adapter.
    void saveMerged(const std::filesystem::path &outDir, const std::string &dtype) const;

    // Seconds per token spent in the weight products alone (every linear layer and the head on
    // one token), and the weight bytes they read: where decode time goes, for benchmarks.
    struct MatrixProfile
    {
        double secondsPerToken = 0;
        std::int64_t bytesPerToken = 0;
    };
    MatrixProfile profileMatrixWork(int repetitions) const;

    struct Impl; // see language_model_impl.h
    Impl &impl() const;

private:
    explicit LanguageModel(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace shoptuner::engine
