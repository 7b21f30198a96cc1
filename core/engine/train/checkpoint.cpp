#include "engine/train/checkpoint.h"

#include "engine/base/atomic_file.h"
#include "engine/base/error.h"
#include "engine/base/fingerprint.h"
#include "engine/base/input_file.h"
#include "engine/formats/safetensors.h"
#include "engine/formats/tensor_io.h"
#include "engine/model/lora.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <sstream>

namespace shoptuner::engine {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

constexpr int kStateFormat = 1;

// Why a checkpoint cannot continue: the one setting or input that differs, in words.
void requireSameStart(const json &saved, const json &now)
{
    const std::string hint = "resume with the same base model, data and settings, or start a new run in another folder";
    for (auto it = now.begin(); it != now.end(); ++it) {
        if (!saved.contains(it.key()))
            continue; // a checkpoint from before this setting was recorded
        const json &was = saved[it.key()];
        if (was == it.value())
            continue;
        if (it.key() == "base_model")
            throw EngineError(
                "cannot resume: the base model's weights are not the ones the interrupted run started from", hint);
        if (it.key() == "data")
            throw EngineError("cannot resume: the training data changed since the interrupted run started "
                              "(same number of records, different content)",
                hint);
        throw EngineError("cannot resume: setting '" + it.key() + "' was " + was.dump()
                + " in the interrupted run and is " + it.value().dump() + " now",
            hint);
    }
}

void writeCheckpointFiles(LlamaForCausalLMImpl &model, torch::optim::AdamW &optimizer, const PeftAdapterConfig &adapter,
    const TrainerState &state, const json &fingerprint, const fs::path &temp)
{
    fs::create_directories(temp);
    savePeftAdapter(model, adapter, temp);
    // Serialised in memory first: libtorch's file writer aborts the process when the disk fills
    // (it throws from a destructor); AtomicFile reports it as an error instead.
    std::ostringstream optimizerBytes;
    torch::save(optimizer, optimizerBytes);
    writeFileAtomically(temp / "optimizer.pt", std::move(optimizerBytes).str());
    const torch::Tensor rng = at::detail::getDefaultCPUGenerator().get_state();
    saveTensors(temp / "rng.safetensors", {{"cpu", rng}});
    const json j = {{"format_version", kStateFormat}, {"step", state.step},
        {"best_val_loss", std::isnan(state.bestValLoss) ? json(nullptr) : json(state.bestValLoss)},
        {"bad_validations", state.badValidations}, {"training_seconds", state.trainingSeconds},
        {"settings", fingerprint}};
    writeFileAtomically(temp / "trainer_state.json", j.dump(2) + "\n");
}

} // namespace

// "grad_accum" is the step's micro-batches over all ranks, so a run resumes with another number of
// ranks as long as ranks x gradAccum stays the same.
// "base_model" and "data" fingerprint what the run learns from: a resumed run on other weights
// of the same shape, or on records whose answers changed, would silently train something else.
json settingsFingerprint(const TrainParams &p, std::size_t trainExamples, std::int64_t microBatchesPerStep,
    const std::string &baseModel, const std::string &data)
{
    return {{"quant", p.quant}, {"rank", p.lora.rank}, {"alpha", p.lora.alpha}, {"targets", p.lora.targetModules},
        {"learning_rate", p.learningRate}, {"micro_batch", p.microBatch}, {"grad_accum", microBatchesPerStep},
        {"max_length", p.maxLength}, {"seed", p.seed}, {"train_examples", trainExamples}, {"base_model", baseModel},
        {"data", data}};
}

std::string recordsFingerprint(const std::vector<InstructionRecord> &records)
{
    Fnv1a64 hash;
    for (const InstructionRecord &r : records) {
        for (const std::string *field :
            {&r.task, &r.setting, &r.split, &r.instruction, &r.input, &r.options, &r.output})
            hash.addField(*field);
    }
    return hash.hex();
}

void saveCheckpoint(LlamaForCausalLMImpl &model, torch::optim::AdamW &optimizer, const PeftAdapterConfig &adapter,
    const TrainerState &state, const json &fingerprint, const fs::path &dir)
{
    const fs::path temp = dir.string() + ".partial";
    std::error_code ignored;
    fs::remove_all(temp, ignored);
    try {
        writeCheckpointFiles(model, optimizer, adapter, state, fingerprint, temp);
    } catch (const std::exception &e) {
        fs::remove_all(temp, ignored); // a half-written checkpoint is worth nothing
        const bool intact = fs::exists(dir / "trainer_state.json");
        throw EngineError(
            std::string("the checkpoint at step ") + std::to_string(state.step) + " could not be saved: " + e.what(),
            intact ? "free some disk space; the previous checkpoint in " + dir.string()
                    + " is intact and resuming continues from it"
                   : std::string("free some disk space and start again"));
    }
    // Swap in the new checkpoint; the old one is removed only once the new one is complete.
    const fs::path old = dir.string() + ".old";
    fs::remove_all(old);
    if (fs::exists(dir))
        fs::rename(dir, old);
    fs::rename(temp, dir);
    fs::remove_all(old);
}

TrainerState loadCheckpoint(
    LlamaForCausalLMImpl &model, torch::optim::AdamW &optimizer, const json &fingerprint, const fs::path &dir)
{
    const json j = readJsonFile(dir / "trainer_state.json");
    if (!j.is_object() || j.value("format_version", 0) != kStateFormat || !j.contains("settings")
        || !j["settings"].is_object() || !j.contains("step") || !j["step"].is_number_integer())
        throw FormatError((dir / "trainer_state.json").string() + ": not a checkpoint this version can continue",
            "start a new run in another folder");
    requireSameStart(j["settings"], fingerprint);
    torch::NoGradGuard noGrad;
    const auto file = SafetensorsFile::open(dir / "adapter_model.safetensors");
    for (auto &[name, tensor] : loraTensors(model)) {
        const TensorView *view = file.find("base_model.model." + name);
        if (!view)
            throw FormatError(dir.string() + ": checkpoint lacks " + name);
        tensor.copy_(toTensor(*view));
    }
    try {
        requireRegularFile(dir / "optimizer.pt");
        torch::load(optimizer, (dir / "optimizer.pt").string());
    } catch (const c10::Error &) { // libtorch's message is a stack trace; ours says what to do
        throw FormatError((dir / "optimizer.pt").string() + ": is damaged or incomplete",
            "the checkpoint cannot be continued; start a new run in another folder");
    }
    const auto rng = SafetensorsFile::open(dir / "rng.safetensors");
    const TensorView *rngState = rng.find("cpu");
    if (!rngState)
        throw FormatError((dir / "rng.safetensors").string() + ": lacks the random generator's state");
    at::Generator generator = at::detail::getDefaultCPUGenerator();
    try {
        generator.set_state(toTensor(*rngState));
    } catch (const c10::Error &) {
        throw FormatError((dir / "rng.safetensors").string() + ": holds no valid random generator state");
    }
    TrainerState state;
    state.step = j.at("step").get<std::int64_t>();
    if (!j["best_val_loss"].is_null())
        state.bestValLoss = j["best_val_loss"].get<double>();
    state.badValidations = j.value("bad_validations", 0);
    state.trainingSeconds = j.value("training_seconds", 0.0); // absent before this was kept
    return state;
}

// A folder that holds a run's adapter, best adapter or checkpoint is a finished (or resumable)
// run: training into it again without being asked would replace all three.
void clearOrRefuseEarlierRun(const fs::path &outDir, bool overwrite)
{
    const std::vector<fs::path> earlier = {outDir / "adapter", outDir / "best", outDir / "checkpoint"};
    const bool hasRun = std::any_of(earlier.begin(), earlier.end(), [](const fs::path &p) { return fs::exists(p); });
    if (!hasRun)
        return;
    if (!overwrite)
        throw EngineError(outDir.string() + " already holds a training run (its adapter and checkpoint)",
            "continue that run by resuming it, or train into a new folder; nothing was changed");
    for (const fs::path &p : earlier)
        fs::remove_all(p);
    fs::remove_all(outDir / "checkpoint.partial");
}

} // namespace shoptuner::engine
