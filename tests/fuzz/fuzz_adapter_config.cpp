// libFuzzer target for a PEFT adapter_config.json: any byte string must give a validated LoRA
// config (rank within bounds, known targets) or throw an EngineError.
#include "engine/base/error.h"
#include "engine/formats/peft_config.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace shoptuner::engine;
    try {
        const PeftAdapterConfig c = parsePeftAdapterConfig({reinterpret_cast<const char *>(data), size}, "fuzz");
        if (c.lora.rank < 1 || c.lora.rank > kMaxLoraRank || c.lora.targetModules.empty())
            std::abort();
        (void)c.lora.scale();
    } catch (const EngineError &) { }
    return 0;
}
