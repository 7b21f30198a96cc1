// What a shop owner needs before training: the models on this machine, the hardware, and for a
// chosen model and plan an estimate of memory and time (QLoRA, Dettmers et al. 2023: 4-bit base,
// LoRA adapters and their optimizer state, activations).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace shoptuner::engine {
struct TrainParams; // engine/train/trainer.h; only named here, so this header stays torch-free
}

namespace shoptuner::services {

struct ModelCandidate
{
    QString path;
    QString name; // folder name, or the Hugging Face repository name
    QString source; // where it was found: "Hugging Face cache", "used before", "demo"
    QString family; // llama, mistral, qwen2
    QString problem; // why it cannot be used; empty when it can
    qint64 parameters = 0;
    qint64 linearParameters = 0; // in the attention and MLP projections (what NF4 quantizes)
    qint64 diskBytes = 0;
    int layers = 0, hidden = 0, intermediate = 0, heads = 0, vocab = 0;
    bool tiedEmbeddings = true;
};

// Reads config.json (and the weights' sizes) without loading the model.
ModelCandidate inspectModel(const QString &dir, const QString &source = {});
// A model known by its published shape only (one to download): enough for the memory estimate.
ModelCandidate modelShape(
    const QString &name, qint64 parameters, int layers, int hidden, int intermediate, int heads, int vocab);
// Hugging Face cache snapshots (engine::huggingFaceSnapshots) plus the given folders.
QList<ModelCandidate> findModels(const QStringList &knownFolders);

struct HardwareInfo
{
    int cores = 1;
    qint64 ramBytes = 0;
    qint64 ramAvailableBytes = 0;
    bool gpu = false;
    QString device; // "cpu", "cuda:0"
    QString deviceNote; // why
    QString blas;
    QString describe() const; // "CPU with 2 cores and 24 GB memory (OpenBLAS ...)"
};
HardwareInfo detectHardware();

// The training settings as the app keeps them (in the project, as JSON). Their defaults are the
// engine's (engine::TrainParams, the one definition the CLI uses too); the presets below are
// named changes to them.
struct TrainSettings
{
    TrainSettings(); // the engine's defaults

    int rank;
    double alpha;
    double dropout;
    bool rsLora;
    QStringList targetModules;
    double learningRate;
    int epochs;
    qint64 maxSteps; // 0: by epochs
    int microBatch;
    int gradAccum;
    qint64 maxLength;
    qint64 valEvery;
    qint64 maxValExamples; // validate on a fixed sample of this many; 0: all
    qint64 saveEvery;
    int patience; // validations without improvement before stopping; 0: never
    double warmupRatio;
    double weightDecay;
    QString quant;
    QString dtype;
    QString gradientCheckpointing;
    quint64 seed;
    int threads = 0; // 0: all cores but one (one is left to the window); the app's own rule
    QString device;

    QString toJson() const;
    static TrainSettings fromJson(const QString &json);

    // The two directions between these and the engine's settings, written once (the CLI's flags
    // fill an engine::TrainParams; a run the app or the CLI starts keeps TrainSettings).
    static TrainSettings fromEngine(const engine::TrainParams &params);
    void toEngine(engine::TrainParams &params) const; // run-level fields (resume, distributed) untouched
};

enum class PlanPreset { Quick, Balanced, Thorough };
TrainSettings presetSettings(PlanPreset preset);

// Bytes a QLoRA training run needs at its peak, about (see training_plan.cpp for the terms).
qint64 estimateTrainingMemory(const ModelCandidate &model, const TrainSettings &settings, bool gpu);

struct PlanEstimate
{
    qint64 trainExamples = 0;
    qint64 valExamples = 0;
    double tokensPerExample = 0; // measured with the model's tokenizer on a sample
    qint64 steps = 0;
    double peakFlops = 0; // measured here
    double tokensPerSecond = 0;
    double seconds = 0;
    qint64 memoryBytes = 0;
    bool fits = true;
    QString device;
};

// Tokenizes a sample of the project's training records and measures the machine: seconds.
PlanEstimate estimatePlan(const QString &projectPath, const ModelCandidate &model, const TrainSettings &settings,
    const QStringList &tasks, const HardwareInfo &hardware);

QString formatBytes(qint64 bytes); // "1.4 GB"

// Compute threads for training, testing and chat: the requested number, or (0) every core but one,
// which stays with the window (OpenMP threads sharing the GUI's cores spin and slow down many times).
int computeThreads(int requested = 0);

} // namespace shoptuner::services
