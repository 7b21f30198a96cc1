#include "engine/model/matvec.h"

#include <ATen/Parallel.h>

#include "engine/base/cpu_features.h"

#include <cstring>
#include <string>
#if SHOPTUNER_X86_KERNELS
#include <immintrin.h>
#endif

namespace shoptuner::engine {
namespace {

inline float bf16ToFloat(std::uint16_t v)
{
    const std::uint32_t bits = static_cast<std::uint32_t>(v) << 16;
    float f;
    std::memcpy(&f, &bits, 4);
    return f;
}

inline float toFloat(float v)
{
    return v;
}

inline float toFloat(std::uint16_t v)
{
    return bf16ToFloat(v);
}

// ---- generic ----------------------------------------------------------------------------

void rowsF32Generic(const float *W, const float *x, float *y, std::int64_t begin, std::int64_t end, std::int64_t in)
{
    for (std::int64_t o = begin; o < end; ++o) {
        const float *w = W + o * in;
        float acc = 0;
        for (std::int64_t i = 0; i < in; ++i)
            acc += w[i] * x[i];
        y[o] = acc;
    }
}

void rowsBF16Generic(
    const std::uint16_t *W, const float *x, float *y, std::int64_t begin, std::int64_t end, std::int64_t in)
{
    for (std::int64_t o = begin; o < end; ++o) {
        const std::uint16_t *w = W + o * in;
        float acc = 0;
        for (std::int64_t i = 0; i < in; ++i)
            acc += bf16ToFloat(w[i]) * x[i];
        y[o] = acc;
    }
}

#if SHOPTUNER_X86_KERNELS
// ---- AVX-512: one row at a time (rows are contiguous, so the weights form a single
// sequential stream the hardware prefetcher follows), four accumulators per row -------------

SHOPTUNER_TARGET("avx512f") inline __m512 load16(const std::uint16_t *p)
{
    const __m256i raw = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p));
    return _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_cvtepu16_epi32(raw), 16));
}

SHOPTUNER_TARGET("avx512f") inline __m512 load16(const float *p)
{
    return _mm512_loadu_ps(p);
}

template <typename T>
SHOPTUNER_TARGET("avx512f")
void rowsAvx512(const T *W, const float *x, float *y, std::int64_t begin, std::int64_t end, std::int64_t in)
{
    const std::int64_t vecEnd = in - in % 64;
    const std::int64_t vec16End = in - in % 16;
    for (std::int64_t o = begin; o < end; ++o) {
        const T *w = W + o * in;
        __m512 a = _mm512_setzero_ps(), b = a, c = a, d = a;
        std::int64_t i = 0;
        for (; i < vecEnd; i += 64) {
            a = _mm512_fmadd_ps(load16(w + i), _mm512_loadu_ps(x + i), a);
            b = _mm512_fmadd_ps(load16(w + i + 16), _mm512_loadu_ps(x + i + 16), b);
            c = _mm512_fmadd_ps(load16(w + i + 32), _mm512_loadu_ps(x + i + 32), c);
            d = _mm512_fmadd_ps(load16(w + i + 48), _mm512_loadu_ps(x + i + 48), d);
        }
        for (; i < vec16End; i += 16)
            a = _mm512_fmadd_ps(load16(w + i), _mm512_loadu_ps(x + i), a);
        float s = _mm512_reduce_add_ps(_mm512_add_ps(_mm512_add_ps(a, b), _mm512_add_ps(c, d)));
        for (; i < in; ++i)
            s += toFloat(w[i]) * x[i];
        y[o] = s;
    }
}

// ---- AVX2 + FMA: four rows at a time ------------------------------------------------------

SHOPTUNER_TARGET("avx2,fma") inline float hsum256(__m256 v)
{
    const __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    const __m128 t = _mm_add_ps(s, _mm_movehl_ps(s, s));
    return _mm_cvtss_f32(_mm_add_ss(t, _mm_shuffle_ps(t, t, 1)));
}

SHOPTUNER_TARGET("avx2,fma") inline __m256 load8(const std::uint16_t *p)
{
    const __m128i raw = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
    return _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_cvtepu16_epi32(raw), 16));
}

SHOPTUNER_TARGET("avx2,fma") inline __m256 load8(const float *p)
{
    return _mm256_loadu_ps(p);
}

template <typename T>
SHOPTUNER_TARGET("avx2,fma")
void rowsAvx2(const T *W, const float *x, float *y, std::int64_t begin, std::int64_t end, std::int64_t in)
{
    const std::int64_t vecEnd = in - in % 8;
    for (std::int64_t o = begin; o < end; ++o) {
        const T *w = W + o * in;
        __m256 a = _mm256_setzero_ps();
        for (std::int64_t i = 0; i < vecEnd; i += 8)
            a = _mm256_fmadd_ps(load8(w + i), _mm256_loadu_ps(x + i), a);
        float s = hsum256(a);
        for (std::int64_t i = vecEnd; i < in; ++i)
            s += toFloat(w[i]) * x[i];
        y[o] = s;
    }
}

#endif // SHOPTUNER_X86_KERNELS

enum class Isa { Generic, Avx2, Avx512 };

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

} // namespace

void matvecF32(const float *W, const float *x, const float *bias, float *y, std::int64_t out, std::int64_t in)
{
    at::parallel_for(0, out, grainFor(in), [&](std::int64_t begin, std::int64_t end) {
        switch (kIsa) {
#if SHOPTUNER_X86_KERNELS
        case Isa::Avx512:
            rowsAvx512(W, x, y, begin, end, in);
            break;
        case Isa::Avx2:
            rowsAvx2(W, x, y, begin, end, in);
            break;
#else
        case Isa::Avx512:
        case Isa::Avx2: // never chosen without x86 kernels
#endif
        case Isa::Generic:
            rowsF32Generic(W, x, y, begin, end, in);
            break;
        }
        if (bias) {
            for (std::int64_t o = begin; o < end; ++o)
                y[o] += bias[o];
        }
    });
}

void matvecBF16(
    const std::uint16_t *W, const float *x, const std::uint16_t *bias, float *y, std::int64_t out, std::int64_t in)
{
    at::parallel_for(0, out, grainFor(in), [&](std::int64_t begin, std::int64_t end) {
        switch (kIsa) {
#if SHOPTUNER_X86_KERNELS
        case Isa::Avx512:
            rowsAvx512(W, x, y, begin, end, in);
            break;
        case Isa::Avx2:
            rowsAvx2(W, x, y, begin, end, in);
            break;
#else
        case Isa::Avx512:
        case Isa::Avx2: // never chosen without x86 kernels
#endif
        case Isa::Generic:
            rowsBF16Generic(W, x, y, begin, end, in);
            break;
        }
        if (bias) {
            for (std::int64_t o = begin; o < end; ++o)
                y[o] += bf16ToFloat(bias[o]);
        }
    });
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
