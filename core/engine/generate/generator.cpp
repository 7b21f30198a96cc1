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

// log(sum(exp(x))), computed from the maximum so that no exp overflows; each term in float,
// their sum in double (the same for a row whatever the batch).
double logSumExp(std::span<const float> x)
{
    float top = -std::numeric_limits<float>::infinity();
    for (const float v : x)
        top = std::max(top, v);
    if (!std::isfinite(top))
        return top;
    double sum = 0;
    for (const float v : x)
        sum += double(std::exp(v - top));
    return double(top) + std::log(sum);
}

// The (B, 1, V) logits of a step as B rows of float on the CPU, read in place.
struct LogitRows
{
    explicit LogitRows(const torch::Tensor &logits)
        : flat(logits.reshape({logits.size(0), -1}).to(torch::kCPU, torch::kFloat32).contiguous())
    { }
    std::span<const float> operator[](std::int64_t row) const
    {
        const auto V = static_cast<std::size_t>(flat.size(1));
        return {flat.data_ptr<float>() + row * flat.size(1), V};
    }
    torch::Tensor flat;
};

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
        , firstChoices(params.firstTokenChoices)
    {
        result.stats.promptTokens = static_cast<std::int64_t>(prompt.size());
    }

    // Samples the next id from `logits`; returns false when the row has finished.
    bool step(std::span<const float> logits, const GenerationSetup &setup, const TextCallback &onText)
    {
        const double logNorm = logSumExp(logits);
        // The sampler changes its logits in place: it gets a copy, in a buffer kept for the row.
        if (result.scoredTokens == 0 && !firstChoices.empty()) {
            work.assign(logits.size(), -std::numeric_limits<float>::infinity());
            for (const TokenId c : firstChoices)
                if (c >= 0 && std::size_t(c) < logits.size())
                    work[std::size_t(c)] = logits[std::size_t(c)];
        } else
            work.assign(logits.begin(), logits.end());
        const TokenId id = sampler.sample(work, history);
        if (id >= 0 && std::size_t(id) < logits.size()) {
            result.sumLogProb += double(logits[std::size_t(id)]) - logNorm;
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
    std::vector<TokenId> firstChoices;
    std::vector<float> work; // the sampler's copy of a step's logits
    GenerationResult result;
    bool done = false;
};

// Prompts are prefilled in chunks of this many tokens at fixed positions (0, 64, 128, ...), alone
// or in a batch: the chunks a batch's prompts share are then the very computation each prompt
// does alone, so they are done once and copied, and an answer keeps its bits.
constexpr std::int64_t kPrefillChunk = 64;

// The prompt's tokens from `from` on, chunk by chunk, into `cache` (which holds the ones before);
// returns the logits after its last token (1, 1, V).
torch::Tensor prefillChunks(
    LlamaForCausalLMImpl &model, KvCache &cache, std::span<const TokenId> prompt, std::int64_t from)
{
    const auto n = static_cast<std::int64_t>(prompt.size());
    torch::Tensor logits;
    for (std::int64_t start = from; start < n; start += kPrefillChunk) {
        const std::int64_t end = std::min(n, start + kPrefillChunk);
        const torch::Tensor ids
            = torch::tensor(std::vector<std::int64_t>(prompt.begin() + start, prompt.begin() + end)).view({1, -1});
        if (end == n)
            logits = model.forward(ids, cache, {}, true);
        else
            model.hiddenStates(ids, cache, {}, true); // the head only for the last token
    }
    return logits;
}

// A new cache for one prompt, sized as every generation sizes it.
KvCache promptCache(LlamaForCausalLMImpl &model, std::size_t promptLength, const GenerationParams &params)
{
    return model.makeCache(1,
        std::min<std::int64_t>(
            model.config().maxPositions, static_cast<std::int64_t>(promptLength) + params.maxNewTokens + 1));
}

// A prompt alone in its own cache, as every generation starts: the cache (ready for decoding,
// row 0 starting at 0) and the logits after the prompt's last token (1, 1, V).
std::pair<KvCache, torch::Tensor> prefill(
    LlamaForCausalLMImpl &model, std::span<const TokenId> prompt, const GenerationParams &params)
{
    KvCache cache = promptCache(model, prompt.size(), params);
    torch::Tensor logits = prefillChunks(model, cache, prompt, 0);
    cache.rowStart = {0};
    return {std::move(cache), std::move(logits)};
}

// The whole chunks every prompt of a batch begins with (the template and, for a test, the
// instruction), prefilled once for all of them. Each prompt keeps at least its last token.
struct SharedPrefix
{
    std::int64_t length = 0;
    KvCache cache;
};

SharedPrefix sharedPrefix(LlamaForCausalLMImpl &model, const std::vector<std::vector<TokenId>> &prompts)
{
    SharedPrefix shared;
    if (prompts.size() < 2)
        return shared;
    std::size_t common = prompts.front().size();
    for (const auto &p : prompts) {
        std::size_t k = 0;
        while (k < common && k < p.size() && p[k] == prompts.front()[k])
            ++k;
        common = std::min(k, p.size() - 1);
    }
    shared.length = static_cast<std::int64_t>(common) / kPrefillChunk * kPrefillChunk;
    if (shared.length == 0)
        return shared;
    shared.cache = model.makeCache(1, shared.length);
    prefillChunks(model, shared.cache,
        std::span<const TokenId>(prompts.front()).first(static_cast<std::size_t>(shared.length)), 0);
    return shared;
}

// prefill() for a prompt that begins with `shared`'s chunks: they are copied, not computed.
std::pair<KvCache, torch::Tensor> prefillAfter(LlamaForCausalLMImpl &model, const SharedPrefix &shared,
    std::span<const TokenId> prompt, const GenerationParams &params)
{
    const std::int64_t P = shared.length;
    KvCache cache = promptCache(model, prompt.size(), params);
    for (std::size_t l = 0; l < cache.keys.size(); ++l) {
        cache.keys[l].narrow(2, 0, P).copy_(shared.cache.keys[l].narrow(2, 0, P));
        cache.values[l].narrow(2, 0, P).copy_(shared.cache.values[l].narrow(2, 0, P));
    }
    cache.mask.narrow(1, 0, P).copy_(shared.cache.mask.narrow(1, 0, P));
    cache.nextPosition.copy_(shared.cache.nextPosition);
    cache.length = P;
    torch::Tensor logits = prefillChunks(model, cache, prompt, P);
    cache.rowStart = {0};
    return {std::move(cache), std::move(logits)};
}

// Keeps the cache rows in `keep` (in order), for a batch whose other answers have finished.
void keepRows(KvCache &cache, const std::vector<std::int64_t> &keep)
{
    const torch::Tensor index = torch::tensor(keep, torch::kInt64).to(cache.mask.device());
    for (std::size_t l = 0; l < cache.keys.size(); ++l) {
        cache.keys[l] = cache.keys[l].index_select(0, index);
        cache.values[l] = cache.values[l].index_select(0, index);
    }
    cache.mask = cache.mask.index_select(0, index);
    cache.nextPosition = cache.nextPosition.index_select(0, index);
    std::vector<std::int64_t> starts;
    for (const std::int64_t b : keep)
        starts.push_back(cache.rowStart[static_cast<std::size_t>(b)]);
    cache.rowStart = std::move(starts);
}

} // namespace

GenerationResult generateOne(const GenerationSetup &setup, std::span<const TokenId> prompt,
    const GenerationParams &params, const TextCallback &onText, const std::atomic<bool> *cancel)
{
    checkPrompt(setup, prompt.size(), params);
    c10::InferenceMode inference;
    LlamaForCausalLMImpl &model = setup.model;
    const std::int64_t context = model.config().maxPositions;
    RowState row(setup, prompt, params, 0);
    if (params.maxNewTokens == 0) {
        row.finish(StopReason::MaxTokens, onText);
        return row.result;
    }
    const auto prefillStart = Clock::now();
    auto [cache, logits] = prefill(model, prompt, params);
    row.result.stats.prefillSeconds = secondsSince(prefillStart);
    const auto decodeStart = Clock::now();
    for (int i = 0; i < params.maxNewTokens; ++i) {
        if (cancel && cancel->load()) {
            row.finish(StopReason::Cancelled, onText);
            break;
        }
        if (!row.step(LogitRows(logits)[0], setup, onText))
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

    std::vector<RowState> rows;
    rows.reserve(prompts.size());
    for (std::int64_t b = 0; b < B; ++b)
        rows.emplace_back(setup, prompts[static_cast<std::size_t>(b)], params, static_cast<std::uint64_t>(b));
    if (params.maxNewTokens == 0) {
        std::vector<GenerationResult> results;
        for (RowState &row : rows) {
            row.finish(StopReason::MaxTokens, {});
            results.push_back(std::move(row.result));
        }
        return results;
    }

    // Each prompt is prefilled alone, as generateOne does (the whole chunks all of them begin
    // with are prefilled once and copied), then placed right-aligned in the batch's cache: row
    // b's keys fill [L - n_b, L), and decoding attends to those only.
    const auto prefillStart = Clock::now();
    KvCache cache = model.makeCache(B, std::min<std::int64_t>(context, L + params.maxNewTokens + 1));
    cache.rowStart.assign(static_cast<std::size_t>(B), 0);
    std::vector<torch::Tensor> firstLogits;
    const SharedPrefix shared = sharedPrefix(model, prompts);
    for (std::int64_t b = 0; b < B; ++b) {
        if (cancel && cancel->load())
            break;
        const auto &p = prompts[static_cast<std::size_t>(b)];
        const auto n = static_cast<std::int64_t>(p.size());
        auto [single, logits] = shared.length > 0 ? prefillAfter(model, shared, p, params) : prefill(model, p, params);
        for (std::size_t l = 0; l < cache.keys.size(); ++l) {
            cache.keys[l][b].narrow(1, L - n, n).copy_(single.keys[l][0].narrow(1, 0, n));
            cache.values[l][b].narrow(1, L - n, n).copy_(single.values[l][0].narrow(1, 0, n));
        }
        cache.mask[b].narrow(0, L - n, n).fill_(true);
        cache.nextPosition[b] = n;
        cache.rowStart[static_cast<std::size_t>(b)] = L - n;
        firstLogits.push_back(logits.select(0, 0)); // (1, V)
    }
    cache.length = L;
    const double prefillSeconds = secondsSince(prefillStart);

    const auto decodeStart = Clock::now();
    std::vector<std::int64_t> live(static_cast<std::size_t>(B)); // batch row -> prompt, for the rows still going
    for (std::int64_t b = 0; b < B; ++b)
        live[static_cast<std::size_t>(b)] = b;
    torch::Tensor logits = firstLogits.size() == prompts.size() ? torch::stack(firstLogits, 0) : torch::Tensor();
    for (int i = 0; i < params.maxNewTokens && logits.defined(); ++i) {
        const bool cancelled = cancel && cancel->load();
        std::vector<std::int64_t> keep, nextIds;
        const LogitRows rowsNow(logits);
        for (std::size_t r = 0; r < live.size(); ++r) {
            RowState &row = rows[static_cast<std::size_t>(live[r])];
            if (cancelled) {
                row.finish(StopReason::Cancelled, {});
                continue;
            }
            if (!row.step(rowsNow[static_cast<std::int64_t>(r)], setup, {}))
                continue;
            // The same ends as generateOne's, counted on the row's own length.
            if (i + 1 == params.maxNewTokens) {
                row.finish(StopReason::MaxTokens, {});
                continue;
            }
            if (static_cast<std::int64_t>(row.history.size()) > context) { // its cache would hold n + i + 1
                row.finish(StopReason::ContextFull, {});
                continue;
            }
            keep.push_back(static_cast<std::int64_t>(r));
            nextIds.push_back(static_cast<std::int64_t>(row.history.back()));
        }
        if (keep.empty())
            break;
        if (keep.size() < live.size()) { // finished answers leave the batch
            keepRows(cache, keep);
            std::vector<std::int64_t> still;
            for (const std::int64_t r : keep)
                still.push_back(live[static_cast<std::size_t>(r)]);
            live = std::move(still);
        }
        logits = model.forward(torch::tensor(nextIds, torch::kInt64).view({-1, 1}), cache, {}, true);
    }
    const double decodeSeconds = secondsSince(decodeStart);
    std::vector<GenerationResult> results;
    for (RowState &row : rows) {
        row.finish(StopReason::Cancelled, {}); // only rows a cancel stopped before their first token
        row.result.stats.prefillSeconds = prefillSeconds;
        row.result.stats.decodeSeconds = decodeSeconds;
        results.push_back(std::move(row.result));
    }
    return results;
}

} // namespace shoptuner::engine
