// libFuzzer target for config.json: any byte string must parse into a validated ModelConfig or
// throw an EngineError; a parsed config's sizes must stay within what the loader may allocate.
#include "engine/base/error.h"
#include "engine/model/model_config.h"

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace shoptuner::engine;
    try {
        const ModelConfig c = parseModelConfig(std::string(reinterpret_cast<const char *>(data), size), "fuzz");
        if (c.hiddenSize <= 0 || c.hiddenSize > 65536 || c.vocabSize <= 0 || c.numLayers <= 0 || c.numLayers > 1024)
            std::abort(); // validate() let an absurd size through
        (void)c.parameterCount();
    } catch (const EngineError &) { }
    return 0;
}
