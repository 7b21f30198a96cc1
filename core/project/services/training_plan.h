// What a shop owner needs before training: the models on this machine, the hardware, and for a
// chosen model and plan an estimate of memory and time (QLoRA, Dettmers et al. 2023: 4-bit base,
// LoRA adapters and their optimizer state, activations).
#pragma once

#include <QList>
#include <QString>

#include <QStringList>
#include <functional>

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
    int threads = 0; // 0: the cores other work leaves free (computeThreads()); the app's own rule
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

// Whether a run keeps only each layer's input and recomputes the rest in the backward pass
// (slower, far less memory): as the settings say, or for "auto" on models of 1B parameters or
// more, and on smaller ones when keeping every activation would take more than 4 GB or half the
// free memory (SmolLM2-360M, Balanced: about 16 GB without, 2.2 GB with; on a CPU the recomputation
// costs about 2% of the speed), so that a smaller model
// never needs more memory than a larger one. The training job resolves
// "auto" with this before it starts, so the plan's memory figure is the run's.
bool useGradientCheckpointing(const ModelCandidate &model, const TrainSettings &settings, const HardwareInfo &hardware);
// The dtype training computes in with these settings, "f32" or "bf16": the engine's rule for
// "auto" (engine::resolveComputeDtype: BF16 on GPUs and on processors with native BF16). A
// setting the engine does not know reads as "f32" here; the engine refuses it when training starts.
QString computeDtype(const TrainSettings &settings, bool gpu);

// Bytes a QLoRA training run needs at its peak, about (see training_plan.cpp for the terms), with
// gradient checkpointing as useGradientCheckpointing decides on this computer.
qint64 estimateTrainingMemory(const ModelCandidate &model, const TrainSettings &settings, const HardwareInfo &hardware);

// Training speed as this computer measured it, kept in the user's settings: a plan for a model
// trained here before takes its time from experience, not from a formula (which was 18 times off
// for a real model on a 2-core machine).
struct MeasuredSpeed
{
    qint64 linearParameters = 0; // the model's shape
    int hidden = 0;
    qint64 vocab = 0;
    QString quant; // nf4, none
    QString device; // cpu, cuda:0
    QString dtype; // the compute dtype it ran in: f32, bf16 (empty: remembered before it was kept)
    int threads = 0;
    double tokensPerSecond = 0;
    bool sameModel(const MeasuredSpeed &other) const; // the shape
    bool sameSetup(const MeasuredSpeed &other) const; // device, dtype, quant and threads
};
void rememberTrainingSpeed(const MeasuredSpeed &speed); // replaces the one for the same model and setup
QList<MeasuredSpeed> rememberedTrainingSpeeds();

// Where a plan's speed comes from, to say how sure its time is.
enum class SpeedBasis {
    Measured, // this model trained here before
    Corrected, // the formula, corrected by how far off it was for the nearest-sized model trained here
    Formula, // nothing trained here yet: a first guess
};
struct SpeedChoice
{
    double tokensPerSecond = 0;
    SpeedBasis basis = SpeedBasis::Formula;
};
// The speed for `wanted` (its shape and setup; tokensPerSecond unused) from what was measured with
// the same setup, and the formula's speed for any shape.
SpeedChoice chooseTrainingSpeed(const MeasuredSpeed &wanted, const QList<MeasuredSpeed> &measured,
    const std::function<double(const MeasuredSpeed &shape)> &formula);

struct PlanEstimate
{
    qint64 trainExamples = 0;
    qint64 valExamples = 0;
    double tokensPerExample = 0; // measured with the model's tokenizer on a sample
    qint64 steps = 0;
    double peakFlops = 0; // measured here
    double tokensPerSecond = 0;
    SpeedBasis speedBasis = SpeedBasis::Formula;
    double seconds = 0;
    qint64 memoryBytes = 0;
    bool fits = true;
    QString device;
};

// Tokenizes a sample of the project's training records and measures the machine: seconds.
PlanEstimate estimatePlan(const QString &projectPath, const ModelCandidate &model, const TrainSettings &settings,
    const QStringList &tasks, const HardwareInfo &hardware);

QString formatBytes(qint64 bytes); // "1.4 GB"
// A device in words for a sentence ("Training on %1 takes …"), translated: "the processor" for
// cpu, "the graphics card (cuda:0)" for a GPU.
QString deviceWords(const QString &device);

// Compute threads for training, testing and chat: the requested number, or (0) freeCores(). The
// app's jobs compute at a lower priority than the window (jobs::lowerThisThreadsPriority), so
// the window answers at once without keeping a core to itself.
int computeThreads(int requested = 0);
// The cores no other work keeps busy now (at least one): every core of an idle machine, fewer
// beside a build, a second job or another test. OpenMP threads that share a core with other
// busy threads wait on each other at every step and run several times slower than fewer threads
// would. Looks for about 60 ms (Linux; elsewhere every core).
int freeCores();

} // namespace shoptuner::services
