// The commands about how well a model does: eval (score a model on a project's test records, as
// eCeLLM's evaluation does), report (one evaluation beside the published baselines) and compare;
// and the project side of export (a run's folders, the export job).
#include "command.h"
#include "io_util.h"
#include "project_args.h"

#include "jobs/eval_job.h"
#include "jobs/export_job.h"
#include "services/comparison.h"
#include "services/report.h"
#include "store/eval_tables.h"
#include "store/project_store.h"
#include "store/run_tables.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace shoptuner::cli {
namespace {

using nlohmann::json;

int evaluate(const Args &args)
{
    if (args.has("out")) // before the evaluation, not after an hour of it
        refuseExistingOutput(args, args.get("out"));
    jobs::EvalJobParams p;
    p.projectPath = q(args.require("project"));
    p.modelDir = q(args.require("model"));
    p.adapterDir = q(args.get("adapter"));
    p.tasks = taskOption(args);
    const std::string setting = args.get("setting", "both");
    const QString ind = QStringLiteral("IND_Diverse_Instruction"), ood = QStringLiteral("OOD_Diverse_Instruction"),
                  unseen = QStringLiteral("IND_Unseen_Instruction");
    if (setting == "IND")
        p.settings = {ind};
    else if (setting == "OOD")
        p.settings = {ood};
    else if (setting == "unseen")
        p.settings = {unseen};
    else if (setting == "all")
        p.settings = {ind, unseen, ood};
    else if (setting != "both")
        throw UsageError("--setting must be IND, OOD, both, unseen or all");
    p.limit = int(args.getInt("limit", 0));
    p.batch = int(args.getInt("batch", 8));
    p.threads = int(args.getInt("threads", 0));
    p.dtype = q(args.get("dtype", "auto"));
    p.bootstrapResamples = int(args.getInt("bootstrap", 1000));
    p.encoderDir = q(args.get("encoder"));
    if (p.limit < 0 || p.batch < 1)
        throw UsageError("--limit must be >= 0 and --batch >= 1");
    jobs::EvalJob job(p);
    if (!runJob(job)) {
        std::cerr << "evaluation stopped; the tasks finished so far are kept in the project\n";
        return 130;
    }
    json tasks = json::array();
    for (const jobs::EvalTaskResult &t : job.result().tasks) {
        json j = {{"task", s(t.task)}, {"setting", s(t.setting)}};
        if (!t.skipped.isEmpty())
            j["skipped"] = s(t.skipped);
        else {
            j["metric"] = s(t.metric);
            j["value"] = t.value;
            j["n"] = t.n;
            j["invalid"] = t.invalid;
            j["ci95"] = {t.ciLow, t.ciHigh};
            j["figures"] = toJson(t.figuresJson);
        }
        tasks.push_back(j);
    }
    json report = {{"event", "evaluated"}, {"evaluation_id", job.result().evaluationId}, {"model", s(p.modelDir)},
        {"adapter", s(p.adapterDir)}, {"tasks", tasks}};
    if (!job.result().answerMetric.isEmpty())
        report["answer_generation_scored_with"] = s(job.result().answerMetric);
    if (args.has("out"))
        writeOutputFile(args, args.get("out"), report.dump(2) + "\n");
    std::cout << report.dump() << std::endl;
    return 0;
}

int report(const Args &args)
{
    store::ProjectStore project(q(args.require("project")), store::ProjectStore::OpenMode::ReadOnly);
    const services::Baselines baselines = services::bundledBaselines();
    const QString reference = q(args.get("reference", "GPT-4 Turbo"));
    if (!baselines.models.contains(reference))
        throw UsageError("--reference must be one of: " + s(baselines.models.join(QStringLiteral(", "))));
    const services::Report r = services::buildReport(project, args.getInt("evaluation", 0), baselines, reference);
    if (r.evaluationId == 0)
        throw UsageError("the project has no finished evaluation yet (run shoptuner-cli eval first)");
    const std::string format = args.get("format", "html");
    QString text;
    if (format == "html")
        text = services::reportHtml(r, baselines);
    else if (format == "csv")
        text = services::reportCsv(r, baselines);
    else
        throw UsageError("--format must be html or csv");
    writeOutputFile(args, args.require("out"), text.toStdString());
    const bool finished = r.state == services::EvaluationState::Finished;
    if (!finished)
        std::cerr << "warning: evaluation " << r.evaluationId << " is " << s(services::evaluationStateText(r.state))
                  << "; the report covers only the tasks scored so far\n";
    std::cout << json {{"event", "report"}, {"evaluation_id", r.evaluationId}, {"rows", r.rows.size()},
        {"finished", finished}, {"out", args.require("out")}}
                     .dump()
              << std::endl;
    return 0;
}

int compare(const Args &args)
{
    store::ProjectStore project(q(args.require("project")), store::ProjectStore::OpenMode::ReadOnly);
    const services::Baselines baselines = services::bundledBaselines();
    QList<std::int64_t> ids;
    if (args.has("evaluations")) {
        for (const QString &id : q(args.get("evaluations")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            ids << id.trimmed().toLongLong(&ok);
            if (!ok)
                throw UsageError("--evaluations takes evaluation ids separated by commas, e.g. 3,5");
        }
    } else {
        for (const store::Evaluation &e : store::listEvaluations(project))
            if (e.status == QLatin1String("finished"))
                ids.prepend(e.id); // oldest first
    }
    QStringList published;
    for (const QString &m : q(args.get("published", "GPT-4 Turbo")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!baselines.models.contains(m.trimmed()))
            throw UsageError("--published takes names from: " + s(baselines.models.join(QStringLiteral(", "))));
        published << m.trimmed();
    }
    const std::string group = args.get("group", "all");
    if (group != "all" && group != "IND" && group != "OOD")
        throw UsageError("--group must be IND, OOD or all");
    const services::Comparison c = services::buildComparison(
        project, ids, baselines, published, group == "all" ? QString() : QString::fromStdString(group));
    if (c.evaluations.isEmpty())
        throw UsageError("no such evaluations in the project (run shoptuner-cli eval first)");
    const std::string format = args.get("format", "csv");
    QString text;
    if (format == "html")
        text = services::comparisonHtml(c, baselines);
    else if (format == "csv")
        text = services::comparisonCsv(c);
    else
        throw UsageError("--format must be csv or html");
    if (args.has("out")) {
        writeOutputFile(args, args.get("out"), text.toStdString());
    } else {
        std::cout << text.toStdString();
    }
    return 0;
}

} // namespace

RunFolders runFolders(const Args &args)
{
    const std::int64_t id = args.getInt("run", 0);
    store::ProjectStore project(q(args.require("project")), store::ProjectStore::OpenMode::ReadOnly);
    const std::optional<store::TrainingRun> run = store::trainingRun(project, id);
    if (!run)
        throw UsageError("the project has no training run " + std::to_string(id) + " (see shoptuner-cli stats)");
    if (run->adapterPath.isEmpty())
        throw UsageError("training run " + std::to_string(id) + " has no adapter yet (it is " + s(run->status) + ")");
    if (args.has("model") || args.has("adapter"))
        throw UsageError("--run names the model and adapter; leave out --model and --adapter");
    return {s(run->modelPath), s(run->adapterPath)};
}

engine::ExportResult exportThroughJob(const Args &args, const engine::ExportRequest &request)
{
    jobs::ExportJobParams p;
    p.projectPath = q(args.get("project"));
    p.modelDir = q(request.model.string());
    p.adapterDir = q(request.adapter.string());
    p.format = q(engine::exportFormatName(request.format));
    p.out = q(request.out.string());
    p.type = request.format == engine::ExportFormat::Merged ? q(request.mergedDtype)
                                                            : q(engine::gguf::typeName(request.ggufType)).toLower();
    p.name = q(request.name);
    if (args.has("run"))
        p.trainingRunId = args.getInt("run", 0);
    p.threads = request.threads;
    jobs::ExportJob job(p);
    if (!runJob(job))
        throw std::runtime_error("the export was stopped; nothing was written");
    engine::ExportResult result;
    for (const QString &f : job.result().files)
        result.files.push_back(s(f));
    for (const QString &v : job.result().verified)
        result.verified.push_back(s(v));
    return result;
}

void registerResultCommands(CommandRegistry &registry)
{
    const OptionSpec project {"project", true, "the project file (.shoptuner)"};
    registry.add({"eval", "score a model (and adapter) on the project's test records, as eCeLLM's evaluation does",
        {project, {"model", true, "base model folder"}, {"adapter", true, "PEFT adapter folder (default: none)"},
            {"tasks", true, "only these tasks (names or abbreviations)"},
            {"setting", true, "IND, OOD, both (default), unseen (held-back wording) or all"},
            {"limit", true, "test items per task and setting, the first ones (default: all)"},
            {"batch", true, "prompts answered together (default 8)"}, {"threads", true, "compute threads"},
            {"dtype", true,
                "auto (BF16 on a GPU or a processor with native BF16, F32 elsewhere), f32 or bf16 (default auto)"},
            {"bootstrap", true, "resamples for the 95% interval (default 1000)"},
            {"encoder", true,
                "RoBERTa folder for AG's BERTScore (default: roberta-large if installed, else ROUGE-L; none: "
                "ROUGE-L)"},
            {"out", true, "also write the report to this JSON file"}, overwriteOption()},
        withQt(evaluate)});
    registry.add({"report", "write an evaluation's report beside the published baselines (HTML or CSV)",
        {project, {"evaluation", true, "evaluation id (default: the latest finished)"},
            {"reference", true, "the model to compare with (default GPT-4 Turbo)"},
            {"format", true, "html (default) or csv"}, {"out", true, "output file"}, overwriteOption()},
        withQt(report)});
    registry.add({"compare", "several evaluations side by side, task by task, with published models (CSV or HTML)",
        {project, {"evaluations", true, "evaluation ids, e.g. 3,5 (default: every finished one)"},
            {"published", true, "published models to show, comma-separated (default GPT-4 Turbo)"},
            {"group", true, "IND, OOD or all (default)"}, {"format", true, "csv (default) or html"},
            {"out", true, "output file (default: standard output)"}, overwriteOption()},
        withQt(compare)});
}

} // namespace shoptuner::cli
