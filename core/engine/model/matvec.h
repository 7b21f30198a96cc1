// Matrix-vector products for decoding a token per answer: y = W x (+ b) with W row-major (out, in),
// F32 or BF16 weights, F32 accumulation. Decoding is bound by reading W once per token, so
// these stream each row exactly once, several rows at a time, on all intra-op threads, with
// AVX-512 or AVX2 kernels picked at run time (plain C++ elsewhere).
#pragma once

#include <cstdint>
#include <string>

namespace shoptuner::engine {

// y[r, o] = sum_i W[o, i] * x[r, i] + (bias ? bias[o] : 0) for each of `vectors` rows of x (a
// few tokens decoded together, one per answer of a batch): W is read once for all of them, and
// each row's result is bit for bit the one it gets alone, so batching never changes an answer.
void matvecF32(const float *W, const float *x, const float *bias, float *y, std::int64_t out, std::int64_t in,
    std::int64_t vectors = 1);
// W and bias hold bfloat16 bit patterns; x and y are F32.
void matvecBF16(const std::uint16_t *W, const float *x, const std::uint16_t *bias, float *y, std::int64_t out,
    std::int64_t in, std::int64_t vectors = 1);

// The most rows of x the kernels above take: beyond it a blocked matrix product is faster.
constexpr std::int64_t kMatvecMaxVectors = 16;

// The kernel family the decode kernels use (these and matvecNf4 in nf4.h), chosen once for the CPU.
enum class MatvecIsa { Generic, Avx2, Avx512 };
MatvecIsa matvecIsa();
// Which kernel family runs on this CPU: "avx512", "avx2" or "generic".
const char *matvecKernelName();
// Uses another kernel family (for tests and benchmarks); false when this CPU lacks it.
bool forceMatvecKernel(const std::string &name);

} // namespace shoptuner::engine
