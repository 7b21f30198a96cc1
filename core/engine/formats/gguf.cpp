#include "engine/formats/gguf.h"

#include "engine/base/atomic_file.h"
#include "engine/base/error.h"
#include "engine/base/mapped_file.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

static_assert(std::endian::native == std::endian::little, "GGUF is little-endian; so is every target we build for");

namespace shoptuner::engine::gguf {
namespace {

constexpr char kMagic[4] = {'G', 'G', 'U', 'F'};
// Sanity bounds on what a file may claim, so a corrupt count cannot exhaust memory.
constexpr std::uint64_t kMaxCount = 100'000'000;
constexpr std::uint32_t kMaxDims = 4;

std::size_t scalarSize(ValueType t)
{
    switch (t) {
    case ValueType::U8:
    case ValueType::I8:
    case ValueType::Bool:
        return 1;
    case ValueType::U16:
    case ValueType::I16:
        return 2;
    case ValueType::U32:
    case ValueType::I32:
    case ValueType::F32:
        return 4;
    case ValueType::U64:
    case ValueType::I64:
    case ValueType::F64:
        return 8;
    default:
        return 0;
    }
}

// ---- writing -------------------------------------------------------------------------------

class Out
{
public:
    explicit Out(AtomicFile &file)
        : m_file(file)
    { }
    template <typename T> void pod(T v)
    {
        m_file.write(reinterpret_cast<const char *>(&v), sizeof v);
        m_written += sizeof v;
    }
    void bytes(const void *data, std::size_t n)
    {
        m_file.write(static_cast<const char *>(data), n);
        m_written += n;
    }
    void string(const std::string &s)
    {
        pod<std::uint64_t>(s.size());
        bytes(s.data(), s.size());
    }
    void padTo(std::uint64_t alignment)
    {
        static const char zeros[64] = {};
        while (m_written % alignment)
            bytes(zeros, std::min<std::uint64_t>(sizeof zeros, alignment - m_written % alignment));
    }
    std::uint64_t written() const { return m_written; }

private:
    AtomicFile &m_file;
    std::uint64_t m_written = 0;
};

void writeScalar(Out &out, const Value &v, ValueType t)
{
    switch (t) {
    case ValueType::U8:
        out.pod<std::uint8_t>(static_cast<std::uint8_t>(v.u));
        break;
    case ValueType::I8:
        out.pod<std::int8_t>(static_cast<std::int8_t>(v.i));
        break;
    case ValueType::U16:
        out.pod<std::uint16_t>(static_cast<std::uint16_t>(v.u));
        break;
    case ValueType::I16:
        out.pod<std::int16_t>(static_cast<std::int16_t>(v.i));
        break;
    case ValueType::U32:
        out.pod<std::uint32_t>(static_cast<std::uint32_t>(v.u));
        break;
    case ValueType::I32:
        out.pod<std::int32_t>(static_cast<std::int32_t>(v.i));
        break;
    case ValueType::F32:
        out.pod<float>(static_cast<float>(v.f));
        break;
    case ValueType::Bool:
        out.pod<std::uint8_t>(v.b ? 1 : 0);
        break;
    case ValueType::String:
        out.string(v.s);
        break;
    case ValueType::U64:
        out.pod<std::uint64_t>(v.u);
        break;
    case ValueType::I64:
        out.pod<std::int64_t>(v.i);
        break;
    case ValueType::F64:
        out.pod<double>(v.f);
        break;
    case ValueType::Array:
        throw EngineError("GGUF: nested arrays are not written");
    }
}

void writeValue(Out &out, const Value &v)
{
    out.pod<std::uint32_t>(static_cast<std::uint32_t>(v.type));
    if (v.type != ValueType::Array) {
        writeScalar(out, v, v.type);
        return;
    }
    out.pod<std::uint32_t>(static_cast<std::uint32_t>(v.elementType));
    out.pod<std::uint64_t>(v.items.size());
    for (const Value &item : v.items)
        writeScalar(out, item, v.elementType);
}

// ---- reading -------------------------------------------------------------------------------

class In
{
public:
    In(const std::byte *data, std::size_t size, std::string label)
        : m_data(data)
        , m_size(size)
        , m_label(std::move(label))
    { }
    [[noreturn]] void fail(const std::string &what) const
    {
        throw FormatError(m_label + ": " + what + " (at byte " + std::to_string(m_pos) + ")",
            "the file is damaged or not a GGUF model; export it again");
    }
    void need(std::uint64_t n) const
    {
        if (n > m_size - m_pos)
            fail("the file ends early");
    }
    template <typename T> T pod()
    {
        need(sizeof(T));
        T v;
        std::memcpy(&v, m_data + m_pos, sizeof v);
        m_pos += sizeof v;
        return v;
    }
    std::string string()
    {
        const auto n = pod<std::uint64_t>();
        need(n);
        std::string s(reinterpret_cast<const char *>(m_data + m_pos), n);
        m_pos += n;
        return s;
    }
    std::size_t pos() const { return m_pos; }

private:
    const std::byte *m_data;
    std::size_t m_size;
    std::string m_label;
    std::size_t m_pos = 0;
};

Value readScalar(In &in, ValueType t)
{
    Value v;
    v.type = t;
    switch (t) {
    case ValueType::U8:
        v.u = in.pod<std::uint8_t>();
        break;
    case ValueType::I8:
        v.i = in.pod<std::int8_t>();
        break;
    case ValueType::U16:
        v.u = in.pod<std::uint16_t>();
        break;
    case ValueType::I16:
        v.i = in.pod<std::int16_t>();
        break;
    case ValueType::U32:
        v.u = in.pod<std::uint32_t>();
        break;
    case ValueType::I32:
        v.i = in.pod<std::int32_t>();
        break;
    case ValueType::F32:
        v.f = in.pod<float>();
        break;
    case ValueType::Bool: {
        const auto b = in.pod<std::uint8_t>();
        if (b > 1)
            in.fail("a boolean that is neither 0 nor 1");
        v.b = b == 1;
        break;
    }
    case ValueType::String:
        v.s = in.string();
        break;
    case ValueType::U64:
        v.u = in.pod<std::uint64_t>();
        break;
    case ValueType::I64:
        v.i = in.pod<std::int64_t>();
        break;
    case ValueType::F64:
        v.f = in.pod<double>();
        break;
    default:
        in.fail("an unknown value type " + std::to_string(static_cast<std::uint32_t>(t)));
    }
    return v;
}

Value readValue(In &in)
{
    const auto t = static_cast<ValueType>(in.pod<std::uint32_t>());
    if (t != ValueType::Array)
        return readScalar(in, t);
    Value v;
    v.type = ValueType::Array;
    v.elementType = static_cast<ValueType>(in.pod<std::uint32_t>());
    if (v.elementType == ValueType::Array)
        in.fail("nested arrays are not supported");
    const auto n = in.pod<std::uint64_t>();
    if (n > kMaxCount)
        in.fail("an array of " + std::to_string(n) + " elements");
    // Every element takes at least this many bytes (a string its 8-byte length), so an array that
    // claims more elements than the file can hold fails here, before anything is reserved.
    const std::size_t size = v.elementType == ValueType::String ? sizeof(std::uint64_t) : scalarSize(v.elementType);
    if (size == 0)
        in.fail("an array of the unknown value type " + std::to_string(static_cast<std::uint32_t>(v.elementType)));
    in.need(n * size);
    v.items.reserve(n);
    for (std::uint64_t k = 0; k < n; ++k)
        v.items.push_back(readScalar(in, v.elementType));
    return v;
}

bool knownType(std::uint32_t t)
{
    return t == 0 || t == 1 || t == 2 || t == 8 || t == 30;
}

} // namespace

void writeFile(const std::filesystem::path &path, const std::vector<KeyValue> &metadata,
    const std::vector<TensorToWrite> &tensors, const std::function<void(std::size_t, std::size_t)> &progress)
{
    std::uint32_t alignment = kDefaultAlignment;
    for (const KeyValue &kv : metadata)
        if (kv.key == "general.alignment" && kv.value.type == ValueType::U32)
            alignment = static_cast<std::uint32_t>(kv.value.u);
    AtomicFile file(path);
    Out out(file);
    out.bytes(kMagic, 4);
    out.pod<std::uint32_t>(kVersion);
    out.pod<std::uint64_t>(tensors.size());
    out.pod<std::uint64_t>(metadata.size());
    for (const KeyValue &kv : metadata) {
        out.string(kv.key);
        writeValue(out, kv.value);
    }
    std::uint64_t offset = 0;
    std::vector<std::uint64_t> sizes;
    for (const TensorToWrite &t : tensors) {
        if (t.shape.empty() || t.shape.size() > kMaxDims)
            throw EngineError("GGUF tensor " + t.name + ": 1 to 4 dimensions expected");
        std::int64_t elements = 1;
        for (auto d : t.shape)
            elements *= d;
        if (isBlockType(t.type) && t.shape.back() % kQ8BlockSize)
            throw EngineError(
                "GGUF tensor " + t.name + ": " + typeName(t.type) + " needs rows whose length is a multiple of 32");
        sizes.push_back(tensorBytes(t.type, elements));
        out.string(t.name);
        out.pod<std::uint32_t>(static_cast<std::uint32_t>(t.shape.size()));
        for (auto it = t.shape.rbegin(); it != t.shape.rend(); ++it) // innermost dimension first
            out.pod<std::uint64_t>(static_cast<std::uint64_t>(*it));
        out.pod<std::uint32_t>(static_cast<std::uint32_t>(t.type));
        out.pod<std::uint64_t>(offset);
        offset += (sizes.back() + alignment - 1) / alignment * alignment;
    }
    out.padTo(alignment);
    std::vector<std::byte> buffer;
    for (std::size_t k = 0; k < tensors.size(); ++k) {
        const TensorToWrite &t = tensors[k];
        const std::vector<float> values = t.values();
        std::int64_t elements = 1;
        for (auto d : t.shape)
            elements *= d;
        if (static_cast<std::int64_t>(values.size()) != elements)
            throw EngineError("GGUF tensor " + t.name + ": " + std::to_string(values.size()) + " values for "
                + std::to_string(elements) + " elements");
        buffer.resize(sizes[k]);
        encode(t.type, values, buffer.data());
        out.bytes(buffer.data(), buffer.size());
        out.padTo(alignment);
        if (progress)
            progress(k + 1, tensors.size());
    }
    file.commit();
}

File File::open(const std::filesystem::path &path)
{
    const std::string label = path.string();
    const MappedFile mapped = MappedFile::open(path);
    const std::size_t size = mapped.size;
    File file;
    file.m_mapping = mapped.data;
    file.m_size = size;
    const std::byte *bytes = mapped.bytes();
    In in(bytes, size, label);
    in.need(4);
    if (std::memcmp(bytes, kMagic, 4) != 0)
        in.fail("not a GGUF file (no GGUF magic)");
    in.pod<std::uint32_t>();
    file.m_version = in.pod<std::uint32_t>();
    if (file.m_version != 3 && file.m_version != 2)
        in.fail("GGUF version " + std::to_string(file.m_version) + " is not supported (2 and 3 are)");
    const auto tensorCount = in.pod<std::uint64_t>();
    const auto kvCount = in.pod<std::uint64_t>();
    if (tensorCount > kMaxCount || kvCount > kMaxCount)
        in.fail("implausible counts");
    for (std::uint64_t k = 0; k < kvCount; ++k) {
        KeyValue kv;
        kv.key = in.string();
        kv.value = readValue(in);
        if (kv.key == "general.alignment") {
            if (kv.value.type != ValueType::U32 || kv.value.u == 0 || (kv.value.u & (kv.value.u - 1)))
                in.fail("general.alignment must be a power of two stored as UINT32");
            file.m_alignment = static_cast<std::uint32_t>(kv.value.u);
        }
        file.m_metadata.push_back(std::move(kv));
    }
    for (std::uint64_t k = 0; k < tensorCount; ++k) {
        TensorInfo t;
        t.name = in.string();
        const auto dims = in.pod<std::uint32_t>();
        if (dims == 0 || dims > kMaxDims)
            in.fail("tensor " + t.name + " has " + std::to_string(dims) + " dimensions");
        std::int64_t elements = 1;
        for (std::uint32_t d = 0; d < dims; ++d) {
            const auto n = in.pod<std::uint64_t>();
            if (n == 0 || n > (1ull << 40))
                in.fail("tensor " + t.name + " has a dimension of " + std::to_string(n));
            t.shape.insert(t.shape.begin(), static_cast<std::int64_t>(n));
            elements *= static_cast<std::int64_t>(n);
        }
        const auto type = in.pod<std::uint32_t>();
        if (!knownType(type))
            in.fail("tensor " + t.name + " has ggml type " + std::to_string(type)
                + ", which ShopTuner does not read (F32, F16, BF16, Q8_0, Q4_0)");
        t.type = static_cast<TensorType>(type);
        if (isBlockType(t.type) && t.shape.back() % kQ8BlockSize)
            in.fail("tensor " + t.name + ": " + typeName(t.type) + " rows must be multiples of 32");
        t.offset = in.pod<std::uint64_t>();
        t.bytes = tensorBytes(t.type, elements);
        file.m_tensors.push_back(std::move(t));
    }
    file.m_dataStart = (in.pos() + file.m_alignment - 1) / file.m_alignment * file.m_alignment;
    for (const TensorInfo &t : file.m_tensors) {
        if (t.offset % file.m_alignment)
            throw FormatError(label + ": tensor " + t.name + " is not aligned");
        if (file.m_dataStart + t.offset + t.bytes > size)
            throw FormatError(label + ": tensor " + t.name + " runs past the end of the file",
                "the file is truncated; export it again");
    }
    return file;
}

const Value *File::find(const std::string &key) const
{
    for (const KeyValue &kv : m_metadata)
        if (kv.key == key)
            return &kv.value;
    return nullptr;
}

const TensorInfo *File::tensor(const std::string &name) const
{
    for (const TensorInfo &t : m_tensors)
        if (t.name == name)
            return &t;
    return nullptr;
}

std::span<const std::byte> File::data(const TensorInfo &tensor) const
{
    return {static_cast<const std::byte *>(m_mapping.get()) + m_dataStart + tensor.offset, tensor.bytes};
}

std::vector<float> File::values(const TensorInfo &tensor) const
{
    std::int64_t elements = 1;
    for (auto d : tensor.shape)
        elements *= d;
    std::vector<float> out(static_cast<std::size_t>(elements));
    decode(tensor.type, data(tensor).data(), out);
    return out;
}

} // namespace shoptuner::engine::gguf
