// libFuzzer target for the safetensors header parser: any byte string must either parse into
// tensors that lie inside the buffer or throw FormatError, never crash or read out of bounds.
#include "engine/base/error.h"
#include "engine/formats/safetensors.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace shoptuner::engine;
    try {
        const auto *bytes = reinterpret_cast<const std::byte *>(data);
        const SafetensorsFile file = SafetensorsFile::fromBytes({bytes, size}, "fuzz");
        for (const TensorView &t : file.tensors()) {
            if (t.data < bytes || t.data + t.byteSize > bytes + size)
                std::abort(); // a view outside the input would be a bug
            volatile std::byte sink {};
            for (std::size_t i = 0; i < t.byteSize; ++i)
                sink = t.data[i];
        }
    } catch (const FormatError &) { }
    return 0;
}
