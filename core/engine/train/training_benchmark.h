// Measures LoRA training speed on random tokens: tokens/s, achieved FLOP/s, MFU against the
// matrix-product peak measured in the same run, and peak memory. Prints nothing itself.
#pragma once

#include "engine/model/lora_config.h"

#include <filesystem>
#include <string>

namespace shoptuner::engine {

struct TrainingBenchmarkOptions
{
    std::string quant = "nf4";
    std::string dtype = "auto";
    std::string device = "auto";
    int threads = 0;
    LoraConfig lora;
    std::int64_t sequenceLength = 256;
    std::int64_t batch = 1;
    int steps = 5;
    bool gradientCheckpointing = false;
};

struct TrainingBenchmarkResult
{
    std::string dtype;
    std::int64_t parameters = 0;
    double tokensPerSecond = 0;
    double secondsPerStep = 0; // median over the timed steps
    double flopsPerToken = 0; // 2 x forward matrix work (LoRA trains no base weights) + recompute
    double achievedFlops = 0; // per second
    double peakFlops = 0; // a large matrix product of the compute dtype, measured here
    double mfu = 0; // achieved / peak
    std::int64_t peakRssBytes = 0;
    std::string device;
};

// FLOP/s of a large matrix product in dtype ("f32" or "bf16") on device ("cpu", "cuda"), for
// estimating training time before a run; takes a fraction of a second.
double measureMatmulPeakFlops(const std::string &dtype = "f32", const std::string &device = "cpu", int threads = 0);

TrainingBenchmarkResult benchmarkTraining(
    const std::filesystem::path &modelDir, const TrainingBenchmarkOptions &options);

} // namespace shoptuner::engine
