#include "engine/formats/peft_adapter.h"

#include "engine/base/atomic_file.h"
#include "engine/base/error.h"
#include "engine/model/llama_model.h"
#include "engine/formats/safetensors.h"
#include "engine/formats/tensor_io.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <fstream>
#include <set>

namespace shoptuner::engine {
namespace {

using nlohmann::json;

const std::string kPeftPrefix = "base_model.model.";

std::string toPeftKey(const std::string &name)
{
    return kPeftPrefix + name;
}

// "base_model.model.model.layers.0...lora_A.default.weight" -> "model.layers.0...lora_A.weight"
std::string fromPeftKey(std::string key)
{
    if (key.rfind(kPeftPrefix, 0) == 0)
        key.erase(0, kPeftPrefix.size());
    for (const char *part : {".lora_A.default.", ".lora_B.default."}) {
        if (const auto at = key.find(part); at != std::string::npos)
            key.replace(at, std::string(part).size(), std::string(part).substr(0, 8));
    }
    return key;
}

torch::ScalarType parseDtype(const std::string &dtype)
{
    if (dtype == "f32")
        return torch::kFloat32;
    if (dtype == "bf16")
        return torch::kBFloat16;
    if (dtype == "f16")
        return torch::kFloat16;
    throw UnsupportedError("unknown dtype '" + dtype + "'", "use f32, bf16 or f16");
}

} // namespace

void savePeftAdapter(
    LlamaForCausalLMImpl &model, const PeftAdapterConfig &config, const std::filesystem::path &adapterDir)
{
    std::filesystem::create_directories(adapterDir);
    std::vector<std::pair<std::string, torch::Tensor>> tensors;
    for (auto &[name, tensor] : loraTensors(model))
        tensors.emplace_back(toPeftKey(name), tensor.detach().to(torch::kFloat32));
    if (tensors.empty())
        throw EngineError("the model has no LoRA adapter to save");
    saveTensors(adapterDir / "adapter_model.safetensors", tensors);
    const json j = {{"peft_type", "LORA"}, {"task_type", "CAUSAL_LM"}, {"r", config.lora.rank},
        {"lora_alpha", config.lora.alpha}, {"lora_dropout", config.lora.dropout}, {"use_rslora", config.lora.rsLora},
        {"target_modules", config.lora.targetModules}, {"base_model_name_or_path", config.baseModel}, {"bias", "none"},
        {"fan_in_fan_out", false}, {"inference_mode", true}, {"init_lora_weights", true}, {"modules_to_save", nullptr},
        {"layers_to_transform", config.lora.layers.empty() ? json(nullptr) : json(config.lora.layers)},
        {"revision", nullptr}};
    writeFileAtomically(adapterDir / "adapter_config.json", j.dump(2) + "\n");
}

PeftAdapterConfig loadPeftAdapter(LlamaForCausalLMImpl &model, const std::filesystem::path &adapterDir)
{
    const PeftAdapterConfig config = readPeftAdapterConfig(adapterDir);
    const auto file = SafetensorsFile::open(adapterDir / "adapter_model.safetensors");
    std::map<std::string, const TensorView *> byName;
    for (const TensorView &t : file.tensors())
        byName[fromPeftKey(t.name)] = &t;
    // The rank in the config must be the one the weights have, before adapters of that rank are
    // allocated for every projection (a damaged r of 10^9 would ask for terabytes).
    for (const auto &[name, view] : byName) {
        if (name.find("lora_A") != std::string::npos && (view->shape.size() != 2 || view->shape[0] != config.lora.rank))
            throw FormatError(adapterDir.string() + ": adapter_config.json says rank "
                    + std::to_string(config.lora.rank) + " but " + view->name + " has shape "
                    + c10::str(c10::IntArrayRef(view->shape)),
                "the adapter's files do not belong together; export the adapter again");
    }
    applyLora(model, config.lora, 0);
    torch::NoGradGuard noGrad;
    std::set<std::string> used;
    for (auto &[name, tensor] : loraTensors(model)) {
        const auto it = byName.find(name);
        if (it == byName.end())
            throw FormatError(adapterDir.string() + ": the adapter has no tensor for " + name,
                "this adapter was trained for a different base model or with other target modules");
        if (it->second->shape != tensor.sizes().vec())
            throw FormatError(adapterDir.string() + ": adapter tensor " + name + " has shape "
                    + c10::str(c10::IntArrayRef(it->second->shape)) + " but this model needs "
                    + c10::str(tensor.sizes()),
                "this adapter was trained for a different base model");
        tensor.copy_(toTensor(*it->second));
        used.insert(name);
    }
    for (const auto &[name, view] : byName) {
        if (!used.count(name))
            throw FormatError(
                adapterDir.string() + ": adapter tensor " + view->name + " matches no layer of this model",
                "this adapter was trained for a different base model");
    }
    return config;
}

void mergeLora(LlamaForCausalLMImpl &model)
{
    torch::NoGradGuard noGrad;
    for (const auto &item : model.named_modules()) {
        if (!dynamic_cast<ProjectionOwner *>(item.value().get()))
            continue;
        for (const auto &child : item.value()->named_children()) {
            const auto *lora = dynamic_cast<const LoraLinear *>(child.value().get());
            if (!lora)
                continue;
            const torch::Tensor merged = lora->denseWeight();
            const torch::Tensor bias = lora->biasTensor();
            const auto options = torch::TensorOptions().dtype(merged.scalar_type()).device(merged.device());
            auto dense
                = std::make_shared<DenseLinear>(lora->inFeatures(), lora->outFeatures(), bias.defined(), options);
            dense->weight.copy_(merged);
            if (bias.defined())
                dense->bias.copy_(bias);
            replaceProjection(*item.value(), child.key(), dense);
        }
    }
}

void saveHfModel(LlamaForCausalLMImpl &model, const std::filesystem::path &outDir, const std::string &dtype)
{
    torch::NoGradGuard noGrad;
    const torch::ScalarType type = parseDtype(dtype);
    std::filesystem::create_directories(outDir);
    std::vector<std::pair<std::string, torch::Tensor>> tensors;
    std::set<std::string> projections;
    // Projections contribute their dense weight: decoded when quantized, merged when adapted.
    for (const auto &[path, linear] : outermostProjections(model)) {
        projections.insert(path);
        tensors.emplace_back(path + ".weight", linear->denseWeight().to(type));
        if (const torch::Tensor bias = linear->biasTensor(); bias.defined())
            tensors.emplace_back(path + ".bias", bias.to(type));
    }
    for (const auto &item : model.named_parameters(true)) {
        if (!isWithin(item.key(), projections))
            tensors.emplace_back(item.key(), item.value().to(type));
    }
    std::sort(tensors.begin(), tensors.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    saveTensors(outDir / "model.safetensors", tensors);
    ModelConfig config = model.config();
    config.torchDtype = type == torch::kBFloat16 ? "bfloat16" : type == torch::kFloat16 ? "float16" : "float32";
    writeFileAtomically(outDir / "config.json", modelConfigToJson(config));
}

} // namespace shoptuner::engine
