// The machine's memory, on Linux, macOS and Windows (for the training plan's fit check).
#pragma once

#include <cstdint>
#include <string>

namespace shoptuner::engine {

struct SystemMemory
{
    std::int64_t totalBytes = 0; // 0 when the system cannot tell
    std::int64_t availableBytes = 0; // what new work can use without swapping; 0 when unknown
};

SystemMemory systemMemory();

// "512 KB", "23.5 MB", "11.0 GB": a size for messages (binary units, one decimal above KB).
std::string readableBytes(std::uint64_t bytes);

} // namespace shoptuner::engine
