// The projection layers of the decoder, behind one interface so that a layer can be dense
// (F32/BF16), 4-bit NF4 (QLoRA's frozen base) or, later, wrapped with a LoRA adapter.
// Include only from engine sources (torch).
#pragma once

#include "engine/model/nf4.h"
#include "engine/formats/safetensors.h"

#include <torch/nn/module.h>

#include <functional>
#include <memory>
#include <string>

namespace shoptuner::engine {

// y = x W^T + b for W (out, in); one-row inputs take the streaming matrix-vector kernels.
torch::Tensor denseForward(const torch::Tensor &x, const torch::Tensor &weight, const torch::Tensor &bias);

class LinearBase : public torch::nn::Module
{
public:
    LinearBase(std::int64_t in, std::int64_t out)
        : m_in(in)
        , m_out(out)
    { }
    virtual torch::Tensor forward(const torch::Tensor &x) = 0; // (..., in) -> (..., out)
    // Takes the checkpoint tensors "<prefix>weight" (out, in) and "<prefix>bias" when present.
    virtual void load(const TensorView &weight, const TensorView *bias) = 0;
    // Bytes the layer keeps resident for its weight and bias.
    virtual std::int64_t residentBytes() const = 0;
    // The weight as a dense tensor (for merging, export and tests), and the bias or undefined.
    virtual torch::Tensor denseWeight() const = 0;
    virtual torch::Tensor biasTensor() const = 0;

    std::int64_t inFeatures() const { return m_in; }
    std::int64_t outFeatures() const { return m_out; }

private:
    std::int64_t m_in, m_out;
};
using LinearPtr = std::shared_ptr<LinearBase>;

// Dense weight in the compute dtype: registered as parameters "weight" and "bias" (frozen).
class DenseLinear : public LinearBase
{
public:
    DenseLinear(std::int64_t in, std::int64_t out, bool bias, const torch::TensorOptions &options);
    torch::Tensor forward(const torch::Tensor &x) override;
    void load(const TensorView &weight, const TensorView *bias) override;
    std::int64_t residentBytes() const override;
    torch::Tensor denseWeight() const override { return weight; }
    torch::Tensor biasTensor() const override { return bias; }

    torch::Tensor weight; // (out, in)
    torch::Tensor bias; // (out) or undefined
};

// NF4 weight held in buffers (codes, absmax constants), never parameters. Forward decodes to
// the compute dtype; backward gives the input gradient only, decoding again rather than keeping
// the dense weight alive between forward and backward.
class Nf4Linear : public LinearBase
{
public:
    Nf4Linear(
        std::int64_t in, std::int64_t out, bool bias, const torch::TensorOptions &computeOptions, bool doubleQuant);
    torch::Tensor forward(const torch::Tensor &x) override;
    void load(const TensorView &weight, const TensorView *bias) override;
    std::int64_t residentBytes() const override;
    torch::Tensor denseWeight() const override; // decoded, in the compute dtype
    torch::Tensor biasTensor() const override { return bias; }
    void quantizeFrom(const torch::Tensor &weight); // (out, in), any float dtype

    torch::Tensor codes; // uint8 (out * in / 2) buffer
    torch::Tensor absmax; // float (blocks) buffer, single-level
    torch::Tensor absmaxQ; // int8 (blocks) buffer, double quantization
    torch::Tensor absmaxScale; // float (blocks / 256) buffer, double quantization
    torch::Tensor absmaxOffset; // float (1) buffer, double quantization
    torch::Tensor bias; // frozen parameter in the compute dtype, or undefined

private:
    Nf4View view() const;
    torch::ScalarType m_computeType;
    bool m_doubleQuant;
    float m_absmaxOffsetValue = 0; // absmaxOffset's value, kept to spare a read per decoded token
};

// Creates the layer for a projection, given its module path (e.g. "model.layers.0.mlp.up_proj").
using LinearFactory = std::function<LinearPtr(const std::string &path, std::int64_t in, std::int64_t out, bool bias)>;

LinearFactory denseLinearFactory(const torch::TensorOptions &options);
// NF4 for the decoder's projections (QLoRA keeps embeddings, norms and the head in full precision).
LinearFactory nf4LinearFactory(const torch::TensorOptions &computeOptions, bool doubleQuant = true);

} // namespace shoptuner::engine
