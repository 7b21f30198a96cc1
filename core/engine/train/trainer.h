// QLoRA fine-tuning (Dettmers et al. 2023): a frozen (NF4 or dense) base, LoRA adapters trained
// with AdamW (Loshchilov & Hutter 2019), linear warm-up then cosine decay, gradient accumulation
// and clipping, validation with early stopping, and checkpoints a killed run resumes from.
#pragma once

#include "engine/model/lora_config.h"
#include "engine/train/distributed.h"
#include "engine/train/instruction_data.h"
#include "shoptuner/train_event.h"

#include <atomic>
#include <filesystem>
#include <functional>
#include <string>

namespace shoptuner::engine {

// Rows of head logits the training loss makes at a time (engine/train/lm_loss.cpp): 128 x 49152
// vocabulary in float32 is 24 MiB, below the size the C library hands to mmap. The plan's memory
// estimate counts the same block.
inline constexpr std::int64_t kLossRowsPerBlock = 128;

struct TrainParams
{
    std::string quant = "nf4"; // none or nf4
    std::string dtype = "auto";
    std::string device = "auto";
    int threads = 0;
    LoraConfig lora;
    double learningRate = 2e-4;
    int epochs = 1;
    std::int64_t maxSteps = 0; // optimizer steps; 0: run `epochs` epochs
    int microBatch = 4;
    int gradAccum = 1;
    std::int64_t maxLength = 512;
    std::int64_t valEvery = 50;
    std::int64_t maxValExamples = 512; // validate on a fixed sample of at most this many; 0: all
    std::int64_t saveEvery = 100;
    std::uint64_t seed = 42;
    double warmupRatio = 0.03;
    double weightDecay = 0.0;
    double maxGradNorm = 1.0;
    int patience = 0; // validations without improvement before stopping; 0: never stop early
    bool resume = false;
    // Without resume, a folder that already holds a run is refused unless this is set (then its
    // adapter, best adapter and checkpoint are deleted first).
    bool overwrite = false;
    std::string gradientCheckpointing = "auto"; // on, off, or auto: on for models of 1B parameters or more
    // Data-parallel across processes (c10d, Gloo): each rank computes gradAccum of the step's
    // gradAccum x worldSize micro-batches; adapter gradients are summed across ranks, so every rank
    // takes the same optimizer step as one process with gradAccum x worldSize would. Only rank 0
    // writes adapters and checkpoints and reports events.
    DistributedConfig distributed;

    void validate() const; // throws EngineError naming the bad setting and a sensible range
};

using shoptuner::TrainEvent; // shoptuner/train_event.h
using TrainCallback = std::function<void(const TrainEvent &)>;

struct TrainResult
{
    std::int64_t steps = 0;
    double bestValLoss = 0; // NaN when there was no validation split
    std::filesystem::path adapter; // best adapter (or the last, without validation)
    bool stoppedEarly = false;
    bool cancelled = false;
    std::string device;
    std::string deviceReason;
    int worldSize = 1;
    std::string distributedBackend; // "gloo" or "nccl" when worldSize > 1
    bool replicasIdentical = true; // distributed: every rank ended with bit-identical adapters
    std::int64_t allReduceBytes = 0; // distributed: adapter gradient bytes each rank sends per step
    double allReduceSeconds = 0; // distributed: mean time of one step's gradient all-reduce
};

// Trains an adapter for the model in `modelDir` on `source` (records with split "val" validate,
// "test" are left out), writing <out>/adapter, <out>/best and <out>/checkpoint.
TrainResult trainLora(const std::filesystem::path &modelDir, const RecordSource &source,
    const std::filesystem::path &outDir, const TrainParams &params, const TrainCallback &onEvent,
    const std::atomic<bool> *cancel = nullptr);

} // namespace shoptuner::engine
