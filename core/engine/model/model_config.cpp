#include "engine/model/model_config.h"

#include "engine/base/error.h"
#include "engine/base/input_file.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace shoptuner::engine {
namespace {

using nlohmann::json;

// What differs between the supported architectures is data, not code.
struct ArchitectureTraits
{
    const char *architecture;
    const char *modelType;
    bool defaultAttentionBias;
    bool honoursSlidingWindow;
};

constexpr std::array<ArchitectureTraits, 3> kArchitectures {{
    {"LlamaForCausalLM", "llama", false, false},
    {"MistralForCausalLM", "mistral", false, true},
    {"Qwen2ForCausalLM", "qwen2", true, false},
}};

const ArchitectureTraits *findArchitecture(const std::string &name)
{
    for (const ArchitectureTraits &a : kArchitectures) {
        if (name == a.architecture)
            return &a;
    }
    return nullptr;
}

std::string joinedArchitectures()
{
    std::string out;
    for (const ArchitectureTraits &a : kArchitectures)
        out += (out.empty() ? "" : ", ") + std::string(a.architecture);
    return out;
}

[[noreturn]] void fail(const std::string &label, const std::string &what, const std::string &hint = {})
{
    throw FormatError(label + ": " + what, hint);
}

std::int64_t requireInt(const json &j, const char *key, const std::string &label)
{
    if (!j.contains(key))
        fail(label, std::string("missing '") + key + "'");
    if (!j[key].is_number_integer())
        fail(label, std::string("'") + key + "' must be an integer");
    return j[key].get<std::int64_t>();
}

std::vector<std::int64_t> idList(const json &j, const char *key, const std::string &label)
{
    std::vector<std::int64_t> ids;
    if (!j.contains(key) || j[key].is_null())
        return ids;
    const json &v = j[key];
    if (v.is_number_integer())
        ids.push_back(v.get<std::int64_t>());
    else if (v.is_array()) {
        for (const json &e : v) {
            if (!e.is_number_integer())
                fail(label, std::string("'") + key + "' must hold integers");
            ids.push_back(e.get<std::int64_t>());
        }
    } else
        fail(label, std::string("'") + key + "' must be an integer or a list of integers");
    return ids;
}

RopeScaling parseRopeScaling(const json &j, const std::string &label)
{
    RopeScaling scaling;
    if (!j.contains("rope_scaling") || j["rope_scaling"].is_null())
        return scaling;
    const json &rs = j["rope_scaling"];
    if (!rs.is_object())
        fail(label, "'rope_scaling' must be an object or null");
    const std::string type = rs.value("rope_type", rs.value("type", std::string("default")));
    if (type == "default")
        return scaling;
    scaling.factor = rs.value("factor", 1.0);
    if (type == "linear") {
        scaling.type = RopeScaling::Type::Linear;
    } else if (type == "llama3") {
        scaling.type = RopeScaling::Type::Llama3;
        scaling.lowFreqFactor = rs.value("low_freq_factor", 1.0);
        scaling.highFreqFactor = rs.value("high_freq_factor", 4.0);
        scaling.originalMaxPositions = rs.value("original_max_position_embeddings", std::int64_t {8192});
        if (scaling.highFreqFactor <= scaling.lowFreqFactor)
            fail(label, "rope_scaling: high_freq_factor must exceed low_freq_factor");
    } else {
        throw UnsupportedError(
            label + ": rope_scaling type '" + type + "' is not supported", "supported: default, linear, llama3");
    }
    if (scaling.factor <= 0)
        fail(label, "rope_scaling: factor must be positive");
    return scaling;
}

ModelConfig parseModelConfigJson(const json &j, const std::string &label);

} // namespace

std::vector<std::string> supportedArchitectures()
{
    std::vector<std::string> out;
    for (const ArchitectureTraits &a : kArchitectures)
        out.emplace_back(a.architecture);
    return out;
}

std::int64_t ModelConfig::parameterCount() const
{
    const std::int64_t q = numHeads * headDim;
    const std::int64_t kv = numKvHeads * headDim;
    std::int64_t attention = hiddenSize * q + 2 * hiddenSize * kv + q * hiddenSize;
    if (attention && attentionBias)
        attention += q + 2 * kv;
    std::int64_t mlp = 3 * hiddenSize * intermediateSize;
    if (mlpBias)
        mlp += 2 * intermediateSize + hiddenSize;
    const std::int64_t perLayer = attention + mlp + 2 * hiddenSize;
    const std::int64_t embeddings = vocabSize * hiddenSize * (tieWordEmbeddings ? 1 : 2);
    return embeddings + numLayers * perLayer + hiddenSize;
}

void ModelConfig::validate(const std::string &label) const
{
    auto positive = [&](std::int64_t v, const char *name) {
        if (v <= 0)
            fail(label, std::string("'") + name + "' must be positive, got " + std::to_string(v));
    };
    positive(vocabSize, "vocab_size");
    positive(hiddenSize, "hidden_size");
    positive(intermediateSize, "intermediate_size");
    positive(numLayers, "num_hidden_layers");
    positive(numHeads, "num_attention_heads");
    positive(numKvHeads, "num_key_value_heads");
    positive(headDim, "head_dim");
    // Far beyond any real model (the largest open ones have a 256k vocabulary, hidden size 16k,
    // 126 layers); a value past these is a damaged file, refused before anything is allocated.
    auto plausible = [&](std::int64_t v, std::int64_t limit, const char *name) {
        if (v > limit)
            fail(label,
                std::string("'") + name + "' is " + std::to_string(v) + ", far larger than any real model's ("
                    + std::to_string(limit) + " at most)",
                "the file is damaged; compare it with the model's original config.json");
    };
    plausible(vocabSize, 4'000'000, "vocab_size");
    plausible(hiddenSize, 65'536, "hidden_size");
    plausible(intermediateSize, 262'144, "intermediate_size");
    plausible(numLayers, 1'024, "num_hidden_layers");
    plausible(numHeads, 1'024, "num_attention_heads");
    plausible(numKvHeads, 1'024, "num_key_value_heads");
    plausible(headDim, 4'096, "head_dim");
    plausible(maxPositions, 16'777'216, "max_position_embeddings");
    if (numHeads % numKvHeads != 0)
        fail(label,
            "num_attention_heads (" + std::to_string(numHeads) + ") is not a multiple of num_key_value_heads ("
                + std::to_string(numKvHeads) + ")");
    if (headDim % 2 != 0)
        fail(label, "head_dim must be even for rotary embeddings, got " + std::to_string(headDim));
    if (rmsNormEps <= 0)
        fail(label, "'rms_norm_eps' must be positive");
    if (ropeTheta <= 0)
        fail(label, "'rope_theta' must be positive");
    for (std::int64_t id : bosTokenIds) {
        if (id < 0 || id >= vocabSize)
            fail(label, "bos_token_id " + std::to_string(id) + " is outside the vocabulary");
    }
    for (std::int64_t id : eosTokenIds) {
        if (id < 0 || id >= vocabSize)
            fail(label, "eos_token_id " + std::to_string(id) + " is outside the vocabulary");
    }
}

ModelConfig parseModelConfig(const std::string &jsonText, const std::string &label)
{
    const json j = parseJsonText(jsonText, label);
    try {
        return parseModelConfigJson(j, label);
    } catch (const json::exception &e) { // a field of the wrong type
        fail(label, std::string("unexpected value: ") + e.what(),
            "compare the file with the model's original config.json");
    }
}

namespace {

ModelConfig parseModelConfigJson(const json &j, const std::string &label)
{
    if (!j.is_object())
        fail(label, "is not a JSON object");

    ModelConfig c;
    if (j.contains("architectures") && j["architectures"].is_array() && !j["architectures"].empty()
        && j["architectures"][0].is_string())
        c.architecture = j["architectures"][0].get<std::string>();
    else
        fail(label, "has no 'architectures' list", "is this a Hugging Face transformers model folder?");
    const ArchitectureTraits *traits = findArchitecture(c.architecture);
    if (!traits)
        throw UnsupportedError(
            label + ": unsupported architecture " + c.architecture + "; supported: " + joinedArchitectures());
    c.modelType = j.value("model_type", std::string(traits->modelType));
    c.vocabSize = requireInt(j, "vocab_size", label);
    c.hiddenSize = requireInt(j, "hidden_size", label);
    c.intermediateSize = requireInt(j, "intermediate_size", label);
    c.numLayers = requireInt(j, "num_hidden_layers", label);
    c.numHeads = requireInt(j, "num_attention_heads", label);
    c.numKvHeads = j.contains("num_key_value_heads") && !j["num_key_value_heads"].is_null()
        ? requireInt(j, "num_key_value_heads", label)
        : c.numHeads;
    c.headDim = j.contains("head_dim") && !j["head_dim"].is_null() ? requireInt(j, "head_dim", label)
                                                                   : (c.numHeads > 0 ? c.hiddenSize / c.numHeads : 0);
    if (j.contains("max_position_embeddings"))
        c.maxPositions = requireInt(j, "max_position_embeddings", label);
    if (j.contains("hidden_act") && j["hidden_act"] != "silu")
        throw UnsupportedError(
            label + ": activation '" + j["hidden_act"].dump() + "' is not supported", "the Llama family uses silu");
    c.rmsNormEps = j.value("rms_norm_eps", 1e-6);
    c.ropeTheta = j.value("rope_theta", 10000.0);
    c.ropeScaling = parseRopeScaling(j, label);
    c.tieWordEmbeddings = j.value("tie_word_embeddings", false);
    c.attentionBias = j.value("attention_bias", traits->defaultAttentionBias);
    c.mlpBias = j.value("mlp_bias", false);
    if (traits->honoursSlidingWindow && j.contains("sliding_window") && j["sliding_window"].is_number_integer())
        c.slidingWindow = j["sliding_window"].get<std::int64_t>();
    c.bosTokenIds = idList(j, "bos_token_id", label);
    c.eosTokenIds = idList(j, "eos_token_id", label);
    if (j.contains("pad_token_id") && j["pad_token_id"].is_number_integer())
        c.padTokenId = j["pad_token_id"].get<std::int64_t>();
    if (j.contains("torch_dtype") && j["torch_dtype"].is_string())
        c.torchDtype = j["torch_dtype"].get<std::string>();
    c.validate(label);
    return c;
}

} // namespace

ModelConfig loadModelConfig(const std::filesystem::path &modelDir)
{
    const std::filesystem::path path = modelDir / "config.json";
    if (!std::filesystem::exists(path))
        throw FormatError(
            path.string() + ": does not exist", "point at a Hugging Face model folder that has config.json");
    return parseModelConfig(readTextFile(path), path.string());
}

std::string modelConfigToJson(const ModelConfig &c)
{
    json j;
    j["architectures"] = {c.architecture};
    j["model_type"] = c.modelType;
    j["vocab_size"] = c.vocabSize;
    j["hidden_size"] = c.hiddenSize;
    j["intermediate_size"] = c.intermediateSize;
    j["num_hidden_layers"] = c.numLayers;
    j["num_attention_heads"] = c.numHeads;
    j["num_key_value_heads"] = c.numKvHeads;
    j["head_dim"] = c.headDim;
    j["max_position_embeddings"] = c.maxPositions;
    j["hidden_act"] = "silu";
    j["rms_norm_eps"] = c.rmsNormEps;
    j["rope_theta"] = c.ropeTheta;
    if (c.ropeScaling.type == RopeScaling::Type::Llama3)
        j["rope_scaling"] = {{"rope_type", "llama3"}, {"factor", c.ropeScaling.factor},
            {"low_freq_factor", c.ropeScaling.lowFreqFactor}, {"high_freq_factor", c.ropeScaling.highFreqFactor},
            {"original_max_position_embeddings", c.ropeScaling.originalMaxPositions}};
    else if (c.ropeScaling.type == RopeScaling::Type::Linear)
        j["rope_scaling"] = {{"rope_type", "linear"}, {"factor", c.ropeScaling.factor}};
    else
        j["rope_scaling"] = nullptr;
    j["tie_word_embeddings"] = c.tieWordEmbeddings;
    j["attention_bias"] = c.attentionBias;
    j["mlp_bias"] = c.mlpBias;
    auto ids = [](const std::vector<std::int64_t> &v) -> json {
        if (v.empty())
            return nullptr;
        return v.size() == 1 ? json(v[0]) : json(v);
    };
    j["bos_token_id"] = ids(c.bosTokenIds);
    j["eos_token_id"] = ids(c.eosTokenIds);
    if (c.padTokenId)
        j["pad_token_id"] = *c.padTokenId;
    j["torch_dtype"] = c.torchDtype;
    j["use_cache"] = true;
    return j.dump(2) + "\n";
}

std::optional<std::string> hubRepositoryOf(const std::filesystem::path &folder)
{
    std::filesystem::path abs = std::filesystem::absolute(folder).lexically_normal();
    if (abs.filename().empty())
        abs = abs.parent_path();
    if (abs.parent_path().filename() != "snapshots")
        return std::nullopt;
    const std::string repo = abs.parent_path().parent_path().filename().string();
    if (repo.rfind("models--", 0) != 0)
        return std::nullopt;
    std::string name = repo.substr(8);
    for (std::size_t at; (at = name.find("--")) != std::string::npos;)
        name.replace(at, 2, "/");
    return name;
}

std::vector<std::filesystem::path> huggingFaceHubFolders()
{
    const auto env = [](const char *name) -> std::filesystem::path {
        const char *v = std::getenv(name);
        return v && *v ? std::filesystem::path(v) : std::filesystem::path();
    };
    std::vector<std::filesystem::path> candidates;
    if (auto hub = env("HF_HUB_CACHE"); !hub.empty())
        candidates.push_back(hub);
    if (auto hub = env("HUGGINGFACE_HUB_CACHE"); !hub.empty())
        candidates.push_back(hub);
    if (auto home = env("HF_HOME"); !home.empty())
        candidates.push_back(home / "hub");
    if (auto cache = env("XDG_CACHE_HOME"); !cache.empty())
        candidates.push_back(cache / "huggingface" / "hub");
#ifdef _WIN32
    const std::filesystem::path home = env("USERPROFILE");
#else
    const std::filesystem::path home = env("HOME");
#endif
    if (!home.empty())
        candidates.push_back(home / ".cache" / "huggingface" / "hub");
    std::vector<std::filesystem::path> out;
    for (const auto &c : candidates) {
        std::error_code ec;
        if (!std::filesystem::is_directory(c, ec))
            continue;
        const auto canonical = std::filesystem::weakly_canonical(c, ec);
        if (std::find(out.begin(), out.end(), canonical) == out.end())
            out.push_back(canonical);
    }
    return out;
}

std::vector<std::filesystem::path> huggingFaceSnapshots(const std::string &repository)
{
    std::string wanted;
    if (!repository.empty()) {
        wanted = "models--" + repository;
        for (std::size_t at; (at = wanted.find('/')) != std::string::npos;)
            wanted.replace(at, 1, "--");
    }
    std::vector<std::filesystem::path> out;
    for (const auto &hub : huggingFaceHubFolders()) {
        std::error_code ec;
        std::vector<std::filesystem::path> repos;
        for (const auto &entry : std::filesystem::directory_iterator(hub, ec)) {
            const std::string name = entry.path().filename().string();
            if (entry.is_directory(ec) && name.rfind("models--", 0) == 0 && (wanted.empty() || name == wanted))
                repos.push_back(entry.path());
        }
        std::sort(repos.begin(), repos.end());
        for (const auto &repo : repos) {
            std::vector<std::filesystem::path> snapshots;
            for (const auto &entry : std::filesystem::directory_iterator(repo / "snapshots", ec))
                if (entry.is_directory(ec))
                    snapshots.push_back(entry.path());
            std::sort(snapshots.begin(), snapshots.end());
            out.insert(out.end(), snapshots.begin(), snapshots.end());
        }
    }
    return out;
}

std::string modelFolderName(const std::filesystem::path &folder)
{
    if (const auto repo = hubRepositoryOf(folder))
        return repo->substr(repo->rfind('/') + 1);
    std::filesystem::path abs = std::filesystem::absolute(folder).lexically_normal();
    if (abs.filename().empty())
        abs = abs.parent_path();
    return abs.filename().string();
}

} // namespace shoptuner::engine
