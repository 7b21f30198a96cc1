#include "engine/model/lora.h"

#include "engine/base/error.h"
#include "engine/model/llama_model.h"
#include "engine/model/matvec.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <mutex>

#include <ATen/CPUGeneratorImpl.h>
#include <ATen/Parallel.h>

namespace shoptuner::engine {

torch::Tensor dropoutMask(const torch::Tensor &like, double p)
{
    // One 64-bit seed from libtorch's generator keeps runs reproducible (and checkpoint
    // recomputation replays the same mask); splitmix64 per element is ~10x faster than bernoulli_.
    std::uint64_t seed = 0;
    {
        at::Generator generator = at::detail::getDefaultCPUGenerator();
        std::lock_guard<std::mutex> lock(generator.mutex());
        seed = generator.get<at::CPUGeneratorImpl>()->random64();
    }
    torch::Tensor mask = torch::empty(like.sizes(), like.options().dtype(torch::kFloat32).device(torch::kCPU));
    float *out = mask.data_ptr<float>();
    const auto threshold = static_cast<std::uint32_t>(p * 4294967296.0);
    const auto keep = static_cast<float>(1.0 / (1.0 - p));
    at::parallel_for(0, mask.numel(), 16384, [&](std::int64_t begin, std::int64_t end) {
        for (std::int64_t i = begin; i < end; ++i) {
            std::uint64_t z = seed + 0x9E3779B97F4A7C15ULL * static_cast<std::uint64_t>(i + 1);
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
            z ^= z >> 31;
            out[i] = static_cast<std::uint32_t>(z >> 32) >= threshold ? keep : 0.0f;
        }
    });
    return mask.to(like.device(), like.scalar_type());
}

LoraMatrix::LoraMatrix(std::int64_t rows, std::int64_t cols, const torch::TensorOptions &options)
{
    weight = register_parameter("weight", torch::zeros({rows, cols}, options));
}

LoraLinear::LoraLinear(LinearPtr base, const LoraConfig &config, const torch::TensorOptions &adapterOptions)
    : LinearBase(base->inFeatures(), base->outFeatures())
    , m_base(std::move(base))
    , m_dropout(config.dropout)
    , m_scale(config.scale())
{
    register_module("base_layer", m_base);
    m_a = register_module("lora_A", std::make_shared<LoraMatrix>(config.rank, inFeatures(), adapterOptions));
    m_b = register_module("lora_B", std::make_shared<LoraMatrix>(outFeatures(), config.rank, adapterOptions));
}

torch::Tensor LoraLinear::forward(const torch::Tensor &x)
{
    const torch::Tensor y = m_base->forward(x);
    const torch::Tensor x32 = x.to(m_a->weight.scalar_type());
    const std::int64_t rows = x.numel() / std::max<std::int64_t>(1, inFeatures());
    if (!is_training() && rows <= kMatvecMaxVectors && !(torch::GradMode::is_enabled() && x.requires_grad())) {
        // Decoding: the same kernels as the base, so an answer's bits do not depend on its batch.
        const torch::Tensor update = denseForward(denseForward(x32, m_a->weight, {}), m_b->weight, {}) * m_scale;
        return y + update.to(y.scalar_type());
    }
    const torch::Tensor h = is_training() && m_dropout > 0 ? x32 * dropoutMask(x32, m_dropout) : x32;
    const torch::Tensor update = torch::matmul(torch::matmul(h, m_a->weight.t()), m_b->weight.t()) * m_scale;
    return y + update.to(y.scalar_type());
}

std::int64_t LoraLinear::residentBytes() const
{
    return m_base->residentBytes() + (m_a->weight.numel() + m_b->weight.numel()) * m_a->weight.element_size();
}

torch::Tensor LoraLinear::denseWeight() const
{
    const torch::Tensor base = m_base->denseWeight();
    return (base.to(m_b->weight.scalar_type()) + torch::matmul(m_b->weight, m_a->weight) * m_scale)
        .to(base.scalar_type());
}

namespace {

// "model.layers.12.mlp" is in layer 12; with no layers chosen every module is.
bool inChosenLayers(const std::string &moduleName, const std::vector<std::int64_t> &layers)
{
    if (layers.empty())
        return true;
    const std::string marker = "layers.";
    const std::size_t at = moduleName.find(marker);
    if (at == std::string::npos)
        return false;
    const std::int64_t index = std::strtoll(moduleName.c_str() + at + marker.size(), nullptr, 10);
    return std::find(layers.begin(), layers.end(), index) != layers.end();
}

} // namespace

std::vector<std::string> applyLora(LlamaForCausalLMImpl &model, const LoraConfig &config, std::uint64_t seed)
{
    config.validate();
    torch::NoGradGuard noGrad;
    for (auto &p : model.parameters())
        p.set_requires_grad(false);
    auto generator = at::make_generator<at::CPUGeneratorImpl>(seed);
    const auto adapterOptions = torch::TensorOptions().dtype(accumulateType(model.dtype())).device(model.device());
    std::vector<std::string> wrapped;
    for (const auto &item : model.named_modules()) {
        if (!dynamic_cast<ProjectionOwner *>(item.value().get()) || !inChosenLayers(item.key(), config.layers))
            continue;
        for (const std::string &target : config.targetModules) {
            LinearPtr *slot = dynamic_cast<ProjectionOwner *>(item.value().get())->projectionSlot(target);
            if (!slot || dynamic_cast<LoraLinear *>(slot->get()))
                continue;
            auto lora = std::make_shared<LoraLinear>(*slot, config, adapterOptions);
            // Kaiming-uniform with a = sqrt(5), as nn.Linear and PEFT initialise A: bound 1/sqrt(in).
            const double bound = 1.0 / std::sqrt(static_cast<double>(lora->inFeatures()));
            lora->loraA().copy_(at::empty(lora->loraA().sizes(), at::kDouble).uniform_(-bound, bound, generator));
            lora->train(model.is_training());
            replaceProjection(*item.value(), target, lora);
            wrapped.push_back(item.key() + "." + target);
        }
    }
    if (wrapped.empty())
        throw EngineError(config.layers.empty() ? "no projection matched the LoRA target modules"
                                                : "no projection matched the LoRA target modules in the chosen layers",
            "the adapter was made for another model");
    return wrapped;
}

std::vector<std::pair<std::string, torch::Tensor>> loraTensors(LlamaForCausalLMImpl &model)
{
    std::vector<std::pair<std::string, torch::Tensor>> out;
    for (const auto &item : model.named_parameters(true)) {
        if (item.key().find(".lora_A.") != std::string::npos || item.key().find(".lora_B.") != std::string::npos)
            out.emplace_back(item.key(), item.value());
    }
    return out;
}

} // namespace shoptuner::engine
