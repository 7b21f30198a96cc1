// RMSNorm and rotary embedding for inference on the CPU, each one pass over its tensor instead of
// the six or seven libtorch operations the modules use for training (each a dispatch, an
// allocation and a pass of its own: about 13 µs of a decoded token's time per layer for
// SmolLM2-135M). Used only where no gradient is recorded, for F32 and BF16 tensors on the CPU;
// the modules fall back to their libtorch expressions everywhere else.
//
// They compute what the modules compute, rounding where the modules round: RoPE's result is the
// one libtorch gives, bit for bit; RMSNorm's mean of squares is summed in double, so it may
// differ from libtorch's float sum in the last bit.
#pragma once

#include <ATen/core/Tensor.h>

namespace shoptuner::engine {

// Whether the fused operations below apply to x: no gradient recorded, CPU, F32 or BF16.
bool fusedInferenceApplies(const at::Tensor &x);

// weight * (x * rsqrt(mean(x², last dim) + eps)), x's dtype; weight has x's dtype and last size.
at::Tensor fusedRmsNorm(const at::Tensor &x, const at::Tensor &weight, double eps);

// x * cos + rotate_half(x) * sin for x (B, H, T, D) whose last dimension is contiguous, with cos
// and sin (B or 1, 1, T, D) contiguous, in x's dtype. Returns a contiguous (B, H, T, D) tensor.
// Returns an undefined tensor when the shapes or layouts are not these (the caller falls back).
at::Tensor fusedRope(const at::Tensor &x, const at::Tensor &cos, const at::Tensor &sin);

} // namespace shoptuner::engine
