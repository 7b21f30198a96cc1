// QPR's NDCG (Järvelin & Kekäläinen 2002) as eCeLLM's evaluate.py (f364c18) computes it:
// - the prediction is stripped and split on ","; each piece names a candidate by its first
//   character (A = first candidate). A piece that names no candidate (empty, " B" after
//   "A, B", a lowercase letter, a letter past the last candidate) is skipped and counted in
//   "#invalid", so invalid counts pieces, not predictions.
// - gains: E = 1, S = 0.1, C = 0.01, I = 0; DCG = sum over ranks i (from 0) of
//   (2^gain - 1) / log2(i + 2).
// - the ideal DCG is that of the *predicted* gains re-sorted, so a ranking that lists only
//   the irrelevant candidate, or repeats the best one ("A,A,A"), still scores ~1; NDCG is
//   DCG / (IDCG + 1e-6), and the mean runs over all test items.
// The textbook variant (ScoreOptions::textbookNdcg) takes the ideal DCG from all candidates'
// labels, counts a repeated letter once (the repeat is an invalid piece) and divides exactly
// (0 when the ideal DCG is 0).
#include "engine/base/error.h"
#include "engine/eval/task_scorer.h"
#include "shoptuner/python_text.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace shoptuner::engine {
namespace {

double gainOf(const std::string &esci)
{
    if (esci == "E")
        return 1.0;
    if (esci == "S")
        return 0.1;
    if (esci == "C")
        return 0.01;
    if (esci == "I")
        return 0.0;
    throw FormatError("ESCI label '" + esci + "' is none of E, S, C, I",
        "the QPR labels give, per test item, the ESCI label of candidate A, B, ...");
}

double dcg(const std::vector<double> &gains)
{
    double sum = 0.0;
    for (std::size_t i = 0; i < gains.size(); ++i)
        sum += (std::pow(2.0, gains[i]) - 1.0) / std::log2(static_cast<double>(i) + 2.0);
    return sum;
}

std::vector<std::string_view> splitOnComma(std::string_view text)
{
    std::vector<std::string_view> pieces;
    std::size_t start = 0;
    for (std::size_t comma; (comma = text.find(',', start)) != std::string_view::npos; start = comma + 1)
        pieces.push_back(text.substr(start, comma - start));
    pieces.push_back(text.substr(start));
    return pieces;
}

} // namespace

double queryProductNdcg(const std::string &prediction, const std::vector<std::string> &candidateLabels, bool textbook,
    std::size_t *invalidPieces)
{
    std::vector<double> candidateGains;
    for (const std::string &label : candidateLabels)
        candidateGains.push_back(gainOf(label));

    std::vector<double> gains; // (ranked pieces)
    std::vector<bool> ranked(candidateGains.size(), false);
    std::size_t invalid = 0;
    for (std::string_view piece : splitOnComma(pythonStrip(prediction))) {
        const std::string first = pythonFirstChar(piece);
        const std::size_t candidate = first.size() == 1 ? static_cast<std::size_t>(first[0] - 'A') : SIZE_MAX;
        if (first.size() != 1 || first[0] < 'A' || candidate >= candidateGains.size()
            || (textbook && ranked[candidate])) {
            ++invalid;
            continue;
        }
        ranked[candidate] = true;
        gains.push_back(candidateGains[candidate]);
    }
    if (invalidPieces)
        *invalidPieces = invalid;

    std::vector<double> ideal = textbook ? candidateGains : gains;
    std::sort(ideal.begin(), ideal.end(), std::greater<>());
    if (textbook) {
        const double idealDcg = dcg(ideal);
        return idealDcg == 0.0 ? 0.0 : dcg(gains) / idealDcg;
    }
    return dcg(gains) / (dcg(ideal) + 1e-6);
}

namespace {

class RankingScorer : public TaskScorer
{
public:
    explicit RankingScorer(const ScoreInput &input)
    {
        if (!input.qprLabels)
            throw EngineError("QPR needs the ESCI label of every candidate of every test item",
                "give them as a JSON list of lists, e.g. [[\"E\", \"S\"], [\"C\", \"S\", \"E\"]]",
                ErrorCode::BadRankingLabels);
        for (std::size_t i = 0; i < input.predictions.size(); ++i) {
            Item item;
            item.ndcg = queryProductNdcg(
                input.predictions[i], (*input.qprLabels)[i], input.options.textbookNdcg, &item.invalid);
            m_items.push_back(item);
        }
    }

    MetricResult aggregate(std::span<const std::size_t> items) const override
    {
        double total = 0.0;
        std::size_t invalid = 0, itemsWithInvalid = 0;
        for (std::size_t i : items) {
            total += m_items[i].ndcg;
            invalid += m_items[i].invalid;
            itemsWithInvalid += m_items[i].invalid > 0;
        }
        MetricResult result;
        result.figures = {rate("ndcg", ratio(total, static_cast<double>(items.size()))),
            tally("predictions_with_invalid_pieces", itemsWithInvalid)};
        result.invalid = invalid;
        return result;
    }

private:
    struct Item
    {
        double ndcg = 0.0;
        std::size_t invalid = 0;
    };
    std::vector<Item> m_items;
};

} // namespace

std::unique_ptr<TaskScorer> makeRankingScorer(const ScoreInput &input)
{
    return std::make_unique<RankingScorer>(input);
}

} // namespace shoptuner::engine
