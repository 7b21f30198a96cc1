#include "engine/train/distributed_comm.h"

#include "engine/base/error.h"

// libtorch's CMake targets define USE_C10D_GLOO (every build with distributed support) and
// USE_C10D_NCCL (CUDA builds with NCCL) for the code that links them.
#if defined(USE_C10D_GLOO)
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#endif
#if defined(USE_C10D_NCCL)
#include <c10/cuda/CUDAFunctions.h>
#include <torch/csrc/distributed/c10d/ProcessGroupNCCL.hpp>
#endif
#if defined(USE_C10D_GLOO) || defined(USE_C10D_NCCL)
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#define SHOPTUNER_HAVE_C10D 1
#endif
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

#if defined(USE_C10D_GLOO)
constexpr bool kHasGloo = true;
#else
constexpr bool kHasGloo = false;
#endif
#if defined(USE_C10D_NCCL)
constexpr bool kHasNccl = true;
#else
constexpr bool kHasNccl = false;
#endif

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
    if (const auto backend = env("SHOPTUNER_DIST_BACKEND"))
        c.backend = *backend;
    if (c.backend != "auto" && c.backend != "gloo" && c.backend != "nccl")
        throw EngineError("SHOPTUNER_DIST_BACKEND must be auto, gloo or nccl (it is '" + c.backend + "')");
    return c;
}

std::vector<std::int64_t> rankMicroBatches(std::int64_t perStep, int worldSize, int rank)
{
    std::vector<std::int64_t> mine;
    for (std::int64_t a = rank; a < perStep; a += worldSize)
        mine.push_back(a);
    return mine;
}

std::string distributedBackends()
{
    if (kHasGloo && kHasNccl)
        return "gloo nccl";
    return kHasGloo ? "gloo" : kHasNccl ? "nccl" : "";
}

std::string chooseBackend(const std::string &requested, const std::string &device)
{
    const bool cuda = device.rfind("cuda", 0) == 0;
    if (!kHasGloo && !kHasNccl)
        throw UnsupportedError("this build's libtorch has no distributed engine (c10d)",
            "build ShopTuner against a libtorch with distributed support (Debian's, or PyTorch's own downloads)");
    if (requested == "nccl") {
        if (!kHasNccl)
            throw UnsupportedError("the NCCL backend was requested but this build's libtorch has no NCCL",
                "use a CUDA build of libtorch, or SHOPTUNER_DIST_BACKEND=gloo");
        if (!cuda)
            throw UnsupportedError("the NCCL backend needs training on a GPU, but the device is " + device,
                "train on a CUDA device, or set SHOPTUNER_DIST_BACKEND=gloo", ErrorCode::NeedsGpu);
        return "nccl";
    }
    if (requested == "gloo") {
        if (!kHasGloo)
            throw UnsupportedError("the Gloo backend was requested but this build's libtorch has no Gloo",
                "use SHOPTUNER_DIST_BACKEND=nccl");
        return "gloo";
    }
    // auto: NCCL between GPUs, Gloo otherwise
    if (cuda && kHasNccl)
        return "nccl";
    if (kHasGloo)
        return "gloo";
    throw UnsupportedError("this build's libtorch has only NCCL, which needs training on a GPU",
        "train on a CUDA device", ErrorCode::NeedsGpu);
}

#if SHOPTUNER_HAVE_C10D

struct Communicator::Impl
{
    DistributedConfig config;
    std::string backend;
    torch::Device device {torch::kCPU}; // where the collectives' buffers must live
    c10::intrusive_ptr<c10d::Store> store;
#if defined(USE_C10D_GLOO)
    c10::intrusive_ptr<c10d::ProcessGroupGloo> gloo;
#endif
#if defined(USE_C10D_NCCL)
    c10::intrusive_ptr<c10d::ProcessGroupNCCL> nccl;
#endif
    std::int64_t lastBytes = 0;
    double lastSeconds = 0;

    [[noreturn]] void fail(const std::exception &e) const
    {
        throw EngineError("rank " + std::to_string(config.rank) + " lost contact with the other training processes ("
                + std::string(e.what()).substr(0, 300) + ")",
            "another rank stopped or did not answer within " + std::to_string(config.timeoutSeconds)
                + " s; the last checkpoint is intact and resuming continues from it");
    }
    // Reduces one buffer held on `device` in place.
    void allReduce(at::Tensor &buffer, c10d::ReduceOp op = c10d::ReduceOp::SUM)
    {
        std::vector<at::Tensor> tensors {buffer};
        c10d::AllreduceOptions options;
        options.reduceOp = op;
        try {
#if defined(USE_C10D_NCCL)
            if (nccl) {
                nccl->allreduce(tensors, options)->wait();
                return;
            }
#endif
#if defined(USE_C10D_GLOO)
            gloo->allreduce(tensors, options)->wait();
#endif
        } catch (const std::exception &e) {
            fail(e);
        }
    }
    // Reduces `t` (on any device) through a buffer on the collective's device.
    torch::Tensor reduced(const torch::Tensor &t, c10d::ReduceOp op = c10d::ReduceOp::SUM)
    {
        at::Tensor buffer = t.to(device).contiguous();
        if (buffer.data_ptr() == t.data_ptr())
            buffer = buffer.clone(); // never reduce the caller's tensor behind its back
        allReduce(buffer, op);
        return buffer;
    }
};

Communicator::Communicator(std::unique_ptr<Impl> impl)
    : d(std::move(impl))
{ }

Communicator::~Communicator() = default;

std::unique_ptr<Communicator> Communicator::connect(const DistributedConfig &config, const std::string &device)
{
    auto d = std::make_unique<Impl>();
    d->config = config;
    d->backend = chooseBackend(config.backend, device);
    // Gloo reduces host memory (GPU tensors are staged through it); NCCL reduces on the rank's GPU.
    d->device = d->backend == "nccl" ? torch::Device(device) : torch::Device(torch::kCPU);
    const auto timeout = std::chrono::milliseconds(std::int64_t(config.timeoutSeconds) * 1000);
    try {
        c10d::TCPStoreOptions options;
        options.port = static_cast<std::uint16_t>(config.masterPort);
        options.isServer = config.rank == 0;
        options.numWorkers = static_cast<std::size_t>(config.worldSize);
        options.waitWorkers = true;
        options.timeout = timeout;
        d->store = c10::make_intrusive<c10d::TCPStore>(config.masterAddr, options);
#if defined(USE_C10D_NCCL)
        if (d->backend == "nccl") {
            // A blocking wait turns a dead or silent peer into an exception after the timeout,
            // instead of NCCL's watchdog aborting the process.
            if (!std::getenv("TORCH_NCCL_BLOCKING_WAIT"))
                ::setenv("TORCH_NCCL_BLOCKING_WAIT", "1", 0);
            c10::cuda::set_device(d->device.index());
            auto groupOptions = c10d::ProcessGroupNCCL::Options::create();
            groupOptions->timeout = timeout;
            d->nccl
                = c10::make_intrusive<c10d::ProcessGroupNCCL>(d->store, config.rank, config.worldSize, groupOptions);
        }
#endif
#if defined(USE_C10D_GLOO)
        if (d->backend == "gloo") {
            auto groupOptions = c10d::ProcessGroupGloo::Options::create(timeout);
            // On one machine the ranks talk over loopback; across machines over this host's address.
            const bool loopback = config.masterAddr == "127.0.0.1" || config.masterAddr == "localhost";
            groupOptions->devices.push_back(loopback ? c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1")
                                                     : c10d::ProcessGroupGloo::createDefaultDevice());
            d->gloo
                = c10::make_intrusive<c10d::ProcessGroupGloo>(d->store, config.rank, config.worldSize, groupOptions);
        }
#endif
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

std::string Communicator::backend() const
{
    return d->backend;
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
            flat.push_back(tensors[k].reshape({-1}).to(d->device));
        at::Tensor bucket = torch::cat(flat);
        d->allReduce(bucket);
        std::int64_t offset = 0;
        for (std::size_t k = begin; k < end; ++k) {
            const std::int64_t n = tensors[k].numel();
            tensors[k].copy_(bucket.narrow(0, offset, n).view_as(tensors[k]));
            offset += n;
        }
        d->lastBytes += bytes;
        begin = end;
    }
    d->lastSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::vector<double> Communicator::allReduceScalars(const std::vector<double> &values)
{
    const torch::Tensor sum = d->reduced(torch::tensor(values, torch::kFloat64)).cpu();
    const auto a = sum.accessor<double, 1>();
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
    // Equal everywhere exactly when the largest and the smallest value of each element agree.
    const torch::Tensor high = d->reduced(all, c10d::ReduceOp::MAX);
    const torch::Tensor low = d->reduced(-all, c10d::ReduceOp::MAX);
    return torch::equal(high.cpu(), (-low).cpu());
}

std::int64_t Communicator::lastBytes() const
{
    return d->lastBytes;
}

double Communicator::lastSeconds() const
{
    return d->lastSeconds;
}

#else // no c10d in this libtorch: connect() explains, and nothing else can be reached

struct Communicator::Impl
{
};

Communicator::Communicator(std::unique_ptr<Impl> impl)
    : d(std::move(impl))
{ }

Communicator::~Communicator() = default;

std::unique_ptr<Communicator> Communicator::connect(const DistributedConfig &config, const std::string &device)
{
    chooseBackend(config.backend, device); // throws: no backend in this build
    return nullptr;
}

int Communicator::rank() const
{
    return 0;
}

int Communicator::worldSize() const
{
    return 1;
}

std::string Communicator::backend() const
{
    return {};
}

void Communicator::allReduceSum(const std::vector<torch::Tensor> &) { }

std::vector<double> Communicator::allReduceScalars(const std::vector<double> &values)
{
    return values;
}

bool Communicator::identicalAcrossRanks(const std::vector<torch::Tensor> &)
{
    return true;
}

std::int64_t Communicator::lastBytes() const
{
    return 0;
}

double Communicator::lastSeconds() const
{
    return 0;
}

#endif // SHOPTUNER_HAVE_C10D

} // namespace shoptuner::engine
