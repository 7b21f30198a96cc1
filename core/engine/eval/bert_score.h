// BERTScore (Zhang et al., ICLR 2020) with a RoBERTa-family encoder loaded from a Hugging Face
// folder, computed as the bert_score package computes it with its defaults (the package
// eCeLLM's evaluate.py calls for Answer Generation: lang="en", so roberta-large, hidden states
// after layer 17, no idf weighting, no baseline rescaling):
//   - each text is stripped, given a leading space (RoBERTa's add_prefix_space) and wrapped as
//     <s> text </s>, cut to the tokenizer's model_max_length;
//   - the hidden states after `layer` layers are L2-normalised per token;
//   - precision: mean over the candidate's tokens other than <s> and </s> of the best cosine
//     similarity with any token of the reference (<s> and </s> included), recall the same the
//     other way round, F1 = 2PR / (P + R);
//   - an empty candidate or reference scores 0 (the package warns and sets 0).
// One deliberate difference: the package takes each maximum over a batch-padded similarity
// matrix whose padding cells are 0, so a token whose best similarity is negative scores 0 there
// depending on what else is in the batch. This implementation takes the maximum over real
// tokens only; the two agree whenever the best similarity is >= 0, which holds for roberta-large
// in practice (its embeddings are anisotropic: cosine similarities are almost all positive).
#pragma once

#include "engine/eval/metrics.h"
#include "engine/tokenizer/tokenizer.h"

#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace shoptuner::engine {

struct BertScoreOptions
{
    int layer = 0; // hidden states after this many layers; 0: bert_score's choice for the model
    std::string device = "auto";
    int threads = 0;
    int batchSize = 32; // texts per encoder call
};

// bert_score's layer for the models it knows (roberta-large: 17); 0 when it has none.
int defaultBertScoreLayer(const std::string &modelName);

class BertScorer
{
public:
    // Loads config.json, model.safetensors and tokenizer.json. Throws FormatError or
    // UnsupportedError (not a RoBERTa-family encoder, missing files) with a hint.
    static std::unique_ptr<BertScorer> load(const std::filesystem::path &folder, const BertScoreOptions &options = {});
    ~BertScorer();

    // "roberta-large": from the Hugging Face cache path, the folder name, or the architecture.
    const std::string &modelName() const;
    int layer() const;
    // "BERTScore F1 (roberta-large, layer 17)"
    std::string description() const;
    // True when the figures are comparable with the published ones (roberta-large, layer 17).
    bool matchesPublished() const;
    // The figures' prefix for ScoreOptions::answerSimilarityName: "bertscore" when
    // matchesPublished(), otherwise e.g. "bertscore_roberta-base_l10".
    std::string figureName() const;
    std::string device() const;

    // The ids the encoder sees for `text` (prefix space, <s> … </s>, truncated).
    std::vector<TokenId> encodeText(const std::string &text) const;
    // Hidden states after layer() layers (or `layers` when >= 0), one [length × hidden] row-major
    // matrix per sequence; sequences of different lengths are padded and masked together.
    std::vector<std::vector<float>> hiddenStates(
        const std::vector<std::vector<TokenId>> &sequences, int layers = -1) const;
    std::int64_t hiddenSize() const;

    // Scores each candidate against the reference at the same index. `progress` is told how many
    // texts are encoded; a set `cancel` stops early and returns an empty list.
    std::vector<SimilarityScore> score(const std::vector<std::string> &candidates,
        const std::vector<std::string> &references, const std::atomic<bool> *cancel = nullptr,
        const std::function<void(std::size_t done, std::size_t total)> &progress = {}) const;

private:
    struct Impl;
    explicit BertScorer(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

// Where a RoBERTa encoder for BERTScore may be installed: $SHOPTUNER_BERTSCORE_MODEL, then the
// Hugging Face cache (huggingFaceSnapshots in model_config.h) for roberta-large. Returns the first folder holding config.json, model.safetensors and
// tokenizer.json, or an empty path.
std::filesystem::path findBertScoreModel();

} // namespace shoptuner::engine
