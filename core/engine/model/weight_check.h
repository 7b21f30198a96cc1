// Checks a checkpoint's tensors against config.json before any memory is allocated for the model:
// a damaged config (hidden size 10^9, a million layers) or weights of the wrong kind (integers)
// is refused with a message instead of an allocation failure or nonsense logits.
#pragma once

#include <cstdint>
#include <string>

namespace shoptuner::engine {

class Checkpoint;
struct ModelConfig;

// Throws FormatError naming the first mismatch. `label` names the model folder in messages.
void checkWeightsMatchConfig(const ModelConfig &config, const Checkpoint &checkpoint, const std::string &label);

// Throws EngineError when a model of `bytes` (weights as they will be held) cannot fit this
// computer's memory at all; unknown memory passes.
void checkModelFitsMemory(std::int64_t bytes, const std::string &label);

} // namespace shoptuner::engine
