// What a caller asks of text generation and what it gets back (no torch here).
#pragma once

#include "engine/generate/sampler.h"
#include "engine/tokenizer/tokenizer.h"

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace shoptuner::engine {

struct GenerationParams
{
    int maxNewTokens = 256;
    SamplingParams sampling;
    std::vector<std::string> stopStrings; // plain text that ends the answer (not included in it)
    std::vector<TokenId> stopIds; // ids that end the answer (EOS and template markers are added)
    bool ignoreEos = false; // benchmarks: always generate maxNewTokens
    // A multiple-choice answer: the first token is the likeliest of these (the first tokens of
    // the options), so an answer always names an option. Its log-probability is still taken from
    // all the logits. Empty: any token.
    std::vector<TokenId> firstTokenChoices;
};

enum class StopReason { MaxTokens, StopToken, StopString, Cancelled, ContextFull };
const char *stopReasonName(StopReason reason);

struct GenerationStats
{
    std::int64_t promptTokens = 0;
    double prefillSeconds = 0;
    std::int64_t generatedTokens = 0;
    double decodeSeconds = 0; // time for all tokens after the first
};

struct GenerationResult
{
    std::vector<TokenId> ids; // generated ids, stop id excluded
    std::string text; // decoded, cut before any stop string
    StopReason reason = StopReason::MaxTokens;
    GenerationStats stats;
    // The model's own log-probability of the answer: the sum over its tokens and the stop token,
    // from the raw logits (before penalty, temperature, top-k or top-p), and how many there were.
    // exp(sum) is how likely the model found this whole answer; exp(sum / n) its mean per token.
    double sumLogProb = 0;
    std::int64_t scoredTokens = 0;
};

// Receives each piece of text as soon as it is safe to show (never half a character).
using TextCallback = std::function<void(const std::string &piece)>;

} // namespace shoptuner::engine
