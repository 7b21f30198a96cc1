#include "engine/model/linear_layers.h"

#include "engine/base/error.h"
#include "engine/formats/tensor_io.h"
#include "engine/model/matvec.h"

#include <torch/torch.h>

namespace shoptuner::engine {
namespace {

torch::Tensor viewAsFloat(const TensorView &view)
{
    return torch::from_blob(const_cast<std::byte *>(view.data), view.shape, toScalarType(view.dtype))
        .to(torch::kFloat32);
}

void checkShape(const TensorView &view, std::vector<std::int64_t> expected)
{
    if (view.shape != expected)
        throw FormatError("tensor '" + view.name + "' has shape " + c10::str(c10::IntArrayRef(view.shape))
                + " but config.json implies " + c10::str(c10::IntArrayRef(expected)),
            "the weights do not belong to this config.json");
}

// x (..., in) @ W^T with W decoded on demand, in forward and again in backward.
struct Nf4MatmulFunction : public torch::autograd::Function<Nf4MatmulFunction>
{
    static torch::Tensor forward(torch::autograd::AutogradContext *ctx, const torch::Tensor &x, const Nf4Linear *layer)
    {
        ctx->saved_data["layer"] = reinterpret_cast<std::int64_t>(layer);
        return torch::matmul(x, layer->denseWeight().t());
    }

    static torch::autograd::variable_list backward(
        torch::autograd::AutogradContext *ctx, torch::autograd::variable_list grads)
    {
        const auto *layer = reinterpret_cast<const Nf4Linear *>(ctx->saved_data["layer"].toInt());
        return {torch::matmul(grads[0], layer->denseWeight()), torch::Tensor()};
    }
};

} // namespace

torch::Tensor denseForward(const torch::Tensor &x, const torch::Tensor &weight, const torch::Tensor &bias)
{
    const std::int64_t in = weight.size(1), out = weight.size(0);
    const auto type = weight.scalar_type();
    // A few rows (decoding one token per answer): stream the weight once with the matrix-vector
    // kernels, which give each row the same bits whatever else is in the batch.
    const std::int64_t rows = in > 0 ? x.numel() / in : 0;
    if (rows >= 1 && rows <= kMatvecMaxVectors && x.device().is_cpu() && weight.is_contiguous()
        && x.scalar_type() == type && (type == torch::kFloat32 || type == torch::kBFloat16)
        && (!bias.defined() || bias.is_contiguous()) && !(torch::GradMode::is_enabled() && x.requires_grad())) {
        const torch::Tensor v = x.reshape({rows, in}).to(torch::kFloat32).contiguous();
        torch::Tensor y = torch::empty({rows, out}, x.options().dtype(torch::kFloat32));
        if (type == torch::kFloat32)
            matvecF32(weight.data_ptr<float>(), v.data_ptr<float>(), bias.defined() ? bias.data_ptr<float>() : nullptr,
                y.data_ptr<float>(), out, in, rows);
        else
            matvecBF16(reinterpret_cast<const std::uint16_t *>(weight.data_ptr()), v.data_ptr<float>(),
                bias.defined() ? reinterpret_cast<const std::uint16_t *>(bias.data_ptr()) : nullptr,
                y.data_ptr<float>(), out, in, rows);
        auto shape = x.sizes().vec();
        shape.back() = out;
        return y.to(type).view(shape);
    }
    return torch::linear(x, weight, bias);
}

// ---- DenseLinear -------------------------------------------------------------------------

DenseLinear::DenseLinear(std::int64_t in, std::int64_t out, bool hasBias, const torch::TensorOptions &options)
    : LinearBase(in, out)
{
    weight = register_parameter("weight", torch::empty({out, in}, options), false);
    if (hasBias)
        bias = register_parameter("bias", torch::empty({out}, options), false);
}

torch::Tensor DenseLinear::forward(const torch::Tensor &x)
{
    return denseForward(x, weight, bias);
}

void DenseLinear::load(const TensorView &w, const TensorView *b)
{
    torch::NoGradGuard noGrad;
    checkShape(w, {outFeatures(), inFeatures()});
    weight.copy_(torch::from_blob(const_cast<std::byte *>(w.data), w.shape, toScalarType(w.dtype)));
    if (bias.defined()) {
        if (!b)
            throw FormatError("the checkpoint has no tensor '" + w.name.substr(0, w.name.size() - 6) + "bias'",
                "config.json asks for biases the weights do not have");
        checkShape(*b, {outFeatures()});
        bias.copy_(torch::from_blob(const_cast<std::byte *>(b->data), b->shape, toScalarType(b->dtype)));
    }
}

std::int64_t DenseLinear::residentBytes() const
{
    return weight.numel() * weight.element_size() + (bias.defined() ? bias.numel() * bias.element_size() : 0);
}

// ---- Nf4Linear ---------------------------------------------------------------------------

Nf4Linear::Nf4Linear(
    std::int64_t in, std::int64_t out, bool hasBias, const torch::TensorOptions &computeOptions, bool doubleQuant)
    : LinearBase(in, out)
    , m_computeType(computeOptions.dtype().toScalarType())
    , m_doubleQuant(doubleQuant)
{
    if ((in * out) % kNf4BlockSize != 0)
        throw EngineError("an NF4 layer needs a multiple of 64 weights");
    const auto on = torch::TensorOptions().device(computeOptions.device());
    codes = register_buffer("weight_nf4", torch::empty({0}, on.dtype(torch::kUInt8)));
    absmax = register_buffer("weight_absmax", torch::empty({0}, on.dtype(torch::kFloat32)));
    absmaxQ = register_buffer("weight_absmax_q", torch::empty({0}, on.dtype(torch::kInt8)));
    absmaxScale = register_buffer("weight_absmax_scale", torch::empty({0}, on.dtype(torch::kFloat32)));
    absmaxOffset = register_buffer("weight_absmax_offset", torch::zeros({1}, on.dtype(torch::kFloat32)));
    if (hasBias)
        bias = register_parameter("bias", torch::empty({out}, computeOptions), false);
}

void Nf4Linear::quantizeFrom(const torch::Tensor &weight)
{
    torch::NoGradGuard noGrad;
    const torch::Tensor w = weight.to(torch::kCPU, torch::kFloat32).contiguous();
    const Nf4Data q = quantizeNf4(w.data_ptr<float>(), w.numel(), m_doubleQuant);
    auto fromVector = [](const auto &v, torch::ScalarType type) {
        return torch::from_blob(
            const_cast<void *>(static_cast<const void *>(v.data())), {static_cast<std::int64_t>(v.size())}, type)
            .clone();
    };
    const torch::Device device = codes.device();
    codes.set_(fromVector(q.codes, torch::kUInt8).to(device));
    absmax.set_(fromVector(q.absmax, torch::kFloat32).to(device));
    absmaxQ.set_(fromVector(q.absmaxQ, torch::kInt8).to(device));
    absmaxScale.set_(fromVector(q.absmaxScale, torch::kFloat32).to(device));
    absmaxOffset.fill_(q.absmaxOffset);
    m_absmaxOffsetValue = q.absmaxOffset;
}

void Nf4Linear::load(const TensorView &w, const TensorView *b)
{
    checkShape(w, {outFeatures(), inFeatures()});
    quantizeFrom(viewAsFloat(w));
    if (bias.defined()) {
        if (!b)
            throw FormatError("the checkpoint has no bias for '" + w.name + "'");
        checkShape(*b, {outFeatures()});
        torch::NoGradGuard noGrad;
        bias.copy_(viewAsFloat(*b));
    }
}

Nf4View Nf4Linear::view() const
{
    Nf4View v;
    v.numel = inFeatures() * outFeatures();
    v.codes = codes.data_ptr<std::uint8_t>();
    v.doubleQuant = m_doubleQuant;
    if (m_doubleQuant) {
        v.absmaxQ = absmaxQ.data_ptr<std::int8_t>();
        v.absmaxScale = absmaxScale.data_ptr<float>();
        v.absmaxOffset = m_absmaxOffsetValue;
    } else {
        v.absmax = absmax.data_ptr<float>();
    }
    return v;
}

torch::Tensor Nf4Linear::denseWeight() const
{
    const std::int64_t out = outFeatures(), in = inFeatures();
    if (codes.device().is_cpu()) {
        torch::Tensor w = torch::empty({out, in}, torch::TensorOptions().dtype(m_computeType));
        if (m_computeType == torch::kBFloat16)
            dequantizeNf4ToBF16(view(), reinterpret_cast<std::uint16_t *>(w.data_ptr()));
        else
            dequantizeNf4(view(), w.data_ptr<float>());
        return m_computeType == torch::kBFloat16 || m_computeType == torch::kFloat32 ? w : w.to(m_computeType);
    }
    // Other devices: the same decoding in tensor operations, until a kernel exists there.
    const torch::Tensor book = torch::tensor(
        std::vector<float>(kNf4CodeBook.begin(), kNf4CodeBook.end()), torch::TensorOptions().device(codes.device()));
    const torch::Tensor index = torch::stack({torch::bitwise_right_shift(codes, 4), torch::bitwise_and(codes, 15)}, 1)
                                    .reshape({-1})
                                    .to(torch::kInt64);
    const std::int64_t blocks = out * in / kNf4BlockSize;
    torch::Tensor scale = m_doubleQuant ? absmaxQ.to(torch::kFloat32)
                * (absmaxScale.repeat_interleave(kNf4AbsmaxBlockSize).narrow(0, 0, blocks) / 127.0)
            + absmaxOffset
                                        : absmax;
    return (book.index_select(0, index).view({blocks, kNf4BlockSize}) * scale.unsqueeze(1))
        .view({out, in})
        .to(m_computeType);
}

torch::Tensor Nf4Linear::forward(const torch::Tensor &x)
{
    const std::int64_t in = inFeatures(), out = outFeatures();
    torch::Tensor y;
    const std::int64_t rows = in > 0 ? x.numel() / in : 0;
    if (rows >= 1 && rows <= kMatvecMaxVectors && in % kNf4BlockSize == 0 && x.device().is_cpu()
        && codes.device().is_cpu() && !(torch::GradMode::is_enabled() && x.requires_grad())) {
        // Decoding a token per answer: multiply straight from the 4-bit codes.
        const torch::Tensor v = x.reshape({rows, in}).to(torch::kFloat32).contiguous();
        y = torch::empty({rows, out}, x.options().dtype(torch::kFloat32));
        matvecNf4(view(), v.data_ptr<float>(), nullptr, y.data_ptr<float>(), out, in, rows);
        auto shape = x.sizes().vec();
        shape.back() = out;
        y = y.to(x.scalar_type()).view(shape);
    } else {
        y = Nf4MatmulFunction::apply(x, this);
    }
    return bias.defined() ? y + bias : y;
}

std::int64_t Nf4Linear::residentBytes() const
{
    std::int64_t bytes = 0;
    for (const torch::Tensor &t : {codes, absmax, absmaxQ, absmaxScale, absmaxOffset})
        bytes += t.numel() * t.element_size();
    return bytes + (bias.defined() ? bias.numel() * bias.element_size() : 0);
}

// ---- factories ---------------------------------------------------------------------------

LinearFactory denseLinearFactory(const torch::TensorOptions &options)
{
    return [options](const std::string &, std::int64_t in, std::int64_t out, bool bias) -> LinearPtr {
        return std::make_shared<DenseLinear>(in, out, bias, options);
    };
}

LinearFactory nf4LinearFactory(const torch::TensorOptions &computeOptions, bool doubleQuant)
{
    return [computeOptions, doubleQuant](
               const std::string &path, std::int64_t in, std::int64_t out, bool bias) -> LinearPtr {
        if (path == "lm_head" || (in * out) % kNf4BlockSize != 0)
            return std::make_shared<DenseLinear>(in, out, bias, computeOptions);
        return std::make_shared<Nf4Linear>(in, out, bias, computeOptions, doubleQuant);
    };
}

} // namespace shoptuner::engine
