#include "engine/train/trainer.h"

#include "engine/train/checkpoint.h"

#include "engine/base/runtime.h"
#include "engine/train/distributed_comm.h"

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
    KvCache cache = LlamaForCausalLMImpl::statelessCache();
    const torch::Tensor logits = model.forward(batch.ids, cache); // (B, T, V)
    const std::int64_t V = logits.size(2), T = logits.size(1);
    const torch::Tensor predicted = logits.narrow(1, 0, T - 1).reshape({-1, V});
    const torch::Tensor target = batch.labels.narrow(1, 1, T - 1).reshape({-1});
    const torch::Tensor loss = torch::nn::functional::cross_entropy(predicted, target,
        torch::nn::functional::CrossEntropyFuncOptions().ignore_index(kIgnoreLabel).reduction(torch::kSum));
    return loss;
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

TrainResult trainLora(const fs::path &modelDir, const RecordSource &source, const fs::path &outDir,
    const TrainParams &params, const TrainCallback &onEvent, const std::atomic<bool> *cancel)
{
    params.validate();
    std::unique_ptr<Communicator> comm;
    std::string device = params.device;
    if (params.distributed.enabled()) {
        // Ranks that share a machine share its GPUs: each takes the one its LOCAL_RANK names
        // (resolveDevice checks that it exists).
        device = resolveDevice(params.device);
        if (device.rfind("cuda", 0) == 0)
            device = resolveDevice("cuda:" + std::to_string(params.distributed.localRank));
        comm = Communicator::connect(params.distributed, device);
    }
    const int world = comm ? comm->worldSize() : 1;
    const int rank = comm ? comm->rank() : 0;
    const bool lead = rank == 0; // the one rank that writes files and reports
    if (lead && !params.resume)
        clearOrRefuseEarlierRun(outDir, params.overwrite);
    auto emit = [&](TrainEvent e) {
        if (onEvent && lead)
            onEvent(e);
    };
    const std::vector<InstructionRecord> records = source.records();
    const auto lm = LanguageModel::load(
        modelDir, {.dtype = params.dtype, .device = device, .threads = params.threads, .quant = params.quant});
    LanguageModel::Impl &m = lm->impl();
    LlamaForCausalLMImpl &model = *m.model;
    const TokenId endId = endOfTurnId(m);
    const TokenId pad = endId;
    Dataset data = prepareDataset(records, *m.tokenizer, *m.chatTemplate, endId, params.maxLength);
    if (data.train.empty() && data.unusable > 0)
        throw EngineError(source.describe() + ": every training record's prompt is longer than "
                + std::to_string(params.maxLength) + " tokens",
            "raise the max length (--max-length)");
    if (data.train.empty())
        throw EngineError(source.describe() + ": no training records", "records with split \"train\" are needed");
    if (params.maxValExamples > 0 && std::int64_t(data.val.size()) > params.maxValExamples) {
        // A fixed, seeded sample: every validation (and a resumed run) sees the same examples.
        std::mt19937_64 rng(params.seed ^ 0x76616C6964ULL);
        std::shuffle(data.val.begin(), data.val.end(), rng);
        data.val.resize(std::size_t(params.maxValExamples));
    }
    if (data.truncated > 0)
        emit({.kind = TrainEvent::Kind::Warning,
            .message = std::to_string(data.truncated) + " of " + std::to_string(data.train.size() + data.val.size())
                + " records were longer than " + std::to_string(params.maxLength) + " tokens and were cut"});
    if (data.unusable > 0)
        emit({.kind = TrainEvent::Kind::Warning,
            .message
            = std::to_string(data.unusable) + " records were skipped: their prompt alone fills the max length"});

    applyLora(model, params.lora, params.seed);
    model.setGradientCheckpointing(params.gradientCheckpointing == "on"
        || (params.gradientCheckpointing == "auto" && m.config.parameterCount() >= 1'000'000'000));
    model.train();
    std::vector<torch::Tensor> trainable;
    for (auto &[name, t] : loraTensors(model))
        trainable.push_back(t);
    torch::optim::AdamW optimizer(trainable,
        torch::optim::AdamWOptions(params.learningRate).betas({0.9, 0.999}).eps(1e-8).weight_decay(params.weightDecay));
    const auto perEpoch = static_cast<std::int64_t>((data.train.size() + params.microBatch - 1) / params.microBatch);
    const std::int64_t perStep = std::int64_t(params.gradAccum) * world; // micro-batches per step, all ranks
    const std::int64_t totalSteps
        = params.maxSteps > 0 ? params.maxSteps : (params.epochs * perEpoch + perStep - 1) / perStep;
    const PeftAdapterConfig adapterConfig {params.lora, modelDir.filename().string()};
    const json fingerprint = settingsFingerprint(
        params, data.train.size(), perStep, modelWeightsFingerprint(modelDir), recordsFingerprint(records));
    const std::vector<std::int64_t> mine = rankMicroBatches(perStep, world, rank);

    const fs::path checkpointDir = outDir / "checkpoint";
    if (lead)
        fs::create_directories(outDir);
    TrainerState state;
    torch::manual_seed(params.seed);
    if (params.resume) {
        if (!fs::exists(checkpointDir / "trainer_state.json"))
            throw EngineError(checkpointDir.string() + ": no checkpoint to resume from", "start without --resume");
        state = loadCheckpoint(model, optimizer, fingerprint, checkpointDir);
    }

    TrainResult result;
    result.worldSize = world;
    if (comm)
        result.distributedBackend = comm->backend();
    result.device = m.runtime.device;
    result.deviceReason = m.runtime.deviceNote;
    std::int64_t cachedEpoch = -1;
    std::vector<std::vector<std::size_t>> batches;
    const auto start = Clock::now();
    const std::int64_t firstStep = state.step;
    std::int64_t tokensSeen = 0;
    try {
        while (state.step < totalSteps) {
            bool stop = cancel && cancel->load();
            if (comm) // every rank stops at the same step when any of them is asked to
                stop = comm->allReduceScalars({stop ? 1.0 : 0.0})[0] > 0;
            if (stop) {
                result.cancelled = true;
                break;
            }
            double stepLoss = 0;
            std::int64_t stepTokens = 0;
            std::int64_t labelled = 0;
            std::vector<Batch> micro;
            for (std::int64_t a = 0; a < perStep; ++a) {
                const std::int64_t global = state.step * perStep + a;
                const std::int64_t epoch = global / perEpoch;
                if (epoch != cachedEpoch) {
                    batches = epochBatches(data.train, params.microBatch, params.seed, epoch);
                    cachedEpoch = epoch;
                }
                const auto &indices = batches[static_cast<std::size_t>(global % perEpoch)];
                // Every rank knows the whole step's labelled tokens, so the loss is weighted as
                // one process would weight it.
                labelled += labelledOf(data.train, indices);
                if (std::find(mine.begin(), mine.end(), a) != mine.end())
                    micro.push_back(makeBatch(data.train, indices, pad, model.device()));
            }
            // Token-weighted: every labelled token of the step counts the same, whatever its micro-batch.
            for (const Batch &b : micro) {
                const torch::Tensor loss = lossSum(model, b);
                (loss / static_cast<double>(std::max<std::int64_t>(1, labelled))).backward();
                stepLoss += loss.item<double>();
                stepTokens += b.tokens;
            }
            if (comm) {
                std::vector<torch::Tensor> grads;
                for (const torch::Tensor &t : trainable)
                    grads.push_back(
                        t.mutable_grad().defined() ? t.mutable_grad() : (t.mutable_grad() = torch::zeros_like(t)));
                comm->allReduceSum(grads);
                result.allReduceBytes = comm->lastBytes();
                result.allReduceSeconds += comm->lastSeconds();
                const auto sums = comm->allReduceScalars({stepLoss, double(stepTokens)});
                stepLoss = sums[0];
                stepTokens = static_cast<std::int64_t>(sums[1]);
            }
            stepLoss /= static_cast<double>(std::max<std::int64_t>(1, labelled));
            if (!std::isfinite(stepLoss))
                throw EngineError("the training loss became " + std::to_string(stepLoss) + " at step "
                        + std::to_string(state.step + 1),
                    "lower the learning rate (--lr)"
                        + (fs::exists(checkpointDir / "trainer_state.json") ? "; the last checkpoint in "
                                    + checkpointDir.string() + " is intact and --resume continues from it"
                                                                            : std::string()));
            torch::nn::utils::clip_grad_norm_(trainable, params.maxGradNorm);
            const double lr = learningRateAt(state.step, totalSteps, params);
            for (auto &group : optimizer.param_groups())
                static_cast<torch::optim::AdamWOptions &>(group.options()).lr(lr);
            optimizer.step();
            optimizer.zero_grad();
            ++state.step;
            tokensSeen += stepTokens;

            const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
            const double secondsPerStep = elapsed / static_cast<double>(state.step - firstStep);
            emit({.kind = TrainEvent::Kind::Step,
                .step = state.step,
                .totalSteps = totalSteps,
                .epoch = static_cast<double>(state.step * perStep) / static_cast<double>(perEpoch),
                .loss = stepLoss,
                .learningRate = lr,
                .tokensPerSecond = static_cast<double>(tokensSeen) / elapsed,
                .etaSeconds = secondsPerStep * static_cast<double>(totalSteps - state.step),
                .peakMemoryBytes = static_cast<std::int64_t>(peakResidentBytes())});

            const bool last = state.step == totalSteps;
            if (!data.val.empty() && (state.step % params.valEvery == 0 || last)) {
                auto [valSum, valCount] = validationLossParts(model, data.val, params.microBatch, pad, world, rank);
                if (comm) {
                    const auto sums = comm->allReduceScalars({valSum, double(valCount)});
                    valSum = sums[0];
                    valCount = static_cast<std::int64_t>(sums[1]);
                }
                const double val = valCount > 0 ? valSum / static_cast<double>(valCount) : std::nan("");
                emit({.kind = TrainEvent::Kind::Eval, .step = state.step, .totalSteps = totalSteps, .valLoss = val});
                if (std::isnan(state.bestValLoss) || val < state.bestValLoss) {
                    state.bestValLoss = val;
                    state.badValidations = 0;
                    if (lead)
                        savePeftAdapter(model, adapterConfig, outDir / "best");
                } else if (params.patience > 0 && ++state.badValidations >= params.patience) {
                    result.stoppedEarly = true;
                }
            }
            if (lead && (state.step % params.saveEvery == 0 || last || result.stoppedEarly)) {
                saveCheckpoint(model, optimizer, adapterConfig, state, fingerprint, checkpointDir);
                emit({.kind = TrainEvent::Kind::Checkpoint, .step = state.step, .path = checkpointDir.string()});
            }
            if (result.stoppedEarly)
                break;
        }
    } catch (const c10::Error &e) {
        if (isOutOfMemory(e))
            throw EngineError("training ran out of memory",
                "use a smaller micro-batch (--micro-batch) or a shorter max length (--max-length)");
        throw;
    } catch (const std::bad_alloc &) {
        throw EngineError("training ran out of memory",
            "use a smaller micro-batch (--micro-batch) or a shorter max length (--max-length)");
    }
    if (result.cancelled && lead) {
        saveCheckpoint(model, optimizer, adapterConfig, state, fingerprint, checkpointDir);
        emit({.kind = TrainEvent::Kind::Checkpoint, .step = state.step, .path = checkpointDir.string()});
    }
    if (comm) {
        // A check worth its milliseconds: the replicas must have stayed bit-identical.
        result.replicasIdentical = comm->identicalAcrossRanks(trainable);
        if (state.step > firstStep)
            result.allReduceSeconds /= static_cast<double>(state.step - firstStep);
        if (!result.replicasIdentical)
            emit({.kind = TrainEvent::Kind::Warning,
                .message = "the ranks' adapters differ at the end; the run's results are not reliable"});
    }
    if (lead)
        savePeftAdapter(model, adapterConfig, outDir / "adapter");
    result.steps = state.step;
    result.bestValLoss = state.bestValLoss;
    result.adapter = fs::exists(outDir / "best") ? outDir / "best" : outDir / "adapter";
    if (!result.cancelled)
        emit({.kind = TrainEvent::Kind::Done,
            .step = state.step,
            .totalSteps = totalSteps,
            .valLoss = state.bestValLoss,
            .path = result.adapter.string()});
    return result;
}

} // namespace shoptuner::engine
