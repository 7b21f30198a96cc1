// score: eCeLLM's metric for one task over a file of predictions and a file of gold outputs.
#include "command.h"

#include "engine/eval/bert_score.h"
#include "engine/base/error.h"
#include "engine/base/input_file.h"
#include "engine/eval/metrics.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>
#include <sstream>

namespace shoptuner::cli {
namespace {

using nlohmann::json;

std::vector<std::string> readStringList(const std::string &path)
{
    const json list = engine::readJsonFile(path);
    if (!list.is_array())
        throw engine::FormatError(path + " is not a JSON list", "give a list of strings, one per test item");
    std::vector<std::string> out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (!list[i].is_string())
            throw engine::FormatError(path + ": item " + std::to_string(i + 1) + " is not a string",
                "give a list of strings, one per test item");
        out.push_back(list[i].get<std::string>());
    }
    return out;
}

std::vector<std::vector<std::string>> readQprLabels(const std::string &path)
{
    const json list = engine::readJsonFile(path);
    const std::string hint
        = "give one list of ESCI letters per test item, e.g. [[\"E\", \"S\"], [\"C\", \"S\", \"E\"]]";
    if (!list.is_array())
        throw engine::FormatError(path + " is not a JSON list", hint);
    std::vector<std::vector<std::string>> out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (!list[i].is_array())
            throw engine::FormatError(path + ": item " + std::to_string(i + 1) + " is not a list", hint);
        std::vector<std::string> labels;
        for (const json &label : list[i]) {
            if (!label.is_string())
                throw engine::FormatError(path + ": item " + std::to_string(i + 1) + " holds a non-string", hint);
            labels.push_back(label.get<std::string>());
        }
        out.push_back(std::move(labels));
    }
    return out;
}

// "IND", "OOD" or an ECInstruct setting such as "OOD_Diverse_Instruction"; true for OOD.
bool isOod(const std::string &setting)
{
    const bool ood = setting.find("OOD") != std::string::npos;
    if (!ood && setting.find("IND") == std::string::npos)
        throw UsageError("--setting must be IND or OOD (or an ECInstruct setting name), not '" + setting + "'");
    return ood;
}

int score(const Args &args)
{
    std::string task;
    try {
        task = engine::canonicalTaskName(args.require("task"));
    } catch (const engine::UnsupportedError &e) {
        throw UsageError(e.what());
    }
    const std::string setting = args.require("setting");
    const bool ood = isOod(setting);
    const auto predictions = readStringList(args.require("predictions"));
    const auto labels = readStringList(args.require("labels"));
    std::vector<std::vector<std::string>> qprLabels;
    if (args.has("qpr-labels"))
        qprLabels = readQprLabels(args.get("qpr-labels"));
    else if (task == "Query_Product_Rank")
        throw UsageError("Query_Product_Rank needs --qpr-labels (the ESCI label of every candidate)");
    engine::ScoreOptions options {.textbookNdcg = args.has("textbook-ndcg")};
    const auto *qpr = args.has("qpr-labels") ? &qprLabels : nullptr;
    // AG: BERTScore with the given encoder, or roberta-large when installed; ROUGE-L otherwise.
    std::vector<engine::SimilarityScore> similarity;
    std::string scoredWith;
    if (task == "Answer_Generation" && args.get("encoder") != "none") {
        const std::filesystem::path encoder
            = args.has("encoder") ? std::filesystem::path(args.get("encoder")) : engine::findBertScoreModel();
        if (!encoder.empty()) {
            engine::BertScoreOptions bert;
            bert.layer = static_cast<int>(args.getInt("layer", 0));
            const auto scorer = engine::BertScorer::load(encoder, bert);
            similarity = scorer->score(predictions, labels);
            options.answerSimilarity = &similarity;
            options.answerSimilarityName = scorer->figureName();
            scoredWith = scorer->description();
        }
    }

    const engine::MetricResult result = engine::scoreTask(task, ood, predictions, labels, qpr, options);
    nlohmann::ordered_json out;
    out["task"] = result.task;
    out["setting"] = setting;
    for (const engine::Figure &f : result.figures) {
        if (f.count)
            out[f.name] = static_cast<std::uint64_t>(f.value);
        else
            out[f.name] = f.value;
    }
    out["invalid"] = result.invalid;
    out["headline"] = result.headline;
    out["headline_value"] = result.headlineValue;
    out["n"] = result.n;
    if (task == "Answer_Generation")
        out["scored_with"] = scoredWith.empty() ? "ROUGE-L F1 (no BERTScore encoder)" : scoredWith;
    if (args.has("bootstrap")) {
        const long long resamples = args.getInt("bootstrap", 1000);
        if (resamples < 1)
            throw UsageError("--bootstrap needs a positive number of resamples");
        const engine::BootstrapOptions bootstrap {.resamples = static_cast<int>(resamples),
            .level = 0.95,
            .seed = static_cast<std::uint64_t>(args.getInt("seed", 0))};
        const auto interval = engine::bootstrapHeadline(task, ood, predictions, labels, qpr, bootstrap, options);
        out["ci_low"] = interval.low;
        out["ci_high"] = interval.high;
        out["ci_level"] = bootstrap.level;
        out["ci_resamples"] = bootstrap.resamples;
    }
    std::cout << out.dump() << std::endl;
    return 0;
}

} // namespace

void registerScoreCommands(CommandRegistry &registry)
{
    registry.add({"score", "eCeLLM's metric for one task: every figure, the invalid count and the headline as JSON",
        {{"task", true, "ECInstruct task name or abbreviation (AVE, PRP, PM, SA, SR, MPC, PSI, QPR, AP, AG)"},
            {"setting", true, "IND or OOD (OOD loosens AVE's matching)"},
            {"predictions", true, "JSON list of the model's responses, one string per test item"},
            {"labels", true, "JSON list of the gold outputs, in the same order"},
            {"qpr-labels", true, "QPR: JSON list of the ESCI labels of each item's candidates A, B, ..."},
            {"textbook-ndcg", false, "QPR: ideal ranking from all candidates instead of eCeLLM's re-sorted prediction"},
            {"bootstrap", true, "also print a 95% percentile bootstrap interval of the headline (resamples)"},
            {"seed", true, "seed of the bootstrap resampling (default 0)"},
            {"encoder", true,
                "AG: RoBERTa folder for BERTScore (default: roberta-large from the Hugging Face cache or "
                "$SHOPTUNER_BERTSCORE_MODEL; none: ROUGE-L only)"},
            {"layer", true,
                "AG: the encoder layer BERTScore reads (default: bert_score's choice, 17 for roberta-large)"}},
        score});
}

} // namespace shoptuner::cli
