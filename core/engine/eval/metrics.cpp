#include "engine/eval/metrics.h"

#include "engine/base/error.h"
#include "engine/eval/task_scorer.h"
#include "shoptuner/tasks.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <numeric>
#include <random>

namespace shoptuner::engine {
namespace {

using ScorerFactory = std::unique_ptr<TaskScorer> (*)(const ScoreInput &);

// How eCeLLM scores each task of kTasks (tasks.h), in the same order.
struct TaskSpec
{
    const TaskInfo &task;
    const char *ecellmName; // the branch name in evaluate.py where it differs (misspelled there)
    ScorerFactory make;
};

// evaluate.py tests task == 'Product_Substitue_Identification', 'Product_Relation_Predicition'
// and 'Query_Product_Ranking', none of which is an ECInstruct task name, so run on ECInstruct
// it prints nothing for PSI, PRP and QPR. We use the ECInstruct names and accept its spellings.
const TaskSpec kScoring[] = {
    {kTasks[0], "", makeExtractionScorer},
    {kTasks[1], "Product_Relation_Predicition", makeOptionScorer},
    {kTasks[2], "", makeBinaryScorer},
    {kTasks[3], "", makeOptionScorer},
    {kTasks[4], "", makeRecommendationScorer},
    {kTasks[5], "", makeOptionScorer},
    {kTasks[6], "Product_Substitue_Identification", makeBinaryScorer},
    {kTasks[7], "Query_Product_Ranking", makeRankingScorer},
    {kTasks[8], "", makeBinaryScorer},
    {kTasks[9], "", makeGenerationScorer},
};

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

const TaskSpec &findTask(const std::string &task)
{
    const std::string wanted = lower(task);
    for (const TaskSpec &spec : kScoring) {
        if (wanted == lower(std::string(spec.task.name)) || wanted == lower(std::string(spec.task.code))
            || (*spec.ecellmName && wanted == lower(spec.ecellmName)))
            return spec;
    }
    std::string known;
    for (const TaskInfo &t : kTasks)
        known += std::string(known.empty() ? "" : ", ") + std::string(t.code);
    throw UnsupportedError("unknown task '" + task + "'", "use an ECInstruct task name or one of " + known);
}

struct Prepared
{
    const TaskSpec &spec;
    std::unique_ptr<TaskScorer> scorer;
    std::size_t n;
    std::string headline;
};

Prepared prepare(const std::string &task, const ScoreInput &input)
{
    const TaskSpec &spec = findTask(task);
    if (input.predictions.size() != input.labels.size())
        throw EngineError(std::to_string(input.predictions.size()) + " predictions for "
                + std::to_string(input.labels.size()) + " gold outputs",
            "the two lists must hold the same test items in the same order");
    if (input.predictions.empty())
        throw EngineError("nothing to score: the prediction list is empty");
    if (input.qprLabels && input.qprLabels->size() != input.labels.size())
        throw EngineError(std::to_string(input.qprLabels->size()) + " candidate label lists for "
                + std::to_string(input.labels.size()) + " test items",
            "give one list of ESCI labels per test item");
    if (input.options.answerSimilarity && input.options.answerSimilarity->size() != input.predictions.size())
        throw EngineError(std::to_string(input.options.answerSimilarity->size()) + " answer similarities for "
            + std::to_string(input.predictions.size()) + " predictions");
    std::string headline(spec.task.metric);
    if (spec.make == makeGenerationScorer && input.options.answerSimilarity)
        headline = input.options.answerSimilarityName + "_f1";
    return {spec, spec.make(input), input.predictions.size(), headline};
}

MetricResult finish(const Prepared &prepared, std::span<const std::size_t> items)
{
    MetricResult result = prepared.scorer->aggregate(items);
    result.task = std::string(prepared.spec.task.name);
    result.n = items.size();
    result.headline = prepared.headline;
    result.headlineValue = result.figure(result.headline);
    return result;
}

// An index in [0, n) without the implementation-defined mapping of uniform_int_distribution.
std::size_t drawIndex(std::mt19937_64 &rng, std::size_t n)
{
    const std::uint64_t bound = static_cast<std::uint64_t>(n);
    const std::uint64_t limit = std::mt19937_64::max() - std::mt19937_64::max() % bound;
    std::uint64_t x = rng();
    while (x >= limit)
        x = rng();
    return static_cast<std::size_t>(x % bound);
}

// numpy.percentile's default ("linear") on sorted values.
double percentile(const std::vector<double> &sorted, double q)
{
    const double position = q * static_cast<double>(sorted.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    const double t = position - static_cast<double>(below);
    return sorted[below] + (sorted[above] - sorted[below]) * t;
}

} // namespace

std::optional<double> MetricResult::find(const std::string &name) const
{
    for (const Figure &f : figures) {
        if (f.name == name)
            return f.value;
    }
    return std::nullopt;
}

double MetricResult::figure(const std::string &name) const
{
    if (const auto value = find(name))
        return *value;
    throw EngineError("the " + task + " result has no figure '" + name + "'");
}

std::string canonicalTaskName(const std::string &task)
{
    return std::string(findTask(task).task.name);
}

std::vector<std::string> taskNames()
{
    std::vector<std::string> names;
    for (const TaskInfo &t : kTasks)
        names.emplace_back(t.name);
    return names;
}

MetricResult scoreTask(const std::string &task, bool ood, const std::vector<std::string> &predictions,
    const std::vector<std::string> &labels, const std::vector<std::vector<std::string>> *qprLabels,
    const ScoreOptions &options)
{
    const Prepared prepared = prepare(task, {ood, predictions, labels, qprLabels, options});
    std::vector<std::size_t> all(prepared.n);
    std::iota(all.begin(), all.end(), std::size_t(0));
    return finish(prepared, all);
}

std::vector<double> itemScores(const std::string &task, bool ood, const std::vector<std::string> &predictions,
    const std::vector<std::string> &labels, const std::vector<std::vector<std::string>> *qprLabels,
    const ScoreOptions &options)
{
    const Prepared prepared = prepare(task, {ood, predictions, labels, qprLabels, options});
    std::vector<double> scores;
    scores.reserve(prepared.n);
    for (std::size_t i = 0; i < prepared.n; ++i) {
        const std::size_t one[] = {i};
        const MetricResult r = finish(prepared, one);
        const auto accuracy = r.find(r.headline == "hr@1" ? "hr@1" : "accuracy");
        scores.push_back(accuracy ? (r.invalid ? 0.0 : *accuracy) : r.headlineValue);
    }
    return scores;
}

ConfidenceInterval bootstrapHeadline(const std::string &task, bool ood, const std::vector<std::string> &predictions,
    const std::vector<std::string> &labels, const std::vector<std::vector<std::string>> *qprLabels,
    const BootstrapOptions &bootstrap, const ScoreOptions &options)
{
    if (bootstrap.resamples < 1 || !(bootstrap.level > 0.0 && bootstrap.level < 1.0))
        throw EngineError("bootstrap needs at least one resample and a level between 0 and 1");
    const Prepared prepared = prepare(task, {ood, predictions, labels, qprLabels, options});
    std::vector<std::size_t> items(prepared.n);
    std::iota(items.begin(), items.end(), std::size_t(0));
    ConfidenceInterval interval;
    interval.headline = prepared.headline;
    interval.value = finish(prepared, items).headlineValue;

    std::mt19937_64 rng(bootstrap.seed);
    std::vector<double> values;
    values.reserve(static_cast<std::size_t>(bootstrap.resamples));
    for (int r = 0; r < bootstrap.resamples; ++r) {
        for (std::size_t &item : items)
            item = drawIndex(rng, prepared.n);
        values.push_back(finish(prepared, items).headlineValue);
    }
    std::sort(values.begin(), values.end());
    const double tail = (1.0 - bootstrap.level) / 2.0;
    interval.low = percentile(values, tail);
    interval.high = percentile(values, 1.0 - tail);
    return interval;
}

} // namespace shoptuner::engine
