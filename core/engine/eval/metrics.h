// The evaluation metrics of the 10 ECInstruct tasks, computed as eCeLLM's evaluate.py computes
// them (github.com/ninglab/eCeLLM, evaluate.py at commit f364c18, which has the September 2025
// fix of AVE precision), including which outputs count as invalid. Pure functions, no Qt.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace shoptuner::engine {

struct Figure
{
    std::string name;
    double value = 0.0;
    bool count = false; // a tally (hits, valid predictions) rather than a rate
};

struct MetricResult
{
    std::string task; // the ECInstruct name, e.g. "Product_Matching"
    // evaluate.py's figures in the order it prints them, then our tallies. Names differ from
    // its print keys where those are cryptic: "accuracy" (acc), "npv" (npr), "hr@1" (recall@1),
    // "ndcg" (NDCG); multi-class figures are "macro_*".
    std::vector<Figure> figures;
    std::size_t n = 0; // test items scored
    std::size_t invalid = 0; // evaluate.py's "#invalid"
    std::string headline; // the figure the paper reports for this task
    double headlineValue = 0.0;

    std::optional<double> find(const std::string &name) const;
    double figure(const std::string &name) const; // throws EngineError when absent
};

// One answer's similarity with its gold answer (BERTScore, see bert_score.h).
struct SimilarityScore
{
    double precision = 0.0;
    double recall = 0.0;
    double f1 = 0.0;
};

struct ScoreOptions
{
    // QPR only. false: eCeLLM's NDCG, whose ideal ranking is the predicted items re-sorted (a
    // prediction that lists only the worst candidate scores ~1). true: the textbook NDCG, whose
    // ideal ranking is all candidates sorted by gain; repeated letters count once (the repeats
    // are invalid) and there is no epsilon in the division.
    bool textbookNdcg = false;
    // AG only: each item's BERTScore, computed beforehand by a BertScorer (the encoder is a model,
    // not a pure function). With it AG reports bertscore_precision/recall/f1 (headline
    // bertscore_f1) beside ROUGE-L; without it ROUGE-L F1 is the headline, under its own name.
    const std::vector<SimilarityScore> *answerSimilarity = nullptr;
    // The figures' prefix: "bertscore" means roberta-large at layer 17, as published; another
    // encoder or layer must be named differently so that it is never compared with the tables.
    std::string answerSimilarityName = "bertscore";
};

// "Attribute_Value_Extraction" for "AVE", "ave" or the full name in any case; also accepts
// the misspelled branch names of evaluate.py. Throws UnsupportedError for anything else.
std::string canonicalTaskName(const std::string &task);
// The 10 ECInstruct names, in the paper's order.
std::vector<std::string> taskNames();

// Scores one task's test predictions against the gold outputs (the ECInstruct `output`
// strings), item by item. `ood` selects AVE's looser OOD matching (evaluate.py: 'OOD' in
// setting). QPR needs `qprLabels`: for each item the ESCI label ("E", "S", "C", "I") of
// candidate A, B, C, ... (eCeLLM's data_label/label.json). Throws EngineError when the lists
// are empty or differ in length, and FormatError for a malformed gold output.
MetricResult scoreTask(const std::string &task, bool ood, const std::vector<std::string> &predictions,
    const std::vector<std::string> &labels, const std::vector<std::vector<std::string>> *qprLabels = nullptr,
    const ScoreOptions &options = {});

// Each item's own score, for finding the worst answers: the task's metric on that item alone,
// except that the classification tasks (PM, PSI, AP, SA, PRP, MPC, SR) give 1 for a right and 0
// for a wrong or invalid answer (a one-item F1 is 0 for a right "no").
std::vector<double> itemScores(const std::string &task, bool ood, const std::vector<std::string> &predictions,
    const std::vector<std::string> &labels, const std::vector<std::vector<std::string>> *qprLabels = nullptr,
    const ScoreOptions &options = {});

struct BootstrapOptions
{
    int resamples = 1000;
    double level = 0.95;
    std::uint64_t seed = 0;
};

struct ConfidenceInterval
{
    std::string headline;
    double value = 0.0; // the headline over all items
    double low = 0.0;
    double high = 0.0;
};

// Percentile bootstrap of the headline figure: resamples the test items with replacement
// (std::mt19937_64 seeded with `seed`, so the same inputs give the same interval everywhere)
// and recomputes the task's metric on each resample; low and high are the (1-level)/2 and
// (1+level)/2 percentiles, linearly interpolated as numpy.percentile does.
ConfidenceInterval bootstrapHeadline(const std::string &task, bool ood, const std::vector<std::string> &predictions,
    const std::vector<std::string> &labels, const std::vector<std::vector<std::string>> *qprLabels = nullptr,
    const BootstrapOptions &bootstrap = {}, const ScoreOptions &options = {});

// ROUGE-L (Lin 2004) between one gold answer and one prediction, as the rouge-score package
// computes it with its defaults (no stemmer): lowercase, every run of characters other than
// [a-z0-9] is a separator, LCS over the tokens; all zero when either side has no tokens.
struct RougeScore
{
    double precision = 0.0;
    double recall = 0.0;
    double f1 = 0.0;
};
RougeScore rougeL(const std::string &target, const std::string &prediction);
std::vector<std::string> rougeTokens(const std::string &text);

// NDCG of one QPR prediction ("B,A,C") given the ESCI labels of candidates A, B, ...
// `invalidPieces` receives the number of comma-separated pieces that name no candidate.
double queryProductNdcg(const std::string &prediction, const std::vector<std::string> &candidateLabels, bool textbook,
    std::size_t *invalidPieces = nullptr);

} // namespace shoptuner::engine
