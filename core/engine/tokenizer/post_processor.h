// tokenizer.json post-processors: the special tokens encode(addSpecial) adds around a
// sequence (TemplateProcessing, RobertaProcessing, BertProcessing, ByteLevel, Sequence).
#pragma once

#include "engine/tokenizer/tokenizer.h"

#include <nlohmann/json_fwd.hpp>

#include <vector>

namespace shoptuner::engine {

struct PostProcessor
{
    std::vector<TokenId> prefix; // ids placed before the sequence
    std::vector<TokenId> suffix; // ids placed after it

    std::vector<TokenId> apply(std::vector<TokenId> ids) const;
};

// Reads a tokenizer.json "post_processor" node (null: adds nothing).
PostProcessor makePostProcessor(const nlohmann::json &node);

} // namespace shoptuner::engine
