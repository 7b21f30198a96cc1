// train: fine-tune a LoRA adapter on ECInstruct JSON lines, printing one JSON object per event.
#include "command.h"

#include "engine/train/trainer.h"

#ifdef SHOPTUNER_WITH_PROJECT
#include "jobs/train_job.h"
#include "project_args.h"
#include "store/project_store.h"
#include "store/run_tables.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QThread>
#endif

#include <nlohmann/json.hpp>

#include <cmath>
#include <csignal>
#include <iostream>
#include <sstream>

namespace shoptuner::cli {
namespace {

using engine::TrainEvent;
using nlohmann::json;

std::atomic<bool> g_stop {false};

void onStopSignal(int)
{
    g_stop = true;
}

std::vector<std::string> splitList(const std::string &text)
{
    std::vector<std::string> out;
    std::stringstream in(text);
    for (std::string item; std::getline(in, item, ',');) {
        if (!item.empty())
            out.push_back(item);
    }
    return out;
}

json number(double v)
{
    return std::isfinite(v) ? json(v) : json(nullptr);
}

void printEvent(const TrainEvent &e)
{
    json j;
    switch (e.kind) {
    case TrainEvent::Kind::Step:
        j = {{"event", "step"}, {"step", e.step}, {"total_steps", e.totalSteps}, {"epoch", e.epoch},
            {"loss", number(e.loss)}, {"lr", e.learningRate}, {"tokens_per_s", e.tokensPerSecond},
            {"padding_fraction", e.paddingFraction}, {"eta_s", e.etaSeconds}, {"peak_rss_bytes", e.peakMemoryBytes}};
        break;
    case TrainEvent::Kind::Eval:
        j = {{"event", "eval"}, {"step", e.step}, {"val_loss", number(e.valLoss)}};
        break;
    case TrainEvent::Kind::Checkpoint:
        j = {{"event", "checkpoint"}, {"step", e.step}, {"path", e.path}};
        break;
    case TrainEvent::Kind::Warning:
        std::cerr << "warning: " << e.message << "\n";
        j = {{"event", "warning"}, {"message", e.message}};
        break;
    case TrainEvent::Kind::Done:
        j = {{"event", "done"}, {"step", e.step}, {"best_val_loss", number(e.valLoss)}, {"adapter", e.path}};
        break;
    }
    std::cout << j.dump() << std::endl;
}

engine::TrainParams trainParamsFrom(const Args &args)
{
    engine::TrainParams p; // the defaults: the one definition the app's settings start from too
    p.quant = args.get("quant", p.quant);
    p.dtype = args.get("dtype", p.dtype);
    p.device = args.get("device", p.device);
    p.threads = static_cast<int>(args.getInt("threads", p.threads));
    p.lora.rank = args.getInt("rank", p.lora.rank);
    p.lora.alpha = args.getDouble("alpha", p.lora.alpha);
    p.lora.dropout = args.getDouble("dropout", p.lora.dropout);
    p.lora.rsLora = args.has("rslora");
    if (args.has("target-modules"))
        p.lora.targetModules = splitList(args.get("target-modules"));
    p.learningRate = args.getDouble("lr", p.learningRate);
    p.epochs = static_cast<int>(args.getInt("epochs", p.epochs));
    p.maxSteps = args.getInt("max-steps", p.maxSteps);
    p.microBatch = static_cast<int>(args.getInt("micro-batch", p.microBatch));
    p.gradAccum = static_cast<int>(args.getInt("grad-accum", p.gradAccum));
    p.maxLength = args.getInt("max-length", p.maxLength);
    p.valEvery = args.getInt("val-every", p.valEvery);
    p.maxValExamples = args.getInt("max-val-examples", p.maxValExamples);
    p.saveEvery = args.getInt("save-every", p.saveEvery);
    p.seed = static_cast<std::uint64_t>(args.getInt("seed", static_cast<long long>(p.seed)));
    p.warmupRatio = args.getDouble("warmup-ratio", p.warmupRatio);
    p.weightDecay = args.getDouble("weight-decay", p.weightDecay);
    p.patience = static_cast<int>(args.getInt("patience", p.patience));
    p.resume = args.has("resume");
    p.overwrite = args.has("overwrite");
    if (p.resume && p.overwrite)
        throw UsageError("give --resume or --overwrite, not both");
    p.gradientCheckpointing = args.get("gradient-checkpointing", "auto");
    if (args.has("distributed"))
        p.distributed = engine::distributedFromEnvironment();
    return p;
}

#ifdef SHOPTUNER_WITH_PROJECT
// A run on a project's records goes through the app's training job, so it is recorded in the
// project (run, settings, loss curve) and shows in the app's run history; --resume continues the
// project's run that trains into --out.
int trainProject(const Args &args)
{
    const engine::TrainParams p = trainParamsFrom(args);
    if (p.distributed.enabled())
        throw UsageError("--distributed trains from --data; a --project run is one process");
    jobs::TrainJobParams params;
    params.projectPath = QString::fromStdString(args.get("project"));
    params.modelDir = QString::fromStdString(args.require("model"));
    params.outDir = QFileInfo(QString::fromStdString(args.require("out"))).absoluteFilePath();
    for (const std::string &t : splitList(args.get("tasks")))
        params.tasks << QString::fromStdString(t);
    params.settings = services::TrainSettings::fromEngine(p);
    if (p.threads == 0) // the CLI's rule: one thread per core (the app leaves one to its window)
        params.settings.threads = std::max(1, QThread::idealThreadCount());
    params.overwrite = p.overwrite;
    if (p.resume) {
        store::ProjectStore project(params.projectPath);
        for (const store::TrainingRun &run : store::listTrainingRuns(project)) {
            if (QDir::cleanPath(run.outputDir) == QDir::cleanPath(params.outDir)) {
                params.runId = run.id;
                break;
            }
        }
        if (params.runId == 0)
            throw UsageError("the project has no run training into " + params.outDir.toStdString()
                + " to resume; leave out --resume to start one");
    }
    jobs::TrainJob job(params);
    QObject::connect(&job, &jobs::TrainJob::updated, [](const TrainEvent &e) { printEvent(e); });
    // Ctrl+C pauses at a checkpoint, resumable as the app's Pause; an error is thrown with its
    // code, for main() to print with the flags that act on it.
    runJob(job, {[](jobs::Job &j) { static_cast<jobs::TrainJob &>(j).requestPause(); }, false});
    const jobs::TrainJobResult &r = job.result();
    std::cerr << r.status.toStdString() << " after " << r.steps << " steps on " << r.device.toStdString()
              << "; adapter: " << r.adapter.toStdString() << "; run " << r.runId << " in "
              << params.projectPath.toStdString() << "\n";
    std::cout << json {{"event", "run"}, {"run_id", r.runId}, {"status", r.status.toStdString()},
        {"project", params.projectPath.toStdString()}}
                     .dump()
              << std::endl;
    return job.outcome() == jobs::Job::Outcome::Cancelled ? 130 : 0;
}
#endif

int train(const Args &args)
{
#ifdef SHOPTUNER_WITH_PROJECT
    if (args.has("project")) {
        if (args.has("data"))
            throw UsageError("give --data or --project, not both");
        return withQt(trainProject)(args);
    }
#endif
    const engine::TrainParams p = trainParamsFrom(args);
    if (args.has("tasks"))
        throw UsageError("--tasks goes with --project");
    const engine::JsonlRecordSource source(args.require("data"));
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    const engine::TrainResult r
        = engine::trainLora(args.require("model"), source, args.require("out"), p, printEvent, &g_stop);
    std::cerr << (r.cancelled ? "stopped" : "finished") << " after " << r.steps << " steps on " << r.device << " ("
              << r.deviceReason << "); adapter: " << r.adapter.string() << "\n";
    if (r.worldSize > 1 && p.distributed.rank == 0)
        std::cout << nlohmann::json {{"event", "distributed"}, {"world_size", r.worldSize},
            {"backend", r.distributedBackend}, {"replicas_identical", r.replicasIdentical},
            {"allreduce_bytes_per_step", r.allReduceBytes}, {"allreduce_seconds_per_step", r.allReduceSeconds}}
                         .dump()
                  << std::endl;
    if (!r.replicasIdentical)
        return 1;
    return r.cancelled ? 130 : 0;
}

} // namespace

// "(default 8)": the help shows the engine's defaults, so it cannot drift from them.
template <typename T> std::string byDefault(T value)
{
    std::ostringstream text;
    text << "(default " << value << ")";
    return text.str();
}

void registerTrainCommands(CommandRegistry &registry)
{
    const engine::TrainParams d;
    registry.add({"train", "fine-tune a LoRA adapter (QLoRA by default) on ECInstruct JSON lines",
        {{"data", true, "ECInstruct JSON lines; records with split \"val\" validate"},
            {"project", true, "train on a project file's records instead of --data"},
            {"tasks", true, "with --project: only these tasks (names or abbreviations)"},
            {"model", true, "base model folder"}, {"out", true, "output folder (adapter, best, checkpoint)"},
            {"quant", true, "nf4 or none " + byDefault(d.quant)},
            {"dtype", true,
                "auto (BF16 on a GPU or a processor with native BF16, F32 elsewhere), f32 or bf16 "
                    + byDefault(d.dtype)},
            {"device", true, "auto, cpu or cuda " + byDefault(d.device)},
            {"threads", true, "compute threads (default: one per core)"},
            {"rank", true, "LoRA rank " + byDefault(d.lora.rank)},
            {"alpha", true, "LoRA alpha " + byDefault(d.lora.alpha)},
            {"dropout", true, "LoRA dropout " + byDefault(d.lora.dropout)},
            {"rslora", false, "scale by alpha/sqrt(rank) (rsLoRA)"},
            {"target-modules", true, "comma-separated (default q,k,v,o,gate,up,down _proj)"},
            {"lr", true, "peak learning rate " + byDefault(d.learningRate)},
            {"epochs", true, "passes over the data " + byDefault(d.epochs)},
            {"max-steps", true, "optimizer steps instead of epochs"},
            {"micro-batch", true, "examples per forward pass " + byDefault(d.microBatch)},
            {"grad-accum", true, "micro-batches per optimizer step " + byDefault(d.gradAccum)},
            {"max-length", true, "tokens per example " + byDefault(d.maxLength)},
            {"val-every", true, "steps between validations " + byDefault(d.valEvery)},
            {"max-val-examples", true,
                "validate on a fixed sample of this many (0: all) " + byDefault(d.maxValExamples)},
            {"save-every", true, "steps between checkpoints " + byDefault(d.saveEvery)},
            {"seed", true, "seed for data order, dropout and initialisation " + byDefault(d.seed)},
            {"warmup-ratio", true, "fraction of steps for linear warm-up " + byDefault(d.warmupRatio)},
            {"weight-decay", true, "AdamW weight decay " + byDefault(d.weightDecay)},
            {"patience", true,
                "stop after this many validations without improvement (0: never) " + byDefault(d.patience)},
            {"gradient-checkpointing", true,
                "auto, on or off: recompute each decoder layer in backward, far less memory for a few "
                "percent of speed (default auto: with --project as the plan decides on this computer, "
                "with --data on models of 1B parameters or more)"},
            {"resume", false, "continue the run checkpointed in --out"},
            {"overwrite", false, "replace the run in --out (its adapter, best adapter and checkpoint)"},
            {"distributed", false,
                "data-parallel over several processes: reads RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT (as torchrun "
                "sets them; SLURM_PROCID/SLURM_NTASKS too); each rank does --grad-accum micro-batches of a step; "
                "SHOPTUNER_DIST_TIMEOUT seconds (default 300) before a silent peer ends the run; "
                "SHOPTUNER_DIST_BACKEND auto (NCCL between GPUs, else Gloo), gloo or nccl"}},
        train});
}

} // namespace shoptuner::cli
