#include "engine/train/trainer.h"

#include "engine/train/checkpoint.h"

#include "engine/base/runtime.h"
#include "engine/train/gradient_reducer.h"
#include "engine/train/lm_loss.h"

#include "engine/base/bandwidth.h"
#include "engine/base/error.h"
#include "engine/base/fingerprint.h"
#include "engine/formats/peft_adapter.h"
#include "engine/model/language_model_impl.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <chrono>
#include <cmath>
#include <numbers>
#include <optional>
#include <random>

namespace shoptuner::engine {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct Dataset
{
    std::vector<TrainingExample> train;
    std::vector<TrainingExample> val;
    std::int64_t truncated = 0;
    std::int64_t unusable = 0; // prompt alone fills max length: nothing to learn from
};

Dataset prepareDataset(const std::vector<InstructionRecord> &records, const Tokenizer &tokenizer,
    const ChatTemplate &chat, TokenId endId, std::int64_t maxLength)
{
    Dataset data;
    for (const InstructionRecord &r : records) {
        if (r.split == "test")
            continue;
        TrainingExample ex = makeTrainingExample(r, tokenizer, chat, endId, maxLength);
        if (std::all_of(ex.labels.begin(), ex.labels.end(), [](TokenId l) { return l == kIgnoreLabel; })) {
            ++data.unusable;
            continue;
        }
        data.truncated += ex.truncated ? 1 : 0;
        (r.split == "val" || r.split == "validation" ? data.val : data.train).push_back(std::move(ex));
    }
    return data;
}

// One epoch's micro-batches: a seeded shuffle, then sorted by length within windows of 50
// micro-batches (little padding), then the micro-batches shuffled again.
std::vector<std::vector<std::size_t>> epochBatches(
    const std::vector<TrainingExample> &examples, int microBatch, std::uint64_t seed, std::int64_t epoch)
{
    std::mt19937_64 rng(seed * 1000003ULL + static_cast<std::uint64_t>(epoch));
    std::vector<std::size_t> order(examples.size());
    std::iota(order.begin(), order.end(), std::size_t {0});
    std::shuffle(order.begin(), order.end(), rng);
    const std::size_t window = static_cast<std::size_t>(microBatch) * 50;
    for (std::size_t begin = 0; begin < order.size(); begin += window) {
        const auto end = order.begin() + static_cast<std::ptrdiff_t>(std::min(order.size(), begin + window));
        std::stable_sort(order.begin() + static_cast<std::ptrdiff_t>(begin), end,
            [&](std::size_t a, std::size_t b) { return examples[a].ids.size() < examples[b].ids.size(); });
    }
    std::vector<std::vector<std::size_t>> batches;
    for (std::size_t begin = 0; begin < order.size(); begin += static_cast<std::size_t>(microBatch))
        batches.emplace_back(order.begin() + static_cast<std::ptrdiff_t>(begin),
            order.begin()
                + static_cast<std::ptrdiff_t>(std::min(order.size(), begin + static_cast<std::size_t>(microBatch))));
    std::shuffle(batches.begin(), batches.end(), rng);
    return batches;
}

struct Batch
{
    torch::Tensor ids; // (B, T), right-padded
    torch::Tensor labels; // (B, T), kIgnoreLabel on prompt and padding
    std::int64_t tokens = 0;
    std::int64_t positions = 0; // B × T, padding included
    std::int64_t labelled = 0; // positions that predict a labelled next token
};

Batch makeBatch(const std::vector<TrainingExample> &examples, const std::vector<std::size_t> &indices, TokenId pad,
    const torch::Device &device)
{
    std::size_t longest = 0;
    for (std::size_t i : indices)
        longest = std::max(longest, examples[i].ids.size());
    const auto B = static_cast<std::int64_t>(indices.size()), T = static_cast<std::int64_t>(longest);
    Batch batch;
    batch.positions = B * T;
    batch.ids = torch::full({B, T}, static_cast<std::int64_t>(pad), torch::kInt64);
    batch.labels = torch::full({B, T}, static_cast<std::int64_t>(kIgnoreLabel), torch::kInt64);
    for (std::int64_t b = 0; b < B; ++b) {
        const TrainingExample &ex = examples[indices[static_cast<std::size_t>(b)]];
        const auto n = static_cast<std::int64_t>(ex.ids.size());
        batch.ids[b].narrow(0, 0, n).copy_(torch::tensor(std::vector<std::int64_t>(ex.ids.begin(), ex.ids.end())));
        batch.labels[b].narrow(0, 0, n).copy_(
            torch::tensor(std::vector<std::int64_t>(ex.labels.begin(), ex.labels.end())));
        batch.tokens += n;
        batch.labelled
            += std::count_if(ex.labels.begin() + 1, ex.labels.end(), [](TokenId l) { return l != kIgnoreLabel; });
    }
    batch.ids = batch.ids.to(device);
    batch.labels = batch.labels.to(device);
    return batch;
}

// Summed next-token cross-entropy over labelled positions.
torch::Tensor lossSum(LlamaForCausalLMImpl &model, const Batch &batch)
{
    return nextTokenLossSum(model, batch.ids, batch.labels, kIgnoreLabel);
}

// The summed loss and labelled count of this rank's share of the validation examples (every
// worldSize-th, starting at rank); the caller adds the shares of all ranks.
std::pair<double, std::int64_t> validationLossParts(LlamaForCausalLMImpl &model,
    const std::vector<TrainingExample> &val, int microBatch, TokenId pad, int worldSize, int rank)
{
    torch::NoGradGuard noGrad;
    model.eval();
    std::vector<std::size_t> order;
    for (std::size_t i = static_cast<std::size_t>(rank); i < val.size(); i += static_cast<std::size_t>(worldSize))
        order.push_back(i);
    std::sort(order.begin(), order.end(),
        [&](std::size_t a, std::size_t b) { return val[a].ids.size() < val[b].ids.size(); });
    double total = 0;
    std::int64_t count = 0;
    for (std::size_t begin = 0; begin < order.size(); begin += static_cast<std::size_t>(microBatch)) {
        const std::vector<std::size_t> indices(order.begin() + static_cast<std::ptrdiff_t>(begin),
            order.begin()
                + static_cast<std::ptrdiff_t>(std::min(order.size(), begin + static_cast<std::size_t>(microBatch))));
        const Batch batch = makeBatch(val, indices, pad, model.device());
        total += lossSum(model, batch).item<double>();
        count += batch.labelled;
    }
    model.train();
    return {total, count};
}

std::int64_t labelledOf(const std::vector<TrainingExample> &examples, const std::vector<std::size_t> &indices)
{
    std::int64_t n = 0;
    for (std::size_t i : indices)
        n += std::count_if(
            examples[i].labels.begin() + 1, examples[i].labels.end(), [](TokenId l) { return l != kIgnoreLabel; });
    return n;
}

// Linear warm-up to the peak, then cosine decay to zero (step counts from 0).
double learningRateAt(std::int64_t step, std::int64_t total, const TrainParams &p)
{
    const auto warmup = static_cast<std::int64_t>(std::ceil(p.warmupRatio * static_cast<double>(total)));
    if (step < warmup)
        return p.learningRate * static_cast<double>(step + 1) / static_cast<double>(warmup);
    const double progress
        = static_cast<double>(step - warmup) / static_cast<double>(std::max<std::int64_t>(1, total - warmup));
    return p.learningRate * 0.5 * (1.0 + std::cos(std::numbers::pi * std::min(1.0, progress)));
}

TokenId endOfTurnId(const LanguageModel::Impl &m)
{
    for (const std::string &token : m.chatTemplate->stopTokens()) {
        if (const auto id = m.tokenizer->tokenToId(token); id && m.tokenizer->isSpecial(*id))
            return *id;
    }
    if (const auto eos = m.tokenizer->eosId())
        return *eos;
    if (!m.config.eosTokenIds.empty())
        return static_cast<TokenId>(m.config.eosTokenIds.front());
    throw FormatError("the model defines no end-of-sequence token", "set eos_token_id in config.json");
}

bool isOutOfMemory(const std::exception &e)
{
    const std::string what = e.what();
    return what.find("out of memory") != std::string::npos
        || what.find("DefaultCPUAllocator: can't allocate") != std::string::npos;
}

} // namespace

void TrainParams::validate() const
{
    auto require = [](bool ok, const std::string &what) {
        if (!ok)
            throw EngineError(what);
    };
    lora.validate();
    require(learningRate > 0 && learningRate < 1, "learning rate must be in (0, 1); 1e-4 to 3e-4 is usual for LoRA");
    require(epochs >= 1 || maxSteps > 0, "train for at least one epoch or one step");
    require(maxSteps >= 0, "max steps must not be negative");
    require(microBatch >= 1, "micro-batch must be at least 1");
    require(gradAccum >= 1, "gradient accumulation must be at least 1");
    require(maxLength >= 16, "max length must be at least 16 tokens");
    require(valEvery >= 1 && saveEvery >= 1, "validation and save intervals must be at least one step");
    require(warmupRatio >= 0 && warmupRatio < 1, "warm-up ratio must be in [0, 1)");
    require(weightDecay >= 0, "weight decay must not be negative");
    require(maxGradNorm > 0, "gradient clipping norm must be positive");
    require(patience >= 0, "patience must not be negative");
    require(quant == "nf4" || quant == "none", "quantization must be nf4 or none");
    require(gradientCheckpointing == "auto" || gradientCheckpointing == "on" || gradientCheckpointing == "off",
        "gradient checkpointing must be auto, on or off");
}

namespace {

// One training run, in named steps: setup (model, data, optimizer, a resumed checkpoint), then
// per optimizer step train, validate when due and checkpoint when due, then finish (the final
// adapter and the Done event). Data-parallel runs differ only in their GradientReducer.
class TrainingSession
{
public:
    TrainingSession(const fs::path &modelDir, const RecordSource &source, const fs::path &outDir,
        const TrainParams &params, const TrainCallback &onEvent, const std::atomic<bool> *cancel);
    TrainResult run();

private:
    void loadModelAndData(const std::vector<InstructionRecord> &records);
    void prepareOptimizer(const std::vector<InstructionRecord> &records);
    bool stopRequested();
    void trainStep();
    void validate();
    void checkpoint();
    void finish();
    void emit(const TrainEvent &event) const
    {
        if (m_onEvent && m_reducer->lead())
            m_onEvent(event);
    }

    const fs::path m_modelDir;
    const RecordSource &m_source;
    const fs::path m_outDir;
    const fs::path m_checkpointDir;
    const TrainParams &m_params;
    const TrainCallback &m_onEvent;
    const std::atomic<bool> *m_cancel;
    std::unique_ptr<GradientReducer> m_reducer;

    std::unique_ptr<LanguageModel> m_lm;
    LlamaForCausalLMImpl *m_model = nullptr;
    TokenId m_pad = 0;
    Dataset m_data;
    std::vector<torch::Tensor> m_trainable;
    std::unique_ptr<torch::optim::AdamW> m_optimizer;
    std::optional<PeftAdapterConfig> m_adapterConfig;
    json m_fingerprint;
    std::int64_t m_perEpoch = 0; // micro-batches per epoch
    std::int64_t m_perStep = 0; // micro-batches per optimizer step, all ranks together
    std::int64_t m_totalSteps = 0;
    std::vector<std::int64_t> m_mine; // which of a step's micro-batches this rank computes

    TrainerState m_state;
    TrainResult m_result;
    std::int64_t m_cachedEpoch = -1;
    std::vector<std::vector<std::size_t>> m_batches;
    Clock::time_point m_start;
    std::int64_t m_firstStep = 0;
    double m_secondsBefore = 0; // training time of the run's earlier sessions
    std::int64_t m_tokensSeen = 0;
    std::int64_t m_positionsSeen = 0; // the batches' positions, padding included
};

TrainingSession::TrainingSession(const fs::path &modelDir, const RecordSource &source, const fs::path &outDir,
    const TrainParams &params, const TrainCallback &onEvent, const std::atomic<bool> *cancel)
    : m_modelDir(modelDir)
    , m_source(source)
    , m_outDir(outDir)
    , m_checkpointDir(outDir / "checkpoint")
    , m_params(params)
    , m_onEvent(onEvent)
    , m_cancel(cancel)
{
    std::string device = params.device;
    if (params.distributed.enabled()) {
        // Ranks that share a machine share its GPUs: each takes the one its LOCAL_RANK names
        // (resolveDevice checks that it exists).
        device = resolveDevice(params.device);
        if (device.rfind("cuda", 0) == 0)
            device = resolveDevice("cuda:" + std::to_string(params.distributed.localRank));
    }
    m_reducer = GradientReducer::create(params.distributed, device);
    if (m_reducer->lead() && !params.resume)
        clearOrRefuseEarlierRun(outDir, params.overwrite);
    const std::vector<InstructionRecord> records = source.records();
    m_lm = LanguageModel::load(
        modelDir, {.dtype = params.dtype, .device = device, .threads = params.threads, .quant = params.quant});
    loadModelAndData(records);
    prepareOptimizer(records);
}

// The model, its tokenizer's end-of-turn id (also the padding), and the tokenized examples.
void TrainingSession::loadModelAndData(const std::vector<InstructionRecord> &records)
{
    LanguageModel::Impl &m = m_lm->impl();
    m_model = m.model.get();
    const TokenId endId = endOfTurnId(m);
    m_pad = endId;
    m_data = prepareDataset(records, *m.tokenizer, *m.chatTemplate, endId, m_params.maxLength);
    if (m_data.train.empty() && m_data.unusable > 0)
        throw EngineError(m_source.describe() + ": every training record's prompt is longer than "
                + std::to_string(m_params.maxLength) + " tokens",
            "raise the maximum length", ErrorCode::ExamplesTooLong);
    if (m_data.train.empty())
        throw EngineError(m_source.describe() + ": no training records", "records with split \"train\" are needed");
    if (m_params.maxValExamples > 0 && std::int64_t(m_data.val.size()) > m_params.maxValExamples) {
        // A fixed, seeded sample: every validation (and a resumed run) sees the same examples.
        std::mt19937_64 rng(m_params.seed ^ 0x76616C6964ULL);
        std::shuffle(m_data.val.begin(), m_data.val.end(), rng);
        m_data.val.resize(std::size_t(m_params.maxValExamples));
    }
    if (m_data.truncated > 0)
        emit({.kind = TrainEvent::Kind::Warning,
            .message = std::to_string(m_data.truncated) + " of "
                + std::to_string(m_data.train.size() + m_data.val.size()) + " records were longer than "
                + std::to_string(m_params.maxLength) + " tokens and were cut",
            .note = TrainEvent::Note::Truncated,
            .count = m_data.truncated,
            .of = std::int64_t(m_data.train.size() + m_data.val.size()),
            .limit = m_params.maxLength});
    if (m_data.unusable > 0)
        emit({.kind = TrainEvent::Kind::Warning,
            .message
            = std::to_string(m_data.unusable) + " records were skipped: their prompt alone fills the max length",
            .note = TrainEvent::Note::Unusable,
            .count = m_data.unusable,
            .limit = m_params.maxLength});
}

// LoRA on the model, AdamW over the adapters, the step arithmetic, and a resumed checkpoint.
void TrainingSession::prepareOptimizer(const std::vector<InstructionRecord> &records)
{
    const TrainParams &p = m_params;
    applyLora(*m_model, p.lora, p.seed);
    m_model->setGradientCheckpointing(p.gradientCheckpointing == "on"
        || (p.gradientCheckpointing == "auto" && m_lm->impl().config.parameterCount() >= 1'000'000'000));
    m_model->train();
    for (auto &[name, t] : loraTensors(*m_model))
        m_trainable.push_back(t);
    m_optimizer = std::make_unique<torch::optim::AdamW>(m_trainable,
        torch::optim::AdamWOptions(p.learningRate).betas({0.9, 0.999}).eps(1e-8).weight_decay(p.weightDecay));
    const int world = m_reducer->worldSize();
    m_perEpoch = static_cast<std::int64_t>((m_data.train.size() + p.microBatch - 1) / p.microBatch);
    m_perStep = std::int64_t(p.gradAccum) * world;
    m_totalSteps = p.maxSteps > 0 ? p.maxSteps : (p.epochs * m_perEpoch + m_perStep - 1) / m_perStep;
    m_adapterConfig = PeftAdapterConfig {p.lora, m_modelDir.filename().string()};
    m_fingerprint = settingsFingerprint(
        p, m_data.train.size(), m_perStep, modelWeightsFingerprint(m_modelDir), recordsFingerprint(records));
    m_mine = rankMicroBatches(m_perStep, world, m_reducer->rank());

    if (m_reducer->lead())
        fs::create_directories(m_outDir);
    torch::manual_seed(p.seed);
    if (p.resume) {
        if (!fs::exists(m_checkpointDir / "trainer_state.json"))
            throw EngineError(m_checkpointDir.string() + ": no checkpoint to resume from",
                "start the run afresh instead of resuming it", ErrorCode::NoCheckpoint);
        m_state = loadCheckpoint(*m_model, *m_optimizer, m_fingerprint, m_checkpointDir);
    }
    m_result.worldSize = world;
    m_result.distributedBackend = m_reducer->backend();
    m_result.device = m_lm->impl().runtime.device;
    m_result.deviceReason = m_lm->impl().runtime.deviceNote;
}

TrainResult TrainingSession::run()
{
    m_start = Clock::now();
    m_firstStep = m_state.step;
    m_secondsBefore = m_state.trainingSeconds;
    try {
        while (m_state.step < m_totalSteps) {
            if (stopRequested()) {
                m_result.cancelled = true;
                break;
            }
            trainStep();
            const bool last = m_state.step == m_totalSteps;
            if (!m_data.val.empty() && (m_state.step % m_params.valEvery == 0 || last))
                validate();
            if (m_reducer->lead() && (m_state.step % m_params.saveEvery == 0 || last || m_result.stoppedEarly))
                checkpoint();
            if (m_result.stoppedEarly)
                break;
        }
    } catch (const c10::Error &e) {
        if (isOutOfMemory(e))
            throw EngineError("training ran out of memory", "use a smaller micro-batch or a shorter maximum length",
                ErrorCode::OutOfMemory);
        throw;
    } catch (const std::bad_alloc &) {
        throw EngineError("training ran out of memory", "use a smaller micro-batch or a shorter maximum length",
            ErrorCode::OutOfMemory);
    }
    finish();
    return m_result;
}

bool TrainingSession::stopRequested()
{
    return m_reducer->anyStopRequested(m_cancel && m_cancel->load());
}

// One optimizer step: this rank's micro-batches forward and backward, gradients summed across
// ranks, clipped, and AdamW at the scheduled learning rate.
void TrainingSession::trainStep()
{
    double stepLoss = 0;
    std::int64_t stepTokens = 0, stepPositions = 0;
    std::int64_t labelled = 0;
    std::vector<Batch> micro;
    for (std::int64_t a = 0; a < m_perStep; ++a) {
        const std::int64_t global = m_state.step * m_perStep + a;
        const std::int64_t epoch = global / m_perEpoch;
        if (epoch != m_cachedEpoch) {
            m_batches = epochBatches(m_data.train, m_params.microBatch, m_params.seed, epoch);
            m_cachedEpoch = epoch;
        }
        const auto &indices = m_batches[static_cast<std::size_t>(global % m_perEpoch)];
        // Every rank knows the whole step's labelled tokens, so the loss is weighted as one
        // process would weight it.
        labelled += labelledOf(m_data.train, indices);
        if (std::find(m_mine.begin(), m_mine.end(), a) != m_mine.end())
            micro.push_back(makeBatch(m_data.train, indices, m_pad, m_model->device()));
    }
    // Token-weighted: every labelled token of the step counts the same, whatever its micro-batch.
    for (const Batch &b : micro) {
        const torch::Tensor loss = lossSum(*m_model, b);
        (loss / static_cast<double>(std::max<std::int64_t>(1, labelled))).backward();
        stepLoss += loss.item<double>();
        stepTokens += b.tokens;
        stepPositions += b.positions;
    }
    m_reducer->sumGradients(m_trainable); // a single process: nothing to sum
    m_result.allReduceBytes = m_reducer->lastBytes();
    m_result.allReduceSeconds += m_reducer->lastSeconds();
    const auto stepSums = m_reducer->sum({stepLoss, double(stepTokens), double(stepPositions)});
    stepLoss = stepSums[0];
    stepTokens = static_cast<std::int64_t>(stepSums[1]);
    stepPositions = static_cast<std::int64_t>(stepSums[2]);
    stepLoss /= static_cast<double>(std::max<std::int64_t>(1, labelled));
    if (!std::isfinite(stepLoss))
        throw EngineError(
            "the training loss became " + std::to_string(stepLoss) + " at step " + std::to_string(m_state.step + 1),
            "lower the learning rate"
                + (fs::exists(m_checkpointDir / "trainer_state.json") ? "; the last checkpoint in "
                            + m_checkpointDir.string() + " is intact and resuming continues from it"
                                                                      : std::string()),
            ErrorCode::TrainingDiverged);
    torch::nn::utils::clip_grad_norm_(m_trainable, m_params.maxGradNorm);
    const double lr = learningRateAt(m_state.step, m_totalSteps, m_params);
    for (auto &group : m_optimizer->param_groups())
        static_cast<torch::optim::AdamWOptions &>(group.options()).lr(lr);
    m_optimizer->step();
    m_optimizer->zero_grad();
    ++m_state.step;
    m_tokensSeen += stepTokens;
    m_positionsSeen += stepPositions;

    const double elapsed = std::chrono::duration<double>(Clock::now() - m_start).count();
    const double secondsPerStep = elapsed / static_cast<double>(m_state.step - m_firstStep);
    m_state.trainingSeconds = m_secondsBefore + elapsed;
    emit({.kind = TrainEvent::Kind::Step,
        .step = m_state.step,
        .totalSteps = m_totalSteps,
        .epoch = static_cast<double>(m_state.step * m_perStep) / static_cast<double>(m_perEpoch),
        .loss = stepLoss,
        .learningRate = lr,
        .tokensPerSecond = static_cast<double>(m_tokensSeen) / elapsed,
        .paddingFraction
        = m_positionsSeen > 0 ? 1.0 - static_cast<double>(m_tokensSeen) / static_cast<double>(m_positionsSeen) : 0.0,
        .etaSeconds = secondsPerStep * static_cast<double>(m_totalSteps - m_state.step),
        .elapsedSeconds = m_state.trainingSeconds,
        .peakMemoryBytes = static_cast<std::int64_t>(peakResidentBytes())});
}

// Validation loss over the fixed sample; the best adapter is kept and early stopping counted.
void TrainingSession::validate()
{
    auto [valSum, valCount] = validationLossParts(
        *m_model, m_data.val, m_params.microBatch, m_pad, m_reducer->worldSize(), m_reducer->rank());
    const auto sums = m_reducer->sum({valSum, double(valCount)});
    valSum = sums[0];
    valCount = static_cast<std::int64_t>(sums[1]);
    const double val = valCount > 0 ? valSum / static_cast<double>(valCount) : std::nan("");
    emit({.kind = TrainEvent::Kind::Eval, .step = m_state.step, .totalSteps = m_totalSteps, .valLoss = val});
    if (std::isnan(m_state.bestValLoss) || val < m_state.bestValLoss) {
        m_state.bestValLoss = val;
        m_state.badValidations = 0;
        if (m_reducer->lead())
            savePeftAdapter(*m_model, *m_adapterConfig, m_outDir / "best");
    } else if (m_params.patience > 0 && ++m_state.badValidations >= m_params.patience) {
        m_result.stoppedEarly = true;
    }
}

void TrainingSession::checkpoint()
{
    saveCheckpoint(*m_model, *m_optimizer, *m_adapterConfig, m_state, m_fingerprint, m_checkpointDir);
    emit({.kind = TrainEvent::Kind::Checkpoint, .step = m_state.step, .path = m_checkpointDir.string()});
}

// A cancelled run keeps a checkpoint to resume from; every run writes its last adapter.
void TrainingSession::finish()
{
    if (m_result.cancelled && m_reducer->lead())
        checkpoint();
    // A check worth its milliseconds: the replicas must have stayed bit-identical.
    m_result.replicasIdentical = m_reducer->identicalAcrossRanks(m_trainable);
    if (m_state.step > m_firstStep)
        m_result.allReduceSeconds /= static_cast<double>(m_state.step - m_firstStep);
    if (!m_result.replicasIdentical)
        emit({.kind = TrainEvent::Kind::Warning,
            .message = "the ranks' adapters differ at the end; the run's results are not reliable",
            .note = TrainEvent::Note::ReplicasDiffer});
    if (m_reducer->lead())
        savePeftAdapter(*m_model, *m_adapterConfig, m_outDir / "adapter");
    m_result.steps = m_state.step;
    m_result.bestValLoss = m_state.bestValLoss;
    m_result.adapter = fs::exists(m_outDir / "best") ? m_outDir / "best" : m_outDir / "adapter";
    if (!m_result.cancelled)
        emit({.kind = TrainEvent::Kind::Done,
            .step = m_state.step,
            .totalSteps = m_totalSteps,
            .valLoss = m_state.bestValLoss,
            .path = m_result.adapter.string()});
}

} // namespace

TrainResult trainLora(const fs::path &modelDir, const RecordSource &source, const fs::path &outDir,
    const TrainParams &params, const TrainCallback &onEvent, const std::atomic<bool> *cancel)
{
    params.validate();
    struct Release // after the session's model and tensors are gone, however the run ends
    {
        ~Release() { releaseFreeMemory(); }
    } release;
    TrainingSession session(modelDir, source, outDir, params, onEvent, cancel);
    return session.run();
}

} // namespace shoptuner::engine
