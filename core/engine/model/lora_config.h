// LoRA settings (Hu et al. 2021): rank, alpha, dropout, target modules, rsLoRA scaling.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace shoptuner::engine {

inline constexpr std::int64_t kMaxLoraRank = 4096;

struct LoraConfig
{
    std::int64_t rank = 8;
    double alpha = 16;
    double dropout = 0.05;
    bool rsLora = false;
    std::vector<std::string> targetModules {
        "q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"};
    // PEFT's layers_to_transform: only these decoder layers get adapters; empty: all of them.
    std::vector<std::int64_t> layers;

    double scale() const;
    void validate() const; // throws EngineError on a bad setting
};

} // namespace shoptuner::engine
