#include "engine/generate/sampler.h"

#include "engine/base/error.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_set>

namespace shoptuner::engine {

Sampler::Sampler(const SamplingParams &params)
    : m_params(params)
    , m_rng(params.seed)
{
    if (params.temperature < 0 || !std::isfinite(params.temperature))
        throw EngineError("temperature must be 0 (greedy) or positive");
    if (params.topP <= 0 || params.topP > 1)
        throw EngineError("top-p must be in (0, 1]");
    if (params.topK < 0)
        throw EngineError("top-k must be 0 (off) or positive");
    if (params.repetitionPenalty <= 0)
        throw EngineError("repetition penalty must be positive (1 = off)");
}

void Sampler::applyPenalty(std::span<float> logits, std::span<const TokenId> history) const
{
    if (m_params.repetitionPenalty == 1.0f)
        return;
    std::unordered_set<TokenId> seen(history.begin(), history.end());
    for (TokenId id : seen) {
        if (id < 0 || static_cast<std::size_t>(id) >= logits.size())
            continue;
        float &l = logits[static_cast<std::size_t>(id)];
        l = l < 0 ? l * m_params.repetitionPenalty : l / m_params.repetitionPenalty;
    }
}

std::vector<float> Sampler::distribution(std::span<float> logits, std::span<const TokenId> history) const
{
    applyPenalty(logits, history);
    const std::size_t n = logits.size();
    std::vector<float> probs(n, 0.0f);
    if (m_params.temperature == 0.0f) {
        probs[static_cast<std::size_t>(std::max_element(logits.begin(), logits.end()) - logits.begin())] = 1.0f;
        return probs;
    }
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t {0});
    std::sort(order.begin(), order.end(),
        [&](std::size_t a, std::size_t b) { return logits[a] > logits[b] || (logits[a] == logits[b] && a < b); });
    std::size_t keep = n;
    if (m_params.topK > 0)
        keep = std::min(keep, static_cast<std::size_t>(m_params.topK));
    // Softmax over the kept tokens at this temperature.
    const double maxLogit = logits[order[0]];
    std::vector<double> p(keep);
    double sum = 0;
    for (std::size_t i = 0; i < keep; ++i) {
        p[i] = std::exp((logits[order[i]] - maxLogit) / m_params.temperature);
        sum += p[i];
    }
    // Top-p: the smallest prefix whose mass reaches top_p (at least one token).
    if (m_params.topP < 1.0f) {
        double cumulative = 0;
        std::size_t cut = keep;
        for (std::size_t i = 0; i < keep; ++i) {
            cumulative += p[i] / sum;
            if (cumulative >= m_params.topP) {
                cut = i + 1;
                break;
            }
        }
        keep = cut;
        sum = std::accumulate(p.begin(), p.begin() + static_cast<std::ptrdiff_t>(keep), 0.0);
    }
    for (std::size_t i = 0; i < keep; ++i)
        probs[order[i]] = static_cast<float>(p[i] / sum);
    return probs;
}

TokenId Sampler::sample(std::span<float> logits, std::span<const TokenId> history)
{
    if (m_params.temperature == 0.0f) { // greedy: the first of the highest, as distribution() marks it
        applyPenalty(logits, history);
        return static_cast<TokenId>(std::max_element(logits.begin(), logits.end()) - logits.begin());
    }
    const std::vector<float> probs = distribution(logits, history);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    const double r = uniform(m_rng);
    double cumulative = 0;
    TokenId last = 0;
    for (std::size_t i = 0; i < probs.size(); ++i) {
        if (probs[i] <= 0)
            continue;
        cumulative += probs[i];
        last = static_cast<TokenId>(i);
        if (r < cumulative)
            return last;
    }
    return last;
}

} // namespace shoptuner::engine
