// libFuzzer target for the GGUF reader: any file must open into tensors that lie inside it (and
// decode) or throw FormatError. The reader maps files, so each input is written to a scratch file.
#include "engine/base/error.h"
#include "engine/formats/gguf.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace shoptuner::engine;
    static const std::string scratch
        = (std::filesystem::exists("/dev/shm") ? std::string("/dev/shm")
                                               : std::filesystem::temp_directory_path().string())
        + "/shoptuner-fuzz-" + std::to_string(::getpid()) + ".gguf";
    std::FILE *f = std::fopen(scratch.c_str(), "wb");
    if (!f)
        std::abort();
    std::fwrite(data, 1, size, f);
    std::fclose(f);
    try {
        const gguf::File file = gguf::File::open(scratch);
        for (const gguf::TensorInfo &t : file.tensors()) {
            const std::span<const std::byte> bytes = file.data(t);
            if (bytes.size() != t.bytes)
                std::abort();
            if (t.bytes <= (1u << 16))
                (void)file.values(t);
        }
    } catch (const FormatError &) { }
    return 0;
}
