#include "engine/formats/safetensors.h"

#include "engine/base/atomic_file.h"
#include "engine/base/error.h"
#include "engine/base/input_file.h"
#include "engine/base/mapped_file.h"
#include "shoptuner/json_nesting.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <set>

namespace shoptuner::engine {
namespace {

using nlohmann::json;

[[noreturn]] void fail(const std::string &label, const std::string &what, const std::string &hint = {})
{
    throw FormatError(label + ": " + what, hint);
}

std::uint64_t readLe64(const std::byte *p)
{
    std::uint64_t v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | static_cast<std::uint64_t>(p[i]);
    return v;
}

std::uint64_t checkedMul(std::uint64_t a, std::uint64_t b, const std::string &label, const std::string &name)
{
    if (a != 0 && b > UINT64_MAX / a)
        fail(label, "tensor '" + name + "' has a shape whose size overflows 64 bits");
    return a * b;
}

std::uint64_t nonNegative(const json &v, const std::string &label, const std::string &name, const char *field)
{
    if (!v.is_number_integer() || (v.is_number_integer() && !v.is_number_unsigned() && v.get<std::int64_t>() < 0))
        fail(label, "tensor '" + name + "': " + field + " must hold non-negative integers");
    return v.get<std::uint64_t>();
}

TensorView parseEntry(
    const std::string &label, const std::string &name, const json &entry, std::uint64_t dataSize, std::uint64_t &begin)
{
    if (!entry.is_object())
        fail(label, "tensor '" + name + "' is not a JSON object");
    for (const char *field : {"dtype", "shape", "data_offsets"}) {
        if (!entry.contains(field))
            fail(label, "tensor '" + name + "' has no '" + field + "'");
    }
    TensorView view;
    view.name = name;
    const json &dtype = entry["dtype"];
    if (!dtype.is_string())
        fail(label, "tensor '" + name + "': dtype is not a string");
    const auto parsed = parseDType(dtype.get<std::string>());
    if (!parsed)
        fail(label, "tensor '" + name + "' has unknown dtype '" + dtype.get<std::string>() + "'",
            "supported: F64 F32 F16 BF16 I64 I32 I16 I8 U64 U32 U16 U8 BOOL F8_E4M3 F8_E5M2");
    view.dtype = *parsed;

    const json &shape = entry["shape"];
    if (!shape.is_array() || shape.size() > 8)
        fail(label, "tensor '" + name + "': shape must be an array of at most 8 dimensions");
    std::uint64_t elements = 1;
    for (const json &d : shape) {
        const std::uint64_t dim = nonNegative(d, label, name, "shape");
        elements = checkedMul(elements, dim, label, name);
        view.shape.push_back(static_cast<std::int64_t>(dim));
    }
    const json &offsets = entry["data_offsets"];
    if (!offsets.is_array() || offsets.size() != 2)
        fail(label, "tensor '" + name + "': data_offsets must be [begin, end]");
    begin = nonNegative(offsets[0], label, name, "data_offsets");
    const std::uint64_t end = nonNegative(offsets[1], label, name, "data_offsets");
    if (begin > end)
        fail(label,
            "tensor '" + name + "': data_offsets begin " + std::to_string(begin) + " is after end "
                + std::to_string(end));
    if (end > dataSize)
        fail(label,
            "tensor '" + name + "': data ends at byte " + std::to_string(end) + " but the data section has "
                + std::to_string(dataSize) + " bytes",
            "the file is probably truncated; download it again");
    const std::uint64_t expected = checkedMul(elements, dtypeSize(view.dtype), label, name);
    if (expected != end - begin)
        fail(label,
            "tensor '" + name + "': " + std::string(dtypeName(view.dtype)) + " shape needs " + std::to_string(expected)
                + " bytes but data_offsets span " + std::to_string(end - begin));
    view.byteSize = end - begin;
    return view;
}

} // namespace

std::int64_t TensorView::numel() const
{
    std::int64_t n = 1;
    for (std::int64_t d : shape)
        n *= d;
    return n;
}

SafetensorsFile SafetensorsFile::fromBytes(std::span<const std::byte> bytes, const std::string &label)
{
    if (bytes.size() < 8)
        fail(label, "file has " + std::to_string(bytes.size()) + " bytes, too short for a safetensors header",
            "is this a safetensors file?");
    const std::uint64_t headerSize = readLe64(bytes.data());
    if (headerSize > kMaxSafetensorsHeader)
        fail(label, "header length " + std::to_string(headerSize) + " exceeds the 100 MB limit",
            "the file is not a safetensors file or is corrupt");
    if (headerSize > bytes.size() - 8)
        fail(label,
            "header length " + std::to_string(headerSize) + " runs past the end of the " + std::to_string(bytes.size())
                + "-byte file",
            "the file is probably truncated");
    const char *headerBegin = reinterpret_cast<const char *>(bytes.data() + 8);
    if (headerSize == 0 || headerBegin[0] != '{')
        fail(label, "header does not start with a JSON object", "is this a safetensors file?");

    if (const auto at = jsonNestingExceeded({headerBegin, headerSize}))
        fail(label, "header nests too deeply (at byte " + std::to_string(8 + *at) + ")", "the file is damaged");
    json header;
    try {
        header = json::parse(headerBegin, headerBegin + headerSize);
    } catch (const json::exception &e) { // parse errors, and numbers out of range
        fail(label, std::string("header is not valid JSON: ") + e.what());
    }
    if (!header.is_object())
        fail(label, "header is not a JSON object");

    SafetensorsFile file;
    file.m_path = label;
    const std::byte *data = bytes.data() + 8 + headerSize;
    const std::uint64_t dataSize = bytes.size() - 8 - headerSize;
    std::vector<std::pair<std::uint64_t, std::size_t>> order; // (begin, tensor index)
    for (auto it = header.begin(); it != header.end(); ++it) {
        if (it.key() == "__metadata__") {
            if (!it.value().is_object())
                fail(label, "__metadata__ is not a JSON object");
            for (auto m = it.value().begin(); m != it.value().end(); ++m) {
                if (!m.value().is_string())
                    fail(label, "__metadata__ value '" + m.key() + "' is not a string");
                file.m_metadata[m.key()] = m.value().get<std::string>();
            }
            continue;
        }
        std::uint64_t begin = 0;
        TensorView view = parseEntry(label, it.key(), it.value(), dataSize, begin);
        view.data = data + begin;
        order.emplace_back(begin, file.m_tensors.size());
        file.m_tensors.push_back(std::move(view));
    }
    // The data section must be covered exactly, without overlaps or holes.
    std::sort(order.begin(), order.end());
    std::uint64_t cursor = 0;
    for (const auto &[begin, index] : order) {
        const TensorView &t = file.m_tensors[index];
        if (begin < cursor)
            fail(label,
                "tensor '" + t.name + "' overlaps the tensor before it (starts at byte " + std::to_string(begin)
                    + ", previous ends at " + std::to_string(cursor) + ")");
        if (begin > cursor)
            fail(label,
                "bytes " + std::to_string(cursor) + ".." + std::to_string(begin)
                    + " of the data section belong to no tensor (before '" + t.name + "')");
        cursor = begin + t.byteSize;
    }
    if (cursor != dataSize)
        fail(label, std::to_string(dataSize - cursor) + " trailing bytes after the last tensor",
            "the file may be corrupt or written by a faulty tool");
    return file;
}

SafetensorsFile SafetensorsFile::open(const std::filesystem::path &path)
{
    const MappedFile mapped = MappedFile::open(path);
    SafetensorsFile file = fromBytes({mapped.bytes(), mapped.size}, path.string());
    file.m_path = path;
    file.m_mapping = mapped.data;
    return file;
}

void releaseMappedPages(const TensorView &view)
{
    releaseMappedRange(view.data, view.byteSize);
}

const TensorView *SafetensorsFile::find(std::string_view name) const
{
    for (const TensorView &t : m_tensors) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

Checkpoint Checkpoint::openFolder(const std::filesystem::path &folder)
{
    namespace fs = std::filesystem;
    Checkpoint checkpoint;
    const fs::path single = folder / "model.safetensors";
    const fs::path index = folder / "model.safetensors.index.json";
    if (fs::exists(single)) {
        checkpoint.m_files.push_back(SafetensorsFile::open(single));
    } else if (fs::exists(index)) {
        const json j = readJsonFile(index);
        if (!j.is_object() || !j.contains("weight_map") || !j["weight_map"].is_object())
            fail(index.string(), "has no 'weight_map' object");
        std::map<std::string, std::vector<std::string>> byShard;
        for (auto it = j["weight_map"].begin(); it != j["weight_map"].end(); ++it) {
            if (!it.value().is_string())
                fail(index.string(), "weight_map entry '" + it.key() + "' is not a file name");
            const std::string shard = it.value().get<std::string>();
            if (shard.empty() || fs::path(shard).has_parent_path() || shard == "." || shard == "..")
                fail(index.string(),
                    "weight_map entry '" + it.key() + "' names '" + shard
                        + "', which is not a file in the model folder");
            byShard[shard].push_back(it.key());
        }
        for (const auto &[shard, names] : byShard) {
            checkpoint.m_files.push_back(SafetensorsFile::open(folder / shard));
            for (const std::string &name : names) {
                if (!checkpoint.m_files.back().find(name))
                    fail(index.string(), "lists tensor '" + name + "' in " + shard + ", which does not contain it");
            }
        }
    } else {
        throw FormatError(folder.string() + ": no model.safetensors or model.safetensors.index.json",
            "point at a Hugging Face model folder; .bin (pickle) checkpoints are not supported, "
            "convert them to safetensors first");
    }
    for (const SafetensorsFile &file : checkpoint.m_files) {
        for (const TensorView &t : file.tensors()) {
            if (!checkpoint.m_byName.emplace(t.name, &t).second)
                fail(file.path().string(), "tensor '" + t.name + "' appears in more than one shard");
        }
    }
    return checkpoint;
}

std::vector<const TensorView *> Checkpoint::tensors() const
{
    std::vector<const TensorView *> out;
    for (const auto &[name, view] : m_byName)
        out.push_back(view);
    return out;
}

const TensorView *Checkpoint::find(std::string_view name) const
{
    const auto it = m_byName.find(name);
    return it == m_byName.end() ? nullptr : it->second;
}

void writeSafetensors(const std::filesystem::path &path, const std::vector<TensorWrite> &tensors,
    const std::map<std::string, std::string> &metadata)
{
    json header = json::object();
    if (!metadata.empty())
        header["__metadata__"] = metadata;
    std::set<std::string> names;
    std::uint64_t offset = 0;
    for (const TensorWrite &t : tensors) {
        if (!names.insert(t.name).second)
            throw EngineError(path.string() + ": tensor '" + t.name + "' written twice");
        std::uint64_t expected = dtypeSize(t.dtype);
        for (std::int64_t d : t.shape)
            expected *= static_cast<std::uint64_t>(d);
        if (expected != t.byteSize)
            throw EngineError(path.string() + ": tensor '" + t.name + "' has " + std::to_string(t.byteSize)
                + " bytes but its shape needs " + std::to_string(expected));
        header[t.name]
            = {{"dtype", dtypeName(t.dtype)}, {"shape", t.shape}, {"data_offsets", {offset, offset + t.byteSize}}};
        offset += t.byteSize;
    }
    std::string text = header.dump();
    text.append((8 - text.size() % 8) % 8, ' '); // keep the data section 8-byte aligned
    AtomicFile out(path);
    std::uint64_t n = text.size();
    char length[8];
    for (int i = 0; i < 8; ++i)
        length[i] = static_cast<char>((n >> (8 * i)) & 0xff);
    out.write(length, 8);
    out.write(text.data(), text.size());
    for (const TensorWrite &t : tensors)
        out.write(static_cast<const char *>(t.data), t.byteSize);
    out.commit();
}

} // namespace shoptuner::engine
