// The inside of a loaded LanguageModel, for engine code that works on the libtorch module
// directly (the trainer). Include only from engine sources (torch).
#pragma once

#include "engine/model/language_model.h"
#include "engine/model/llama_model.h"
#include "engine/base/runtime.h"

namespace shoptuner::engine {

struct LanguageModel::Impl
{
    ModelConfig config;
    std::unique_ptr<Tokenizer> tokenizer;
    std::unique_ptr<ChatTemplate> chatTemplate;
    LlamaForCausalLM model {nullptr};
    std::int64_t weightBytes = 0;
    RuntimeInfo runtime;
    std::vector<TokenId> stopIds;
    std::string quant;
    std::string adapter;
    std::int64_t adapterRank = 0;
    std::filesystem::path folder;
};

} // namespace shoptuner::engine
