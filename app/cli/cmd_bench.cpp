// bench generate: prefill and decode speed against the memory-bandwidth ceiling. Prints
// figures; never fails on time.
#include "command.h"
#include "io_util.h"

#include "engine/base/bandwidth.h"
#include "engine/base/runtime.h"
#include "engine/model/language_model.h"
#include "engine/model/matvec.h"
#include "engine/train/training_benchmark.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <iostream>
#include <random>

namespace shoptuner::cli {
namespace {

using nlohmann::json;

int benchGenerate(const Args &args)
{
    // --kernels measures what a CPU with fewer vector instructions gets (AVX2 laptops).
    if (const std::string kernels = args.get("kernels", ""); !kernels.empty() && !engine::forceMatvecKernel(kernels))
        throw UsageError("--kernels must be avx512, avx2 or generic, as far as this CPU has them; got " + kernels);
    const auto loadStart = std::chrono::steady_clock::now();
    engine::LoadOptions options = modelLoadOptionsFrom(args);
    options.requireTokenizer = true;
    const auto model = engine::LanguageModel::load(args.require("model"), options);
    const double loadSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - loadStart).count();
    const engine::ModelInfo info = model->info();
    const int promptTokens = static_cast<int>(args.getInt("prompt-tokens", 128));
    const int newTokens = static_cast<int>(args.getInt("new-tokens", 64));
    if (promptTokens < 1 || newTokens < 2)
        throw UsageError("--prompt-tokens must be at least 1 and --new-tokens at least 2");

    std::mt19937 rng(static_cast<unsigned>(args.getInt("seed", 0)));
    std::uniform_int_distribution<engine::TokenId> pick(
        100, static_cast<engine::TokenId>(std::min<std::int64_t>(info.vocabSize, 30000) - 1));
    std::vector<engine::TokenId> prompt(static_cast<std::size_t>(promptTokens));
    for (auto &id : prompt)
        id = pick(rng);
    engine::GenerationParams params;
    params.maxNewTokens = newTokens;
    params.ignoreEos = true;
    engine::GenerationParams warmUp = params;
    warmUp.maxNewTokens = 2;
    model->generate(prompt, warmUp);
    const engine::GenerationResult r = model->generate(prompt, params);
    // Several answers at once (--batch): the same length of prompt each, decoded together.
    const auto batch = args.getInt("batch", 1);
    if (batch < 1 || batch > 256)
        throw UsageError("--batch must be between 1 and 256");
    double batchPrefillTps = 0, batchDecodeTps = 0;
    if (batch > 1) {
        std::vector<std::vector<engine::TokenId>> prompts(static_cast<std::size_t>(batch), prompt);
        for (std::size_t b = 1; b < prompts.size(); ++b)
            for (auto &id : prompts[b])
                id = pick(rng);
        const auto answers = model->generateBatch(prompts, params);
        std::int64_t decoded = 0;
        for (const auto &a : answers)
            decoded += a.stats.generatedTokens - 1;
        batchPrefillTps = double(batch * promptTokens) / answers.front().stats.prefillSeconds;
        batchDecodeTps = double(decoded) / answers.front().stats.decodeSeconds;
    }
    const engine::LanguageModel::MatrixProfile matrix = model->profileMatrixWork(10);
    // Peak memory is read before the bandwidth test allocates its 1 GiB buffer.
    const std::size_t peakRss = engine::peakResidentBytes();
    const double bandwidth = engine::measureReadBandwidth(std::size_t {1} << 30, info.threads);

    const double prefillTps = promptTokens / r.stats.prefillSeconds;
    const double decodeSecondsPerToken = r.stats.decodeSeconds / static_cast<double>(r.stats.generatedTokens - 1);
    const double decodeTps = 1.0 / decodeSecondsPerToken;
    const double ceilingTps = bandwidth / static_cast<double>(matrix.bytesPerToken);
    json out = {{"model", args.require("model")}, {"parameters", info.parameters}, {"dtype", info.dtype},
        {"weight_bytes", info.weightBytes}, {"threads", info.threads}, {"kernel_threads", engine::kernelThreads()},
        {"decode_kernels", engine::matvecKernelName()}, {"blas", info.blas}, {"load_seconds", loadSeconds}, {"prompt_tokens", promptTokens},
        {"prefill_tokens_per_s", prefillTps}, {"decode_tokens", r.stats.generatedTokens},
        {"decode_tokens_per_s", decodeTps}, {"read_bandwidth_gb_per_s", bandwidth / 1e9},
        {"weight_bytes_per_token", matrix.bytesPerToken}, {"ceiling_tokens_per_s", ceilingTps},
        {"fraction_of_ceiling", decodeTps / ceilingTps}, {"matrix_seconds_per_token", matrix.secondsPerToken},
        {"other_seconds_per_token", decodeSecondsPerToken - matrix.secondsPerToken},
        {"matrix_fraction_of_decode", matrix.secondsPerToken / decodeSecondsPerToken}, {"peak_rss_bytes", peakRss}};
    if (batch > 1) {
        out["batch"] = batch;
        out["batch_prefill_tokens_per_s"] = batchPrefillTps;
        out["batch_decode_tokens_per_s"] = batchDecodeTps;
    }
    std::cout << out.dump() << std::endl;
    std::cerr << info.parameters / 1e6 << "M params " << info.dtype << " (" << engine::matvecKernelName()
              << " decode kernels): prefill " << prefillTps << " tok/s, decode "
              << decodeTps << " tok/s (ceiling " << ceilingTps << " at " << bandwidth / 1e9 << " GB/s; "
              << 100.0 * decodeTps / ceilingTps << "% of it); weight products take " << 1000 * matrix.secondsPerToken
              << " ms of " << 1000 * decodeSecondsPerToken << " ms per token\n";
    if (batch > 1)
        std::cerr << "batch of " << batch << ": prefill " << batchPrefillTps << " tok/s, decode " << batchDecodeTps
                  << " tok/s in all (" << batchDecodeTps / decodeTps << "x one answer's)\n";
    return 0;
}

int benchTrain(const Args &args)
{
    engine::TrainingBenchmarkOptions o;
    o.quant = args.get("quant", "none"); // as --help says for every model-loading command
    o.dtype = args.get("dtype", "auto");
    o.device = args.get("device", "auto");
    o.threads = static_cast<int>(args.getInt("threads", 0));
    o.lora.rank = args.getInt("rank", 8);
    o.sequenceLength = args.getInt("seq", 256);
    o.batch = args.getInt("batch", 1);
    o.steps = static_cast<int>(args.getInt("steps", 5));
    o.gradientCheckpointing = args.has("gradient-checkpointing");
    if (o.sequenceLength < 2 || o.batch < 1 || o.steps < 1)
        throw UsageError("--seq must be at least 2, --batch and --steps at least 1");
    const engine::TrainingBenchmarkResult r = engine::benchmarkTraining(args.require("model"), o);
    std::cout << json {{"model", args.require("model")}, {"parameters", r.parameters}, {"quant", o.quant},
        {"dtype", r.dtype}, {"device", r.device}, {"seq", o.sequenceLength}, {"batch", o.batch},
        {"gradient_checkpointing", o.gradientCheckpointing}, {"tokens_per_s", r.tokensPerSecond},
        {"seconds_per_step", r.secondsPerStep}, {"flops_per_token", r.flopsPerToken},
        {"achieved_gflops", r.achievedFlops / 1e9}, {"matmul_peak_gflops", r.peakFlops / 1e9}, {"mfu", r.mfu},
        {"peak_rss_bytes", r.peakRssBytes}}
                     .dump()
              << std::endl;
    std::cerr << r.parameters / 1e6 << "M params, " << o.quant << ", " << r.dtype
              << (o.gradientCheckpointing ? ", checkpointing" : "") << ": " << r.tokensPerSecond << " tokens/s, "
              << r.achievedFlops / 1e9 << " GFLOP/s of a measured " << r.peakFlops / 1e9 << " GFLOP/s peak (MFU "
              << 100 * r.mfu << "%), peak RSS " << r.peakRssBytes / 1048576 << " MiB\n";
    return 0;
}

} // namespace

void registerBenchCommands(CommandRegistry &registry)
{
    registry.add({"bench generate", "measure prefill/decode tokens/s against the memory-bandwidth ceiling",
        modelLoadOptions({{"prompt-tokens", true, "prompt length (default 128)"},
            {"new-tokens", true, "tokens to decode (default 64)"},
            {"seed", true, "seed for the random prompt (default 0)"},
            {"batch", true, "also answer this many prompts together and report their tokens/s (default 1)"},
            {"kernels", true, "decode kernels: avx512, avx2 or generic (default: the best this CPU has)"}}),
        benchGenerate});
    registry.add({"bench train", "measure LoRA training tokens/s, FLOP/s and MFU on random tokens",
        modelLoadOptions({{"rank", true, "LoRA rank (default 8)"}, {"seq", true, "sequence length (default 256)"},
            {"batch", true, "sequences per step (default 1)"},
            {"steps", true, "timed steps after one warm-up (default 5)"},
            {"gradient-checkpointing", false, "recompute decoder layers in backward"}}),
        benchTrain});
}

} // namespace shoptuner::cli
