// Reads and writes the safetensors format (memory-mapped, validated) and Hugging Face
// sharded checkpoints (model.safetensors.index.json). No torch here: see tensor_io.h.
#pragma once

#include "engine/base/dtype.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace shoptuner::engine {

struct TensorView
{
    std::string name;
    DType dtype = DType::F32;
    std::vector<std::int64_t> shape;
    const std::byte *data = nullptr; // points into the mapping; valid while the file is open
    std::size_t byteSize = 0;

    std::int64_t numel() const;
};

// Upper bound on the JSON header, as in the reference implementation (100 MB).
inline constexpr std::uint64_t kMaxSafetensorsHeader = 100'000'000;

class SafetensorsFile
{
public:
    // Memory-maps and validates `path`. Throws FormatError naming the file, the tensor and the fault.
    static SafetensorsFile open(const std::filesystem::path &path);
    // Validates an in-memory image (the bytes must outlive the result). `label` names it in errors.
    static SafetensorsFile fromBytes(std::span<const std::byte> bytes, const std::string &label);

    const std::filesystem::path &path() const { return m_path; }
    const std::vector<TensorView> &tensors() const { return m_tensors; }
    const TensorView *find(std::string_view name) const;
    const std::map<std::string, std::string> &metadata() const { return m_metadata; }

private:
    std::filesystem::path m_path;
    std::shared_ptr<const void> m_mapping; // keeps the mmap alive
    std::vector<TensorView> m_tensors;
    std::map<std::string, std::string> m_metadata;
};

// Tells the kernel the mapped pages of `view` are no longer needed (they are re-read from the
// file if touched again), so loading a model does not hold the file and the copy in memory at once.
void releaseMappedPages(const TensorView &view);

// A model's weights: one model.safetensors, or shards listed by model.safetensors.index.json.
class Checkpoint
{
public:
    static Checkpoint openFolder(const std::filesystem::path &folder);

    std::vector<const TensorView *> tensors() const;
    const TensorView *find(std::string_view name) const;
    const std::vector<SafetensorsFile> &files() const { return m_files; }

private:
    std::vector<SafetensorsFile> m_files;
    std::map<std::string, const TensorView *, std::less<>> m_byName;
};

struct TensorWrite
{
    std::string name;
    DType dtype = DType::F32;
    std::vector<std::int64_t> shape;
    const void *data = nullptr;
    std::size_t byteSize = 0;
};

// Writes a safetensors file atomically (temp file + rename). Names must be unique.
void writeSafetensors(const std::filesystem::path &path, const std::vector<TensorWrite> &tensors,
    const std::map<std::string, std::string> &metadata = {});

} // namespace shoptuner::engine
