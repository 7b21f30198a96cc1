// For training elsewhere: a ready-to-run job folder (the project's records as ECInstruct JSON
// lines, the exact train command with the project's plan, a launcher for torchrun-style
// variables and a SLURM batch script), and bringing the adapter that comes back into the
// project as a finished run, so that it can be tested, chatted with and exported.
#pragma once

#include "services/training_plan.h"

#include <QString>

#include <cstdint>

namespace shoptuner::jobs {

struct ClusterJobFolder
{
    QString folder;
    QString command; // the train command every rank runs
    qint64 records = 0;
};

// Writes into `folder` (created; it must not hold a job folder already). Throws StoreError with a
// plain message when it cannot.
ClusterJobFolder writeClusterJobFolder(const QString &projectPath, const QString &modelDir,
    const services::TrainSettings &settings, const QString &folder, int ranks = 2);

// Checks `adapterDir` is a PEFT LoRA adapter (adapter_config.json, adapter_model.safetensors) and
// records it as a finished training run of `modelDir`; returns the run id.
std::int64_t importTrainedAdapter(const QString &projectPath, const QString &modelDir, const QString &adapterDir);

} // namespace shoptuner::jobs
