// Inside the engine (torch sources only): a connected process group and the collectives the
// trainer needs.
#pragma once

#include "engine/train/distributed.h"

#include <torch/types.h>

#include <memory>
#include <string>
#include <vector>

namespace shoptuner::engine {

class Communicator
{
public:
    // Meets the other ranks (rank 0 hosts the store); throws EngineError after the timeout.
    // `device` is where this rank trains ("cpu", "cuda:N"); with config.backend "auto" it picks
    // NCCL between GPUs (CUDA builds) and Gloo otherwise.
    static std::unique_ptr<Communicator> connect(const DistributedConfig &config, const std::string &device);
    ~Communicator();

    int rank() const;
    int worldSize() const;
    std::string backend() const; // "gloo" or "nccl"
    // Sums the tensors across ranks in place, flattened into buckets of about 25 MB.
    void allReduceSum(const std::vector<torch::Tensor> &tensors);
    // Sums a few scalars across ranks (loss sums, counts, flags).
    std::vector<double> allReduceScalars(const std::vector<double> &values);
    // True when every rank holds bit-identical values.
    bool identicalAcrossRanks(const std::vector<torch::Tensor> &tensors);
    // Bytes the last allReduceSum of tensors sent per rank, and how long it took.
    std::int64_t lastBytes() const;
    double lastSeconds() const;

private:
    struct Impl;
    explicit Communicator(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace shoptuner::engine
