// LoRA adapters on disk in Hugging Face PEFT's format (adapter_config.json and
// adapter_model.safetensors with keys like base_model.model.model.layers.0.self_attn.q_proj.
// lora_A.weight), and merging an adapter into its base. Include only from engine sources.
#pragma once

#include "engine/model/lora.h"
#include "engine/model/model_config.h"
#include "engine/formats/peft_config.h"

#include <filesystem>

namespace shoptuner::engine {

class LlamaForCausalLMImpl;

// Writes adapter_config.json and adapter_model.safetensors (atomically, F32).
void savePeftAdapter(
    LlamaForCausalLMImpl &model, const PeftAdapterConfig &config, const std::filesystem::path &adapterDir);

// Wraps the model's projections as the adapter's config says and loads its tensors. An adapter
// made for another base (names or shapes differ) is a FormatError saying so.
PeftAdapterConfig loadPeftAdapter(LlamaForCausalLMImpl &model, const std::filesystem::path &adapterDir);

// Replaces every LoRA-wrapped projection by a dense one holding base + scale * B A.
void mergeLora(LlamaForCausalLMImpl &model);

// Writes the model's weights as a Hugging Face folder's model.safetensors and config.json in
// `dtype` (f32, bf16 or f16), with its projections decoded when quantized.
void saveHfModel(LlamaForCausalLMImpl &model, const std::filesystem::path &outDir, const std::string &dtype);

} // namespace shoptuner::engine
