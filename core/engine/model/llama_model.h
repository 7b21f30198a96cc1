// The Llama-family decoder (Llama 2/3, SmolLM2, TinyLlama, Mistral, Qwen2) in libtorch.
// Module names match Hugging Face checkpoint keys (model.layers.0.self_attn.q_proj.weight).
// Include only from engine sources: this header pulls in torch.
#pragma once

#include "engine/model/linear_layers.h"
#include "engine/model/model_config.h"

#include <torch/autograd.h>
#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/pimpl.h>

#include <set>

namespace shoptuner::engine {

// RMSNorm (Zhang & Sennrich 2019): y = x / sqrt(mean(x^2) + eps) * w, computed in float32.
class RmsNormImpl : public torch::nn::Module
{
public:
    RmsNormImpl(std::int64_t size, double eps, const torch::TensorOptions &options);
    torch::Tensor forward(const torch::Tensor &x);

    torch::Tensor weight;
    double eps;
};
TORCH_MODULE(RmsNorm);

// Rotary position embedding (Su et al. 2021, RoFormer eq. 34) in Hugging Face's rotate-half
// layout, with Llama 3.1's frequency scaling when configured.
class RotaryEmbedding
{
public:
    explicit RotaryEmbedding(const ModelConfig &config);
    // positions (B, T) int64 -> cos, sin (B, 1, T, D) in `dtype`.
    std::pair<torch::Tensor, torch::Tensor> cosSin(const torch::Tensor &positions, torch::ScalarType dtype) const;
    const torch::Tensor &invFreq() const { return m_invFreq; }

private:
    torch::Tensor m_invFreq; // (D/2) float32
};

// Keys and values of past positions for every layer, plus which positions are real (not padding).
struct KvCache
{
    std::vector<torch::Tensor> keys; // per layer (B, KVH, capacity, D)
    std::vector<torch::Tensor> values; // per layer (B, KVH, capacity, D)
    torch::Tensor mask; // (B, capacity) bool: position holds a real token
    torch::Tensor nextPosition; // (B) int64: rotary position of each row's next token
    std::int64_t length = 0; // positions filled
    bool padded = false; // some row has padding: masks are needed
    bool stateless = false; // training: attend within the call only, keep nothing
    // Generation: where each row's real tokens begin (its padding ends). When set, decoding a
    // token attends to each row's own keys only, so a row's answer has the same bits alone or
    // in any batch.
    std::vector<std::int64_t> rowStart;

    std::int64_t capacity() const { return keys.empty() ? 0 : keys[0].size(2); }
};

struct AttentionContext
{
    torch::Tensor cos, sin; // (B, 1, T, D)
    torch::Tensor additiveMask; // (B, 1, T, Tk) or undefined when every key may be attended
};

// A module that holds projections by name (q_proj, up_proj, ...), so adapters can wrap them.
class ProjectionOwner
{
public:
    virtual ~ProjectionOwner() = default;
    // The member holding projection `name`, or nullptr when this module has none by that name.
    virtual LinearPtr *projectionSlot(const std::string &name) = 0;
};

// Swaps the projection `name` of `owner` (a module that is also a ProjectionOwner) for `layer`.
void replaceProjection(torch::nn::Module &owner, const std::string &name, LinearPtr layer);

// The outermost projection layers of `model` with their module paths: a LoRA wrapper, not the
// base layer inside it.
std::vector<std::pair<std::string, LinearBase *>> outermostProjections(torch::nn::Module &model);
// True when the module or parameter path `name` lies strictly inside one of `paths`.
bool isWithin(const std::string &name, const std::set<std::string> &paths);

// Float type for norms, softmax and logits: float32, or float64 for a float64 model.
torch::ScalarType accumulateType(torch::ScalarType computeType);

class LlamaAttentionImpl : public torch::nn::Module, public ProjectionOwner
{
public:
    LlamaAttentionImpl(const ModelConfig &config, const LinearFactory &linears, const std::string &path);
    // x (B, T, C); writes this step's keys/values into the cache slot of `layer`.
    torch::Tensor forward(const torch::Tensor &x, const AttentionContext &context, KvCache &cache, std::size_t layer);
    LinearPtr *projectionSlot(const std::string &name) override;

    LinearPtr q_proj, k_proj, v_proj, o_proj;

private:
    // One new token per row against each row's own keys (cache.rowStart on): qg (B, KVH, G, D),
    // keys and values the layer's whole cache -> (B, 1, H*D).
    torch::Tensor decodeAttention(const torch::Tensor &qg, const torch::Tensor &keys, const torch::Tensor &values,
        const KvCache &cache, std::int64_t total) const;

    std::int64_t m_heads, m_kvHeads, m_headDim;
    std::int64_t m_window = 0; // sliding window (Mistral), 0 for none
};
TORCH_MODULE(LlamaAttention);

class LlamaMlpImpl : public torch::nn::Module, public ProjectionOwner
{
public:
    LlamaMlpImpl(const ModelConfig &config, const LinearFactory &linears, const std::string &path);
    torch::Tensor forward(const torch::Tensor &x); // down(silu(gate(x)) * up(x))
    LinearPtr *projectionSlot(const std::string &name) override;

    LinearPtr gate_proj, up_proj, down_proj;
};
TORCH_MODULE(LlamaMlp);

class LlamaDecoderLayerImpl : public torch::nn::Module
{
public:
    LlamaDecoderLayerImpl(const ModelConfig &config, const torch::TensorOptions &options, const LinearFactory &linears,
        const std::string &path);
    torch::Tensor forward(const torch::Tensor &x, const AttentionContext &context, KvCache &cache, std::size_t layer);

    LlamaAttention self_attn {nullptr};
    LlamaMlp mlp {nullptr};
    RmsNorm input_layernorm {nullptr}, post_attention_layernorm {nullptr};
};
TORCH_MODULE(LlamaDecoderLayer);

class TokenEmbeddingImpl : public torch::nn::Module
{
public:
    TokenEmbeddingImpl(std::int64_t vocab, std::int64_t size, const torch::TensorOptions &options);
    torch::Tensor forward(const torch::Tensor &ids); // (B, T) -> (B, T, C)

    torch::Tensor weight; // (V, C)
};
TORCH_MODULE(TokenEmbedding);

struct CheckpointedLayer : public torch::autograd::Function<CheckpointedLayer>
{
    static torch::Tensor forward(torch::autograd::AutogradContext *ctx, const torch::Tensor &x,
        const torch::Tensor &cos, const torch::Tensor &sin, const torch::Tensor &mask, LlamaDecoderLayerImpl *layer);
    static torch::autograd::variable_list backward(
        torch::autograd::AutogradContext *ctx, torch::autograd::variable_list grads);
};

class LlamaBodyImpl : public torch::nn::Module
{
public:
    LlamaBodyImpl(const ModelConfig &config, const torch::TensorOptions &options, const LinearFactory &linears);

    TokenEmbedding embed_tokens {nullptr};
    torch::nn::ModuleList layers {nullptr};
    RmsNorm norm {nullptr};
};
TORCH_MODULE(LlamaBody);

class LlamaForCausalLMImpl : public torch::nn::Module
{
public:
    // `linears` builds the projections (dense by default; NF4 for QLoRA).
    LlamaForCausalLMImpl(ModelConfig config, const torch::TensorOptions &options, LinearFactory linears = {});

    // ids (B, T) int64, appended after the cache's positions; `mask` (B, T) bool marks real tokens
    // (undefined: all real). Returns logits (B, T, V) in accumulateType(), or (B, 1, V) when lastOnly.
    torch::Tensor forward(
        const torch::Tensor &ids, KvCache &cache, const torch::Tensor &mask = {}, bool lastOnly = false);
    // The same pass without the head: the final normed hidden states (B, T, C), or (B, 1, C).
    torch::Tensor hiddenStates(
        const torch::Tensor &ids, KvCache &cache, const torch::Tensor &mask = {}, bool lastOnly = false);
    // The head's (V, C) weight (the embedding's when tied), or undefined when the head is not a
    // plain bias-free dense layer (an adapter on it, say).
    torch::Tensor headWeight() const;
    KvCache makeCache(std::int64_t batch, std::int64_t capacity) const;
    // For training and scoring whole sequences: nothing is cached between calls.
    static KvCache statelessCache();

    // Training: keep only each decoder layer's input and recompute the layer during backward
    // (Chen et al. 2016), trading ~1/3 more compute for activation memory.
    void setGradientCheckpointing(bool enabled) { m_checkpointing = enabled; }
    bool gradientCheckpointing() const { return m_checkpointing; }

    const ModelConfig &config() const { return m_config; }
    torch::ScalarType dtype() const { return m_dtype; }
    torch::Device device() const { return m_device; }

    LlamaBody model {nullptr};
    LinearPtr lm_head; // null when tied to the embedding

private:
    void ensureCapacity(KvCache &cache, std::int64_t needed) const;
    AttentionContext prepare(KvCache &cache, const torch::Tensor &mask, std::int64_t batch, std::int64_t steps) const;

    ModelConfig m_config;
    RotaryEmbedding m_rope;
    torch::ScalarType m_dtype;
    torch::Device m_device;
    bool m_checkpointing = false;
};
TORCH_MODULE(LlamaForCausalLM);

// Copies every weight from the checkpoint, checking names and shapes (projections convert to
// their own storage, e.g. NF4, one tensor at a time); returns the resident bytes.
std::int64_t loadLlamaWeights(LlamaForCausalLMImpl &model, const class Checkpoint &checkpoint);

} // namespace shoptuner::engine
