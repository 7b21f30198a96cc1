#include "engine/tokenizer/tokenizer_config.h"

#include "engine/base/error.h"
#include "engine/base/input_file.h"

#include <nlohmann/json.hpp>

#include <fstream>

namespace shoptuner::engine {
namespace {

using nlohmann::json;

// Token fields are either a string or an AddedToken object {"content": ...}.
std::optional<std::string> tokenField(const json &j, const char *key)
{
    if (!j.contains(key))
        return std::nullopt;
    const json &v = j[key];
    if (v.is_string())
        return v.get<std::string>();
    if (v.is_object() && v.contains("content") && v["content"].is_string())
        return v["content"].get<std::string>();
    return std::nullopt;
}

std::optional<bool> boolField(const json &j, const char *key)
{
    if (j.contains(key) && j[key].is_boolean())
        return j[key].get<bool>();
    return std::nullopt;
}

} // namespace

TokenizerConfig loadTokenizerConfig(const std::filesystem::path &modelDir)
{
    TokenizerConfig config;
    const std::filesystem::path path = modelDir / "tokenizer_config.json";
    if (!std::filesystem::exists(path))
        return config;
    const json j = readJsonFile(path);
    if (!j.is_object())
        throw FormatError(path.string() + ": is not a JSON object");
    if (j.contains("chat_template")) {
        const json &t = j["chat_template"];
        if (t.is_string())
            config.chatTemplate = t.get<std::string>();
        else if (t.is_array()) {
            // A list of named templates: the "default" one is the chat template.
            for (const json &entry : t) {
                if (entry.value("name", "") == "default" && entry.contains("template"))
                    config.chatTemplate = entry["template"].get<std::string>();
            }
        }
    }
    config.bosToken = tokenField(j, "bos_token");
    config.eosToken = tokenField(j, "eos_token");
    config.padToken = tokenField(j, "pad_token");
    config.addBosToken = boolField(j, "add_bos_token");
    config.addEosToken = boolField(j, "add_eos_token");
    return config;
}

} // namespace shoptuner::engine
