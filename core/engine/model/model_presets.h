// Seeded random models in the real Hugging Face folder layout, for tests, the demo and
// benchmarks: config.json, model.safetensors, tokenizer files and tokenizer_config.json.
#pragma once

#include "engine/model/model_config.h"

#include <filesystem>
#include <string>
#include <vector>

namespace shoptuner::engine {

struct ModelPreset
{
    std::string name;
    std::string description;
    ModelConfig config; // vocab size is taken from the tokenizer
};

std::vector<ModelPreset> modelPresets();
const ModelPreset &findModelPreset(const std::string &name);

struct MakeModelOptions
{
    std::string preset = "tiny";
    std::filesystem::path tokenizer; // tokenizer.json, tokenizer.model, or a folder holding one
    std::filesystem::path out;
    std::uint64_t seed = 0;
    std::string dtype = "f32"; // f32 or bf16
    double initStd = 0.02; // standard deviation of the random matrices
};

// Writes the folder (created if needed); returns the config written.
ModelConfig makeRandomModel(const MakeModelOptions &options);

} // namespace shoptuner::engine
