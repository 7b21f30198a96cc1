#include "engine/model/weight_check.h"

#include "engine/base/dtype.h"
#include "engine/base/error.h"
#include "engine/base/system_info.h"
#include "engine/formats/safetensors.h"
#include "engine/model/model_config.h"

#include <algorithm>
#include <cstdio>
#include <string_view>
#include <vector>

namespace shoptuner::engine {
namespace {

std::string shapeText(const std::vector<std::int64_t> &shape)
{
    std::string text = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + "]";
}

} // namespace

void checkWeightsMatchConfig(const ModelConfig &c, const Checkpoint &checkpoint, const std::string &label)
{
    const std::string hint = "the weights do not belong to this config.json; compare it with the model's original";
    std::int64_t layers = 0;
    for (const TensorView *t : checkpoint.tensors()) {
        const std::string_view name = t->name;
        const bool weight = name.starts_with("model.") || name.starts_with("lm_head.");
        if (weight && t->dtype != DType::F32 && t->dtype != DType::F16 && t->dtype != DType::BF16)
            throw FormatError(label + ": tensor '" + t->name + "' is stored as " + std::string(dtypeName(t->dtype))
                    + ", but model weights are floating point (F32, F16 or BF16)",
                "the file is damaged or holds a quantization ShopTuner does not read");
        constexpr std::string_view prefix = "model.layers.";
        if (name.starts_with(prefix)) {
            std::int64_t index = 0;
            std::size_t i = prefix.size();
            for (; i < name.size() && name[i] >= '0' && name[i] <= '9' && index < (1 << 20); ++i)
                index = index * 10 + (name[i] - '0');
            if (i > prefix.size())
                layers = std::max(layers, index + 1);
        }
    }
    const auto expect = [&](const std::string &name, std::vector<std::int64_t> shape) {
        const TensorView *t = checkpoint.find(name);
        if (!t)
            throw FormatError(label + ": the weights have no tensor '" + name + "'", hint);
        if (t->shape != shape)
            throw FormatError(label + ": tensor '" + name + "' has shape " + shapeText(t->shape)
                    + " but config.json implies " + shapeText(shape),
                hint);
    };
    expect("model.embed_tokens.weight", {c.vocabSize, c.hiddenSize});
    if (layers != c.numLayers)
        throw FormatError(label + ": config.json says " + std::to_string(c.numLayers) + " layers but the weights hold "
                + std::to_string(layers),
            hint);
    expect("model.layers.0.self_attn.q_proj.weight", {c.numHeads * c.headDim, c.hiddenSize});
    expect("model.layers.0.self_attn.k_proj.weight", {c.numKvHeads * c.headDim, c.hiddenSize});
    expect("model.layers.0.mlp.gate_proj.weight", {c.intermediateSize, c.hiddenSize});
}

void checkModelFitsMemory(std::int64_t bytes, const std::string &label)
{
    const SystemMemory memory = systemMemory();
    if (memory.totalBytes > 0 && bytes > memory.totalBytes)
        throw EngineError(label + ": the model needs about " + readableBytes(std::uint64_t(bytes))
                + " of memory, and this computer has " + readableBytes(std::uint64_t(memory.totalBytes)),
            "choose a smaller model, or load it 4-bit quantized (NF4)");
}

} // namespace shoptuner::engine
