// The shop-data commands: preview a file, import shop files or ECInstruct JSON lines into a
// project file, build the task records, export them, and show what a project holds.
#include "command.h"
#include "io_util.h"

#include "data/build_tasks.h"
#include "data/column_mapping.h"
#include "data/ecinstruct_io.h"
#include "data/importer.h"
#include "jobs/build_tasks_job.h"
#include "jobs/comparison.h"
#include "jobs/eval_job.h"
#include "jobs/import_job.h"
#include "jobs/report.h"
#include "store/eval_tables.h"
#include "store/project_store.h"
#include "store/record_tables.h"
#include "store/shop_tables.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <nlohmann/json.hpp>

#include <csignal>
#include <cstdio>
#include <iostream>

namespace shoptuner::cli {
namespace {

using nlohmann::json;
using store::DataKind;

std::atomic<jobs::Job *> g_job {nullptr};

// The argument as the user typed it, with bytes that are not UTF-8 shown as \xNN.
std::string typedAs(const std::string &s)
{
    const auto valid = [](const QByteArray &bytes) { return QString::fromUtf8(bytes).toUtf8() == bytes; };
    const QByteArray bytes = QByteArray::fromStdString(s);
    std::string out;
    for (qsizetype i = 0; i < bytes.size();) {
        qsizetype length = 0; // of the UTF-8 character starting at i, 0 when there is none
        for (qsizetype n = 1; n <= 4 && i + n <= bytes.size() && length == 0; ++n)
            length = valid(bytes.mid(i, n)) ? n : 0;
        if (length > 0) {
            out += bytes.mid(i, length).toStdString();
            i += length;
        } else {
            char hex[8];
            std::snprintf(hex, sizeof hex, "\\x%02x", static_cast<unsigned char>(bytes[i]));
            out += hex;
            ++i;
        }
    }
    return out;
}

// Qt holds text as UTF-16, so a file name in another encoding (a Latin-1 byte) cannot reach the
// file: refuse it by name rather than report a file that "does not exist".
QString q(const std::string &s)
{
    const QString text = QString::fromStdString(s);
    if (text.toStdString() != s)
        throw UsageError("'" + typedAs(s)
            + "' is not UTF-8 text; ShopTuner reads names and file names in UTF-8 "
              "(rename the file, e.g. with convmv, or copy it to a name without the marked bytes)");
    return text;
}

std::string s(const QString &q)
{
    return q.toStdString();
}

json strings(const QStringList &list)
{
    json out = json::array();
    for (const QString &item : list)
        out.push_back(item.toStdString());
    return out;
}

QStringList listOption(const Args &args, const std::string &name)
{
    QStringList out;
    for (const QString &item : q(args.get(name)).split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << item.trimmed();
    return out;
}

// Task names as stored: abbreviations (SA, AVE, ...) become ECInstruct's names.
QStringList taskOption(const Args &args)
{
    QStringList out;
    for (const QString &t : listOption(args, "tasks")) {
        const data::TaskBuilder *b = data::findTaskBuilder(t);
        out << (b ? b->task() : t);
    }
    return out;
}

json toJson(const QString &compactJson)
{
    return json::parse(compactJson.toStdString());
}

// Runs a job here, printing its progress as JSON lines; Ctrl+C asks it to stop.
bool runJob(jobs::Job &job)
{
    QObject::connect(&job, &jobs::Job::progress, [](const jobs::JobProgress &p) {
        std::cout << json {{"event", "progress"}, {"fraction", p.fraction}, {"message", s(p.message)}}.dump()
                  << std::endl;
    });
    g_job = &job;
    std::signal(SIGINT, [](int) {
        if (jobs::Job *j = g_job.load())
            j->requestCancel();
    });
    job.runHere();
    g_job = nullptr;
    std::signal(SIGINT, SIG_DFL);
    if (!job.error().code.isEmpty())
        throw std::runtime_error(s(job.error().message));
    return !job.isCancelRequested();
}

// The mapping for a file: --mapping (a JSON file or text, one mapping or one per kind), else the
// one saved in the project for this header, else the suggestion.
data::ColumnMapping chooseMapping(
    const Args &args, store::ProjectStore &project, DataKind kind, const data::FilePreview &preview)
{
    if (args.has("mapping")) {
        QString text = q(args.get("mapping"));
        QFile file(text);
        if (file.open(QIODevice::ReadOnly))
            text = QString::fromUtf8(file.readAll());
        const QJsonObject all = QJsonDocument::fromJson(text.toUtf8()).object();
        const QJsonValue forKind = all.value(store::dataKindName(kind));
        if (forKind.isObject())
            return data::ColumnMapping::fromJson(QString::fromUtf8(QJsonDocument(forKind.toObject()).toJson()));
        if (all.value(QLatin1String("kind")).toString() == store::dataKindName(kind))
            return data::ColumnMapping::fromJson(text);
    }
    return data::proposeMapping(project, kind, preview);
}

int importFiles(const Args &args)
{
    const QString projectPath = q(args.require("project"));
    const std::vector<std::pair<std::string, DataKind>> kinds
        = {{"catalog", DataKind::Catalog}, {"reviews", DataKind::Reviews}, {"questions", DataKind::Questions},
            {"searches", DataKind::Searches}, {"orders", DataKind::Orders}};
    bool any = false;
    for (const auto &[option, kind] : kinds) {
        if (!args.has(option))
            continue;
        any = true;
        const QString path = q(args.get(option));
        const data::FilePreview preview = data::previewFile(path, 200);
        data::ColumnMapping mapping;
        {
            store::ProjectStore project(projectPath, store::ProjectStore::OpenMode::CreateIfMissing);
            mapping = chooseMapping(args, project, kind, preview);
        }
        const QStringList problems = mapping.problems(preview.columns);
        if (!problems.isEmpty()) {
            std::cerr << s(path) << ": the column mapping needs your help:\n";
            for (const QString &p : problems)
                std::cerr << "  - " << s(p) << "\n";
            std::cerr << "columns: " << s(preview.columns.join(QStringLiteral(", "))) << "\n"
                      << "suggested mapping (edit it and pass it with --mapping):\n"
                      << s(mapping.toJson()) << "\n";
            return 1;
        }
        jobs::ImportJob job({projectPath, path, mapping});
        if (!runJob(job)) {
            std::cerr << "import of " << s(path) << " stopped; nothing from it was kept\n";
            return 130;
        }
        const auto &r = job.result();
        for (const data::FileIssue &i : r.issues.mid(0, 20))
            std::cerr << (i.severity == data::FileIssue::Severity::Error ? "skipped: " : "warning: ") << s(i.toString())
                      << "\n";
        if (r.issueCount > 20)
            std::cerr << "... and " << r.issueCount - 20 << " more problems\n";
        std::cout << json {{"event", "imported"}, {"kind", option}, {"file", s(path)}, {"rows", r.rows},
            {"skipped", r.skipped}, {"issues", r.issueCount}, {"format", s(r.format)},
            {"mapping", toJson(mapping.toJson())}, {"products", r.products}, {"variant_rows", r.variantRows},
            {"linked", r.linked}, {"unlinked", r.unlinked}, {"unlinked_examples", strings(r.unlinkedExamples)}}
                         .dump()
                  << std::endl;
    }
    if (!any)
        throw UsageError("give at least one of --catalog, --reviews, --questions, --searches, --orders");
    return 0;
}

int importEcInstruct(const Args &args)
{
    data::ColumnMapping mapping;
    mapping.kind = DataKind::EcInstruct;
    jobs::ImportJob job({q(args.require("project")), q(args.require("jsonl")), mapping});
    if (!runJob(job))
        return 130;
    std::cout << json {{"event", "imported"}, {"kind", "ecinstruct"}, {"records", job.result().rows}}.dump()
              << std::endl;
    return 0;
}

int preview(const Args &args)
{
    const data::FilePreview p = data::previewFile(q(args.require("file")), int(args.getInt("rows", 5)));
    std::optional<DataKind> kind
        = args.has("kind") ? store::dataKindFromName(q(args.get("kind"))) : data::guessDataKind(p.columns, p.rows);
    if (args.has("kind") && !kind)
        throw UsageError("--kind must be catalog, reviews, questions, searches or orders");
    json rows = json::array();
    for (const QStringList &r : p.rows) {
        json row = json::array();
        for (const QString &v : r)
            row.push_back(s(v));
        rows.push_back(row);
    }
    json out = {{"format", s(p.format.describe())}, {"rows", rows}};
    out["columns"] = json::array();
    for (const QString &c : p.columns)
        out["columns"].push_back(s(c));
    if (kind) {
        const auto m = data::suggestMapping(*kind, p.columns, p.rows);
        out["kind"] = s(store::dataKindName(*kind));
        out["mapping"] = toJson(m.toJson());
        json problems = json::array();
        for (const QString &pr : m.problems(p.columns))
            problems.push_back(s(pr));
        out["mapping_problems"] = problems;
    }
    std::cout << out.dump() << std::endl;
    return 0;
}

int buildTasks(const Args &args)
{
    jobs::BuildTasksJobParams p;
    p.projectPath = q(args.require("project"));
    p.build.tasks = listOption(args, "tasks");
    p.build.oodCategories = listOption(args, "ood-categories");
    p.build.oodAttributes = listOption(args, "ood-attributes");
    p.build.seed = quint64(args.getInt("seed", 42));
    p.build.valFraction = args.getDouble("val-fraction", 0.1);
    p.build.testFraction = args.getDouble("test-fraction", 0.1);
    p.build.unseenInstructionTests = !args.has("no-unseen");
    for (const QString &pair : listOption(args, "search-labels")) {
        // "purchased=E,added=C,clicked=S,shown=I"
        const QStringList kv = pair.split(QLatin1Char('='));
        const QString label = kv.value(1).trimmed().toUpper();
        if (kv.size() != 2 || label.size() != 1 || !QStringLiteral("ESCI").contains(label))
            throw UsageError(
                "--search-labels takes behaviour=label pairs with labels E, S, C or I, e.g. purchased=E,added=C");
        QChar *target = kv[0] == QLatin1String("purchased") ? &p.build.searchLabels.purchased
            : kv[0] == QLatin1String("added")               ? &p.build.searchLabels.added
            : kv[0] == QLatin1String("clicked")             ? &p.build.searchLabels.clicked
            : kv[0] == QLatin1String("shown")               ? &p.build.searchLabels.shownOnly
                                                            : nullptr;
        if (!target)
            throw UsageError("--search-labels knows purchased, added, clicked and shown, not " + s(kv[0]));
        *target = label[0];
    }
    if (p.build.valFraction < 0 || p.build.testFraction < 0 || p.build.valFraction + p.build.testFraction >= 0.9)
        throw UsageError("--val-fraction and --test-fraction must be >= 0 and leave most records for training");
    jobs::BuildTasksJob job(p);
    if (!runJob(job))
        return 130;
    const data::BuildReport &r = job.result();
    for (const data::TaskReport &t : r.tasks) {
        std::cerr << s(t.abbreviation) << "\t";
        if (!t.available) {
            std::cerr << "not built: " << s(t.reason) << "\n";
            continue;
        }
        for (auto it = t.counts.begin(); it != t.counts.end(); ++it)
            std::cerr << s(it.key()) << " " << it.value() << "  ";
        std::cerr << "\n";
        for (const QString &w : t.warnings)
            std::cerr << "\twarning: " << s(w) << "\n";
    }
    json report = toJson(r.toJson());
    report["event"] = "built";
    std::cout << report.dump() << std::endl;
    return 0;
}

int exportDataset(const Args &args)
{
    refuseExistingOutput(args, args.require("out"));
    store::ProjectStore project(q(args.require("project")), store::ProjectStore::OpenMode::ReadOnly);
    const qint64 n = data::exportEcInstruct(
        project, q(args.require("out")), {taskOption(args), listOption(args, "splits"), listOption(args, "settings")});
    std::cout << json {{"event", "exported"}, {"out", args.require("out")}, {"records", n}}.dump() << std::endl;
    return 0;
}

int stats(const Args &args)
{
    store::ProjectStore project(q(args.require("project")), store::ProjectStore::OpenMode::ReadOnly);
    json imports = json::array();
    for (const store::ImportInfo &i : store::listImports(project))
        imports.push_back(
            {{"id", i.id}, {"kind", s(store::dataKindName(i.kind))}, {"file", s(i.fileName)}, {"rows", i.rowCount},
                {"skipped", i.skippedCount}, {"format", s(i.encoding)}, {"imported_at", s(i.importedAt)}});
    const store::ShopCounts c = store::shopCounts(project);
    json records = json::array();
    for (const store::RecordCount &rc : store::recordCounts(project))
        records.push_back(
            {{"task", s(rc.task)}, {"setting", s(rc.setting)}, {"split", s(rc.split)}, {"count", rc.count}});
    json out = {{"project", args.require("project")}, {"schema_version", project.schemaVersion()}, {"imports", imports},
        {"shop",
            {{"products", c.products}, {"reviews", c.reviews}, {"questions", c.questions},
                {"search_events", c.searchEvents}, {"order_lines", c.orderLines}}},
        {"records", records}};
    if (const auto build = store::latestTaskBuild(project))
        out["latest_build"]
            = {{"created_at", s(build->createdAt)}, {"seed", build->seed}, {"params", toJson(build->paramsJson)}};
    std::cout << out.dump() << std::endl;
    return 0;
}

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
    const jobs::Baselines baselines = jobs::bundledBaselines();
    const QString reference = q(args.get("reference", "GPT-4 Turbo"));
    if (!baselines.models.contains(reference))
        throw UsageError("--reference must be one of: " + s(baselines.models.join(QStringLiteral(", "))));
    const jobs::Report r = jobs::buildReport(project, args.getInt("evaluation", 0), baselines, reference);
    if (r.evaluationId == 0)
        throw UsageError("the project has no finished evaluation yet (run shoptuner-cli eval first)");
    const std::string format = args.get("format", "html");
    QString text;
    if (format == "html")
        text = jobs::reportHtml(r, baselines);
    else if (format == "csv")
        text = jobs::reportCsv(r, baselines);
    else
        throw UsageError("--format must be html or csv");
    writeOutputFile(args, args.require("out"), text.toStdString());
    const bool finished = r.state == jobs::EvaluationState::Finished;
    if (!finished)
        std::cerr << "warning: evaluation " << r.evaluationId << " is " << s(jobs::evaluationStateText(r.state))
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
    const jobs::Baselines baselines = jobs::bundledBaselines();
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
    const jobs::Comparison c = jobs::buildComparison(
        project, ids, baselines, published, group == "all" ? QString() : QString::fromStdString(group));
    if (c.evaluations.isEmpty())
        throw UsageError("no such evaluations in the project (run shoptuner-cli eval first)");
    const std::string format = args.get("format", "csv");
    QString text;
    if (format == "html")
        text = jobs::comparisonHtml(c, baselines);
    else if (format == "csv")
        text = jobs::comparisonCsv(c);
    else
        throw UsageError("--format must be csv or html");
    if (args.has("out")) {
        writeOutputFile(args, args.get("out"), text.toStdString());
    } else {
        std::cout << text.toStdString();
    }
    return 0;
}

// Qt's SQL plug-ins want an application object; the data commands make one.
std::function<int(const Args &)> withQt(int (*run)(const Args &))
{
    return [run](const Args &args) {
        int argc = 1;
        char name[] = "shoptuner-cli";
        char *argv[] = {name, nullptr};
        QCoreApplication app(argc, argv);
        try {
            return run(args);
        } catch (const data::ImportError &e) {
            std::cerr << "shoptuner-cli: " << e.what() << "\n";
            return 1;
        } catch (const store::StoreError &e) {
            std::cerr << "shoptuner-cli: " << e.what() << "\n";
            return 1;
        }
    };
}

} // namespace

void registerDataCommands(CommandRegistry &registry)
{
    const OptionSpec project {"project", true, "the project file (.shoptuner)"};
    registry.add({"preview", "show a shop file's format, columns, first rows and suggested column mapping",
        {{"file", true, "CSV, TSV, JSON or JSON lines"},
            {"kind", true, "catalog, reviews, questions, searches or orders (default: guessed)"},
            {"rows", true, "rows to show (default 5)"}},
        withQt(preview)});
    registry.add({"import", "import shop files into a project file (created if missing), one transaction per file",
        {project, {"catalog", true, "products file"}, {"reviews", true, "reviews file"},
            {"questions", true, "questions and answers file"}, {"searches", true, "search log file"},
            {"orders", true, "orders or sessions file"},
            {"mapping", true, "column mapping: JSON text or file, one mapping or {\"catalog\": {...}, ...}"}},
        withQt(importFiles)});
    registry.add({"import-ecinstruct", "load ECInstruct JSON lines (e.g. the public benchmark) into a project",
        {project, {"jsonl", true, "ECInstruct JSON lines"}}, withQt(importEcInstruct)});
    registry.add({"build-tasks", "build ECInstruct-style records for the ten tasks from the imported shop data",
        {project, {"tasks", true, "comma-separated task names or abbreviations (default: all the data supports)"},
            {"ood-categories", true, "categories held out for the out-of-domain test set"},
            {"ood-attributes", true, "attributes held out for the attribute-extraction OOD test set"},
            {"seed", true, "seed for splits and sampling (default 42)"},
            {"val-fraction", true, "share of products for validation (default 0.1)"},
            {"test-fraction", true, "share of products for testing (default 0.1)"},
            {"no-unseen", false, "do not add test records with the held-back instruction wording"},
            {"search-labels", true,
                "relevance of search behaviour: purchased=E,added=S,clicked=S,shown=I (E exact, S substitute, "
                "C complement, I irrelevant; these are the defaults)"}},
        withQt(buildTasks)});
    registry.add({"export-dataset", "write the project's records as ECInstruct JSON lines",
        {project, {"out", true, "output file (.jsonl)"}, {"tasks", true, "only these tasks"},
            {"splits", true, "only these splits (train,val,test)"}, {"settings", true, "only these settings"},
            overwriteOption()},
        withQt(exportDataset)});
    registry.add({"eval", "score a model (and adapter) on the project's test records, as eCeLLM's evaluation does",
        {project, {"model", true, "base model folder"}, {"adapter", true, "PEFT adapter folder (default: none)"},
            {"tasks", true, "only these tasks (names or abbreviations)"},
            {"setting", true, "IND, OOD, both (default), unseen (held-back wording) or all"},
            {"limit", true, "test items per task and setting, the first ones (default: all)"},
            {"batch", true, "prompts answered together (default 8)"}, {"threads", true, "compute threads"},
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
    registry.add({"stats", "what a project file holds: imports, shop data, records per task and split", {project},
        withQt(stats)});
}

} // namespace shoptuner::cli
