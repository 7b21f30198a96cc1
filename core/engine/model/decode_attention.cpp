#include "engine/model/decode_attention.h"

#include "engine/base/cpu_features.h"
#include "engine/model/matvec.h"
#include "engine/model/vector_loads.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace shoptuner::engine {
namespace {

using kernels::toFloat;

// out[d] = sum_p probs[p] * V[p, d], keys in order.
template <typename T>
void weightedSumGeneric(const float *probs, const T *V, std::int64_t n, std::int64_t D, float *out)
{
    std::fill(out, out + D, 0.0f);
    for (std::int64_t p = 0; p < n; ++p) {
        const T *v = V + p * D;
        for (std::int64_t d = 0; d < D; ++d)
            out[d] += probs[p] * toFloat(v[d]);
    }
}

#if SHOPTUNER_X86_KERNELS
using kernels::load16;

// The same sums as weightedSumGeneric (fused multiply-adds), sixteen dimensions at a time.
template <typename T>
SHOPTUNER_TARGET("avx512f")
void weightedSumAvx512(const float *probs, const T *V, std::int64_t n, std::int64_t D, float *out)
{
    std::int64_t d = 0;
    for (; d + 16 <= D; d += 16) {
        __m512 acc = _mm512_setzero_ps();
        for (std::int64_t p = 0; p < n; ++p)
            acc = _mm512_fmadd_ps(_mm512_set1_ps(probs[p]), load16(V + p * D + d), acc);
        _mm512_storeu_ps(out + d, acc);
    }
    for (; d < D; ++d) {
        float acc = 0;
        for (std::int64_t p = 0; p < n; ++p)
            acc = std::fma(probs[p], toFloat(V[p * D + d]), acc);
        out[d] = acc;
    }
}
#endif

template <typename T> void attend(const DecodeAttentionArgs &a)
{
    const T *keys = static_cast<const T *>(a.keys);
    const T *values = static_cast<const T *>(a.values);
    const std::int64_t D = a.headDim, G = a.groups;
#if SHOPTUNER_X86_KERNELS
    const bool avx512 = cpuFeatures().avx512f;
#endif
    at::parallel_for(0, a.batch * a.kvHeads, 1, [&](std::int64_t begin, std::int64_t end) {
        std::vector<float> scores;
        for (std::int64_t bh = begin; bh < end; ++bh) {
            const std::int64_t b = bh / a.kvHeads;
            const std::int64_t first = std::clamp<std::int64_t>(a.first[b], 0, a.total - 1);
            const std::int64_t n = a.total - first;
            const T *K = keys + (bh * a.capacity + first) * D;
            const T *V = values + (bh * a.capacity + first) * D;
            const float *q = a.query + bh * G * D;
            scores.resize(static_cast<std::size_t>(G * n));
            // Scores of the group's queries against the keys: keys are rows, so a product of
            // the key matrix with G vectors (one pass over the keys for all of them).
            if constexpr (sizeof(T) == 2)
                matvecBF16(K, q, nullptr, scores.data(), n, D, G);
            else
                matvecF32(K, q, nullptr, scores.data(), n, D, G);
            for (std::int64_t g = 0; g < G; ++g) {
                float *s = scores.data() + g * n;
                float top = -INFINITY;
                for (std::int64_t p = 0; p < n; ++p) {
                    s[p] *= a.scale;
                    top = std::max(top, s[p]);
                }
                float sum = 0;
                for (std::int64_t p = 0; p < n; ++p) {
                    s[p] = std::exp(s[p] - top);
                    sum += s[p];
                }
                const float inv = 1.0f / sum;
                for (std::int64_t p = 0; p < n; ++p)
                    s[p] *= inv;
                float *out = a.out + (bh * G + g) * D;
#if SHOPTUNER_X86_KERNELS
                if (avx512) {
                    weightedSumAvx512(s, V, n, D, out);
                    continue;
                }
#endif
                weightedSumGeneric(s, V, n, D, out);
            }
        }
    });
}

} // namespace

void decodeAttention(const DecodeAttentionArgs &a)
{
    if (a.bf16)
        attend<std::uint16_t>(a);
    else
        attend<float>(a);
}

} // namespace shoptuner::engine
