// The generation loops over a LlamaForCausalLM: one prompt with streaming, or a left-padded
// batch. Include only from engine sources (torch).
#pragma once

#include "engine/generate/generation.h"
#include "engine/model/llama_model.h"

namespace shoptuner::engine {

struct GenerationSetup
{
    LlamaForCausalLMImpl &model;
    const Tokenizer &tokenizer;
    std::vector<TokenId> stopIds; // already merged: params + EOS + template markers
};

GenerationResult generateOne(const GenerationSetup &setup, std::span<const TokenId> prompt,
    const GenerationParams &params, const TextCallback &onText, const std::atomic<bool> *cancel);

std::vector<GenerationResult> generateMany(const GenerationSetup &setup,
    const std::vector<std::vector<TokenId>> &prompts, const GenerationParams &params, const std::atomic<bool> *cancel);

} // namespace shoptuner::engine
