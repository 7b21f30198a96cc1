// Inside the engine (torch sources only): how the processes of a training run agree on each step.
// A data-parallel run sums the adapters' gradients, the step's loss and token counts across its
// ranks and stops all of them at the same step; a single process has nothing to agree on, and
// its reducer does nothing (every call hands back what it was given).
#pragma once

#include "engine/train/distributed.h"

#include <torch/types.h>

#include <memory>
#include <string>
#include <vector>

namespace shoptuner::engine {

class GradientReducer
{
public:
    virtual ~GradientReducer() = default;
    virtual int worldSize() const { return 1; }
    virtual int rank() const { return 0; }
    bool lead() const { return rank() == 0; } // the one rank that writes files and reports
    virtual std::string backend() const { return {}; } // "gloo" or "nccl" when distributed

    // Whether any rank was asked to stop, so that all stop at the same step.
    virtual bool anyStopRequested(bool here) { return here; }
    // Sums the gradients of `trainable` across ranks in place (a missing gradient counts as zero).
    virtual void sumGradients(const std::vector<torch::Tensor> &trainable) { (void)trainable; }
    // Sums a few numbers across ranks.
    virtual std::vector<double> sum(std::vector<double> values) { return values; }
    // Whether every rank ends with bit-identical adapters.
    virtual bool identicalAcrossRanks(const std::vector<torch::Tensor> &trainable)
    {
        (void)trainable;
        return true;
    }
    // The last sumGradients: bytes each rank sent and seconds it took.
    virtual std::int64_t lastBytes() const { return 0; }
    virtual double lastSeconds() const { return 0; }

    // A single-process reducer, or one connected to the other ranks that `config` names (see
    // Communicator::connect) when it is enabled.
    static std::unique_ptr<GradientReducer> create(const DistributedConfig &config, const std::string &device);
};

} // namespace shoptuner::engine
