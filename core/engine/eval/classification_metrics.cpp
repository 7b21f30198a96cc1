// The classification tasks as eCeLLM's evaluate.py (f364c18) scores them with sklearn:
// - yes/no (PM, PSI, AP): pred.lower().strip() must be "yes" or "no", else it is invalid and
//   dropped with its gold; accuracy, then precision, recall and F1 with pos_label "yes", then
//   specificity tn/(tn+fp+1e-8) and NPV tn/(tn+fn+1e-8) from the confusion matrix.
// - SR: pred.strip() must be one letter A-T; HR@1 is the accuracy over the valid ones.
// - option letters (SA, PRP, MPC): the first character of pred.strip() must be one of A-E for
//   all three tasks (so "D" is a valid, wrong answer to PRP's three options); it is compared
//   with the first character of the gold output. Macro averages run over the sorted union of
//   the gold and predicted letters among the valid items (sklearn's labels=None), a letter
//   never predicted or never gold contributing 0.
// sklearn returns 0 where a ratio is 0/0 (zero_division="warn"); F1 is 2tp/(2tp+fp+fn) as
// recent sklearn computes it (older versions' 2PR/(P+R) differs in the last bit or two).
// Where evaluate.py crashes we go on: an empty prediction of an option task is invalid (it
// raises IndexError there), rates over no valid predictions are 0 (nan in sklearn), and a
// confusion matrix of one class is read as such (evaluate.py's unpacking fails).
#include "engine/base/error.h"
#include "engine/eval/task_scorer.h"
#include "shoptuner/python_text.h"

#include <algorithm>
#include <map>

namespace shoptuner::engine {
namespace {

std::string asciiLower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
        [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    return out;
}

// Binary: what lower().strip() leaves must be exactly "yes" or "no". Only ASCII letters lower
// to y, e, s, n, o (str.lower() maps no other character onto them), so ASCII lowering suffices.
class BinaryScorer : public TaskScorer
{
public:
    explicit BinaryScorer(const ScoreInput &input)
    {
        for (std::size_t i = 0; i < input.predictions.size(); ++i) {
            const std::string &gold = input.labels[i];
            if (gold != "yes" && gold != "no")
                throw FormatError("gold output " + std::to_string(i + 1) + " is '" + gold + "'",
                    "this task's gold outputs are \"yes\" or \"no\"");
            const std::string pred = std::string(pythonStrip(asciiLower(input.predictions[i])));
            m_items.push_back({pred == "yes" || pred == "no", gold == "yes", pred == "yes"});
        }
    }

    MetricResult aggregate(std::span<const std::size_t> items) const override
    {
        std::size_t tp = 0, fp = 0, tn = 0, fn = 0, invalid = 0;
        for (std::size_t i : items) {
            const Item &item = m_items[i];
            if (!item.valid)
                ++invalid;
            else if (item.goldYes)
                ++(item.predYes ? tp : fn);
            else
                ++(item.predYes ? fp : tn);
        }
        const auto d = [](std::size_t v) { return static_cast<double>(v); };
        const std::size_t valid = tp + fp + tn + fn;
        MetricResult result;
        result.figures = {rate("accuracy", ratio(d(tp + tn), d(valid))), rate("recall", ratio(d(tp), d(tp + fn))),
            rate("precision", ratio(d(tp), d(tp + fp))), rate("f1", ratio(2 * d(tp), d(2 * tp + fp + fn))),
            rate("specificity", d(tn) / (d(tn + fp) + 1e-8)), rate("npv", d(tn) / (d(tn + fn) + 1e-8)),
            tally("valid_predictions", valid), tally("tp", tp), tally("fp", fp), tally("tn", tn), tally("fn", fn)};
        result.invalid = invalid;
        return result;
    }

private:
    struct Item
    {
        bool valid;
        bool goldYes;
        bool predYes;
    };
    std::vector<Item> m_items;
};

// SR: the stripped prediction is one of the 20 candidate letters; compared with the gold as is.
class RecommendationScorer : public TaskScorer
{
public:
    explicit RecommendationScorer(const ScoreInput &input)
    {
        for (std::size_t i = 0; i < input.predictions.size(); ++i) {
            const std::string_view pred = pythonStrip(input.predictions[i]);
            const bool valid = pred.size() == 1 && pred[0] >= 'A' && pred[0] <= 'T';
            m_items.push_back({valid, valid && pred == input.labels[i]});
        }
    }

    MetricResult aggregate(std::span<const std::size_t> items) const override
    {
        std::size_t valid = 0, correct = 0;
        for (std::size_t i : items) {
            valid += m_items[i].valid;
            correct += m_items[i].correct;
        }
        MetricResult result;
        result.figures = {rate("hr@1", ratio(static_cast<double>(correct), static_cast<double>(valid))),
            tally("valid_predictions", valid), tally("correct", correct)};
        result.invalid = items.size() - valid;
        return result;
    }

private:
    struct Item
    {
        bool valid;
        bool correct;
    };
    std::vector<Item> m_items;
};

// SA, PRP, MPC: first characters, macro averages over the letters that occur.
class OptionScorer : public TaskScorer
{
public:
    explicit OptionScorer(const ScoreInput &input)
    {
        for (std::size_t i = 0; i < input.predictions.size(); ++i) {
            const std::string gold = pythonFirstChar(input.labels[i]);
            if (gold.empty())
                throw FormatError("gold output " + std::to_string(i + 1) + " is empty",
                    "this task's gold outputs start with the option letter");
            const std::string pred = pythonFirstChar(pythonStrip(input.predictions[i]));
            const bool valid = pred.size() == 1 && pred[0] >= 'A' && pred[0] <= 'E';
            m_items.push_back({valid, gold, pred});
        }
    }

    MetricResult aggregate(std::span<const std::size_t> items) const override
    {
        struct Counts
        {
            std::size_t tp = 0, gold = 0, predicted = 0;
        };
        std::map<std::string, Counts> perLetter; // sorted, as sklearn's unique_labels
        std::size_t valid = 0, correct = 0;
        for (std::size_t i : items) {
            const Item &item = m_items[i];
            if (!item.valid)
                continue;
            ++valid;
            ++perLetter[item.gold].gold;
            ++perLetter[item.pred].predicted;
            if (item.gold == item.pred) {
                ++perLetter[item.gold].tp;
                ++correct;
            }
        }
        double precision = 0.0, recall = 0.0, f1 = 0.0;
        for (const auto &[letter, c] : perLetter) {
            const auto tp = static_cast<double>(c.tp);
            precision += ratio(tp, static_cast<double>(c.predicted));
            recall += ratio(tp, static_cast<double>(c.gold));
            f1 += ratio(2 * tp, static_cast<double>(c.gold + c.predicted));
        }
        const auto letters = static_cast<double>(perLetter.size());
        MetricResult result;
        result.figures = {rate("accuracy", ratio(static_cast<double>(correct), static_cast<double>(valid))),
            rate("macro_recall", ratio(recall, letters)), rate("macro_precision", ratio(precision, letters)),
            rate("macro_f1", ratio(f1, letters)), tally("valid_predictions", valid), tally("correct", correct)};
        result.invalid = items.size() - valid;
        return result;
    }

private:
    struct Item
    {
        bool valid;
        std::string gold;
        std::string pred;
    };
    std::vector<Item> m_items;
};

} // namespace

std::unique_ptr<TaskScorer> makeBinaryScorer(const ScoreInput &input)
{
    return std::make_unique<BinaryScorer>(input);
}

std::unique_ptr<TaskScorer> makeRecommendationScorer(const ScoreInput &input)
{
    return std::make_unique<RecommendationScorer>(input);
}

std::unique_ptr<TaskScorer> makeOptionScorer(const ScoreInput &input)
{
    return std::make_unique<OptionScorer>(input);
}

} // namespace shoptuner::engine
