// The GGUF file format (version 3), the model file of llama.cpp, Ollama and LM Studio, written
// and read from its public specification (ggml's docs/gguf.md): a header, typed key-value
// metadata, tensor descriptions and aligned tensor data, all little-endian. Tensor types F32,
// F16, BF16, Q8_0 (blocks of 32 weights: an F16 scale and 32 signed bytes) and Q4_0 (an F16 scale
// and 32 four-bit values). No torch here.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace shoptuner::engine::gguf {

enum class ValueType : std::uint32_t {
    U8 = 0,
    I8 = 1,
    U16 = 2,
    I16 = 3,
    U32 = 4,
    I32 = 5,
    F32 = 6,
    Bool = 7,
    String = 8,
    Array = 9,
    U64 = 10,
    I64 = 11,
    F64 = 12,
};

// ggml's tensor types that ShopTuner writes.
enum class TensorType : std::uint32_t { F32 = 0, F16 = 1, Q4_0 = 2, Q8_0 = 8, BF16 = 30 };

inline constexpr std::uint32_t kVersion = 3;
inline constexpr std::uint32_t kDefaultAlignment = 32;
inline constexpr std::int64_t kQ8BlockSize = 32;

std::string typeName(TensorType type); // "F32", "F16", "BF16", "Q8_0", "Q4_0"
// Q8_0 and Q4_0 store rows in blocks of kQ8BlockSize weights.
inline bool isBlockType(TensorType type)
{
    return type == TensorType::Q8_0 || type == TensorType::Q4_0;
}
std::optional<TensorType> parseTensorType(const std::string &name); // f32, f16, bf16, q8_0, q4_0 (any case)
// Bytes for `elements` values of `type` (Q8_0, Q4_0: elements must be a multiple of 32).
std::uint64_t tensorBytes(TensorType type, std::int64_t elements);

struct Value
{
    ValueType type = ValueType::U32;
    std::uint64_t u = 0; // U8..U64
    std::int64_t i = 0; // I8..I64
    double f = 0; // F32, F64
    bool b = false;
    std::string s;
    ValueType elementType = ValueType::U32; // Array
    std::vector<Value> items; // Array

    static Value u32(std::uint32_t v);
    static Value u64(std::uint64_t v);
    static Value i32(std::int32_t v);
    static Value f32(float v);
    static Value boolean(bool v);
    static Value string(std::string v);
    static Value strings(const std::vector<std::string> &v);
    static Value i32s(const std::vector<std::int32_t> &v);
    static Value f32s(const std::vector<float> &v);
};

struct KeyValue
{
    std::string key;
    Value value;
};

// float <-> IEEE half (round to nearest even, as C's conversion and numpy do) and bfloat16
// (round to nearest even on the upper 16 bits, NaN kept NaN).
std::uint16_t toHalf(float value);
float fromHalf(std::uint16_t bits);
std::uint16_t toBFloat16(float value);
float fromBFloat16(std::uint16_t bits);

// One row of weights in `type`'s bytes, and back. Q8_0 follows ggml's reference quantizer:
// per block of 32, d = max|x| / 127, q = round(x / d) (half away from zero), d stored as F16.
// Q4_0 follows ggml's too: m = the value of largest magnitude, d = m / -8, q = min(15, trunc(x / d
// + 8.5)), weight j and j + 16 sharing a byte (low and high nibble).
void encode(TensorType type, std::span<const float> values, std::byte *out);
void decode(TensorType type, const std::byte *data, std::span<float> out);

struct TensorToWrite
{
    std::string name;
    std::vector<std::int64_t> shape; // row-major, outermost first (PyTorch order)
    TensorType type = TensorType::F32;
    // Produces the float values in row-major order when the writer gets to this tensor, so that
    // a model is never held in memory twice.
    std::function<std::vector<float>()> values;
};

// Writes a GGUF file atomically: nothing appears under `path` unless the whole file was written
// (a temporary file beside it is renamed at the end). `progress(done, total)` is called per
// tensor and may throw to abandon the file.
void writeFile(const std::filesystem::path &path, const std::vector<KeyValue> &metadata,
    const std::vector<TensorToWrite> &tensors,
    const std::function<void(std::size_t done, std::size_t total)> &progress = {});

struct TensorInfo
{
    std::string name;
    std::vector<std::int64_t> shape; // PyTorch order (GGUF stores the innermost dimension first)
    TensorType type = TensorType::F32;
    std::uint64_t offset = 0; // from the start of the data section
    std::uint64_t bytes = 0;
};

// A GGUF file read into memory-mapped form, validated: magic, version, every length and offset
// within the file, known types, alignment. Throws FormatError naming the fault.
class File
{
public:
    static File open(const std::filesystem::path &path);

    std::uint32_t version() const { return m_version; }
    std::uint32_t alignment() const { return m_alignment; }
    const std::vector<KeyValue> &metadata() const { return m_metadata; }
    const Value *find(const std::string &key) const;
    const std::vector<TensorInfo> &tensors() const { return m_tensors; }
    const TensorInfo *tensor(const std::string &name) const;
    std::span<const std::byte> data(const TensorInfo &tensor) const;
    std::vector<float> values(const TensorInfo &tensor) const; // decoded

private:
    std::shared_ptr<const void> m_mapping;
    std::size_t m_size = 0;
    std::uint32_t m_version = 0;
    std::uint32_t m_alignment = kDefaultAlignment;
    std::uint64_t m_dataStart = 0;
    std::vector<KeyValue> m_metadata;
    std::vector<TensorInfo> m_tensors;
};

} // namespace shoptuner::engine::gguf
