// Matrix-vector products for decoding one token: y = W x (+ b) with W row-major (out, in),
// F32 or BF16 weights, F32 accumulation. Decoding is bound by reading W once per token, so
// these stream each row exactly once, several rows at a time, on all intra-op threads, with
// AVX-512 or AVX2 kernels picked at run time (plain C++ elsewhere).
#pragma once

#include <cstdint>
#include <string>

namespace shoptuner::engine {

// y[o] = sum_i W[o, i] * x[i] + (bias ? bias[o] : 0)
void matvecF32(const float *W, const float *x, const float *bias, float *y, std::int64_t out, std::int64_t in);
// W and bias hold bfloat16 bit patterns; x and y are F32.
void matvecBF16(
    const std::uint16_t *W, const float *x, const std::uint16_t *bias, float *y, std::int64_t out, std::int64_t in);

// Which kernel family runs on this CPU: "avx512", "avx2" or "generic".
const char *matvecKernelName();
// Uses another kernel family (for tests and benchmarks); false when this CPU lacks it.
bool forceMatvecKernel(const std::string &name);

} // namespace shoptuner::engine
