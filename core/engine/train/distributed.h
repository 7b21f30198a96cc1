// Data-parallel training across processes through PyTorch's distributed engine (c10d): ranks
// meet through a TCPStore at MASTER_ADDR:MASTER_PORT and all-reduce over Gloo (CPU) or NCCL (GPUs). The launch
// variables are the ones torchrun and SLURM wrappers set. No torch in this header.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace shoptuner::engine {

struct DistributedConfig
{
    int rank = 0;
    int worldSize = 1;
    int localRank = 0;
    std::string masterAddr = "127.0.0.1";
    int masterPort = 29500;
    int timeoutSeconds = 300; // a peer that does not answer for this long ends the run with an error
    std::string backend = "auto"; // auto (NCCL between GPUs, else Gloo), gloo or nccl
    bool enabled() const { return worldSize > 1; }
};

// From RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR, MASTER_PORT (torchrun), falling back to
// SLURM_PROCID, SLURM_NTASKS, SLURM_LOCALID; SHOPTUNER_DIST_TIMEOUT (seconds) sets the timeout
// and SHOPTUNER_DIST_BACKEND (auto, gloo, nccl) the backend.
// Throws EngineError naming the missing or inconsistent variable.
DistributedConfig distributedFromEnvironment();

// The micro-batches of one optimizer step this rank computes: of the step's `perStep` micro-batches
// (numbered 0..perStep-1), those with number % worldSize == rank. Over an epoch every micro-batch
// is computed by exactly one rank.
std::vector<std::int64_t> rankMicroBatches(std::int64_t perStep, int worldSize, int rank);

// The c10d backends this build's libtorch offers, e.g. "gloo" or "gloo nccl"; "" when none.
std::string distributedBackends();

// The backend a rank training on `device` ("cpu", "cuda:N") uses for `requested` (auto, gloo,
// nccl): auto means NCCL between GPUs when the build has it, else Gloo. Throws UnsupportedError
// with the way out when the request cannot be met.
std::string chooseBackend(const std::string &requested, const std::string &device);

} // namespace shoptuner::engine
