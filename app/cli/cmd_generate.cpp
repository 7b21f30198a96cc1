// generate: stream an answer from a model, raw or through its chat template.
#include "command.h"
#include "io_util.h"

#include "engine/model/language_model.h"

#include <nlohmann/json.hpp>

#include <csignal>
#include <iostream>

namespace shoptuner::cli {
namespace {

using nlohmann::json;

std::atomic<bool> g_interrupted {false};

engine::GenerationParams generationParams(const Args &args)
{
    engine::GenerationParams p;
    p.maxNewTokens = static_cast<int>(args.getInt("max-new-tokens", 256));
    p.sampling.temperature = static_cast<float>(args.getDouble("temperature", 0.0));
    p.sampling.topP = static_cast<float>(args.getDouble("top-p", 1.0));
    p.sampling.topK = static_cast<int>(args.getInt("top-k", 0));
    p.sampling.repetitionPenalty = static_cast<float>(args.getDouble("repetition-penalty", 1.0));
    p.sampling.seed = static_cast<std::uint64_t>(args.getInt("seed", 0));
    if (args.has("stop"))
        p.stopStrings.push_back(args.get("stop"));
    return p;
}

int generate(const Args &args)
{
    const auto model = engine::LanguageModel::load(args.require("model"), modelLoadOptionsFrom(args));
    const std::string prompt = args.require("prompt");
    std::vector<engine::TokenId> ids;
    if (args.has("chat")) {
        std::vector<engine::ChatMessage> messages;
        if (args.has("system"))
            messages.push_back({"system", args.get("system")});
        messages.push_back({"user", prompt});
        ids = model->chatTemplate().render(model->tokenizer(), messages, true);
    } else {
        ids = model->tokenizer().encode(prompt, {.addSpecial = true, .matchSpecial = true});
    }
    const bool asJson = args.has("json");
    std::signal(SIGINT, [](int) { g_interrupted = true; });
    engine::TextCallback stream;
    if (!asJson)
        stream = [](const std::string &piece) { std::cout << piece << std::flush; };
    const engine::GenerationResult r = model->generate(ids, generationParams(args), stream, &g_interrupted);
    if (asJson) {
        std::cout << json {{"prompt_ids", ids}, {"ids", r.ids}, {"text", r.text},
            {"stop_reason", engine::stopReasonName(r.reason)}}
                         .dump(-1, ' ', false, json::error_handler_t::replace)
                  << std::endl;
    } else {
        std::cout << std::endl;
    }
    const double tps = r.stats.decodeSeconds > 0 ? (r.stats.generatedTokens - 1) / r.stats.decodeSeconds : 0.0;
    std::cerr << "[" << r.stats.generatedTokens << " tokens, " << engine::stopReasonName(r.reason) << ", prompt "
              << r.stats.promptTokens << " tokens in " << r.stats.prefillSeconds << " s, decode " << tps
              << " tokens/s]\n";
    return 0;
}

} // namespace

void registerGenerateCommands(CommandRegistry &registry)
{
    registry.add({"generate", "stream a model's answer to a prompt",
        modelLoadOptions({{"prompt", true, "the prompt text"},
            {"chat", false, "wrap the prompt in the model's chat template"},
            {"system", true, "system message (with --chat)"},
            {"max-new-tokens", true, "most tokens to generate (default 256)"},
            {"temperature", true, "0 = greedy (default 0)"}, {"top-p", true, "nucleus sampling mass (default 1 = off)"},
            {"top-k", true, "sample among the k likeliest (default 0 = off)"},
            {"repetition-penalty", true, "penalty for repeated tokens (default 1 = off)"},
            {"seed", true, "sampling seed (default 0)"}, {"stop", true, "stop string"},
            {"json", false, "print one JSON object at the end instead of streaming"}}),
        generate});
}

} // namespace shoptuner::cli
