// The data-parallel GradientReducer over a Communicator (c10d: Gloo or NCCL).
#include "engine/train/gradient_reducer.h"

#include "engine/train/distributed_comm.h"

#include <torch/torch.h>

namespace shoptuner::engine {
namespace {

class DistributedReducer final : public GradientReducer
{
public:
    explicit DistributedReducer(std::unique_ptr<Communicator> comm)
        : m_comm(std::move(comm))
    { }
    int worldSize() const override { return m_comm->worldSize(); }
    int rank() const override { return m_comm->rank(); }
    std::string backend() const override { return m_comm->backend(); }
    bool anyStopRequested(bool here) override { return m_comm->allReduceScalars({here ? 1.0 : 0.0})[0] > 0; }
    void sumGradients(const std::vector<torch::Tensor> &trainable) override
    {
        std::vector<torch::Tensor> grads;
        grads.reserve(trainable.size());
        for (const torch::Tensor &t : trainable) {
            torch::Tensor tensor = t; // a handle: mutable_grad() is not const
            grads.push_back(tensor.mutable_grad().defined() ? tensor.mutable_grad()
                                                            : (tensor.mutable_grad() = torch::zeros_like(tensor)));
        }
        m_comm->allReduceSum(grads);
    }
    std::vector<double> sum(std::vector<double> values) override { return m_comm->allReduceScalars(values); }
    bool identicalAcrossRanks(const std::vector<torch::Tensor> &trainable) override
    {
        return m_comm->identicalAcrossRanks(trainable);
    }
    std::int64_t lastBytes() const override { return m_comm->lastBytes(); }
    double lastSeconds() const override { return m_comm->lastSeconds(); }

private:
    std::unique_ptr<Communicator> m_comm;
};

} // namespace

std::unique_ptr<GradientReducer> GradientReducer::create(const DistributedConfig &config, const std::string &device)
{
    if (!config.enabled())
        return std::make_unique<GradientReducer>();
    return std::make_unique<DistributedReducer>(Communicator::connect(config, device));
}

} // namespace shoptuner::engine
