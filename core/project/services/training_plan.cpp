#include "training_plan.h"

#include "engine/base/runtime.h"
#include "engine/base/system_info.h"
#include "engine/model/model_config.h"
#include "engine/tokenizer/chat_template.h"
#include "engine/tokenizer/tokenizer.h"
#include "engine/train/trainer.h"
#include "engine/train/training_benchmark.h"
#include "services/project_record_source.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSettings>
#include <QThread>

#include <atomic>

#include <algorithm>
#include <cmath>
#include <limits>

namespace shoptuner::services {
namespace {

// Bytes of runtime (libtorch, BLAS buffers, Qt) beside the model, fitted to measured peaks on CPU.
constexpr qint64 kRuntimeBytes = 200ll << 20;
constexpr qint64 kRuntimeBytesBf16 = 150ll << 20;
// Share of the matrix-product peak that a training step reaches (bench train measured 50-60%).
constexpr double kExpectedMfu = 0.5;
// BF16 on a processor reaches less of its (twice higher) peak: bench train measured 29-37%.
constexpr double kExpectedMfuBf16Cpu = 0.3;
// NF4 with double quantization is 4 bits + 8-bit absmax per 64 + fp32 per 256 blocks (QLoRA, §2):
// 0.53 bytes; with the loader's buffers the measured peak after loading is 0.7 per weight.
constexpr double kNf4BytesPerParam = 0.7;
constexpr double kOverheadSecondsPerToken = 1.0 / 20000.0;
constexpr qint64 kMaxValExamples = 512; // the trainer's default fixed validation sample

qint64 folderWeightBytes(const QString &dir)
{
    qint64 total = 0;
    for (const QFileInfo &f : QDir(dir).entryInfoList({QStringLiteral("*.safetensors")}, QDir::Files))
        total += f.size();
    return total;
}

} // namespace

int freeCores()
{
    const int cores = std::max(1, QThread::idealThreadCount());
#ifdef Q_OS_LINUX
    // The kernel's count of threads running or ready to run this instant, this one included. The
    // least of a few looks over 60 ms: a moment's spike of another program is not a busy core,
    // a program that computes (a build, another job's threads) is.
    int others = std::numeric_limits<int>::max();
    for (int look = 0; look < 4; ++look) {
        if (look > 0)
            QThread::msleep(20);
        QFile stat(QStringLiteral("/proc/stat"));
        if (!stat.open(QIODevice::ReadOnly | QIODevice::Text))
            return cores;
        int running = -1;
        for (const QByteArray &line : stat.readAll().split('\n')) // a /proc file says its size is 0
            if (line.startsWith("procs_running "))
                running = line.mid(14).trimmed().toInt();
        if (running < 1)
            return cores;
        others = std::min(others, running - 1);
    }
    return std::clamp(cores - others, 1, cores);
#else
    return cores;
#endif
}

int computeThreads(int requested)
{
    if (requested > 0)
        return requested;
    return freeCores();
}

QString formatBytes(qint64 bytes)
{
    // In the reader's number format ("11,0 GB" in German), in units of 1024 as the memory figures are.
    const QLocale locale;
    if (bytes >= (1ll << 30))
        return locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
    return locale.formattedDataSize(std::max<qint64>(1ll << 20, bytes), 0, QLocale::DataSizeTraditionalFormat);
}

ModelCandidate modelShape(
    const QString &name, qint64 parameters, int layers, int hidden, int intermediate, int heads, int vocab)
{
    ModelCandidate c;
    c.name = name;
    c.parameters = parameters;
    c.layers = layers;
    c.hidden = hidden;
    c.intermediate = intermediate;
    c.heads = heads;
    c.vocab = vocab;
    c.linearParameters = parameters - qint64(vocab) * hidden;
    return c;
}

ModelCandidate inspectModel(const QString &dir, const QString &source)
{
    ModelCandidate c;
    c.path = QFileInfo(dir).absoluteFilePath();
    c.source = source;
    // Hugging Face cache snapshots are named by their repository ("Org/Name").
    const auto repo = engine::hubRepositoryOf(dir.toStdString());
    c.name = repo ? QString::fromStdString(*repo) : QFileInfo(dir).fileName();
    try {
        const engine::ModelConfig config = engine::loadModelConfig(dir.toStdString());
        config.validate("config.json");
        c.family = QString::fromStdString(config.modelType);
        c.parameters = config.parameterCount();
        c.layers = int(config.numLayers);
        c.hidden = int(config.hiddenSize);
        c.intermediate = int(config.intermediateSize);
        c.heads = int(config.numHeads);
        c.vocab = int(config.vocabSize);
        c.tiedEmbeddings = config.tieWordEmbeddings;
        const qint64 kv = config.numKvHeads * config.headDim;
        const qint64 attention
            = config.hiddenSize * (config.numHeads * config.headDim) * 2 + config.hiddenSize * kv * 2;
        const qint64 mlp = 3 * config.hiddenSize * config.intermediateSize;
        c.linearParameters = config.numLayers * (attention + mlp);
    } catch (const std::exception &e) {
        c.problem = QString::fromUtf8(e.what());
    }
    c.diskBytes = folderWeightBytes(dir);
    if (c.problem.isEmpty() && c.diskBytes == 0)
        c.problem = QStringLiteral("no .safetensors weights in this folder");
    return c;
}

QList<ModelCandidate> findModels(const QStringList &knownFolders)
{
    QList<ModelCandidate> out;
    QSet<QString> seen;
    const auto add = [&](const QString &dir, const QString &source) {
        const QString path = QFileInfo(dir).canonicalFilePath();
        if (path.isEmpty() || seen.contains(path) || !QFileInfo::exists(dir + QStringLiteral("/config.json")))
            return;
        seen.insert(path);
        out << inspectModel(dir, source);
    };
    for (const QString &dir : knownFolders)
        add(dir, QStringLiteral("used before"));
    for (const auto &snapshot : engine::huggingFaceSnapshots())
        add(QString::fromStdU16String(snapshot.generic_u16string()), QStringLiteral("Hugging Face cache"));
    return out;
}

QString HardwareInfo::describe() const
{
    // In the reader's language and without build strings (the matrix library's own description
    // is in `blas`, for a tooltip).
    const QString memory = formatBytes(ramBytes);
    if (gpu)
        return QCoreApplication::translate(
            "Hardware", "a graphics card (%1) and a processor with %2 cores and %3 of memory")
            .arg(device)
            .arg(cores)
            .arg(memory);
    return QCoreApplication::translate("Hardware", "a processor with %1 cores and %2 of memory, no graphics card")
        .arg(cores)
        .arg(memory);
}

QString deviceWords(const QString &device)
{
    if (device.isEmpty() || device == QLatin1String("cpu"))
        return QCoreApplication::translate("Hardware", "the processor");
    return QCoreApplication::translate("Hardware", "the graphics card (%1)").arg(device);
}

HardwareInfo detectHardware()
{
    HardwareInfo h;
    h.cores = std::max(1, QThread::idealThreadCount());
    const engine::SystemMemory memory = engine::systemMemory();
    h.ramBytes = memory.totalBytes;
    h.ramAvailableBytes = memory.availableBytes;
    const engine::RuntimeInfo r = engine::runtimeInfo("auto");
    h.gpu = r.device != "cpu";
    h.device = QString::fromStdString(r.device);
    h.deviceNote = QString::fromStdString(r.deviceNote);
    h.blas = QString::fromStdString(r.blas);
    return h;
}

QString TrainSettings::toJson() const
{
    const QJsonObject o {{"rank", rank}, {"alpha", alpha}, {"dropout", dropout}, {"rslora", rsLora},
        {"target_modules", QJsonArray::fromStringList(targetModules)}, {"learning_rate", learningRate},
        {"epochs", epochs}, {"max_steps", maxSteps}, {"micro_batch", microBatch}, {"grad_accum", gradAccum},
        {"max_length", maxLength}, {"val_every", valEvery}, {"max_val_examples", maxValExamples},
        {"save_every", saveEvery}, {"patience", patience}, {"warmup_ratio", warmupRatio}, {"weight_decay", weightDecay},
        {"quant", quant}, {"dtype", dtype}, {"gradient_checkpointing", gradientCheckpointing},
        {"seed", QString::number(seed)}, {"threads", threads}, {"device", device}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

namespace {

// Copies the engine's settings into the app's (the one place the field list is spelled out in
// that direction).
void assignFromEngine(TrainSettings &s, const engine::TrainParams &d)
{
    s.rank = int(d.lora.rank);
    s.alpha = d.lora.alpha;
    s.dropout = d.lora.dropout;
    s.rsLora = d.lora.rsLora;
    s.targetModules.clear();
    for (const std::string &m : d.lora.targetModules)
        s.targetModules << QString::fromStdString(m);
    s.learningRate = d.learningRate;
    s.epochs = d.epochs;
    s.maxSteps = d.maxSteps;
    s.microBatch = d.microBatch;
    s.gradAccum = d.gradAccum;
    s.maxLength = d.maxLength;
    s.valEvery = d.valEvery;
    s.maxValExamples = d.maxValExamples;
    s.saveEvery = d.saveEvery;
    s.patience = d.patience;
    s.warmupRatio = d.warmupRatio;
    s.weightDecay = d.weightDecay;
    s.quant = QString::fromStdString(d.quant);
    s.dtype = QString::fromStdString(d.dtype);
    s.gradientCheckpointing = QString::fromStdString(d.gradientCheckpointing);
    s.seed = d.seed;
    s.threads = d.threads;
    s.device = QString::fromStdString(d.device);
}

} // namespace

TrainSettings::TrainSettings()
{
    assignFromEngine(*this, engine::TrainParams());
}

TrainSettings TrainSettings::fromEngine(const engine::TrainParams &params)
{
    TrainSettings s;
    assignFromEngine(s, params);
    return s;
}

void TrainSettings::toEngine(engine::TrainParams &p) const
{
    p.lora.rank = rank;
    p.lora.alpha = alpha;
    p.lora.dropout = dropout;
    p.lora.rsLora = rsLora;
    p.lora.targetModules.clear();
    for (const QString &m : targetModules)
        p.lora.targetModules.push_back(m.toStdString());
    p.learningRate = learningRate;
    p.epochs = epochs;
    p.maxSteps = maxSteps;
    p.microBatch = microBatch;
    p.gradAccum = gradAccum;
    p.maxLength = maxLength;
    p.valEvery = valEvery;
    p.maxValExamples = maxValExamples;
    p.saveEvery = saveEvery;
    p.patience = patience;
    p.warmupRatio = warmupRatio;
    p.weightDecay = weightDecay;
    p.quant = quant.toStdString();
    p.dtype = dtype.toStdString();
    p.gradientCheckpointing = gradientCheckpointing.toStdString();
    p.seed = seed;
    p.threads = computeThreads(threads);
    p.device = device.toStdString();
}

TrainSettings TrainSettings::fromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    TrainSettings s; // keys a run saved before they existed keep the engine's defaults
    s.rank = o.value("rank").toInt(s.rank);
    s.alpha = o.value("alpha").toDouble(s.alpha);
    s.dropout = o.value("dropout").toDouble(s.dropout);
    s.rsLora = o.value("rslora").toBool(s.rsLora);
    if (o.value("target_modules").isArray()) {
        s.targetModules.clear();
        for (const QJsonValue &m : o.value("target_modules").toArray())
            s.targetModules << m.toString();
    }
    s.learningRate = o.value("learning_rate").toDouble(s.learningRate);
    s.epochs = o.value("epochs").toInt(s.epochs);
    s.maxSteps = o.value("max_steps").toInteger(s.maxSteps);
    s.microBatch = o.value("micro_batch").toInt(s.microBatch);
    s.gradAccum = o.value("grad_accum").toInt(s.gradAccum);
    s.maxLength = o.value("max_length").toInteger(s.maxLength);
    s.valEvery = o.value("val_every").toInteger(s.valEvery);
    s.maxValExamples = o.value("max_val_examples").toInteger(s.maxValExamples);
    s.saveEvery = o.value("save_every").toInteger(s.saveEvery);
    s.patience = o.value("patience").toInt(s.patience);
    s.warmupRatio = o.value("warmup_ratio").toDouble(s.warmupRatio);
    s.weightDecay = o.value("weight_decay").toDouble(s.weightDecay);
    s.quant = o.value("quant").toString(s.quant);
    s.dtype = o.value("dtype").toString(s.dtype);
    s.gradientCheckpointing = o.value("gradient_checkpointing").toString(s.gradientCheckpointing);
    s.seed = o.contains("seed") ? o.value("seed").toString().toULongLong() : s.seed;
    s.threads = o.value("threads").toInt(s.threads);
    s.device = o.value("device").toString(s.device);
    return s;
}

TrainSettings presetSettings(PlanPreset preset)
{
    TrainSettings s;
    switch (preset) {
    case PlanPreset::Quick: // a first look: part of an epoch, small adapters
        s.maxSteps = 200;
        s.maxLength = 384;
        s.valEvery = 50;
        s.patience = 3;
        break;
    case PlanPreset::Balanced: // one pass over the data, as eCeLLM's recipe per task budget
        s.rank = 16;
        s.valEvery = 100;
        s.patience = 3;
        break;
    case PlanPreset::Thorough: // three passes, larger adapters, early stopping on validation loss
        s.rank = 32;
        s.alpha = 32;
        s.epochs = 3;
        s.learningRate = 1e-4;
        s.maxLength = 768;
        s.valEvery = 200;
        s.patience = 3;
        break;
    }
    s.saveEvery = s.valEvery;
    return s;
}

namespace {

qint64 trainingMemory(const ModelCandidate &m, const TrainSettings &s, bool gpu, bool checkpointing)
{
    // The terms below were fitted to the peaks `shoptuner-cli bench train` measured for SmolLM2-135M
    // and -360M shapes (NF4, batch 1-4, 2-768 tokens, with and without checkpointing: 17 runs, all
    // within 6%); test_report checks them against fresh measurements.
    const bool bf16 = computeDtype(s, gpu) == QLatin1String("bf16");
    const double computeBytes = bf16 ? 2.0 : 4.0;
    // On a processor, BF16 halves the weights but not the activations: the norms, the adapters and
    // attention's probabilities keep F32 copies. Fitted as 3 bytes per value, with 150 MiB of
    // runtime (200 in F32), on 10 BF16 runs of the shapes below (all within 8.2%).
    const double activationBytes = bf16 && !gpu ? 3.0 : computeBytes;
    const qint64 runtimeBytes = gpu ? 0 : bf16 ? kRuntimeBytesBf16 : kRuntimeBytes;
    const qint64 other = m.parameters - m.linearParameters; // embeddings, head, norms: unquantized
    const double base
        = double(m.linearParameters) * (s.quant == QLatin1String("nf4") ? kNf4BytesPerParam : computeBytes)
        + double(other) * computeBytes;
    // LoRA on the seven projections: r x (in + out) each; weights, gradients and two Adam moments in F32.
    const double loraParams
        = double(m.layers) * s.rank * (4.0 * m.hidden + 2.0 * m.hidden + 3.0 * (m.hidden + m.intermediate));
    const double lora = loraParams * 16.0;
    // What backward needs of one layer, per token: the normed inputs, every projection's output,
    // the adapters' dropout masks and inputs, RoPE and grouped-query copies, the MLP's gate, up,
    // SiLU and product: measured as 13 values per hidden-plus-intermediate unit. Attention keeps
    // two values per head, query and key (the probabilities and the scores they came from).
    const double tokens = double(s.microBatch) * double(s.maxLength);
    const double perLayer = tokens * 13.0 * (m.hidden + m.intermediate) * activationBytes
        + double(s.microBatch) * m.heads * double(s.maxLength) * double(s.maxLength) * activationBytes * 2.0;
    // Checkpointing keeps each layer's input (and, on the way back, what the recomputation and the
    // gradients hold: four values per hidden unit in all) plus one whole layer.
    const double activations
        = checkpointing ? tokens * m.hidden * computeBytes * 4.0 * m.layers + perLayer : perLayer * m.layers;
    // The head sees labelled rows only (all of them, at worst), a block of rows of logits at a time
    // (three F32 copies), and keeps the rows and their gradient (engine/train/lm_loss.h).
    const double head = tokens * m.hidden * computeBytes * 2.0
        + std::min(tokens, double(engine::kLossRowsPerBlock)) * m.vocab * 4.0 * 3.0;
    return qint64(base + lora + activations + head) + runtimeBytes;
}

} // namespace

QString computeDtype(const TrainSettings &settings, bool gpu)
{
    try {
        return QString::fromStdString(engine::resolveComputeDtype(settings.dtype.toStdString(), gpu));
    } catch (const std::exception &) {
        return QStringLiteral("f32");
    }
}

bool useGradientCheckpointing(const ModelCandidate &m, const TrainSettings &s, const HardwareInfo &h)
{
    if (s.gradientCheckpointing == QLatin1String("on"))
        return true;
    if (s.gradientCheckpointing == QLatin1String("off"))
        return false;
    if (m.parameters >= 1'000'000'000) // the engine's own rule for "auto"
        return true;
    // Keeping every activation is faster, but past a few gigabytes (or half the free memory) the
    // memory matters more: a smaller model must not need more than a larger one. A graphics card's
    // free memory is not known here: the engine's rule stands there.
    constexpr qint64 kActivationBudget = 4ll << 30;
    const qint64 budget
        = h.ramAvailableBytes > 0 ? std::min(kActivationBudget, h.ramAvailableBytes / 2) : kActivationBudget;
    return !h.gpu && trainingMemory(m, s, false, false) > budget;
}

qint64 estimateTrainingMemory(const ModelCandidate &m, const TrainSettings &s, const HardwareInfo &h)
{
    return trainingMemory(m, s, h.gpu, useGradientCheckpointing(m, s, h));
}

bool MeasuredSpeed::sameModel(const MeasuredSpeed &o) const
{
    return linearParameters == o.linearParameters && hidden == o.hidden && vocab == o.vocab;
}

bool MeasuredSpeed::sameSetup(const MeasuredSpeed &o) const
{
    return device == o.device && dtype == o.dtype && quant == o.quant && threads == o.threads;
}

void rememberTrainingSpeed(const MeasuredSpeed &speed)
{
    QList<MeasuredSpeed> all = rememberedTrainingSpeeds();
    all.erase(std::remove_if(all.begin(), all.end(),
                  [&](const MeasuredSpeed &m) { return m.sameSetup(speed) && m.sameModel(speed); }),
        all.end());
    all.prepend(speed);
    QSettings settings;
    settings.beginWriteArray(QStringLiteral("trainingSpeeds"), int(std::min<qsizetype>(all.size(), 20)));
    for (int i = 0; i < all.size() && i < 20; ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("linearParameters"), all[i].linearParameters);
        settings.setValue(QStringLiteral("hidden"), all[i].hidden);
        settings.setValue(QStringLiteral("vocab"), all[i].vocab);
        settings.setValue(QStringLiteral("quant"), all[i].quant);
        settings.setValue(QStringLiteral("device"), all[i].device);
        settings.setValue(QStringLiteral("dtype"), all[i].dtype);
        settings.setValue(QStringLiteral("threads"), all[i].threads);
        settings.setValue(QStringLiteral("tokensPerSecond"), all[i].tokensPerSecond);
    }
    settings.endArray();
}

QList<MeasuredSpeed> rememberedTrainingSpeeds()
{
    QSettings settings;
    QList<MeasuredSpeed> all;
    const int n = settings.beginReadArray(QStringLiteral("trainingSpeeds"));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        MeasuredSpeed m;
        m.linearParameters = settings.value(QStringLiteral("linearParameters")).toLongLong();
        m.hidden = settings.value(QStringLiteral("hidden")).toInt();
        m.vocab = settings.value(QStringLiteral("vocab")).toLongLong();
        m.quant = settings.value(QStringLiteral("quant")).toString();
        m.device = settings.value(QStringLiteral("device")).toString();
        m.dtype = settings.value(QStringLiteral("dtype")).toString();
        m.threads = settings.value(QStringLiteral("threads")).toInt();
        m.tokensPerSecond = settings.value(QStringLiteral("tokensPerSecond")).toDouble();
        if (m.tokensPerSecond > 0 && m.linearParameters > 0)
            all << m;
    }
    settings.endArray();
    return all;
}

SpeedChoice chooseTrainingSpeed(const MeasuredSpeed &wanted, const QList<MeasuredSpeed> &measured,
    const std::function<double(const MeasuredSpeed &shape)> &formula)
{
    const MeasuredSpeed *nearest = nullptr;
    double distance = std::numeric_limits<double>::infinity();
    for (const MeasuredSpeed &m : measured) {
        if (!m.sameSetup(wanted))
            continue;
        if (m.sameModel(wanted))
            return {m.tokensPerSecond, SpeedBasis::Measured};
        // Models alike in size are alike in how far the formula is off (the overhead per
        // operation weighs on small ones, the arithmetic on large ones).
        const double d
            = std::abs(std::log(double(m.linearParameters) / double(std::max<qint64>(1, wanted.linearParameters))));
        if (d < distance) {
            distance = d;
            nearest = &m;
        }
    }
    const double guess = formula(wanted);
    if (!nearest)
        return {guess, SpeedBasis::Formula};
    return {guess * nearest->tokensPerSecond / std::max(1e-9, formula(*nearest)), SpeedBasis::Corrected};
}

PlanEstimate estimatePlan(const QString &projectPath, const ModelCandidate &model, const TrainSettings &settings,
    const QStringList &tasks, const HardwareInfo &hardware)
{
    PlanEstimate e;
    const auto records = services::ProjectRecordSource(projectPath, tasks).records();
    for (const auto &r : records)
        (r.split == "val" ? e.valExamples : e.trainExamples) += 1;
    // Tokens per example from a sample of the records, with the model's own tokenizer.
    const auto tokenizer = engine::loadTokenizer(model.path.toStdString());
    qint64 sampled = 0, tokens = 0;
    const std::size_t stride = std::max<std::size_t>(1, records.size() / 200);
    for (std::size_t i = 0; i < records.size(); i += stride, ++sampled) {
        const auto &r = records[i];
        const std::string text = engine::ecellmPromptText({r.instruction, r.input, r.options}) + r.output;
        tokens += std::min<qint64>(settings.maxLength, qint64(tokenizer->encode(text).size()) + 1);
    }
    e.tokensPerExample = sampled ? double(tokens) / double(sampled) : 0;
    const qint64 perStep = qint64(settings.microBatch) * settings.gradAccum;
    const qint64 stepsPerEpoch = (e.trainExamples + perStep - 1) / std::max<qint64>(1, perStep);
    e.steps = settings.maxSteps > 0 ? settings.maxSteps : stepsPerEpoch * settings.epochs;
    e.device = hardware.device;
    // The threads the training job would use if it started now (the cores free of other work).
    const int threads = computeThreads(settings.threads);
    const QString dtype = computeDtype(settings, hardware.gpu);
    e.peakFlops = engine::measureMatmulPeakFlops(dtype.toStdString(), hardware.device.toStdString(), threads);
    const auto formula = [&](const MeasuredSpeed &shape) {
        // Per token: forward 2N and backward input gradients 2N over the projections (the base
        // has no weight gradients), plus the head; LoRA adds little.
        const double flopsPerToken
            = 4.0 * double(shape.linearParameters) + 4.0 * double(shape.hidden) * double(shape.vocab);
        // Small models are bound by per-operation overhead rather than arithmetic: a floor per
        // token (the 0.4M-parameter demo model trains at about 17,000 tokens/s on 2 cores).
        const double mfu = dtype == QLatin1String("bf16") && !hardware.gpu ? kExpectedMfuBf16Cpu : kExpectedMfu;
        return 1.0 / (flopsPerToken / (e.peakFlops * mfu) + kOverheadSecondsPerToken);
    };
    MeasuredSpeed wanted;
    wanted.linearParameters = model.linearParameters;
    wanted.hidden = model.hidden;
    wanted.vocab = model.vocab;
    wanted.quant = settings.quant;
    wanted.device = hardware.device;
    wanted.dtype = dtype;
    wanted.threads = threads;
    const SpeedChoice speed = chooseTrainingSpeed(wanted, rememberedTrainingSpeeds(), formula);
    e.tokensPerSecond = speed.tokensPerSecond;
    e.speedBasis = speed.basis;
    const double trainTokens = double(e.steps) * double(perStep) * e.tokensPerExample;
    // Validation: a forward pass (half a training step's work) over at most 512 examples each time.
    const double validations = settings.valEvery > 0 ? std::floor(double(e.steps) / double(settings.valEvery)) + 1 : 0;
    const double valTokens
        = validations * double(std::min<qint64>(e.valExamples, kMaxValExamples)) * e.tokensPerExample;
    e.seconds = (trainTokens + 0.5 * valTokens) / std::max(1.0, e.tokensPerSecond);
    e.memoryBytes = estimateTrainingMemory(model, settings, hardware);
    e.fits = e.memoryBytes < (hardware.gpu ? std::numeric_limits<qint64>::max() : hardware.ramAvailableBytes);
    return e;
}

} // namespace shoptuner::services
