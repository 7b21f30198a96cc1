// Commands about model folders: info, logits, make-model.
#include "command.h"
#include "io_util.h"
#ifdef SHOPTUNER_WITH_PROJECT
#include "project_args.h"
#endif

#include "engine/base/cpu_features.h"
#include "engine/base/error.h"
#include "engine/formats/model_export.h"
#include "engine/formats/safetensors.h"
#include "engine/model/language_model.h"
#include "engine/model/matvec.h"
#include "engine/model/model_presets.h"
#include "engine/train/distributed.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <iostream>
#include <random>

namespace shoptuner::cli {
namespace {

using nlohmann::json;

engine::LoadOptions loadOptions(const Args &args)
{
    engine::LoadOptions o;
    o.dtype = args.get("dtype", "auto");
    o.device = args.get("device", "auto");
    o.threads = static_cast<int>(args.getInt("threads", 0));
    o.chatTemplate = args.get("template");
    o.quant = args.get("quant", "none");
    o.adapter = args.get("adapter");
    return o;
}

// The vector instructions the engine's kernels and "auto" see (after any SHOPTUNER_MAX_ISA cap).
std::string cpuFeatureNames()
{
    const engine::CpuFeatures &f = engine::cpuFeatures();
    std::string names;
    for (const auto &[on, name] : {std::pair {f.avx2Fma, "avx2"}, std::pair {f.avx512f, "avx512f"},
             std::pair {f.avx512bw, "avx512bw"}, std::pair {f.avx512bf16, "avx512_bf16"}}) {
        if (on)
            names += (names.empty() ? "" : " ") + std::string(name);
    }
    return names;
}

int info(const Args &args)
{
    engine::LoadOptions options = loadOptions(args);
    options.requireTokenizer = false;
    const auto model = engine::LanguageModel::load(args.require("model"), options);
    const engine::ModelInfo i = model->info();
    json out = {{"architecture", i.architecture}, {"parameters", i.parameters}, {"dtype", i.dtype},
        {"weight_bytes", i.weightBytes}, {"tokenizer", i.tokenizer}, {"chat_template", i.chatTemplate},
        {"device", i.device}, {"device_reason", i.deviceNote}, {"blas", i.blas}, {"threads", i.threads},
        {"vocab_size", i.vocabSize}, {"layers", i.layers}, {"hidden_size", i.hiddenSize},
        {"context_length", i.contextLength}, {"quant", i.quant},
        {"distributed_backends", engine::distributedBackends()}, {"cpu_features", cpuFeatureNames()},
        {"decode_kernels", engine::matvecKernelName()}};
    if (i.quantizedBytesPerParam > 0)
        out["quantized_bytes_per_param"] = i.quantizedBytesPerParam;
    if (!i.adapter.empty()) {
        out["adapter"] = i.adapter;
        out["adapter_rank"] = i.adapterRank;
    }
    std::cout << out.dump() << std::endl;
    return 0;
}

int logits(const Args &args)
{
    engine::LoadOptions options = loadOptions(args);
    options.requireTokenizer = false;
    const auto model = engine::LanguageModel::load(args.require("model"), options);
    const std::vector<engine::TokenId> ids = parseIdList(args.require("ids"));
    refuseExistingOutput(args, args.require("out"));
    const std::vector<float> values = model->logits(ids);
    const auto vocab = model->config().vocabSize;
    engine::writeSafetensors(args.require("out"),
        {{"logits", engine::DType::F32, {static_cast<std::int64_t>(ids.size()), vocab}, values.data(),
            values.size() * sizeof(float)}},
        {{"format", "pt"}});
    std::cerr << "wrote logits [" << ids.size() << ", " << vocab << "] to " << args.require("out") << "\n";
    return 0;
}

int merge(const Args &args)
{
    engine::LoadOptions options = loadOptions(args);
    options.requireTokenizer = false;
    options.adapter = args.require("adapter");
    const std::string dtype = args.get("dtype", "f32");
    if (dtype != "f32" && dtype != "bf16" && dtype != "f16")
        throw UsageError("--dtype for merge must be f32, bf16 or f16");
    options.dtype = dtype == "bf16" ? "bf16" : "f32"; // compute in F32 unless BF16 is asked for
    refuseExistingOutput(args, args.require("out"));
    const auto model = engine::LanguageModel::load(args.require("model"), options);
    model->saveMerged(args.require("out"), dtype);
    std::cout << json {{"out", args.require("out")}, {"dtype", dtype}, {"parameters", model->info().parameters}}.dump()
              << std::endl;
    return 0;
}

// A model (with its adapter merged in, when one is given) written for another runtime and
// checked before success is reported.
int exportModel(const Args &args)
{
    engine::ExportRequest r;
    try {
        r.format = engine::parseExportFormat(args.require("format"));
    } catch (const engine::UnsupportedError &e) {
        throw UsageError(e.what());
    }
#ifdef SHOPTUNER_WITH_PROJECT
    if (args.has("run")) {
        const RunFolders run = runFolders(args);
        r.model = run.model;
        r.adapter = run.adapter;
    } else
#endif
    {
        r.model = args.require("model");
        r.adapter = args.get("adapter");
    }
    r.out = args.require("out");
    r.name = args.get("name");
    r.threads = static_cast<int>(args.getInt("threads", 0));
    const std::string type = args.get("type", r.format == engine::ExportFormat::Merged ? "f16" : "q8_0");
    if (r.format == engine::ExportFormat::Merged) {
        if (type != "f32" && type != "f16" && type != "bf16")
            throw UsageError("--type for a merged folder must be f32, f16 or bf16");
        r.mergedDtype = type;
    } else {
        const auto t = engine::gguf::parseTensorType(type);
        if (!t)
            throw UsageError("--type must be f32, f16, bf16, q8_0 or q4_0");
        r.ggufType = *t;
    }
    if (r.format == engine::ExportFormat::Peft && r.adapter.empty())
        throw UsageError("--format peft needs --adapter");
    if (r.format != engine::ExportFormat::LmStudio && std::filesystem::exists(r.out))
        throw UsageError(r.out.string() + " exists already; choose a new name");
#ifdef SHOPTUNER_WITH_PROJECT
    // Through the app's export job: the project's test questions check the export and its
    // scores go into the adapter's model card.
    const engine::ExportResult result = exportThroughJob(args, r);
#else
    const engine::ExportResult result = engine::exportModel(r);
#endif
    json files = json::array();
    for (const auto &f : result.files)
        files.push_back(f.string());
    std::cout << json {{"event", "exported"}, {"format", engine::exportFormatName(r.format)}, {"files", files},
        {"verified", result.verified}}
                     .dump()
              << std::endl;
    return 0;
}

int makeModel(const Args &args)
{
    engine::MakeModelOptions o;
    o.preset = args.get("preset", "tiny");
    o.tokenizer = args.require("tokenizer");
    o.out = args.require("out");
    o.seed = static_cast<std::uint64_t>(args.getInt("seed", 0));
    o.dtype = args.get("dtype", "f32");
    o.initStd = args.getDouble("init-std", 0.02);
    refuseExistingOutput(args, o.out.string());
    const engine::ModelConfig c = engine::makeRandomModel(o);
    std::cout << json {{"out", o.out.string()}, {"preset", o.preset}, {"parameters", c.parameterCount()},
        {"vocab_size", c.vocabSize},
        {"dtype",
            o.dtype}}.dump()
              << std::endl;
    return 0;
}

const std::vector<OptionSpec> kLoadOptions = {
    {"model", true, "Hugging Face model folder"},
    {"dtype", true,
        "auto, f32 or bf16 (default auto: BF16 on a GPU or a processor with native BF16, such as AVX-512 BF16; "
        "F32 elsewhere)"},
    {"device", true, "auto, cpu or cuda (default auto)"},
    {"threads", true, "compute threads (default: one per core)"},
    {"template", true, "chat template: chatml, llama3, llama2, zephyr, ecellm (default: detected)"},
    {"quant", true, "none or nf4: load the decoder's projections as 4-bit NormalFloat (default none)"},
    {"adapter", true, "a PEFT LoRA adapter folder to apply on top of the model"},
};

std::vector<OptionSpec> withLoadOptions(std::vector<OptionSpec> extra)
{
    extra.insert(extra.begin(), kLoadOptions.begin(), kLoadOptions.end());
    return extra;
}

} // namespace

std::vector<OptionSpec> modelLoadOptions(std::vector<OptionSpec> extra)
{
    return withLoadOptions(std::move(extra));
}

engine::LoadOptions modelLoadOptionsFrom(const Args &args)
{
    return loadOptions(args);
}

void registerModelCommands(CommandRegistry &registry)
{
    registry.add(
        {"info", "describe a model folder as JSON (architecture, size, device, BLAS)", withLoadOptions({}), info});
    registry.add({"logits", "write the logits of every position to a safetensors file",
        withLoadOptions(
            {{"ids", true, "comma-separated token ids"}, {"out", true, "output .safetensors"}, overwriteOption()}),
        logits});
    registry.add({"merge", "write base + LoRA adapter as one Hugging Face model folder",
        {{"model", true, "base model folder"}, {"adapter", true, "PEFT LoRA adapter folder"},
            {"out", true, "new output folder"}, {"dtype", true, "f32, bf16 or f16 (default f32)"},
            {"threads", true, "compute threads (default: one per core)"}, overwriteOption()},
        merge});
    registry.add({"export",
        "write a model (and adapter) for llama.cpp, Ollama, LM Studio or Hugging Face, verified first",
        {
            {"model", true, "base model folder"},
            {"adapter", true, "PEFT LoRA adapter folder to merge in"},
            {"format", true,
                "gguf (one file for llama.cpp), ollama (a folder with the GGUF and a Modelfile), lmstudio (into "
                "LM Studio's models folder, given as --out), merged (a Hugging Face folder) or peft (the adapter "
                "alone)"},
            {"out", true, "the new file or folder"},
            {"type", true,
                "gguf/ollama/lmstudio: f32, f16, bf16, q8_0 or q4_0 for the matrices (default q8_0; norms stay f32); "
                "merged: f32, f16 or bf16 (default f16)"},
            {"name", true, "the model's name in the files (default: from the folder names)"},
            {"threads", true, "compute threads for merging and checking (default: one per core)"},
#ifdef SHOPTUNER_WITH_PROJECT
            {"project", true,
                "the project file: its test questions check the export, its scores go into the model card"},
            {"run", true, "a training run of --project: its model and adapter instead of --model and --adapter"},
#endif
        },
#ifdef SHOPTUNER_WITH_PROJECT
        withQt(exportModel)}); // the project and the export job want a QCoreApplication
#else
        exportModel});
#endif
    registry.add({"make-model", "write a seeded random model in the Hugging Face layout",
        {{"preset", true, "tiny, smollm2-135m, smollm2-360m, llama3.2-1b (default tiny)"},
            {"tokenizer", true, "tokenizer.json, tokenizer.model or a folder with one"}, {"out", true, "output folder"},
            {"seed", true, "random seed (default 0)"}, {"dtype", true, "f32 or bf16 (default f32)"},
            {"init-std", true, "standard deviation of the random weights (default 0.02)"}, overwriteOption()},
        makeModel});
}

} // namespace shoptuner::cli
