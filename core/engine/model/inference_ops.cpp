#include "engine/model/inference_ops.h"

#include <ATen/Parallel.h>
#include <torch/torch.h>

#include <cmath>

namespace shoptuner::engine {
namespace {

// A float rounded to T and back: what storing an intermediate result in a T tensor does.
template <typename T> inline float rounded(float v)
{
    return static_cast<float>(static_cast<T>(v));
}

// Rows per task: enough work that a thread hand-off stays small against it.
std::int64_t grainFor(std::int64_t rowLength)
{
    return std::max<std::int64_t>(1, 16384 / std::max<std::int64_t>(rowLength, 1));
}

template <typename T>
void rmsNormRows(const T *x, const T *weight, T *out, std::int64_t rows, std::int64_t size, float eps)
{
    at::parallel_for(0, rows, grainFor(size), [&](std::int64_t begin, std::int64_t end) {
        for (std::int64_t r = begin; r < end; ++r) {
            const T *in = x + r * size;
            T *o = out + r * size;
            double squares = 0;
            for (std::int64_t i = 0; i < size; ++i) {
                const double v = static_cast<float>(in[i]);
                squares += v * v;
            }
            // As the module: the mean in float, eps added in float, 1 / sqrt in float.
            const float inv = 1.0f / std::sqrt(static_cast<float>(squares / static_cast<double>(size)) + eps);
            for (std::int64_t i = 0; i < size; ++i) {
                const float normed = rounded<T>(static_cast<float>(in[i]) * inv);
                o[i] = static_cast<T>(static_cast<float>(weight[i]) * normed);
            }
        }
    });
}

// One (b, h) row of T positions: out = round(round(x * cos) + round(rotate_half(x) * sin)).
template <typename T>
void ropeRows(const T *x, const T *cos, const T *sin, T *out, std::int64_t batch, std::int64_t heads,
    std::int64_t positions, std::int64_t dim, const std::int64_t *xStride, bool cosPerRow)
{
    const std::int64_t half = dim / 2;
    at::parallel_for(0, batch * heads, grainFor(positions * dim), [&](std::int64_t begin, std::int64_t end) {
        for (std::int64_t bh = begin; bh < end; ++bh) {
            const std::int64_t b = bh / heads, h = bh % heads;
            for (std::int64_t t = 0; t < positions; ++t) {
                const T *in = x + b * xStride[0] + h * xStride[1] + t * xStride[2];
                const std::int64_t angle = ((cosPerRow ? b : 0) * positions + t) * dim;
                const T *c = cos + angle, *s = sin + angle;
                T *o = out + (bh * positions + t) * dim;
                for (std::int64_t i = 0; i < dim; ++i) {
                    // rotate_half: (x1, x2) -> (-x2, x1); negation is exact in any format.
                    const float rotatedValue
                        = i < half ? -static_cast<float>(in[i + half]) : static_cast<float>(in[i - half]);
                    const float a = rounded<T>(static_cast<float>(in[i]) * static_cast<float>(c[i]));
                    const float r = rounded<T>(rotatedValue * static_cast<float>(s[i]));
                    o[i] = static_cast<T>(a + r);
                }
            }
        }
    });
}

} // namespace

bool fusedInferenceApplies(const at::Tensor &x)
{
    return !at::GradMode::is_enabled() && x.device().is_cpu()
        && (x.scalar_type() == torch::kFloat32 || x.scalar_type() == torch::kBFloat16);
}

at::Tensor fusedRmsNorm(const at::Tensor &x, const at::Tensor &weight, double eps)
{
    const std::int64_t size = x.size(-1);
    const at::Tensor in = x.contiguous(), w = weight.contiguous();
    at::Tensor out = torch::empty_like(in);
    const std::int64_t rows = size > 0 ? in.numel() / size : 0;
    if (x.scalar_type() == torch::kFloat32)
        rmsNormRows(
            in.data_ptr<float>(), w.data_ptr<float>(), out.data_ptr<float>(), rows, size, static_cast<float>(eps));
    else
        rmsNormRows(in.data_ptr<c10::BFloat16>(), w.data_ptr<c10::BFloat16>(), out.data_ptr<c10::BFloat16>(), rows,
            size, static_cast<float>(eps));
    return out;
}

at::Tensor fusedRope(const at::Tensor &x, const at::Tensor &cos, const at::Tensor &sin)
{
    if (x.dim() != 4 || cos.dim() != 4 || !cos.sizes().equals(sin.sizes()) || x.stride(3) != 1 || x.size(3) % 2 != 0
        || !cos.is_contiguous() || !sin.is_contiguous() || cos.scalar_type() != x.scalar_type()
        || sin.scalar_type() != x.scalar_type() || cos.size(1) != 1 || cos.size(2) != x.size(2)
        || cos.size(3) != x.size(3) || (cos.size(0) != 1 && cos.size(0) != x.size(0)))
        return {};
    const std::int64_t B = x.size(0), H = x.size(1), T = x.size(2), D = x.size(3);
    const std::int64_t strides[3] = {x.stride(0), x.stride(1), x.stride(2)};
    at::Tensor out = torch::empty({B, H, T, D}, x.options());
    const bool perRow = cos.size(0) != 1;
    if (x.scalar_type() == torch::kFloat32)
        ropeRows(x.data_ptr<float>(), cos.data_ptr<float>(), sin.data_ptr<float>(), out.data_ptr<float>(), B, H, T, D,
            strides, perRow);
    else
        ropeRows(x.data_ptr<c10::BFloat16>(), cos.data_ptr<c10::BFloat16>(), sin.data_ptr<c10::BFloat16>(),
            out.data_ptr<c10::BFloat16>(), B, H, T, D, strides, perRow);
    return out;
}

} // namespace shoptuner::engine
