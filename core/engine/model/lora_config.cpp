#include "engine/model/lora_config.h"

#include "engine/base/error.h"

#include <algorithm>
#include <cmath>

namespace shoptuner::engine {

double LoraConfig::scale() const
{
    return rsLora ? alpha / std::sqrt(static_cast<double>(rank)) : alpha / static_cast<double>(rank);
}

void LoraConfig::validate() const
{
    if (rank < 1)
        throw EngineError("LoRA rank must be at least 1, got " + std::to_string(rank));
    if (!(alpha > 0))
        throw EngineError("LoRA alpha must be positive");
    if (dropout < 0 || dropout >= 1)
        throw EngineError("LoRA dropout must be in [0, 1)");
    if (rank > kMaxLoraRank)
        throw EngineError("LoRA rank " + std::to_string(rank) + " is far beyond any useful rank (at most "
            + std::to_string(kMaxLoraRank) + "; 8 to 64 is usual)");
    if (targetModules.empty())
        throw EngineError("LoRA needs at least one target module", "e.g. q_proj,v_proj or all of them");
    for (const std::int64_t layer : layers) {
        if (layer < 0)
            throw EngineError("LoRA layer " + std::to_string(layer) + " does not exist (layers count from 0)");
    }
    static const std::vector<std::string> known {
        "q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"};
    for (const std::string &t : targetModules) {
        if (std::find(known.begin(), known.end(), t) == known.end())
            throw EngineError("unknown LoRA target module '" + t + "'",
                "choose from q_proj, k_proj, v_proj, o_proj, gate_proj, up_proj, down_proj");
    }
}

} // namespace shoptuner::engine
