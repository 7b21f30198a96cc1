// tokenizer_config.json: the chat template and the special tokens a model folder declares.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace shoptuner::engine {

struct TokenizerConfig
{
    std::optional<std::string> chatTemplate; // the Jinja source, used to recognise the family
    std::optional<std::string> bosToken;
    std::optional<std::string> eosToken;
    std::optional<std::string> padToken;
    std::optional<bool> addBosToken;
    std::optional<bool> addEosToken;
};

// Reads tokenizer_config.json from a model folder; an absent file gives an empty config.
TokenizerConfig loadTokenizerConfig(const std::filesystem::path &modelDir);

} // namespace shoptuner::engine
