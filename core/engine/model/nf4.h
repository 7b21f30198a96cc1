// 4-bit NormalFloat quantization (QLoRA, Dettmers et al. 2023, arXiv:2305.14314 §3):
// blocks of 64 weights share an absmax; each weight becomes the index of the nearest of the
// paper's 16 code values. With double quantization the absmax constants are themselves stored
// as 8-bit codes in blocks of 256 (one F32 scale per block, one F32 offset per tensor):
// 4 + 8/64 + 32/(64*256) = 4.127 bits per weight. Two codes per byte, first in the high nibble.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

namespace shoptuner::engine {

// The NF4 code book as published with QLoRA (bitsandbytes' NF4 table), ascending.
inline constexpr std::array<float, 16> kNf4CodeBook = {
    -1.0f,
    -0.6961928009986877f,
    -0.5250730514526367f,
    -0.39491748809814453f,
    -0.28444138169288635f,
    -0.18477343022823334f,
    -0.09105003625154495f,
    0.0f,
    0.07958029955625534f,
    0.16093020141124725f,
    0.24611230194568634f,
    0.33791524171829224f,
    0.44070982933044434f,
    0.5626170039176941f,
    0.7229568362236023f,
    1.0f,
};

inline constexpr std::int64_t kNf4BlockSize = 64;
inline constexpr std::int64_t kNf4AbsmaxBlockSize = 256;

// Read-only pointers to NF4 data wherever it lives (vectors below, or torch buffers).
struct Nf4View
{
    std::int64_t numel = 0;
    const std::uint8_t *codes = nullptr;
    bool doubleQuant = true;
    const float *absmax = nullptr;
    const std::int8_t *absmaxQ = nullptr;
    const float *absmaxScale = nullptr;
    float absmaxOffset = 0;

    std::int64_t blocks() const { return (numel + kNf4BlockSize - 1) / kNf4BlockSize; }
    float blockAbsmax(std::int64_t block) const
    {
        if (!doubleQuant)
            return absmax[block];
        return static_cast<float>(absmaxQ[block]) * (absmaxScale[block / kNf4AbsmaxBlockSize] / 127.0f) + absmaxOffset;
    }
};

struct Nf4Data
{
    std::int64_t numel = 0;
    std::vector<std::uint8_t> codes; // numel / 2 bytes
    bool doubleQuant = true;
    std::vector<float> absmax; // one per block, when !doubleQuant
    std::vector<std::int8_t> absmaxQ; // one per block, when doubleQuant: round((a - offset) / scale * 127)
    std::vector<float> absmaxScale; // one per 256 blocks, when doubleQuant
    float absmaxOffset = 0; // mean absmax, when doubleQuant

    std::int64_t blocks() const { return (numel + kNf4BlockSize - 1) / kNf4BlockSize; }
    float blockAbsmax(std::int64_t block) const { return view().blockAbsmax(block); }
    std::int64_t bytes() const; // resident bytes of all the arrays above
    Nf4View view() const;
};

// Index of the code-book value nearest to x (x already divided by the block's absmax).
int nf4Index(float x);

// numel must be even. Parallel over blocks.
Nf4Data quantizeNf4(const float *values, std::int64_t numel, bool doubleQuant = true);
void dequantizeNf4(const Nf4View &data, float *out);
void dequantizeNf4ToBF16(const Nf4View &data, std::uint16_t *out);

// y = W x (+ bias) for an NF4 weight of shape (out, in); in must be a multiple of 64. Never
// materialises W: each block is decoded in registers and multiplied at once, for each of
// `vectors` rows of x (y is vectors × out); a row's result does not depend on the others.
void matvecNf4(const Nf4View &weight, const float *x, const float *bias, float *y, std::int64_t out, std::int64_t in,
    std::int64_t vectors = 1);

} // namespace shoptuner::engine
