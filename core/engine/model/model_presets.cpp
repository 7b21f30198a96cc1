#include "engine/model/model_presets.h"

#include "engine/base/atomic_file.h"
#include "engine/base/error.h"
#include "engine/formats/tensor_io.h"
#include "engine/tokenizer/tokenizer.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

namespace shoptuner::engine {
namespace {

ModelConfig shape(std::int64_t hidden, std::int64_t intermediate, std::int64_t layers, std::int64_t heads,
    std::int64_t kvHeads, double theta, std::int64_t context, bool tied)
{
    ModelConfig c;
    c.architecture = "LlamaForCausalLM";
    c.modelType = "llama";
    c.hiddenSize = hidden;
    c.intermediateSize = intermediate;
    c.numLayers = layers;
    c.numHeads = heads;
    c.numKvHeads = kvHeads;
    c.headDim = hidden / heads;
    c.ropeTheta = theta;
    c.maxPositions = context;
    c.tieWordEmbeddings = tied;
    c.rmsNormEps = 1e-5;
    return c;
}

// Copies the tokenizer file(s) and writes tokenizer_config.json with a chat template where
// the vocabulary has ChatML markers.
void writeTokenizerFiles(const std::filesystem::path &source, const std::filesystem::path &out, ModelConfig &config)
{
    namespace fs = std::filesystem;
    fs::path file = source;
    if (fs::is_directory(source))
        file = fs::exists(source / "tokenizer.json") ? source / "tokenizer.json" : source / "tokenizer.model";
    if (!fs::is_regular_file(file))
        throw EngineError(source.string() + ": no tokenizer.json or tokenizer.model there",
            "give a tokenizer file or a model folder to take the tokenizer from", ErrorCode::NoTokenizer);
    const bool spm = file.extension() == ".model";
    const fs::path target = out / (spm ? "tokenizer.model" : "tokenizer.json");
    fs::copy_file(file, target, fs::copy_options::overwrite_existing);
    const auto tokenizer = loadTokenizer(target);
    config.vocabSize = tokenizer->vocabSize();

    nlohmann::json tc = {{"model_max_length", config.maxPositions}};
    auto idOf = [&](const char *token) { return tokenizer->tokenToId(token); };
    if (idOf("<|im_start|>") && idOf("<|im_end|>")) {
        tc["chat_template"] = "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + "
                              "message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}{% if add_generation_prompt %}"
                              "{{ '<|im_start|>assistant\\n' }}{% endif %}";
        tc["bos_token"] = "<|im_start|>";
        tc["eos_token"] = "<|im_end|>";
        config.bosTokenIds = {*idOf("<|im_start|>")};
        config.eosTokenIds = {*idOf("<|im_end|>")};
    } else {
        if (const auto bos = tokenizer->bosId()) {
            tc["bos_token"] = tokenizer->idToToken(*bos);
            config.bosTokenIds = {*bos};
        }
        if (const auto eos = tokenizer->eosId()) {
            tc["eos_token"] = tokenizer->idToToken(*eos);
            config.eosTokenIds = {*eos};
        }
    }
    writeFileAtomically(out / "tokenizer_config.json", tc.dump(2) + "\n");
}

} // namespace

std::vector<ModelPreset> modelPresets()
{
    return {
        {"tiny", "2 layers, 64 wide: a few MB, for tests", shape(64, 192, 2, 4, 2, 10000.0, 2048, true)},
        {"smollm2-135m", "SmolLM2-135M's shape", shape(576, 1536, 30, 9, 3, 10000.0, 2048, true)},
        {"smollm2-360m", "SmolLM2-360M's shape", shape(960, 2560, 32, 15, 5, 100000.0, 2048, true)},
        {"llama3.2-1b", "Llama 3.2 1B's shape (llama3 RoPE scaling)",
            [] {
                ModelConfig c = shape(2048, 8192, 16, 32, 8, 500000.0, 131072, true);
                c.ropeScaling = {RopeScaling::Type::Llama3, 32.0, 1.0, 4.0, 8192};
                return c;
            }()},
    };
}

const ModelPreset &findModelPreset(const std::string &name)
{
    static const std::vector<ModelPreset> presets = modelPresets();
    for (const ModelPreset &p : presets) {
        if (p.name == name)
            return p;
    }
    std::string names;
    for (const ModelPreset &p : presets)
        names += (names.empty() ? "" : ", ") + p.name;
    throw UnsupportedError("unknown preset '" + name + "'", "choose one of " + names);
}

ModelConfig makeRandomModel(const MakeModelOptions &options)
{
    if (!(options.initStd > 0))
        throw EngineError("the initial standard deviation must be positive");
    if (options.dtype != "f32" && options.dtype != "bf16")
        throw UnsupportedError("unknown dtype '" + options.dtype + "'", "use f32 or bf16");
    ModelConfig config = findModelPreset(options.preset).config;
    std::filesystem::create_directories(options.out);
    writeTokenizerFiles(options.tokenizer, options.out, config);
    config.torchDtype = options.dtype == "bf16" ? "bfloat16" : "float32";
    config.validate(options.preset);

    // GPT-2 style initialisation: N(0, initStd) for matrices (0.02 by default), ones for norms.
    torch::NoGradGuard noGrad;
    auto generator = at::make_generator<at::CPUGeneratorImpl>(options.seed);
    const auto dtype = options.dtype == "bf16" ? torch::kBFloat16 : torch::kFloat32;
    std::vector<std::pair<std::string, torch::Tensor>> tensors;
    auto matrix = [&](const std::string &name, std::int64_t rows, std::int64_t cols) {
        tensors.emplace_back(name, at::normal(0.0, options.initStd, {rows, cols}, generator).to(dtype));
    };
    auto ones = [&](const std::string &name, std::int64_t n) { tensors.emplace_back(name, torch::ones({n}, dtype)); };
    const std::int64_t c = config.hiddenSize, f = config.intermediateSize, d = config.headDim;
    matrix("model.embed_tokens.weight", config.vocabSize, c);
    for (std::int64_t l = 0; l < config.numLayers; ++l) {
        const std::string p = "model.layers." + std::to_string(l) + ".";
        ones(p + "input_layernorm.weight", c);
        matrix(p + "self_attn.q_proj.weight", config.numHeads * d, c);
        matrix(p + "self_attn.k_proj.weight", config.numKvHeads * d, c);
        matrix(p + "self_attn.v_proj.weight", config.numKvHeads * d, c);
        matrix(p + "self_attn.o_proj.weight", c, config.numHeads * d);
        ones(p + "post_attention_layernorm.weight", c);
        matrix(p + "mlp.gate_proj.weight", f, c);
        matrix(p + "mlp.up_proj.weight", f, c);
        matrix(p + "mlp.down_proj.weight", c, f);
    }
    ones("model.norm.weight", c);
    if (!config.tieWordEmbeddings)
        matrix("lm_head.weight", config.vocabSize, c);
    saveTensors(options.out / "model.safetensors", tensors);
    writeFileAtomically(options.out / "config.json", modelConfigToJson(config));
    return config;
}

} // namespace shoptuner::engine
