#include "engine/model/nf4.h"

#include "engine/base/cpu_features.h"
#include "engine/base/error.h"
#include "engine/model/matvec.h"
#include "engine/model/vector_loads.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <type_traits>
#if SHOPTUNER_X86_KERNELS
#include <immintrin.h>
#endif

namespace shoptuner::engine {
namespace {

// Decision thresholds: midpoints between neighbouring code values.
constexpr std::array<float, 15> kThresholds = [] {
    std::array<float, 15> t {};
    for (std::size_t i = 0; i < 15; ++i)
        t[i] = 0.5f * (kNf4CodeBook[i] + kNf4CodeBook[i + 1]);
    return t;
}();

std::uint16_t floatToBf16(float f)
{
    std::uint32_t bits;
    std::memcpy(&bits, &f, 4);
    if ((bits & 0x7fffffff) > 0x7f800000)
        return static_cast<std::uint16_t>((bits >> 16) | 0x40); // keep NaN a NaN
    bits += 0x7fff + ((bits >> 16) & 1); // round to nearest even
    return static_cast<std::uint16_t>(bits >> 16);
}

#if SHOPTUNER_X86_KERNELS
// Rounds 16 floats to bfloat16 (nearest even) and packs them.
SHOPTUNER_TARGET("avx512f,avx512bw") inline __m256i roundToBf16(__m512 v)
{
    const __m512i bits = _mm512_castps_si512(v);
    const __m512i odd = _mm512_and_si512(_mm512_srli_epi32(bits, 16), _mm512_set1_epi32(1));
    const __m512i rounded = _mm512_add_epi32(bits, _mm512_add_epi32(odd, _mm512_set1_epi32(0x7fff)));
    return _mm512_cvtepi32_epi16(_mm512_srli_epi32(rounded, 16));
}

// Decodes whole blocks 32 codes at a time: look the nibbles up with one permute each, scale,
// and interleave high and low nibbles back into element order.
template <bool Bf16>
SHOPTUNER_TARGET("avx512f,avx512bw")
void dequantizeBlocksAvx512(const Nf4View &data, void *outPtr, std::int64_t begin, std::int64_t end)
{
    const __m512 lut = _mm512_loadu_ps(kNf4CodeBook.data());
    const __m512i low4 = _mm512_set1_epi32(0x0f);
    const __m512i firstHalf = _mm512_setr_epi32(0, 16, 1, 17, 2, 18, 3, 19, 4, 20, 5, 21, 6, 22, 7, 23);
    const __m512i secondHalf = _mm512_setr_epi32(8, 24, 9, 25, 10, 26, 11, 27, 12, 28, 13, 29, 14, 30, 15, 31);
    for (std::int64_t b = begin; b < end; ++b) {
        const __m512 scale = _mm512_set1_ps(data.blockAbsmax(b));
        for (int part = 0; part < 2; ++part) {
            const std::int64_t first = b * kNf4BlockSize + 32 * part;
            const __m512i bytes
                = _mm512_cvtepu8_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data.codes + first / 2)));
            const __m512 hi = _mm512_mul_ps(_mm512_permutexvar_ps(_mm512_srli_epi32(bytes, 4), lut), scale);
            const __m512 lo = _mm512_mul_ps(_mm512_permutexvar_ps(_mm512_and_si512(bytes, low4), lut), scale);
            const __m512 v0 = _mm512_permutex2var_ps(hi, firstHalf, lo);
            const __m512 v1 = _mm512_permutex2var_ps(hi, secondHalf, lo);
            if constexpr (Bf16) {
                auto *out = static_cast<std::uint16_t *>(outPtr) + first;
                _mm256_storeu_si256(reinterpret_cast<__m256i *>(out), roundToBf16(v0));
                _mm256_storeu_si256(reinterpret_cast<__m256i *>(out + 16), roundToBf16(v1));
            } else {
                auto *out = static_cast<float *>(outPtr) + first;
                _mm512_storeu_ps(out, v0);
                _mm512_storeu_ps(out + 16, v1);
            }
        }
    }
}
#endif // SHOPTUNER_X86_KERNELS

template <typename Out, typename Convert> void dequantizeInto(const Nf4View &data, Out *out, Convert convert)
{
    at::parallel_for(0, data.blocks(), 64, [&](std::int64_t begin, std::int64_t end) {
#if SHOPTUNER_X86_KERNELS
        if (cpuFeatures().avx512bw) {
            // Every block but a partial last one goes through the vector path.
            const std::int64_t full = data.numel / kNf4BlockSize;
            const std::int64_t vectorEnd = std::min(end, full);
            if (begin < vectorEnd)
                dequantizeBlocksAvx512<std::is_same_v<Out, std::uint16_t>>(data, out, begin, vectorEnd);
            begin = std::max(begin, vectorEnd);
        }
#endif
        for (std::int64_t b = begin; b < end; ++b) {
            const float scale = data.blockAbsmax(b);
            const std::int64_t first = b * kNf4BlockSize;
            const std::int64_t last = std::min(first + kNf4BlockSize, data.numel);
            for (std::int64_t i = first; i < last; i += 2) {
                const std::uint8_t byte = data.codes[i / 2];
                out[i] = convert(kNf4CodeBook[byte >> 4] * scale);
                out[i + 1] = convert(kNf4CodeBook[byte & 0x0f] * scale);
            }
        }
    });
}

// ---- fused NF4 matrix-vector product --------------------------------------------------------

// `vectors` rows of x (each `in` long) against weight rows begin..end; y is (vectors, out). Every
// row of x goes through the same operations in the same order whatever `vectors` is, so a token
// decoded in a batch gets the bits it gets alone.
void rowsNf4Generic(const Nf4View &w, const float *x, float *y, std::int64_t begin, std::int64_t end, std::int64_t in,
    std::int64_t out, std::int64_t vectors)
{
    const std::int64_t blocksPerRow = in / kNf4BlockSize;
    for (std::int64_t o = begin; o < end; ++o) {
        for (std::int64_t r = 0; r < vectors; ++r) {
            float acc = 0;
            for (std::int64_t b = 0; b < blocksPerRow; ++b) {
                const std::int64_t block = o * blocksPerRow + b;
                const std::uint8_t *codes = w.codes + block * kNf4BlockSize / 2;
                const float *xb = x + r * in + b * kNf4BlockSize;
                float part = 0;
                for (std::int64_t k = 0; k < kNf4BlockSize / 2; ++k) {
                    part += kNf4CodeBook[codes[k] >> 4] * xb[2 * k];
                    part += kNf4CodeBook[codes[k] & 0x0f] * xb[2 * k + 1];
                }
                acc += part * w.blockAbsmax(block);
            }
            y[r * out + o] = acc;
        }
    }
}

#if SHOPTUNER_X86_KERNELS
// The AVX2 kernel reads a block's 32 code bytes four bytes (eight weights) per 32-bit lane and
// takes a lane's eight nibbles one after another by shifting: a permute looks a lane's lowest
// bits up in the code book, so no nibble needs widening or masking first. Lane k then holds
// weights 8k .. 8k+7 of the block, and the j-th nibble of every lane (shift kNibbleShift[j]) is
// weights j, 8+j, 16+j, ... — x is split beforehand into the eight matching strided streams
// (xs: vectors × 8 × in/8, stream j holding x[8m + j]).
constexpr int kNibbleShift[8] = {4, 0, 12, 8, 20, 16, 28, 24}; // first weight of a byte in its high nibble

// Each (row, vector) pair sums a block's products in kChains interleaved chains, so one vector
// alone does not wait on one FMA after another; the chains are added in a fixed order at each
// block, whatever the number of vectors.
constexpr int kChains = 4;

// AVX-512: the 16 code values fit one register, so a nibble is one permute, shared by N rows
// of x. 16 code bytes widen to 16 lanes; a permute reads only a lane's lowest four bits, so the
// low nibbles need no masking and the high ones one shift. x is split beforehand into even and
// odd elements (xs: vectors × (in/2 even, in/2 odd)), matching high and low nibbles.
template <int N>
SHOPTUNER_TARGET("avx512f")
void rowNf4Avx512(const Nf4View &w, std::int64_t o, const float *xs, float *y, std::int64_t in, std::int64_t out)
{
    const __m512 lut = _mm512_loadu_ps(kNf4CodeBook.data());
    const std::int64_t blocksPerRow = in / kNf4BlockSize, half = in / 2;
    __m512 acc[N];
#pragma GCC unroll 8
    for (int r = 0; r < N; ++r)
        acc[r] = _mm512_setzero_ps();
    for (std::int64_t b = 0; b < blocksPerRow; ++b) {
        const std::int64_t block = o * blocksPerRow + b;
        const std::uint8_t *codes = w.codes + block * (kNf4BlockSize / 2);
        const std::int64_t at = b * (kNf4BlockSize / 2);
        __m512 part[N][kChains];
#pragma GCC unroll 8
        for (int r = 0; r < N; ++r) {
#pragma GCC unroll 4
            for (int c = 0; c < kChains; ++c)
                part[r][c] = _mm512_setzero_ps();
        }
#pragma GCC unroll 2
        for (int h = 0; h < 2; ++h) {
            const __m512i bytes
                = _mm512_cvtepu8_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(codes + 16 * h)));
            const __m512 hi = _mm512_permutexvar_ps(_mm512_srli_epi32(bytes, 4), lut);
            const __m512 lo = _mm512_permutexvar_ps(bytes, lut);
#pragma GCC unroll 8
            for (int r = 0; r < N; ++r) {
                const float *x = xs + r * in + at + 16 * h;
                part[r][2 * h] = _mm512_fmadd_ps(hi, _mm512_loadu_ps(x), part[r][2 * h]);
                part[r][2 * h + 1] = _mm512_fmadd_ps(lo, _mm512_loadu_ps(x + half), part[r][2 * h + 1]);
            }
        }
        const __m512 scale = _mm512_set1_ps(w.blockAbsmax(block));
#pragma GCC unroll 8
        for (int r = 0; r < N; ++r) {
            const __m512 sum
                = _mm512_add_ps(_mm512_add_ps(part[r][0], part[r][1]), _mm512_add_ps(part[r][2], part[r][3]));
            acc[r] = _mm512_fmadd_ps(sum, scale, acc[r]);
        }
    }
#pragma GCC unroll 8
    for (int r = 0; r < N; ++r)
        y[r * out + o] = _mm512_reduce_add_ps(acc[r]);
}

// AVX2: a permute looks up eight values, so a nibble is looked up in both halves of the code
// book and its fourth bit, shifted into the sign, picks one. A 32-byte load is one block.
template <int N>
SHOPTUNER_TARGET("avx2,fma")
void rowNf4Avx2(const Nf4View &w, std::int64_t o, const float *xs, float *y, std::int64_t in, std::int64_t out)
{
    const __m256 lutLow = _mm256_loadu_ps(kNf4CodeBook.data());
    const __m256 lutHigh = _mm256_loadu_ps(kNf4CodeBook.data() + 8);
    const std::int64_t blocksPerRow = in / kNf4BlockSize, stream = in / 8;
    const std::uint8_t *codes = w.codes + o * (in / 2);
    __m256 acc[N];
#pragma GCC unroll 8
    for (int r = 0; r < N; ++r)
        acc[r] = _mm256_setzero_ps();
    for (std::int64_t b = 0; b < blocksPerRow; ++b) {
        const __m256i raw = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(codes + b * (kNf4BlockSize / 2)));
        const std::int64_t at = b * 8;
        __m256 part[N][kChains];
#pragma GCC unroll 8
        for (int r = 0; r < N; ++r) {
#pragma GCC unroll 4
            for (int c = 0; c < kChains; ++c)
                part[r][c] = _mm256_setzero_ps();
        }
#pragma GCC unroll 8
        for (int j = 0; j < 8; ++j) {
            const __m256i index = _mm256_srli_epi32(raw, kNibbleShift[j]);
            const __m256 high = _mm256_castsi256_ps(_mm256_slli_epi32(raw, 28 - kNibbleShift[j]));
            const __m256 v = _mm256_blendv_ps(
                _mm256_permutevar8x32_ps(lutLow, index), _mm256_permutevar8x32_ps(lutHigh, index), high);
#pragma GCC unroll 8
            for (int r = 0; r < N; ++r)
                part[r][j % kChains]
                    = _mm256_fmadd_ps(v, _mm256_loadu_ps(xs + r * in + j * stream + at), part[r][j % kChains]);
        }
        const __m256 scale = _mm256_set1_ps(w.blockAbsmax(o * blocksPerRow + b));
#pragma GCC unroll 8
        for (int r = 0; r < N; ++r) {
            const __m256 sum
                = _mm256_add_ps(_mm256_add_ps(part[r][0], part[r][1]), _mm256_add_ps(part[r][2], part[r][3]));
            acc[r] = _mm256_fmadd_ps(sum, scale, acc[r]);
        }
    }
#pragma GCC unroll 8
    for (int r = 0; r < N; ++r)
        y[r * out + o] = kernels::hsum256(acc[r]);
}

template <MatvecIsa Isa, int N>
void rowNf4(const Nf4View &w, std::int64_t o, const float *xs, float *y, std::int64_t in, std::int64_t out)
{
    if constexpr (Isa == MatvecIsa::Avx512)
        rowNf4Avx512<N>(w, o, xs, y, in, out);
    else
        rowNf4Avx2<N>(w, o, xs, y, in, out);
}

// Several rows of x share each decoded piece of the weight row: four with AVX-512's 32
// registers, two with AVX2's 16.
template <MatvecIsa Isa>
void rowsNf4Vector(const Nf4View &w, const float *xs, float *y, std::int64_t begin, std::int64_t end, std::int64_t in,
    std::int64_t out, std::int64_t vectors)
{
    constexpr int group = Isa == MatvecIsa::Avx512 ? 4 : 2;
    for (std::int64_t o = begin; o < end; ++o) {
        std::int64_t r = 0;
        for (; r + group <= vectors; r += group)
            rowNf4<Isa, group>(w, o, xs + r * in, y + r * out, in, out);
        for (; r < vectors; ++r)
            rowNf4<Isa, 1>(w, o, xs + r * in, y + r * out, in, out);
    }
}
#endif // SHOPTUNER_X86_KERNELS

} // namespace

Nf4View Nf4Data::view() const
{
    return {numel, codes.data(), doubleQuant, absmax.data(), absmaxQ.data(), absmaxScale.data(), absmaxOffset};
}

std::int64_t Nf4Data::bytes() const
{
    return static_cast<std::int64_t>(codes.size() + absmax.size() * 4 + absmaxQ.size() + absmaxScale.size() * 4)
        + (doubleQuant ? 4 : 0);
}

int nf4Index(float x)
{
    return static_cast<int>(std::upper_bound(kThresholds.begin(), kThresholds.end(), x) - kThresholds.begin());
}

Nf4Data quantizeNf4(const float *values, std::int64_t numel, bool doubleQuant)
{
    if (numel % 2 != 0)
        throw EngineError("NF4 quantization needs an even number of values, got " + std::to_string(numel));
    Nf4Data data;
    data.numel = numel;
    data.doubleQuant = doubleQuant;
    data.codes.resize(static_cast<std::size_t>(numel / 2));
    const std::int64_t blocks = data.blocks();
    std::vector<float> absmax(static_cast<std::size_t>(blocks));
    at::parallel_for(0, blocks, 64, [&](std::int64_t begin, std::int64_t end) {
        for (std::int64_t b = begin; b < end; ++b) {
            const std::int64_t first = b * kNf4BlockSize;
            const std::int64_t last = std::min(first + kNf4BlockSize, numel);
            float m = 0;
            for (std::int64_t i = first; i < last; ++i)
                m = std::max(m, std::abs(values[i]));
            absmax[static_cast<std::size_t>(b)] = m;
            const float inv = m > 0 ? 1.0f / m : 0.0f;
            for (std::int64_t i = first; i < last; i += 2) {
                const int hi = nf4Index(values[i] * inv), lo = nf4Index(values[i + 1] * inv);
                data.codes[static_cast<std::size_t>(i / 2)] = static_cast<std::uint8_t>((hi << 4) | lo);
            }
        }
    });
    if (!doubleQuant) {
        data.absmax = std::move(absmax);
        return data;
    }
    // Second level: absmax minus its mean, as symmetric 8-bit codes per 256 blocks.
    double sum = 0;
    for (float a : absmax)
        sum += a;
    data.absmaxOffset = static_cast<float>(sum / static_cast<double>(std::max<std::int64_t>(blocks, 1)));
    const std::int64_t groups = (blocks + kNf4AbsmaxBlockSize - 1) / kNf4AbsmaxBlockSize;
    data.absmaxQ.resize(static_cast<std::size_t>(blocks));
    data.absmaxScale.resize(static_cast<std::size_t>(groups));
    for (std::int64_t g = 0; g < groups; ++g) {
        const std::int64_t first = g * kNf4AbsmaxBlockSize, last = std::min(first + kNf4AbsmaxBlockSize, blocks);
        float m = 0;
        for (std::int64_t b = first; b < last; ++b)
            m = std::max(m, std::abs(absmax[static_cast<std::size_t>(b)] - data.absmaxOffset));
        data.absmaxScale[static_cast<std::size_t>(g)] = m;
        const float inv = m > 0 ? 127.0f / m : 0.0f;
        for (std::int64_t b = first; b < last; ++b)
            data.absmaxQ[static_cast<std::size_t>(b)] = static_cast<std::int8_t>(
                std::lround((absmax[static_cast<std::size_t>(b)] - data.absmaxOffset) * inv));
    }
    return data;
}

void dequantizeNf4(const Nf4View &data, float *out)
{
    dequantizeInto(data, out, [](float v) { return v; });
}

void dequantizeNf4ToBF16(const Nf4View &data, std::uint16_t *out)
{
    dequantizeInto(data, out, floatToBf16);
}

void matvecNf4(const Nf4View &weight, const float *x, const float *bias, float *y, std::int64_t out, std::int64_t in,
    std::int64_t vectors)
{
    if (in % kNf4BlockSize != 0 || weight.numel != out * in)
        throw EngineError("NF4 matrix-vector product needs a row length that is a multiple of 64");
    // The AVX-512 kernel reads x split into even and odd elements, the AVX2 one as eight strided
    // streams, the portable one as is.
    const MatvecIsa isa = matvecIsa(); // Generic where the vector kernels are not built
    std::vector<float> xs;
    if (isa != MatvecIsa::Generic) {
        xs.resize(static_cast<std::size_t>(vectors * in));
        const std::int64_t streams = isa == MatvecIsa::Avx512 ? 2 : 8, length = in / streams;
        for (std::int64_t r = 0; r < vectors; ++r) {
            for (std::int64_t i = 0; i < in; ++i)
                xs[static_cast<std::size_t>(r * in + (i % streams) * length + i / streams)] = x[r * in + i];
        }
    }
    const std::int64_t grain = std::max<std::int64_t>(16, 131072 / (in * vectors));
    at::parallel_for(0, out, grain, [&](std::int64_t begin, std::int64_t end) {
        switch (isa) {
#if SHOPTUNER_X86_KERNELS
        case MatvecIsa::Avx512:
            rowsNf4Vector<MatvecIsa::Avx512>(weight, xs.data(), y, begin, end, in, out, vectors);
            break;
        case MatvecIsa::Avx2:
            rowsNf4Vector<MatvecIsa::Avx2>(weight, xs.data(), y, begin, end, in, out, vectors);
            break;
#endif
        default:
            rowsNf4Generic(weight, x, y, begin, end, in, out, vectors);
            break;
        }
        if (bias) {
            for (std::int64_t r = 0; r < vectors; ++r) {
                for (std::int64_t o = begin; o < end; ++o)
                    y[r * out + o] += bias[o];
            }
        }
    });
}

} // namespace shoptuner::engine
