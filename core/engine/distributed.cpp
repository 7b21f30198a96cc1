#include "distributed_comm.h"

#include "error.h"

#ifndef USE_C10D_GLOO
#define USE_C10D_GLOO 1 // Debian's TorchConfig sets it; ProcessGroupGloo.hpp needs it
#endif
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#include <torch/torch.h>

#include <chrono>
#include <cstdlib>
#include <optional>

namespace shoptuner::engine {
namespace {

std::optional<std::string> env(const char *name)
{
    const char *v = std::getenv(name);
    if (!v || !*v)
        return std::nullopt;
    return std::string(v);
}

int intEnv(const char *name, const std::string &value)
{
    try {
        std::size_t used = 0;
        const int v = std::stoi(value, &used);
        if (used != value.size())
            throw std::invalid_argument(name);
        return v;
    } catch (const std::exception &) {
        throw EngineError(std::string(name) + "='" + value + "' is not a whole number");
    }
}

constexpr std::int64_t kBucketBytes = 25 << 20;

} // namespace

DistributedConfig distributedFromEnvironment()
{
    DistributedConfig c;
    const auto rank = env("RANK") ? env("RANK") : env("SLURM_PROCID");
    const auto world = env("WORLD_SIZE") ? env("WORLD_SIZE") : env("SLURM_NTASKS");
    if (!rank || !world)
        throw EngineError("distributed training needs RANK and WORLD_SIZE (or SLURM_PROCID and SLURM_NTASKS)",
            "launch with torchrun-style variables: MASTER_ADDR, MASTER_PORT, RANK, WORLD_SIZE");
    c.rank = intEnv("RANK", *rank);
    c.worldSize = intEnv("WORLD_SIZE", *world);
    if (c.worldSize < 1 || c.rank < 0 || c.rank >= c.worldSize)
        throw EngineError("RANK must be between 0 and WORLD_SIZE - 1 (RANK=" + std::to_string(c.rank)
            + ", WORLD_SIZE=" + std::to_string(c.worldSize) + ")");
    if (const auto local = env("LOCAL_RANK") ? env("LOCAL_RANK") : env("SLURM_LOCALID"))
        c.localRank = intEnv("LOCAL_RANK", *local);
    if (const auto addr = env("MASTER_ADDR"))
        c.masterAddr = *addr;
    else if (c.worldSize > 1)
        throw EngineError("MASTER_ADDR is not set", "set it to the host name or address of rank 0");
    if (const auto port = env("MASTER_PORT"))
        c.masterPort = intEnv("MASTER_PORT", *port);
    if (c.masterPort <= 0 || c.masterPort > 65535)
        throw EngineError("MASTER_PORT must be a port number (1 to 65535)");
    if (const auto timeout = env("SHOPTUNER_DIST_TIMEOUT"))
        c.timeoutSeconds = intEnv("SHOPTUNER_DIST_TIMEOUT", *timeout);
    if (c.timeoutSeconds < 1)
        throw EngineError("SHOPTUNER_DIST_TIMEOUT must be at least one second");
    return c;
}

std::vector<std::int64_t> rankMicroBatches(std::int64_t perStep, int worldSize, int rank)
{
    std::vector<std::int64_t> mine;
    for (std::int64_t a = rank; a < perStep; a += worldSize)
        mine.push_back(a);
    return mine;
}

struct Communicator::Impl
{
    DistributedConfig config;
    c10::intrusive_ptr<c10d::Store> store;
    c10::intrusive_ptr<c10d::ProcessGroupGloo> group;
    std::int64_t lastBytes = 0;
    double lastSeconds = 0;

    [[noreturn]] void fail(const std::exception &e) const
    {
        throw EngineError("rank " + std::to_string(config.rank) + " lost contact with the other training processes ("
                + std::string(e.what()).substr(0, 300) + ")",
            "another rank stopped or did not answer within " + std::to_string(config.timeoutSeconds)
                + " s; the last checkpoint is intact and --resume continues from it");
    }
    void run(std::vector<at::Tensor> &tensors)
    {
        try {
            group->allreduce(tensors)->wait();
        } catch (const std::exception &e) {
            fail(e);
        }
    }
};

Communicator::Communicator(std::unique_ptr<Impl> impl)
    : d(std::move(impl))
{ }

Communicator::~Communicator() = default;

std::unique_ptr<Communicator> Communicator::connect(const DistributedConfig &config)
{
    auto d = std::make_unique<Impl>();
    d->config = config;
    const auto timeout = std::chrono::milliseconds(std::int64_t(config.timeoutSeconds) * 1000);
    try {
        c10d::TCPStoreOptions options;
        options.port = static_cast<std::uint16_t>(config.masterPort);
        options.isServer = config.rank == 0;
        options.numWorkers = static_cast<std::size_t>(config.worldSize);
        options.waitWorkers = true;
        options.timeout = timeout;
        d->store = c10::make_intrusive<c10d::TCPStore>(config.masterAddr, options);
        auto groupOptions = c10d::ProcessGroupGloo::Options::create(timeout);
        // On one machine the ranks talk over loopback; across machines over this host's address.
        const bool loopback = config.masterAddr == "127.0.0.1" || config.masterAddr == "localhost";
        groupOptions->devices.push_back(loopback ? c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1")
                                                 : c10d::ProcessGroupGloo::createDefaultDevice());
        d->group = c10::make_intrusive<c10d::ProcessGroupGloo>(d->store, config.rank, config.worldSize, groupOptions);
    } catch (const std::exception &e) {
        throw EngineError("rank " + std::to_string(config.rank) + " could not meet the other "
                + std::to_string(config.worldSize - 1) + " training process(es) at " + config.masterAddr + ":"
                + std::to_string(config.masterPort) + " (" + std::string(e.what()).substr(0, 300) + ")",
            "start every rank with the same MASTER_ADDR, MASTER_PORT and WORLD_SIZE within "
                + std::to_string(config.timeoutSeconds) + " s of each other");
    }
    return std::unique_ptr<Communicator>(new Communicator(std::move(d)));
}

int Communicator::rank() const
{
    return d->config.rank;
}

int Communicator::worldSize() const
{
    return d->config.worldSize;
}

void Communicator::allReduceSum(const std::vector<torch::Tensor> &tensors)
{
    const auto start = std::chrono::steady_clock::now();
    d->lastBytes = 0;
    // Buckets of same-typed tensors, flattened so that each collective moves one buffer.
    std::size_t begin = 0;
    while (begin < tensors.size()) {
        std::size_t end = begin;
        std::int64_t bytes = 0;
        while (end < tensors.size() && tensors[end].scalar_type() == tensors[begin].scalar_type()
            && (end == begin || bytes + tensors[end].nbytes() <= kBucketBytes)) {
            bytes += static_cast<std::int64_t>(tensors[end].nbytes());
            ++end;
        }
        std::vector<torch::Tensor> flat;
        for (std::size_t k = begin; k < end; ++k)
            flat.push_back(tensors[k].reshape({-1}));
        std::vector<at::Tensor> bucket {torch::cat(flat)};
        d->run(bucket);
        std::int64_t offset = 0;
        for (std::size_t k = begin; k < end; ++k) {
            const std::int64_t n = tensors[k].numel();
            tensors[k].copy_(bucket[0].narrow(0, offset, n).view_as(tensors[k]));
            offset += n;
        }
        d->lastBytes += bytes;
        begin = end;
    }
    d->lastSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::vector<double> Communicator::allReduceScalars(const std::vector<double> &values)
{
    std::vector<at::Tensor> t {torch::tensor(values, torch::kFloat64)};
    d->run(t);
    const auto a = t[0].accessor<double, 1>();
    std::vector<double> out(values.size());
    for (std::size_t k = 0; k < out.size(); ++k)
        out[k] = a[static_cast<std::int64_t>(k)];
    return out;
}

bool Communicator::identicalAcrossRanks(const std::vector<torch::Tensor> &tensors)
{
    std::vector<torch::Tensor> flat;
    for (const auto &t : tensors)
        flat.push_back(t.detach().to(torch::kFloat32).reshape({-1}));
    const torch::Tensor all = torch::cat(flat);
    std::vector<at::Tensor> high {all.clone()}, low {-all};
    try {
        c10d::AllreduceOptions max;
        max.reduceOp = c10d::ReduceOp::MAX;
        d->group->allreduce(high, max)->wait();
        d->group->allreduce(low, max)->wait();
    } catch (const std::exception &e) {
        d->fail(e);
    }
    return torch::equal(high[0], -low[0]);
}

std::int64_t Communicator::lastBytes() const
{
    return d->lastBytes;
}

double Communicator::lastSeconds() const
{
    return d->lastSeconds;
}

} // namespace shoptuner::engine
