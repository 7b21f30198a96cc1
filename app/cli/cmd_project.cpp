// The project-file commands: preview a shop file, import shop files or ECInstruct JSON lines into
// a project, build the task records, export them, and show what a project holds.
#include "command.h"
#include "io_util.h"
#include "project_args.h"

#include "data/build_tasks.h"
#include "data/column_mapping.h"
#include "data/ecinstruct_io.h"
#include "data/importer.h"
#include "jobs/build_tasks_job.h"
#include "jobs/import_job.h"
#include "store/project_store.h"
#include "store/record_tables.h"
#include "store/shop_tables.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <nlohmann/json.hpp>

#include <iostream>

namespace shoptuner::cli {
namespace {

using nlohmann::json;
using store::DataKind;

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
    jobs::ImportJobParams params {q(args.require("project")), q(args.require("jsonl")), mapping};
    params.ecInstructSplits = listOption(args, "splits");
    jobs::ImportJob job(params);
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

} // namespace

void registerProjectCommands(CommandRegistry &registry)
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
    registry.add({"import-ecinstruct", "load ECInstruct records (e.g. the public benchmark) into a project",
        {project, {"jsonl", true, "ECInstruct JSON lines, or a JSON array of records (the Hub's dataset.json)"},
            {"splits", true, "only records of these splits, e.g. test (default: all)"}},
        withQt(importEcInstruct)});
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
    registry.add({"stats", "what a project file holds: imports, shop data, records per task and split", {project},
        withQt(stats)});
}

} // namespace shoptuner::cli
