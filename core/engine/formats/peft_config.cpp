#include "engine/formats/peft_config.h"

#include "engine/base/error.h"
#include "engine/base/input_file.h"

#include <nlohmann/json.hpp>

namespace shoptuner::engine {

using nlohmann::json;

PeftAdapterConfig parsePeftAdapterConfig(std::string_view text, const std::string &label)
{
    const json j = parseJsonText(text, label);
    if (!j.is_object())
        throw FormatError(label + ": is not a JSON object");
    try {
        if (j.value("peft_type", "") != "LORA")
            throw UnsupportedError(label + ": peft_type '" + j.value("peft_type", "") + "' is not supported",
                "only LoRA adapters are supported");
        for (const char *key : {"rank_pattern", "alpha_pattern"}) {
            if (j.contains(key) && j[key].is_object() && !j[key].empty())
                throw UnsupportedError(label + ": per-layer " + key + " is not supported");
        }
        if (j.value("use_dora", false))
            throw UnsupportedError(label + ": DoRA adapters are not supported");
        PeftAdapterConfig c;
        c.lora.rank = j.at("r").get<std::int64_t>();
        c.lora.alpha = j.at("lora_alpha").get<double>();
        c.lora.dropout = j.value("lora_dropout", 0.0);
        c.lora.rsLora = j.value("use_rslora", false);
        const json &targets = j.at("target_modules");
        if (targets.is_array())
            c.lora.targetModules = targets.get<std::vector<std::string>>();
        else if (targets.is_string() && targets.get<std::string>() == "all-linear")
            c.lora.targetModules = LoraConfig().targetModules;
        else
            throw UnsupportedError(label + ": target_modules must be a list of names or \"all-linear\"");
        if (j.contains("layers_to_transform") && !j["layers_to_transform"].is_null()) {
            const json &layers = j["layers_to_transform"];
            if (layers.is_number_integer())
                c.lora.layers = {layers.get<std::int64_t>()};
            else if (layers.is_array())
                c.lora.layers = layers.get<std::vector<std::int64_t>>();
            else
                throw FormatError(label + ": layers_to_transform must be a layer number or a list of them");
        }
        if (j.contains("layers_pattern") && !j["layers_pattern"].is_null()) {
            const json &pattern = j["layers_pattern"];
            const bool llamaLayers = (pattern.is_string() && pattern.get<std::string>() == "layers")
                || (pattern.is_array() && pattern.size() == 1 && pattern[0] == "layers");
            if (!llamaLayers)
                throw UnsupportedError(label + ": layers_pattern " + pattern.dump() + " is not supported",
                    "Llama-family models name their decoder layers \"layers\"");
        }
        if (j.contains("base_model_name_or_path") && j["base_model_name_or_path"].is_string())
            c.baseModel = j["base_model_name_or_path"].get<std::string>();
        c.lora.validate();
        return c;
    } catch (const json::exception &e) {
        throw FormatError(label + ": " + e.what());
    }
}

PeftAdapterConfig readPeftAdapterConfig(const std::filesystem::path &adapterDir)
{
    const auto path = adapterDir / "adapter_config.json";
    if (!std::filesystem::exists(path))
        throw FormatError(path.string() + ": does not exist",
            "an adapter folder holds adapter_config.json and "
            "adapter_model.safetensors");
    return parsePeftAdapterConfig(readTextFile(path), path.string());
}

} // namespace shoptuner::engine
