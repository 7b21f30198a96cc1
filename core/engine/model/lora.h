// LoRA adapters (Hu et al. 2021, arXiv:2106.09685): y = base(x) + (B A dropout(x)) * scale, with
// A (r, in) Kaiming-uniform, B (out, r) zero, scale alpha/r (or alpha/sqrt(r), rsLoRA, Kalajdzievski
// 2023). Only A and B are trainable. Module names follow PEFT (q_proj.lora_A.weight).
// Include only from engine sources (torch).
#pragma once

#include "engine/model/linear_layers.h"
#include "engine/model/lora_config.h"

#include <string>
#include <vector>

namespace shoptuner::engine {

class LlamaForCausalLMImpl;

// Holds one adapter's A and B as the submodules "lora_A" and "lora_B" (each with a "weight").
class LoraMatrix : public torch::nn::Module
{
public:
    LoraMatrix(std::int64_t rows, std::int64_t cols, const torch::TensorOptions &options);
    torch::Tensor weight;
};

class LoraLinear : public LinearBase
{
public:
    // Wraps `base`; `adapterOptions` give the adapter's dtype (float32, or float64 for a float64
    // model) and device, whatever the base's storage.
    LoraLinear(LinearPtr base, const LoraConfig &config, const torch::TensorOptions &adapterOptions);

    torch::Tensor forward(const torch::Tensor &x) override;
    void load(const TensorView &weight, const TensorView *bias) override { m_base->load(weight, bias); }
    std::int64_t residentBytes() const override;
    torch::Tensor denseWeight() const override; // base + scale * B A, in the base's dtype
    torch::Tensor biasTensor() const override { return m_base->biasTensor(); }

    const LinearPtr &base() const { return m_base; }
    torch::Tensor &loraA() { return m_a->weight; }
    torch::Tensor &loraB() { return m_b->weight; }
    double scale() const { return m_scale; }

private:
    LinearPtr m_base;
    std::shared_ptr<LoraMatrix> m_a, m_b;
    double m_dropout; // probability; masks come from dropoutMask()
    double m_scale;
};

// Inverted-dropout mask shaped like `like`: 0 with probability p, else 1/(1-p). Drawn from a
// seed taken from libtorch's default generator, so it is reproducible and replayable.
torch::Tensor dropoutMask(const torch::Tensor &like, double p);

// Wraps the configured projections of every layer with fresh adapters (A seeded from `seed`)
// and freezes everything else. Returns the wrapped module paths.
std::vector<std::string> applyLora(LlamaForCausalLMImpl &model, const LoraConfig &config, std::uint64_t seed);

// The adapter tensors by their module paths ("model.layers.0.self_attn.q_proj.lora_A.weight").
std::vector<std::pair<std::string, torch::Tensor>> loraTensors(LlamaForCausalLMImpl &model);

} // namespace shoptuner::engine
