#include "engine/model/matvec.h"

#include "engine/base/cpu_features.h"
#include "engine/model/vector_loads.h"

#include <ATen/Parallel.h>

#include <string>
#include <tuple>

namespace shoptuner::engine {
namespace {

using kernels::toFloat;

// `count` input vectors of length `in` one after another, and their outputs of length `out`.
struct Vectors
{
    const float *x;
    float *y;
    std::int64_t count, in, out;
};

// ---- generic ----------------------------------------------------------------------------

// Each kernel below computes every vector's products with the same operations in the same
// order whatever the number of vectors, so a row of a batch gets the bits it gets alone.
template <typename T> void rowsGeneric(const T *W, const Vectors &v, std::int64_t begin, std::int64_t end)
{
    for (std::int64_t o = begin; o < end; ++o) {
        const T *w = W + o * v.in;
        for (std::int64_t r = 0; r < v.count; ++r) {
            const float *x = v.x + r * v.in;
            float acc = 0;
            for (std::int64_t i = 0; i < v.in; ++i)
                acc += toFloat(w[i]) * x[i];
            v.y[r * v.out + o] = acc;
        }
    }
}

#if SHOPTUNER_X86_KERNELS
using kernels::hsum256;
using kernels::load16;
using kernels::load8;

// ---- AVX-512 and AVX2 + FMA ---------------------------------------------------------------
// Every (row, vector) pair has one accumulator that runs along the row in order and is then
// summed across its lanes, so its bits depend on neither the tile nor the other vectors. One
// vector streams the rows one at a time (a single sequential stream the prefetcher follows);
// several go through tiles of R rows × N vectors, whose R×N accumulators stay in registers
// while each piece of a row is loaded once for N vectors and each piece of a vector once for
// R rows.

template <typename T, int R, int N>
SHOPTUNER_TARGET("avx512f")
void tileAvx512(const T *w, const float *x, float *y, std::int64_t in, std::int64_t out)
{
    const std::int64_t vecEnd = in - in % 16;
    __m512 acc[R][N];
#pragma GCC unroll 4
    for (int r = 0; r < R; ++r)
#pragma GCC unroll 4
        for (int n = 0; n < N; ++n)
            acc[r][n] = _mm512_setzero_ps();
    // A tile does N vectors' arithmetic per piece of weight, so the hardware prefetcher alone
    // leaves it waiting on memory between pieces: each piece asks for the same piece of the next
    // tile's rows (the next R rows, right after these), one cache line at a time. This
    // overlaps the weights' reading with the arithmetic (batch-8 decoding of a 135M model:
    // 240 -> 316 tokens/s). One row against one vector is a plain stream the prefetcher keeps up with.
    constexpr bool prefetch = R * N > 1;
    const char *ahead = reinterpret_cast<const char *>(w + R * in);
    for (std::int64_t i = 0; i < vecEnd; i += 16) {
        __m512 wv[R];
#pragma GCC unroll 4
        for (int r = 0; r < R; ++r) {
            if (prefetch && (i * std::int64_t(sizeof(T))) % 64 == 0) // one request per cache line
                _mm_prefetch(ahead + (r * in + i) * std::int64_t(sizeof(T)), _MM_HINT_T0);
            wv[r] = load16(w + r * in + i);
        }
#pragma GCC unroll 4
        for (int n = 0; n < N; ++n) {
            const __m512 xv = _mm512_loadu_ps(x + n * in + i);
#pragma GCC unroll 4
            for (int r = 0; r < R; ++r)
                acc[r][n] = _mm512_fmadd_ps(wv[r], xv, acc[r][n]);
        }
    }
    for (int r = 0; r < R; ++r) {
        for (int n = 0; n < N; ++n) {
            float s = _mm512_reduce_add_ps(acc[r][n]);
            for (std::int64_t i = vecEnd; i < in; ++i)
                s += toFloat(w[r * in + i]) * x[n * in + i];
            y[n * out + r] = s;
        }
    }
}

template <typename T, int R, int N>
SHOPTUNER_TARGET("avx2,fma")
void tileAvx2(const T *w, const float *x, float *y, std::int64_t in, std::int64_t out)
{
    const std::int64_t vecEnd = in - in % 8;
    __m256 acc[R][N];
#pragma GCC unroll 4
    for (int r = 0; r < R; ++r)
#pragma GCC unroll 4
        for (int n = 0; n < N; ++n)
            acc[r][n] = _mm256_setzero_ps();
    constexpr bool prefetch = R * N > 1; // as tileAvx512 does
    const char *ahead = reinterpret_cast<const char *>(w + R * in);
    for (std::int64_t i = 0; i < vecEnd; i += 8) {
        __m256 wv[R];
#pragma GCC unroll 4
        for (int r = 0; r < R; ++r) {
            if (prefetch && (i * std::int64_t(sizeof(T))) % 64 == 0)
                _mm_prefetch(ahead + (r * in + i) * std::int64_t(sizeof(T)), _MM_HINT_T0);
            wv[r] = load8(w + r * in + i);
        }
#pragma GCC unroll 4
        for (int n = 0; n < N; ++n) {
            const __m256 xv = _mm256_loadu_ps(x + n * in + i);
#pragma GCC unroll 4
            for (int r = 0; r < R; ++r)
                acc[r][n] = _mm256_fmadd_ps(wv[r], xv, acc[r][n]);
        }
    }
    for (int r = 0; r < R; ++r) {
        for (int n = 0; n < N; ++n) {
            float s = hsum256(acc[r][n]);
            for (std::int64_t i = vecEnd; i < in; ++i)
                s += toFloat(w[r * in + i]) * x[n * in + i];
            y[n * out + r] = s;
        }
    }
}

// Rows begin..end against every vector: one vector row by row; several in tiles of R rows × N
// vectors, then the rows and vectors left over.
template <int R, int N, typename T, typename Tile, typename Rows, typename Vecs, typename One>
void tiled(const T *W, const Vectors &v, std::int64_t begin, std::int64_t end, Tile tile, Rows rowsOnly,
    Vecs vectorsOnly, One one)
{
    const auto at = [&](std::int64_t o, std::int64_t n) {
        return std::tuple {W + o * v.in, v.x + n * v.in, v.y + n * v.out + o, v.in, v.out};
    };
    std::int64_t o = begin;
    if (v.count > 1) {
        for (; o + R <= end; o += R) {
            std::int64_t n = 0;
            for (; n + N <= v.count; n += N)
                std::apply(tile, at(o, n));
            for (; n < v.count; ++n)
                std::apply(rowsOnly, at(o, n));
        }
    }
    for (; o < end; ++o) {
        std::int64_t n = 0;
        for (; v.count > 1 && n + N <= v.count; n += N)
            std::apply(vectorsOnly, at(o, n));
        for (; n < v.count; ++n)
            std::apply(one, at(o, n));
    }
}

template <typename T> void rowsAvx512(const T *W, const Vectors &v, std::int64_t begin, std::int64_t end)
{
    tiled<4, 4>(W, v, begin, end, tileAvx512<T, 4, 4>, tileAvx512<T, 4, 1>, tileAvx512<T, 1, 4>, tileAvx512<T, 1, 1>);
}

template <typename T> void rowsAvx2(const T *W, const Vectors &v, std::int64_t begin, std::int64_t end)
{
    tiled<4, 2>(W, v, begin, end, tileAvx2<T, 4, 2>, tileAvx2<T, 4, 1>, tileAvx2<T, 1, 2>, tileAvx2<T, 1, 1>);
}

#endif // SHOPTUNER_X86_KERNELS

using Isa = MatvecIsa;

Isa detectIsa()
{
    if (cpuFeatures().avx512f)
        return Isa::Avx512;
    if (cpuFeatures().avx2Fma)
        return Isa::Avx2;
    return Isa::Generic;
}

Isa kIsa = detectIsa(); // chosen once; forceMatvecKernel() overrides it for tests

// Rows per task: enough work that a thread hand-off (microseconds) stays small against it.
std::int64_t grainFor(std::int64_t in)
{
    return std::max<std::int64_t>(16, 65536 / std::max<std::int64_t>(in, 1));
}

template <typename T, typename Bias> void matvecRows(const T *W, const Vectors &v, const Bias *bias)
{
    at::parallel_for(0, v.out, grainFor(v.in * v.count), [&](std::int64_t begin, std::int64_t end) {
        switch (kIsa) {
#if SHOPTUNER_X86_KERNELS
        case Isa::Avx512:
            rowsAvx512(W, v, begin, end);
            break;
        case Isa::Avx2:
            rowsAvx2(W, v, begin, end);
            break;
#else
        case Isa::Avx512:
        case Isa::Avx2: // never chosen without x86 kernels
#endif
        case Isa::Generic:
            rowsGeneric(W, v, begin, end);
            break;
        }
        if (bias) {
            for (std::int64_t r = 0; r < v.count; ++r) {
                for (std::int64_t o = begin; o < end; ++o)
                    v.y[r * v.out + o] += toFloat(bias[o]);
            }
        }
    });
}

} // namespace

void matvecF32(const float *W, const float *x, const float *bias, float *y, std::int64_t out, std::int64_t in,
    std::int64_t vectors)
{
    matvecRows(W, Vectors {x, y, vectors, in, out}, bias);
}

void matvecBF16(const std::uint16_t *W, const float *x, const std::uint16_t *bias, float *y, std::int64_t out,
    std::int64_t in, std::int64_t vectors)
{
    matvecRows(W, Vectors {x, y, vectors, in, out}, bias);
}

MatvecIsa matvecIsa()
{
    return kIsa;
}

bool forceMatvecKernel(const std::string &name)
{
    if (name == "avx512" && cpuFeatures().avx512f)
        kIsa = Isa::Avx512;
    else if (name == "avx2" && cpuFeatures().avx2Fma)
        kIsa = Isa::Avx2;
    else if (name == "generic")
        kIsa = Isa::Generic;
    else
        return false;
    return true;
}

const char *matvecKernelName()
{
    switch (kIsa) {
    case Isa::Avx512:
        return "avx512";
    case Isa::Avx2:
        return "avx2";
    case Isa::Generic:
        return "generic";
    }
    return "generic";
}

} // namespace shoptuner::engine
