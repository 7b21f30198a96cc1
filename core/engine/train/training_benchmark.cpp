#include "engine/train/training_benchmark.h"

#include "engine/base/bandwidth.h"
#include "engine/base/runtime.h"
#include "engine/model/language_model_impl.h"
#include "engine/model/lora.h"
#include "engine/train/lm_loss.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>

namespace shoptuner::engine {
namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point since)
{
    return std::chrono::duration<double>(Clock::now() - since).count();
}

// FLOP/s of a square matrix product big enough to reach the BLAS/oneDNN steady state.
double matmulPeak(torch::ScalarType type, const torch::Device &device)
{
    const auto options = torch::TensorOptions().dtype(type).device(device);
    const std::int64_t n = 1024;
    const torch::Tensor a = torch::randn({n, n}, options), b = torch::randn({n, n}, options);
    torch::matmul(a, b);
    double best = 0;
    for (int r = 0; r < 5; ++r) {
        const auto start = Clock::now();
        for (int i = 0; i < 4; ++i)
            torch::matmul(a, b);
        best = std::max(best, 4 * 2.0 * n * n * n / seconds(start));
    }
    return best;
}

} // namespace

double measureMatmulPeakFlops(const std::string &dtype, const std::string &device, int threads)
{
    configureThreads(threads);
    return matmulPeak(dtype == "bf16" ? torch::kBFloat16 : torch::kFloat32, torch::Device(resolveDevice(device)));
}

TrainingBenchmarkResult benchmarkTraining(const std::filesystem::path &modelDir, const TrainingBenchmarkOptions &o)
{
    const auto lm = LanguageModel::load(modelDir,
        {.dtype = o.dtype, .device = o.device, .threads = o.threads, .quant = o.quant, .requireTokenizer = false});
    LanguageModel::Impl &m = lm->impl();
    LlamaForCausalLMImpl &model = *m.model;
    model.setGradientCheckpointing(o.gradientCheckpointing);
    applyLora(model, o.lora, 0);
    model.train();
    std::vector<torch::Tensor> trainable;
    for (auto &[name, t] : loraTensors(model))
        trainable.push_back(t);
    torch::optim::AdamW optimizer(trainable, torch::optim::AdamWOptions(1e-4));

    const ModelConfig &c = m.config;
    const double T = static_cast<double>(o.sequenceLength);
    // Forward matrix work per token: every projection and the head (2 FLOPs per weight), plus
    // attention scores and values (causal: on average T/2 keys) per layer.
    const double projections = static_cast<double>(c.numLayers)
        * static_cast<double>(c.hiddenSize * (c.numHeads + 2 * c.numKvHeads) * c.headDim
            + c.numHeads * c.headDim * c.hiddenSize + 3 * c.hiddenSize * c.intermediateSize);
    const double head = static_cast<double>(c.hiddenSize * c.vocabSize);
    const double attention = static_cast<double>(c.numLayers) * 2.0 * static_cast<double>(c.numHeads * c.headDim) * T;
    const double forward = 2.0 * (projections + head) + 2.0 * attention;
    // Backward of a frozen base computes input gradients only: about one more forward's worth;
    // checkpointing recomputes the decoder layers' forward once more.
    const double recompute = o.gradientCheckpointing ? 2.0 * projections + 2.0 * attention : 0.0;

    auto generator = at::make_generator<at::CPUGeneratorImpl>(7);
    const torch::Tensor ids = at::randint(
        0, c.vocabSize, {o.batch, o.sequenceLength}, generator, torch::TensorOptions().dtype(torch::kInt64))
                                  .to(model.device());
    auto step = [&] {
        // Every position labelled: the head runs on all of them, as for a record that is all answer.
        const torch::Tensor loss = nextTokenLossSum(model, ids, ids, -1) / static_cast<double>(ids.numel());
        loss.backward();
        optimizer.step();
        optimizer.zero_grad();
    };
    step(); // warm-up
    // The median step: this machine's neighbours make single steps vary by tens of percent.
    std::vector<double> times;
    for (int s = 0; s < o.steps; ++s) {
        const auto start = Clock::now();
        step();
        times.push_back(seconds(start));
    }
    std::sort(times.begin(), times.end());
    const double elapsed = times[times.size() / 2] * o.steps;

    TrainingBenchmarkResult r;
    r.dtype = model.dtype() == torch::kBFloat16 ? "bf16" : "f32";
    r.parameters = m.config.parameterCount(); // the base model's, adapters aside
    r.secondsPerStep = elapsed / o.steps;
    r.tokensPerSecond = static_cast<double>(o.batch * o.sequenceLength) / r.secondsPerStep;
    r.flopsPerToken = 2.0 * forward + recompute;
    r.achievedFlops = r.flopsPerToken * r.tokensPerSecond;
    r.peakFlops = matmulPeak(model.dtype(), model.device());
    r.mfu = r.achievedFlops / r.peakFlops;
    r.peakRssBytes = static_cast<std::int64_t>(peakResidentBytes());
    r.device = m.runtime.device;
    return r;
}

} // namespace shoptuner::engine
