// AVE's F1* as eCeLLM's evaluate.py (f364c18) computes it. Its rules, all reproduced:
// - a prediction is json.loads'ed; only a parse failure is "#invalid". Valid JSON that is
//   not a list (a dict, a string) scores as an empty prediction without counting as invalid;
//   we report those separately as "non_list_predictions".
// - a hit is a (gold triple, predicted triple) pair with equal attribute, value and source,
//   counted per pair: a triple predicted twice hits twice, so recall can exceed 1.
// - OOD settings also accept a pair with equal attributes, a non-null value and source,
//   str(value) a substring of the other's and source a substring of the other's; the empty
//   string is a substring of everything, so "" matches any value.
// - precision's denominator counts the predicted dicts that have an "attribute" key (dicts
//   without one are ignored; dicts with it but without "value" or "source" count but never hit);
//   recall's counts the gold triples of the items whose gold output parses.
// - recall = hits / gold, precision = hits / (predicted + 1e-6), F1 = 2PR / (P + R + 1e-6).
// Where evaluate.py would crash (a list element that is a number, None or a string containing
// "attribute"; a non-string source in OOD matching; no gold triples at all) we go on: such
// elements neither count nor hit, and recall is 0 without gold triples.
#include "engine/base/error.h"
#include "engine/eval/task_scorer.h"
#include "shoptuner/python_text.h"

#include <optional>

namespace shoptuner::engine {
namespace {

using Json = nlohmann::ordered_json; // dict order matters to str() of a dict value

struct AveItem
{
    std::size_t hits = 0;
    std::size_t gold = 0;
    std::size_t predicted = 0;
    bool invalid = false; // the prediction is not JSON
    bool nonList = false; // JSON, but not a list
    bool goldUnparsed = false;
};

bool contains(std::string_view haystack, std::string_view needle)
{
    return haystack.find(needle) != std::string_view::npos;
}

bool isCompleteTriple(const Json &pred)
{
    return pred.is_object() && pred.contains("attribute") && pred.contains("value") && pred.contains("source");
}

bool exactMatch(const Json &pred, const Json &gold)
{
    return pred["attribute"] == gold["attribute"] && pred["value"] == gold["value"] && pred["source"] == gold["source"];
}

// evaluate.py's OOD branch: str() on the values, the plain `in` operator on the sources.
bool looseMatch(const Json &pred, const Json &gold)
{
    if (pred["attribute"] != gold["attribute"] || pred["value"].is_null() || pred["source"].is_null())
        return false;
    const std::string predValue = pythonStr(pred["value"]);
    const std::string goldValue = pythonStr(gold["value"]);
    if (!contains(goldValue, predValue) && !contains(predValue, goldValue))
        return false;
    if (!pred["source"].is_string())
        return false; // `in` raises TypeError in evaluate.py
    const std::string &predSource = pred["source"].get_ref<const std::string &>();
    const std::string &goldSource = gold["source"].get_ref<const std::string &>();
    return contains(goldSource, predSource) || contains(predSource, goldSource);
}

// json.loads: nullopt when it raises (nlohmann also skips a byte order mark, which json.loads refuses).
std::optional<Json> pythonJsonLoads(const std::string &text)
{
    if (text.starts_with("\xEF\xBB\xBF"))
        return std::nullopt;
    try {
        return Json::parse(text);
    } catch (const Json::exception &) { // syntax, bad UTF-8, or a number beyond double ("1e999": inf in Python)
        return std::nullopt;
    }
}

Json parseGold(const std::string &text, std::size_t index, bool &unparsed)
{
    std::optional<Json> parsed = pythonJsonLoads(text);
    if (!parsed) {
        unparsed = true; // evaluate.py skips the item's gold (label_skipped)
        return Json::array();
    }
    Json gold = std::move(*parsed);
    const auto bad = [&](const std::string &what) {
        return FormatError("AVE gold output " + std::to_string(index + 1) + " " + what,
            "gold outputs are JSON lists of {\"attribute\", \"value\", \"source\"} with string values");
    };
    if (!gold.is_array())
        throw bad("is not a JSON list");
    for (const Json &triple : gold) {
        if (!triple.is_object())
            throw bad("has an element that is not a dict");
        for (const char *key : {"attribute", "value", "source"}) {
            if (!triple.contains(key) || !triple[key].is_string())
                throw bad(std::string("has a triple without a string \"") + key + "\"");
        }
    }
    return gold;
}

AveItem scoreItem(const std::string &prediction, const std::string &label, std::size_t index, bool ood)
{
    AveItem item;
    Json preds = Json::array();
    if (auto parsed = pythonJsonLoads(prediction)) {
        if (parsed->is_array())
            preds = std::move(*parsed);
        else
            item.nonList = true;
    } else {
        item.invalid = true;
    }
    for (const Json &pred : preds)
        item.predicted += pred.is_object() && pred.contains("attribute");

    const Json gold = parseGold(label, index, item.goldUnparsed);
    for (const Json &triple : gold) {
        ++item.gold;
        for (const Json &pred : preds) {
            if (isCompleteTriple(pred) && (exactMatch(pred, triple) || (ood && looseMatch(pred, triple))))
                ++item.hits;
        }
    }
    return item;
}

class ExtractionScorer : public TaskScorer
{
public:
    explicit ExtractionScorer(const ScoreInput &input)
    {
        m_items.reserve(input.predictions.size());
        for (std::size_t i = 0; i < input.predictions.size(); ++i)
            m_items.push_back(scoreItem(input.predictions[i], input.labels[i], i, input.ood));
    }

    MetricResult aggregate(std::span<const std::size_t> items) const override
    {
        AveItem total;
        std::size_t invalid = 0;
        std::size_t nonList = 0;
        std::size_t unparsed = 0;
        for (std::size_t i : items) {
            const AveItem &item = m_items[i];
            total.hits += item.hits;
            total.gold += item.gold;
            total.predicted += item.predicted;
            invalid += item.invalid;
            nonList += item.nonList;
            unparsed += item.goldUnparsed;
        }
        const double hits = static_cast<double>(total.hits);
        const double recall = ratio(hits, static_cast<double>(total.gold));
        const double precision = hits / (static_cast<double>(total.predicted) + 1e-6);
        const double f1 = (2 * recall * precision) / (recall + precision + 1e-6);
        MetricResult result;
        result.figures = {rate("recall", recall), rate("precision", precision), rate("f1", f1),
            tally("hits", total.hits), tally("gold_triples", total.gold), tally("predicted_triples", total.predicted),
            tally("non_list_predictions", nonList), tally("unparsed_gold", unparsed)};
        result.invalid = invalid;
        return result;
    }

private:
    std::vector<AveItem> m_items;
};

} // namespace

std::unique_ptr<TaskScorer> makeExtractionScorer(const ScoreInput &input)
{
    return std::make_unique<ExtractionScorer>(input);
}

} // namespace shoptuner::engine
