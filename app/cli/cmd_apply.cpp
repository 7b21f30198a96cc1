// The command that puts a tuned model to work on the shop's data (apply): fill missing
// attributes, triage reviews, ... as the app's "Put it to work" page does, with progress as JSON
// lines on stderr; the suggestions at or above a confidence are accepted and exported.
#include "command.h"
#include "io_util.h"
#include "project_args.h"

#include "jobs/work_job.h"
#include "services/work/work_export.h"
#include "store/project_store.h"
#include "store/work_tables.h"

#include <QDate>

#include <nlohmann/json.hpp>

#include <iostream>

namespace shoptuner::cli {
namespace {

using nlohmann::json;

// Accepts every pending suggestion of the job at or above the confidence (the owner's review,
// for a script).
int acceptAbove(store::ProjectStore &project, std::int64_t jobId, double threshold)
{
    int accepted = 0;
    store::Transaction tx(project);
    for (const store::Suggestion &s : store::suggestions(project, jobId))
        if (s.decision == store::Suggestion::Decision::Pending && s.confidence.value_or(0) >= threshold) {
            store::setDecision(project, s.id, store::Suggestion::Decision::Accepted, s.edited);
            ++accepted;
        }
    tx.commit();
    return accepted;
}

int apply(const Args &args)
{
    const std::string out = args.require("out");
    refuseExistingOutput(args, out); // before the job, not after an hour of it
    bool number = true;
    const double threshold = args.has("accept-above") ? q(args.get("accept-above")).toDouble(&number) : 0.0;
    if (!number || threshold < 0 || threshold > 1)
        throw UsageError("--accept-above must be a confidence from 0 to 1");
    std::int64_t jobId = args.getInt("export", 0);
    json summary = {{"event", "applied"}};
    if (jobId == 0) {
        jobs::WorkJobParams p;
        p.projectPath = q(args.require("project"));
        p.resumeJobId = args.getInt("resume", 0);
        if (!p.resumeJobId) {
            p.kind = q(args.require("job"));
            if (!services::workKind(p.kind))
                throw UsageError("--job must be one of: " + s(services::workKindNames().join(QStringLiteral(", "))));
            p.modelDir = q(args.require("model"));
            p.adapterDir = q(args.get("adapter"));
        }
        p.options.onlyNew = args.has("only-new");
        p.options.since = q(args.get("since"));
        p.options.withoutStars = args.has("without-stars");
        p.options.limit = int(args.getInt("limit", 0));
        p.batch = int(args.getInt("batch", 8));
        p.threads = int(args.getInt("threads", 0));
        if (p.batch < 1 || p.options.limit < 0)
            throw UsageError("--batch must be >= 1 and --limit >= 0");
        if (!p.options.since.isEmpty() && !QDate::fromString(p.options.since, Qt::ISODate).isValid())
            throw UsageError("--since must be a date such as 2026-11-30");
        if (const services::WorkKind *kind = services::workKind(p.kind)) {
            if (!p.options.since.isEmpty() && !(kind->filters() & services::WorkKind::ByDate))
                throw UsageError("--since is for triage-reviews and draft-answers");
            if (p.options.withoutStars && !(kind->filters() & services::WorkKind::WithoutStars))
                throw UsageError("--without-stars is for triage-reviews");
        }
        jobs::WorkJob job(p);
        RunJobOptions options;
        options.progressOnStderr = true;
        const bool finished = runJob(job, options);
        const jobs::WorkJobResult &r = job.result();
        jobId = r.jobId;
        summary["job_id"] = r.jobId;
        summary["asked"] = r.prompts;
        summary["suggestions"] = r.suggestions;
        summary["unusable_answers"] = r.unusable;
        summary["seconds"] = r.seconds;
        summary["rows_per_second"] = r.promptsPerSecond();
        if (!finished) {
            std::cerr << "stopped; the answers so far are kept: --resume " << jobId << " continues\n";
            std::cout << summary.dump() << std::endl;
            return 130;
        }
    }
    store::ProjectStore project(q(args.require("project")));
    summary["job_id"] = jobId;
    summary["accepted_now"] = acceptAbove(project, jobId, threshold);
    services::WorkExportOptions options;
    options.writeChanged = args.has("force");
    options.sourceOverride = q(args.get("source"));
    try {
        const services::WorkExportResult e = services::exportWork(project, jobId, q(out), options);
        summary["files"] = strings(e.files);
        summary["accepted"] = e.accepted;
        summary["written"] = e.written;
        summary["notes"] = strings(e.notes);
    } catch (const services::SourceChanged &e) {
        throw UsageError(e.missing()
                ? "the imported file " + s(e.path()) + " is no longer there; give it with --source FILE"
                : "the imported file " + s(e.path())
                    + " changed since it was imported; --force writes it anyway, --source FILE reads another copy");
    }
    std::cout << summary.dump() << std::endl;
    return 0;
}

} // namespace

void registerApplyCommands(CommandRegistry &registry)
{
    registry.add({"apply",
        "put a tuned model to work on the project's shop data (fill-attributes, triage-reviews, draft-answers, "
        "duplicates, search-ranking) and export the suggestions",
        {{"project", true, "the project file (.shoptuner)"},
            {"job", true, "fill-attributes, triage-reviews, draft-answers, duplicates or search-ranking"},
            {"model", true, "base model folder"},
            {"adapter", true, "PEFT adapter folder, e.g. a run's best/ (default: none)"},
            {"only-new", false, "only rows no earlier job of this kind has looked at"},
            {"since", true, "triage-reviews, draft-answers: only reviews or questions from this date on (YYYY-MM-DD)"},
            {"without-stars", false, "triage-reviews: only reviews without a star rating"},
            {"limit", true, "ask about at most this many rows (default: all)"},
            {"batch", true, "prompts answered together (default 8)"}, {"threads", true, "compute threads"},
            {"resume", true, "continue job N, stopped or killed before it finished"},
            {"export", true, "only export job N's suggestions (as reviewed in the app)"},
            {"accept-above", true, "accept pending suggestions with at least this confidence, 0 to 1 (default 0)"},
            {"source", true, "fill-attributes: the catalog file to write from, if it moved since the import"},
            {"force", false, "write even though the imported catalog changed since the import"},
            {"out", true, "output CSV (fill-attributes: the updated catalog; its change list goes beside it)"},
            overwriteOption()},
        withQt(apply)});
}

} // namespace shoptuner::cli
