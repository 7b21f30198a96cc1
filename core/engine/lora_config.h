// LoRA settings (Hu et al. 2021): rank, alpha, dropout, target modules, rsLoRA scaling.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace shoptuner::engine {

struct LoraConfig
{
    std::int64_t rank = 8;
    double alpha = 16;
    double dropout = 0.05;
    bool rsLora = false;
    std::vector<std::string> targetModules {
        "q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"};

    double scale() const;
    void validate() const; // throws EngineError on a bad setting
};

} // namespace shoptuner::engine
