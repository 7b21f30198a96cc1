// The trainer's checkpoints: what a killed run resumes from (adapter, optimizer, random state and
// step), the fingerprint of the settings, base model and data it started with, and the rule that
// a folder holding a run is not trained into again unless asked. Include only from engine sources
// (torch).
#pragma once

#include "engine/formats/peft_adapter.h"
#include "engine/train/instruction_data.h"
#include "engine/train/trainer.h"

#include <nlohmann/json.hpp>
#include <torch/optim/adamw.h>

#include <cmath>
#include <filesystem>
#include <string>
#include <vector>

namespace shoptuner::engine {

class LlamaForCausalLMImpl;

struct TrainerState
{
    std::int64_t step = 0;
    double bestValLoss = std::nan("");
    int badValidations = 0;
    double trainingSeconds = 0; // time spent training up to this state, over every session of the run
};

// What must be the same for a checkpoint to continue: the settings that shape the run, a
// fingerprint of the base model's weights and one of the records.
nlohmann::json settingsFingerprint(const TrainParams &p, std::size_t trainExamples, std::int64_t microBatchesPerStep,
    const std::string &baseModel, const std::string &data);
std::string recordsFingerprint(const std::vector<InstructionRecord> &records);

// Writes <dir>.partial, then swaps it in for <dir>; on any failure the partial folder is removed,
// the previous checkpoint stays, and an EngineError says so.
void saveCheckpoint(LlamaForCausalLMImpl &model, torch::optim::AdamW &optimizer, const PeftAdapterConfig &adapter,
    const TrainerState &state, const nlohmann::json &fingerprint, const std::filesystem::path &dir);
// Loads the checkpoint into the model, optimizer and random generator; an EngineError names the
// setting, model or data that differs, a FormatError the damaged file.
TrainerState loadCheckpoint(LlamaForCausalLMImpl &model, torch::optim::AdamW &optimizer,
    const nlohmann::json &fingerprint, const std::filesystem::path &dir);

// Refuses (EngineError) a folder that already holds a run's adapter, best adapter or checkpoint,
// or with `overwrite` deletes them.
void clearOrRefuseEarlierRun(const std::filesystem::path &outDir, bool overwrite);

} // namespace shoptuner::engine
