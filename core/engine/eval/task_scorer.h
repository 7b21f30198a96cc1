// Inside metrics: one scorer per kind of ECInstruct task. A scorer reads the predictions once
// into per-item statistics, then aggregates any multiset of items (all of them for the
// score, resamples for the bootstrap).
#pragma once

#include "engine/eval/metrics.h"

#include <memory>
#include <span>
#include <string>
#include <vector>

namespace shoptuner::engine {

struct ScoreInput
{
    bool ood = false;
    const std::vector<std::string> &predictions;
    const std::vector<std::string> &labels;
    const std::vector<std::vector<std::string>> *qprLabels = nullptr;
    ScoreOptions options;
};

class TaskScorer
{
public:
    virtual ~TaskScorer() = default;
    // The figures and the invalid count over `items` (indices, repeats allowed). The caller
    // fills task, n and the headline.
    virtual MetricResult aggregate(std::span<const std::size_t> items) const = 0;
};

// extraction_metrics.cpp: AVE's F1* over (attribute, value, source) triples.
std::unique_ptr<TaskScorer> makeExtractionScorer(const ScoreInput &input);
// classification_metrics.cpp: yes/no tasks (PM, PSI, AP), the option-letter tasks (SA, PRP,
// MPC) and SR's hit rate.
std::unique_ptr<TaskScorer> makeBinaryScorer(const ScoreInput &input);
std::unique_ptr<TaskScorer> makeOptionScorer(const ScoreInput &input);
std::unique_ptr<TaskScorer> makeRecommendationScorer(const ScoreInput &input);
// ranking_metrics.cpp: QPR's NDCG.
std::unique_ptr<TaskScorer> makeRankingScorer(const ScoreInput &input);
// text_metrics.cpp: AG's ROUGE-L.
std::unique_ptr<TaskScorer> makeGenerationScorer(const ScoreInput &input);

// Shared helpers of the scorers.
inline Figure rate(const std::string &name, double value)
{
    return {name, value, false};
}
inline Figure tally(const std::string &name, std::size_t value)
{
    return {name, static_cast<double>(value), true};
}
// a / b, or 0 when b is 0 (sklearn's zero_division="warn" result).
inline double ratio(double a, double b)
{
    return b == 0.0 ? 0.0 : a / b;
}

} // namespace shoptuner::engine
