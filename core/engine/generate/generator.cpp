#include "engine/generate/generator.h"

#include "engine/base/error.h"
#include "engine/generate/text_streamer.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

namespace shoptuner::engine {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t)
{
    return std::chrono::duration<double>(Clock::now() - t).count();
}

void checkPrompt(const GenerationSetup &setup, std::size_t length, const GenerationParams &params)
{
    if (length == 0)
        throw EngineError("the prompt is empty");
    const std::int64_t context = setup.model.config().maxPositions;
    if (static_cast<std::int64_t>(length) >= context)
        throw EngineError("the prompt has " + std::to_string(length) + " tokens but the model's context holds "
                + std::to_string(context),
            "shorten the prompt");
    if (params.maxNewTokens < 0)
        throw EngineError("max new tokens must not be negative");
}

bool isStop(const std::vector<TokenId> &stops, TokenId id)
{
    return std::find(stops.begin(), stops.end(), id) != stops.end();
}

// log(sum(exp(x))), computed from the maximum so that no exp overflows.
double logSumExp(const std::vector<float> &x)
{
    float top = -std::numeric_limits<float>::infinity();
    for (const float v : x)
        top = std::max(top, v);
    if (!std::isfinite(top))
        return top;
    double sum = 0;
    for (const float v : x)
        sum += std::exp(double(v - top));
    return double(top) + std::log(sum);
}

// One row of (B, 1, V) float logits as a vector the sampler may modify.
std::vector<float> rowOf(const torch::Tensor &logits, std::int64_t row)
{
    const torch::Tensor r = logits.select(0, row).reshape({-1}).contiguous().to(torch::kCPU);
    return {r.data_ptr<float>(), r.data_ptr<float>() + r.numel()};
}

// Per-row state of a generation.
struct RowState
{
    RowState(const GenerationSetup &setup, std::span<const TokenId> prompt, const GenerationParams &params,
        std::uint64_t seedOffset)
        : sampler([&] {
            SamplingParams p = params.sampling;
            p.seed += seedOffset;
            return p;
        }())
        , streamer(setup.tokenizer, params.stopStrings)
        , history(prompt.begin(), prompt.end())
    {
        result.stats.promptTokens = static_cast<std::int64_t>(prompt.size());
    }

    // Samples the next id from `logits`; returns false when the row has finished.
    bool step(std::vector<float> logits, const GenerationSetup &setup, const TextCallback &onText)
    {
        const double logNorm = logSumExp(logits);
        const std::vector<float> raw = logits; // the sampler changes them in place
        const TokenId id = sampler.sample(logits, history);
        if (id >= 0 && std::size_t(id) < raw.size()) {
            result.sumLogProb += double(raw[std::size_t(id)]) - logNorm;
            ++result.scoredTokens;
        }
        if (isStop(setup.stopIds, id)) {
            finish(StopReason::StopToken, onText);
            return false;
        }
        result.ids.push_back(id);
        history.push_back(id);
        const std::string piece = streamer.push(id);
        if (!piece.empty() && onText)
            onText(piece);
        if (streamer.stopped()) {
            finish(StopReason::StopString, onText);
            return false;
        }
        return true;
    }

    void finish(StopReason reason, const TextCallback &onText)
    {
        if (done)
            return;
        done = true;
        result.reason = reason;
        if (!streamer.stopped()) {
            const std::string rest = streamer.flush();
            if (!rest.empty() && onText)
                onText(rest);
        }
        result.text = streamer.text();
        result.stats.generatedTokens = static_cast<std::int64_t>(result.ids.size());
    }

    Sampler sampler;
    TextStreamer streamer;
    std::vector<TokenId> history;
    GenerationResult result;
    bool done = false;
};

} // namespace

GenerationResult generateOne(const GenerationSetup &setup, std::span<const TokenId> prompt,
    const GenerationParams &params, const TextCallback &onText, const std::atomic<bool> *cancel)
{
    checkPrompt(setup, prompt.size(), params);
    c10::InferenceMode inference;
    LlamaForCausalLMImpl &model = setup.model;
    const std::int64_t context = model.config().maxPositions;
    KvCache cache = model.makeCache(
        1, std::min<std::int64_t>(context, static_cast<std::int64_t>(prompt.size()) + params.maxNewTokens + 1));
    RowState row(setup, prompt, params, 0);
    if (params.maxNewTokens == 0) {
        row.finish(StopReason::MaxTokens, onText);
        return row.result;
    }
    const auto prefillStart = Clock::now();
    const torch::Tensor ids = torch::tensor(std::vector<std::int64_t>(prompt.begin(), prompt.end())).view({1, -1});
    torch::Tensor logits = model.forward(ids, cache, {}, true); // (1, 1, V)
    row.result.stats.prefillSeconds = secondsSince(prefillStart);
    const auto decodeStart = Clock::now();
    for (int i = 0; i < params.maxNewTokens; ++i) {
        if (cancel && cancel->load()) {
            row.finish(StopReason::Cancelled, onText);
            break;
        }
        if (!row.step(rowOf(logits, 0), setup, onText))
            break;
        if (i + 1 == params.maxNewTokens) {
            row.finish(StopReason::MaxTokens, onText);
            break;
        }
        if (cache.length + 1 > context) {
            row.finish(StopReason::ContextFull, onText);
            break;
        }
        logits = model.forward(
            torch::tensor({static_cast<std::int64_t>(row.history.back())}).view({1, 1}), cache, {}, true);
    }
    row.result.stats.decodeSeconds = secondsSince(decodeStart);
    return row.result;
}

std::vector<GenerationResult> generateMany(const GenerationSetup &setup,
    const std::vector<std::vector<TokenId>> &prompts, const GenerationParams &params, const std::atomic<bool> *cancel)
{
    if (prompts.empty())
        return {};
    std::size_t longest = 0;
    for (const auto &p : prompts) {
        checkPrompt(setup, p.size(), params);
        longest = std::max(longest, p.size());
    }
    c10::InferenceMode inference;
    LlamaForCausalLMImpl &model = setup.model;
    const auto B = static_cast<std::int64_t>(prompts.size());
    const auto L = static_cast<std::int64_t>(longest);
    const std::int64_t context = model.config().maxPositions;
    const std::int64_t pad = setup.stopIds.empty() ? 0 : setup.stopIds.front();

    // Left padding keeps every row's last prompt token in the last column.
    torch::Tensor ids = torch::full({B, L}, pad, torch::kInt64);
    torch::Tensor mask = torch::zeros({B, L}, torch::kBool);
    std::vector<RowState> rows;
    rows.reserve(prompts.size());
    for (std::int64_t b = 0; b < B; ++b) {
        const auto &p = prompts[static_cast<std::size_t>(b)];
        const auto n = static_cast<std::int64_t>(p.size());
        ids[b].narrow(0, L - n, n).copy_(torch::tensor(std::vector<std::int64_t>(p.begin(), p.end())));
        mask[b].narrow(0, L - n, n).fill_(true);
        rows.emplace_back(setup, p, params, static_cast<std::uint64_t>(b));
    }
    KvCache cache = model.makeCache(B, std::min<std::int64_t>(context, L + params.maxNewTokens + 1));
    const auto prefillStart = Clock::now();
    torch::Tensor logits = params.maxNewTokens > 0 ? model.forward(ids, cache, mask, true) : torch::Tensor();
    const double prefillSeconds = secondsSince(prefillStart);
    const auto decodeStart = Clock::now();
    for (int i = 0; i < params.maxNewTokens; ++i) {
        const bool cancelled = cancel && cancel->load();
        torch::Tensor next = torch::full({B, 1}, pad, torch::kInt64);
        torch::Tensor live = torch::zeros({B, 1}, torch::kBool);
        bool anyLive = false;
        for (std::int64_t b = 0; b < B; ++b) {
            RowState &row = rows[static_cast<std::size_t>(b)];
            if (row.done)
                continue;
            if (cancelled) {
                row.finish(StopReason::Cancelled, {});
                continue;
            }
            if (!row.step(rowOf(logits, b), setup, {}))
                continue;
            next[b][0] = static_cast<std::int64_t>(row.history.back());
            live[b][0] = true;
            anyLive = true;
        }
        if (!anyLive)
            break;
        if (i + 1 == params.maxNewTokens || cache.length + 1 > context)
            break;
        logits = model.forward(next, cache, live, true);
    }
    const double decodeSeconds = secondsSince(decodeStart);
    std::vector<GenerationResult> results;
    for (RowState &row : rows) {
        row.finish(cache.length + 1 > context ? StopReason::ContextFull : StopReason::MaxTokens, {});
        row.result.stats.prefillSeconds = prefillSeconds;
        row.result.stats.decodeSeconds = decodeSeconds;
        results.push_back(std::move(row.result));
    }
    return results;
}

} // namespace shoptuner::engine
