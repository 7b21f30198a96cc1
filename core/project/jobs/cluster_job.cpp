#include "cluster_job.h"

#include "data/ecinstruct_io.h"
#include "store/project_store.h"
#include "store/run_tables.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace shoptuner::jobs {
namespace {

void writeText(const QString &path, const QString &text, bool executable = false)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0 || !f.commit())
        throw store::StoreError(
            QStringLiteral("%1 could not be written").arg(path), QStringLiteral("choose a folder you can write to"));
    if (executable)
        QFile::setPermissions(path, QFile::permissions(path) | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
}

QString shellQuote(const QString &s)
{
    return QLatin1Char('\'') + QString(s).replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
}

} // namespace

ClusterJobFolder writeClusterJobFolder(const QString &projectPath, const QString &modelDir,
    const services::TrainSettings &s, const QString &folder, int ranks)
{
    if (QFileInfo::exists(folder + QStringLiteral("/train.sh")))
        throw store::StoreError(
            QStringLiteral("%1 already holds a job folder").arg(folder), QStringLiteral("choose an empty folder"));
    if (!QDir().mkpath(folder))
        throw store::StoreError(QStringLiteral("%1 could not be created").arg(folder));
    ClusterJobFolder job;
    job.folder = QFileInfo(folder).absoluteFilePath();
    {
        store::ProjectStore project(projectPath);
        data::ExportFilter filter;
        filter.splits = {QStringLiteral("train"), QStringLiteral("val")};
        job.records = data::exportEcInstruct(project, folder + QStringLiteral("/data.jsonl"), filter);
    }
    if (job.records == 0)
        throw store::StoreError(
            QStringLiteral("the project has no training records yet"), QStringLiteral("build the tasks first"));
    QStringList flags = {QStringLiteral("--rank %1").arg(s.rank), QStringLiteral("--alpha %1").arg(s.alpha),
        QStringLiteral("--dropout %1").arg(s.dropout), QStringLiteral("--lr %1").arg(s.learningRate),
        QStringLiteral("--micro-batch %1").arg(s.microBatch), QStringLiteral("--max-length %1").arg(s.maxLength),
        QStringLiteral("--val-every %1").arg(s.valEvery), QStringLiteral("--save-every %1").arg(s.saveEvery),
        QStringLiteral("--patience %1").arg(s.patience), QStringLiteral("--quant %1").arg(s.quant),
        QStringLiteral("--seed %1").arg(s.seed)};
    flags << (s.maxSteps > 0 ? QStringLiteral("--max-steps %1").arg(s.maxSteps)
                             : QStringLiteral("--epochs %1").arg(s.epochs));
    // The same global batch as the plan on one machine: the accumulation is shared by the ranks.
    const int accumulation = std::max(1, s.gradAccum / std::max(1, ranks));
    job.command = QStringLiteral("shoptuner-cli train --data data.jsonl --model \"$MODEL\" --out \"$OUT\" --grad-accum "
                                 "%1 %2 --distributed")
                      .arg(accumulation)
                      .arg(flags.join(QLatin1Char(' ')));
    const QString header = QStringLiteral("MODEL=${MODEL:-%1}\nOUT=${OUT:-run}\n").arg(shellQuote(modelDir));
    writeText(folder + QStringLiteral("/train.sh"),
        QStringLiteral("#!/bin/bash\n# Made by ShopTuner: trains this shop's adapter on %1 processes.\n"
                       "# On one machine:      bash train.sh\n"
                       "# Under torchrun-style launchers (MASTER_ADDR, MASTER_PORT, RANK, WORLD_SIZE set):\n"
                       "#                      bash train.sh --rank-from-environment\n"
                       "# MODEL is the base model folder on the machine that trains (set it if it differs).\n"
                       "set -euo pipefail\ncd \"$(dirname \"$0\")\"\n%2"
                       "if [ \"${1:-}\" = --rank-from-environment ]; then\n  exec %3\nfi\n"
                       "export MASTER_ADDR=${MASTER_ADDR:-127.0.0.1} MASTER_PORT=${MASTER_PORT:-29500} WORLD_SIZE=%1\n"
                       "for RANK in $(seq 0 $((WORLD_SIZE - 1))); do\n  RANK=$RANK %3 > rank$RANK.log 2>&1 &\ndone\n"
                       "wait\necho \"Done: the adapter is in $OUT/best (import it in ShopTuner's Training page)\"\n")
            .arg(ranks)
            .arg(header, job.command),
        true);
    writeText(folder + QStringLiteral("/shoptuner-train.sbatch"),
        QStringLiteral("#!/bin/bash\n# Made by ShopTuner. Submit with: sbatch --nodes=%1 shoptuner-train.sbatch\n"
                       "#SBATCH --job-name=shoptuner-train\n#SBATCH --ntasks-per-node=1\n#SBATCH --time=12:00:00\n"
                       "set -euo pipefail\ncd \"$SLURM_SUBMIT_DIR\"\n%2"
                       "export MASTER_ADDR=$(scontrol show hostnames \"$SLURM_JOB_NODELIST\" | head -n 1)\n"
                       "export MASTER_PORT=${MASTER_PORT:-29500}\nsrun %3\n")
            .arg(ranks)
            .arg(header, job.command),
        true);
    writeText(folder + QStringLiteral("/README.txt"),
        QStringLiteral("ShopTuner training job\n======================\n\n%1 training and validation records "
                       "(data.jsonl, ECInstruct JSON lines).\n\nEvery rank runs:\n\n  %2\n\n"
                       "- On one machine with several processes: bash train.sh\n"
                       "- With torchrun-style variables already set: bash train.sh --rank-from-environment\n"
                       "- On a SLURM cluster: sbatch --nodes=%3 shoptuner-train.sbatch\n\n"
                       "Set MODEL to the base model's folder where the job runs (default: %4).\n"
                       "When it is done, bring run/best back and import it on ShopTuner's Training page "
                       "(Import adapter...).\n")
            .arg(job.records)
            .arg(job.command)
            .arg(ranks)
            .arg(modelDir));
    return job;
}

std::int64_t importTrainedAdapter(const QString &projectPath, const QString &modelDir, const QString &adapterDir)
{
    const QString config = adapterDir + QStringLiteral("/adapter_config.json");
    QFile f(config);
    if (!f.open(QIODevice::ReadOnly) || !QFileInfo::exists(adapterDir + QStringLiteral("/adapter_model.safetensors")))
        throw store::StoreError(QStringLiteral("%1 is not a LoRA adapter folder").arg(adapterDir),
            QStringLiteral("choose the folder holding adapter_config.json and adapter_model.safetensors (run/best)"));
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    if (o.value(QLatin1String("peft_type")).toString() != QLatin1String("LORA")
        || o.value(QLatin1String("r")).toInt() <= 0)
        throw store::StoreError(QStringLiteral("%1 holds no LoRA adapter (peft_type LORA with a rank)").arg(config));
    store::ProjectStore project(projectPath);
    store::TrainingRun run;
    run.modelPath = modelDir;
    run.status = QStringLiteral("finished");
    run.outputDir = QFileInfo(adapterDir).absolutePath();
    run.adapterPath = QFileInfo(adapterDir).absoluteFilePath();
    run.message = QStringLiteral("imported from %1").arg(run.adapterPath);
    services::TrainSettings settings;
    settings.rank = o.value(QLatin1String("r")).toInt();
    settings.alpha = o.value(QLatin1String("lora_alpha")).toDouble(settings.alpha);
    run.paramsJson = settings.toJson();
    return store::addTrainingRun(project, run);
}

} // namespace shoptuner::jobs
