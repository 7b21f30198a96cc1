// A PEFT LoRA adapter's adapter_config.json: rank, alpha, dropout, target modules and the layers
// it applies to, checked as far as the file alone allows (no torch: the fuzz target reads it too).
#pragma once

#include "engine/model/lora_config.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace shoptuner::engine {

struct PeftAdapterConfig
{
    LoraConfig lora;
    std::string baseModel; // base_model_name_or_path
};

// Throws FormatError or UnsupportedError naming `label` (the file) and what was wrong.
PeftAdapterConfig parsePeftAdapterConfig(std::string_view text, const std::string &label);
PeftAdapterConfig readPeftAdapterConfig(const std::filesystem::path &adapterDir);

} // namespace shoptuner::engine
