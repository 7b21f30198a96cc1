// AG's figures. eCeLLM reports BERTScore (and BLEURT), which need an encoder model: BERTScore
// comes precomputed per item from bert_score.cpp when an encoder is installed. This file always
// computes ROUGE-L (Lin 2004, section 3), as Google's rouge-score package does with its
// defaults, and calls it that: never BERTScore.
// Tokenizer (rouge_score/tokenize.py): Python's str.lower(), every run of characters other
// than [a-z0-9] becomes a separator, empty tokens dropped. So non-ASCII letters vanish: an
// answer in a script other than Latin has no tokens and scores 0. Two non-ASCII characters
// lower to ASCII letters and are kept: U+0130 (to "i" + U+0307) and U+212A KELVIN SIGN ("k").
// Per item: P = LCS / |prediction|, R = LCS / |gold|, F = 2PR / (P + R), all 0 when either
// side has no tokens; the figures are the means over all items. An item counts as invalid
// when its prediction is empty after strip() (it scores 0).
#include "engine/eval/task_scorer.h"
#include "shoptuner/python_text.h"

#include <algorithm>

namespace shoptuner::engine {

std::vector<std::string> rougeTokens(const std::string &text)
{
    std::vector<std::string> tokens;
    std::string current;
    const auto flush = [&] {
        if (!current.empty())
            tokens.push_back(std::move(current));
        current.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            current += static_cast<char>(c);
        } else if (c >= 'A' && c <= 'Z') {
            current += static_cast<char>(c + 32);
        } else if (text.compare(i, 2, "\xC4\xB0") == 0) { // U+0130 -> "i" U+0307: the i stays, then a break
            current += 'i';
            flush();
            ++i;
        } else if (text.compare(i, 3, "\xE2\x84\xAA") == 0) { // U+212A KELVIN SIGN -> "k"
            current += 'k';
            i += 2;
        } else {
            flush();
        }
    }
    flush();
    return tokens;
}

RougeScore rougeL(const std::string &target, const std::string &prediction)
{
    const std::vector<std::string> ref = rougeTokens(target);
    const std::vector<std::string> can = rougeTokens(prediction);
    if (ref.empty() || can.empty())
        return {};
    // LCS length by dynamic programming, one row at a time. (|can| + 1)
    std::vector<std::size_t> previous(can.size() + 1, 0), row(can.size() + 1, 0);
    for (const std::string &r : ref) {
        for (std::size_t j = 1; j <= can.size(); ++j)
            row[j] = r == can[j - 1] ? previous[j - 1] + 1 : std::max(previous[j], row[j - 1]);
        std::swap(previous, row);
    }
    const auto lcs = static_cast<double>(previous[can.size()]);
    RougeScore score;
    score.precision = lcs / static_cast<double>(can.size());
    score.recall = lcs / static_cast<double>(ref.size());
    if (score.precision + score.recall > 0)
        score.f1 = 2 * score.precision * score.recall / (score.precision + score.recall);
    return score;
}

namespace {

class GenerationScorer : public TaskScorer
{
public:
    explicit GenerationScorer(const ScoreInput &input)
        : m_similarity(
            input.options.answerSimilarity ? *input.options.answerSimilarity : std::vector<SimilarityScore>())
        , m_name(input.options.answerSimilarityName)
    {
        for (std::size_t i = 0; i < input.predictions.size(); ++i)
            m_items.push_back(
                {rougeL(input.labels[i], input.predictions[i]), pythonStrip(input.predictions[i]).empty()});
    }

    MetricResult aggregate(std::span<const std::size_t> items) const override
    {
        RougeScore sum;
        SimilarityScore similarity;
        std::size_t invalid = 0;
        for (std::size_t i : items) {
            if (!m_similarity.empty()) {
                similarity.precision += m_similarity[i].precision;
                similarity.recall += m_similarity[i].recall;
                similarity.f1 += m_similarity[i].f1;
            }
            sum.precision += m_items[i].score.precision;
            sum.recall += m_items[i].score.recall;
            sum.f1 += m_items[i].score.f1;
            invalid += m_items[i].empty;
        }
        const auto n = static_cast<double>(items.size());
        MetricResult result;
        // evaluate.py prints BERTScore's recall, precision and F1 (the means over the items).
        if (!m_similarity.empty())
            result.figures = {rate(m_name + "_recall", ratio(similarity.recall, n)),
                rate(m_name + "_precision", ratio(similarity.precision, n)),
                rate(m_name + "_f1", ratio(similarity.f1, n))};
        result.figures.insert(result.figures.end(),
            {rate("rouge_l_precision", ratio(sum.precision, n)), rate("rouge_l_recall", ratio(sum.recall, n)),
                rate("rouge_l_f1", ratio(sum.f1, n))});
        result.invalid = invalid;
        return result;
    }

private:
    struct Item
    {
        RougeScore score;
        bool empty;
    };
    std::vector<Item> m_items;
    std::vector<SimilarityScore> m_similarity; // per item; empty without an encoder
    std::string m_name;
};

} // namespace

std::unique_ptr<TaskScorer> makeGenerationScorer(const ScoreInput &input)
{
    return std::make_unique<GenerationScorer>(input);
}

} // namespace shoptuner::engine
