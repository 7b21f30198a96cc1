// Picks the next token from logits: repetition penalty (Keskar et al. 2019), temperature,
// top-k, top-p (Holtzman et al. 2020), in Hugging Face's order; greedy at temperature 0.
#pragma once

#include "engine/tokenizer/tokenizer.h"

#include <cstdint>
#include <random>
#include <span>

namespace shoptuner::engine {

struct SamplingParams
{
    float temperature = 0.0f; // 0: greedy
    int topK = 0; // 0: off
    float topP = 1.0f; // 1: off
    float repetitionPenalty = 1.0f;
    std::uint64_t seed = 0;
};

class Sampler
{
public:
    explicit Sampler(const SamplingParams &params);

    // `logits` is modified in place. `history` holds the prompt and generated ids.
    TokenId sample(std::span<float> logits, std::span<const TokenId> history);

    // The probability distribution sample() draws from (after penalty, temperature, top-k, top-p).
    std::vector<float> distribution(std::span<float> logits, std::span<const TokenId> history) const;

private:
    void applyPenalty(std::span<float> logits, std::span<const TokenId> history) const;

    SamplingParams m_params;
    std::mt19937_64 m_rng;
};

} // namespace shoptuner::engine
