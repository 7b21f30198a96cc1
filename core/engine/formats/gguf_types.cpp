// GGUF's tensor types and metadata values, and the number conversions they need: IEEE half,
// bfloat16 and ggml's Q8_0 and Q4_0 blocks.
#include "engine/base/error.h"
#include "engine/formats/gguf.h"

#include <algorithm>
#include <bit>
#include <cctype>
#include <cmath>
#include <cstring>

namespace shoptuner::engine::gguf {

std::string typeName(TensorType type)
{
    switch (type) {
    case TensorType::F32:
        return "F32";
    case TensorType::F16:
        return "F16";
    case TensorType::BF16:
        return "BF16";
    case TensorType::Q8_0:
        return "Q8_0";
    case TensorType::Q4_0:
        return "Q4_0";
    }
    return "type " + std::to_string(static_cast<std::uint32_t>(type));
}

std::optional<TensorType> parseTensorType(const std::string &name)
{
    std::string n = name;
    std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return std::tolower(c); });
    if (n == "f32")
        return TensorType::F32;
    if (n == "f16")
        return TensorType::F16;
    if (n == "bf16")
        return TensorType::BF16;
    if (n == "q8_0")
        return TensorType::Q8_0;
    if (n == "q4_0")
        return TensorType::Q4_0;
    return std::nullopt;
}

std::uint64_t tensorBytes(TensorType type, std::int64_t elements)
{
    const auto n = static_cast<std::uint64_t>(elements);
    switch (type) {
    case TensorType::F32:
        return 4 * n;
    case TensorType::F16:
    case TensorType::BF16:
        return 2 * n;
    case TensorType::Q8_0:
        if (n % kQ8BlockSize)
            throw EngineError("Q8_0 needs rows whose length is a multiple of 32");
        return n / kQ8BlockSize * (2 + kQ8BlockSize);
    case TensorType::Q4_0:
        if (n % kQ8BlockSize)
            throw EngineError("Q4_0 needs rows whose length is a multiple of 32");
        return n / kQ8BlockSize * (2 + kQ8BlockSize / 2);
    }
    throw EngineError("unknown tensor type");
}

Value Value::u32(std::uint32_t v)
{
    Value x;
    x.type = ValueType::U32;
    x.u = v;
    return x;
}
Value Value::u64(std::uint64_t v)
{
    Value x;
    x.type = ValueType::U64;
    x.u = v;
    return x;
}
Value Value::i32(std::int32_t v)
{
    Value x;
    x.type = ValueType::I32;
    x.i = v;
    return x;
}
Value Value::f32(float v)
{
    Value x;
    x.type = ValueType::F32;
    x.f = v;
    return x;
}
Value Value::boolean(bool v)
{
    Value x;
    x.type = ValueType::Bool;
    x.b = v;
    return x;
}
Value Value::string(std::string v)
{
    Value x;
    x.type = ValueType::String;
    x.s = std::move(v);
    return x;
}
Value Value::strings(const std::vector<std::string> &v)
{
    Value x;
    x.type = ValueType::Array;
    x.elementType = ValueType::String;
    for (const auto &s : v)
        x.items.push_back(string(s));
    return x;
}
Value Value::i32s(const std::vector<std::int32_t> &v)
{
    Value x;
    x.type = ValueType::Array;
    x.elementType = ValueType::I32;
    for (auto s : v)
        x.items.push_back(i32(s));
    return x;
}
Value Value::f32s(const std::vector<float> &v)
{
    Value x;
    x.type = ValueType::Array;
    x.elementType = ValueType::F32;
    for (auto s : v)
        x.items.push_back(f32(s));
    return x;
}

std::uint16_t toHalf(float value)
{
    const auto x = std::bit_cast<std::uint32_t>(value);
    const std::uint32_t sign = (x >> 16) & 0x8000u;
    const std::uint32_t absolute = x & 0x7FFFFFFFu;
    if (absolute > 0x7F800000u) // NaN: keep it a quiet NaN
        return static_cast<std::uint16_t>(sign | 0x7E00u);
    if (absolute >= 0x477FF000u) // rounds to or beyond 65520: infinity
        return static_cast<std::uint16_t>(sign | 0x7C00u);
    if (absolute < 0x38800000u) { // below the smallest normal half: a subnormal or zero
        // value * 2^24 rounded to an integer, nearest even (exact in float arithmetic).
        const float scaled = std::bit_cast<float>(absolute) * 16777216.0f;
        return static_cast<std::uint16_t>(sign | static_cast<std::uint32_t>(std::nearbyint(scaled)));
    }
    // Normal: rebias the exponent, round the 13 dropped mantissa bits to nearest even.
    const std::uint32_t rebased = absolute - 0x38000000u;
    const std::uint32_t rounded = rebased + 0x0FFFu + ((rebased >> 13) & 1u);
    return static_cast<std::uint16_t>(sign | (rounded >> 13));
}

float fromHalf(std::uint16_t bits)
{
    const std::uint32_t sign = static_cast<std::uint32_t>(bits & 0x8000u) << 16;
    const std::uint32_t exponent = (bits >> 10) & 0x1Fu;
    const std::uint32_t mantissa = bits & 0x3FFu;
    if (exponent == 0) { // zero or subnormal: mantissa * 2^-24
        const float v = static_cast<float>(mantissa) / 16777216.0f;
        return sign ? -v : v;
    }
    if (exponent == 31)
        return std::bit_cast<float>(sign | 0x7F800000u | (mantissa << 13));
    return std::bit_cast<float>(sign | ((exponent + 112) << 23) | (mantissa << 13));
}

std::uint16_t toBFloat16(float value)
{
    const auto x = std::bit_cast<std::uint32_t>(value);
    if ((x & 0x7FFFFFFFu) > 0x7F800000u)
        return static_cast<std::uint16_t>((x >> 16) | 0x40u);
    return static_cast<std::uint16_t>((x + 0x7FFFu + ((x >> 16) & 1u)) >> 16);
}

float fromBFloat16(std::uint16_t bits)
{
    return std::bit_cast<float>(static_cast<std::uint32_t>(bits) << 16);
}

void encode(TensorType type, std::span<const float> values, std::byte *out)
{
    switch (type) {
    case TensorType::F32:
        std::memcpy(out, values.data(), values.size() * 4);
        return;
    case TensorType::F16:
    case TensorType::BF16:
        for (std::size_t k = 0; k < values.size(); ++k) {
            const std::uint16_t h = type == TensorType::F16 ? toHalf(values[k]) : toBFloat16(values[k]);
            std::memcpy(out + 2 * k, &h, 2);
        }
        return;
    case TensorType::Q8_0:
        if (values.size() % kQ8BlockSize)
            throw EngineError("Q8_0 needs rows whose length is a multiple of 32");
        for (std::size_t block = 0; block < values.size() / kQ8BlockSize; ++block) {
            const float *x = values.data() + block * kQ8BlockSize;
            float amax = 0;
            for (std::int64_t k = 0; k < kQ8BlockSize; ++k)
                amax = std::max(amax, std::fabs(x[k]));
            const float d = amax / 127.0f;
            const float id = d != 0.0f ? 1.0f / d : 0.0f;
            std::byte *b = out + block * (2 + kQ8BlockSize);
            const std::uint16_t h = toHalf(d);
            std::memcpy(b, &h, 2);
            for (std::int64_t k = 0; k < kQ8BlockSize; ++k) {
                const auto q = static_cast<std::int8_t>(std::round(x[k] * id)); // round: half away from zero
                std::memcpy(b + 2 + k, &q, 1);
            }
        }
        return;
    case TensorType::Q4_0:
        if (values.size() % kQ8BlockSize)
            throw EngineError("Q4_0 needs rows whose length is a multiple of 32");
        for (std::size_t block = 0; block < values.size() / kQ8BlockSize; ++block) {
            const float *x = values.data() + block * kQ8BlockSize;
            float amax = 0, max = 0; // the value of largest magnitude, with its sign
            for (std::int64_t k = 0; k < kQ8BlockSize; ++k)
                if (amax < std::fabs(x[k])) {
                    amax = std::fabs(x[k]);
                    max = x[k];
                }
            const float d = max / -8.0f;
            const float id = d != 0.0f ? 1.0f / d : 0.0f;
            std::byte *b = out + block * (2 + kQ8BlockSize / 2);
            const std::uint16_t h = toHalf(d);
            std::memcpy(b, &h, 2);
            for (std::int64_t k = 0; k < kQ8BlockSize / 2; ++k) {
                const auto low = std::min<std::int8_t>(15, static_cast<std::int8_t>(x[k] * id + 8.5f));
                const auto high
                    = std::min<std::int8_t>(15, static_cast<std::int8_t>(x[k + kQ8BlockSize / 2] * id + 8.5f));
                b[2 + k] = static_cast<std::byte>(std::uint8_t(low) | std::uint8_t(high) << 4);
            }
        }
        return;
    }
}

void decode(TensorType type, const std::byte *data, std::span<float> out)
{
    switch (type) {
    case TensorType::F32:
        std::memcpy(out.data(), data, out.size() * 4);
        return;
    case TensorType::F16:
    case TensorType::BF16:
        for (std::size_t k = 0; k < out.size(); ++k) {
            std::uint16_t h;
            std::memcpy(&h, data + 2 * k, 2);
            out[k] = type == TensorType::F16 ? fromHalf(h) : fromBFloat16(h);
        }
        return;
    case TensorType::Q8_0:
        for (std::size_t block = 0; block < out.size() / kQ8BlockSize; ++block) {
            const std::byte *b = data + block * (2 + kQ8BlockSize);
            std::uint16_t h;
            std::memcpy(&h, b, 2);
            const float d = fromHalf(h);
            for (std::int64_t k = 0; k < kQ8BlockSize; ++k) {
                std::int8_t q;
                std::memcpy(&q, b + 2 + k, 1);
                out[block * kQ8BlockSize + k] = d * static_cast<float>(q);
            }
        }
        return;
    case TensorType::Q4_0:
        for (std::size_t block = 0; block < out.size() / kQ8BlockSize; ++block) {
            const std::byte *b = data + block * (2 + kQ8BlockSize / 2);
            std::uint16_t h;
            std::memcpy(&h, b, 2);
            const float d = fromHalf(h);
            for (std::int64_t k = 0; k < kQ8BlockSize / 2; ++k) {
                const auto q = std::to_integer<std::uint8_t>(b[2 + k]);
                out[block * kQ8BlockSize + k] = d * static_cast<float>((q & 0x0F) - 8);
                out[block * kQ8BlockSize + k + kQ8BlockSize / 2] = d * static_cast<float>((q >> 4) - 8);
            }
        }
        return;
    }
}

} // namespace shoptuner::engine::gguf
