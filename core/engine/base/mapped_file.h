// A whole file mapped read-only into memory (the model files: safetensors, GGUF); the mapping
// lives as long as any copy of `data`.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>

namespace shoptuner::engine {

struct MappedFile
{
    std::shared_ptr<const void> data; // null for an empty file
    std::size_t size = 0;

    const std::byte *bytes() const { return static_cast<const std::byte *>(data.get()); }
    // Throws EngineError naming the file when it cannot be opened or mapped.
    static MappedFile open(const std::filesystem::path &path);
};

// Tells the system the whole pages inside [data, data + size) of a mapping are not needed now
// (they are read from the file again if touched), so a model is not held twice while loading.
void releaseMappedRange(const void *data, std::size_t size);

} // namespace shoptuner::engine
