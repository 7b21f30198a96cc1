// Loading F32 or BF16 weights and cache entries as float32, one element or one vector register at
// a time, and summing a register, for the hand-written kernels (matvec.cpp, nf4.cpp,
// decode_attention.cpp). BF16 is the upper half of a float32, so widening is a shift. Include
// only from kernel sources.
#pragma once

#include "engine/base/cpu_features.h"

#include <cstdint>
#include <cstring>
#if SHOPTUNER_X86_KERNELS
#include <immintrin.h>
#endif

namespace shoptuner::engine::kernels {

inline float toFloat(float v)
{
    return v;
}

inline float toFloat(std::uint16_t v)
{
    const std::uint32_t bits = static_cast<std::uint32_t>(v) << 16;
    float f;
    std::memcpy(&f, &bits, 4);
    return f;
}

#if SHOPTUNER_X86_KERNELS
SHOPTUNER_TARGET("avx512f") inline __m512 load16(const std::uint16_t *p)
{
    const __m256i raw = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p));
    return _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_cvtepu16_epi32(raw), 16));
}

SHOPTUNER_TARGET("avx512f") inline __m512 load16(const float *p)
{
    return _mm512_loadu_ps(p);
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

// The sum of a register's eight lanes, in a fixed order.
SHOPTUNER_TARGET("avx2,fma") inline float hsum256(__m256 v)
{
    const __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    const __m128 t = _mm_add_ps(s, _mm_movehl_ps(s, s));
    return _mm_cvtss_f32(_mm_add_ss(t, _mm_shuffle_ps(t, t, 1)));
}
#endif

} // namespace shoptuner::engine::kernels
