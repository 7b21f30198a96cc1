#include "train_job.h"

#include "data/project_record_source.h"
#include "engine/base/error.h"
#include "engine/train/trainer.h"
#include "store/project_store.h"
#include "store/run_tables.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <cmath>

namespace shoptuner::jobs {
namespace {

engine::TrainParams engineParams(const TrainSettings &s, bool resume)
{
    engine::TrainParams p;
    p.quant = s.quant.toStdString();
    p.device = s.device.toStdString();
    p.threads = computeThreads(s.threads);
    p.lora.rank = s.rank;
    p.lora.alpha = s.alpha;
    p.lora.dropout = s.dropout;
    p.learningRate = s.learningRate;
    p.epochs = s.epochs;
    p.maxSteps = s.maxSteps;
    p.microBatch = s.microBatch;
    p.gradAccum = s.gradAccum;
    p.maxLength = s.maxLength;
    p.valEvery = s.valEvery;
    p.saveEvery = s.saveEvery;
    p.patience = s.patience;
    p.seed = s.seed;
    p.gradientCheckpointing = s.gradientCheckpointing.toStdString();
    p.resume = resume;
    return p;
}

TrainUpdate updateOf(const engine::TrainEvent &e)
{
    TrainUpdate u;
    u.kind = TrainUpdate::Kind(int(e.kind));
    u.step = e.step;
    u.totalSteps = e.totalSteps;
    u.epoch = e.epoch;
    u.loss = e.loss;
    u.learningRate = e.learningRate;
    u.tokensPerSecond = e.tokensPerSecond;
    u.etaSeconds = e.etaSeconds;
    u.valLoss = e.valLoss;
    u.peakMemoryBytes = e.peakMemoryBytes;
    u.text = QString::fromStdString(e.kind == engine::TrainEvent::Kind::Warning ? e.message : e.path);
    return u;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

TrainJob::~TrainJob()
{
    // Closing the app mid-run pauses it: the checkpoint lets the next start resume.
    if (isRunning())
        requestPause();
    stopAndWait();
}

TrainJob::TrainJob(TrainJobParams params, QObject *parent)
    : Job(parent)
    , m_params(std::move(params))
{
    qRegisterMetaType<TrainUpdate>();
}

void TrainJob::requestPause()
{
    m_pause = true;
    requestCancel();
}

JobError TrainJob::describeError(const std::exception &e) const
{
    if (const auto *engineError = dynamic_cast<const engine::EngineError *>(&e))
        return {QStringLiteral("train.failed"), QString::fromUtf8(engineError->what()), QString::fromUtf8(e.what())};
    return Job::describeError(e);
}

bool TrainJob::execute()
{
    store::ProjectStore project(m_params.projectPath);
    store::TrainingRun run;
    const bool resume = m_params.runId != 0;
    if (resume) {
        const auto existing = store::trainingRun(project, m_params.runId);
        if (!existing)
            throw store::StoreError(QStringLiteral("training run %1 is not in this project").arg(m_params.runId));
        run = *existing;
        m_params.modelDir = run.modelPath;
        m_params.outDir = run.outputDir;
        m_params.settings = TrainSettings::fromJson(run.paramsJson);
        m_params.tasks.clear();
        for (const QJsonValue &t : QJsonDocument::fromJson(run.tasksJson.toUtf8()).array())
            m_params.tasks << t.toString();
    } else {
        run.modelPath = QFileInfo(m_params.modelDir).absoluteFilePath();
        run.paramsJson = m_params.settings.toJson();
        run.tasksJson = QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(m_params.tasks)).toJson(QJsonDocument::Compact));
        run.status = QStringLiteral("running");
        run.outputDir = QFileInfo(m_params.outDir).absoluteFilePath();
        run.id = store::addTrainingRun(project, run);
    }
    m_result.runId = run.id;
    Q_EMIT runCreated(run.id);
    run.status = QStringLiteral("running");
    run.message.clear();
    store::updateTrainingRun(project, run);
    QDir().mkpath(run.outputDir);

    reportProgress(-1, QStringLiteral("Loading the model and the examples"));
    const data::ProjectRecordSource source(m_params.projectPath, m_params.tasks);
    bool first = true;
    const auto onEvent = [&](const engine::TrainEvent &e) {
        const TrainUpdate u = updateOf(e);
        if (first && resume && (u.kind == TrainUpdate::Kind::Step || u.kind == TrainUpdate::Kind::Eval))
            store::deleteRunPointsAfter(project, run.id, u.step - 1); // a resumed run redoes these
        first = false;
        if (u.kind == TrainUpdate::Kind::Step) {
            store::addRunPoint(project, run.id,
                {u.step, u.epoch, std::isfinite(u.loss) ? std::optional(u.loss) : std::nullopt, std::nullopt,
                    u.learningRate, u.tokensPerSecond});
            run.stepsDone = u.step;
            run.totalSteps = u.totalSteps;
            reportProgress(u.totalSteps ? double(u.step) / double(u.totalSteps) : -1,
                QStringLiteral("Step %1 of %2").arg(u.step).arg(u.totalSteps));
        } else if (u.kind == TrainUpdate::Kind::Eval && std::isfinite(u.valLoss))
            store::addRunPoint(project, run.id, {u.step, u.epoch, std::nullopt, u.valLoss, std::nullopt, std::nullopt});
        Q_EMIT updated(u);
    };
    engine::TrainResult r;
    try {
        r = engine::trainLora(run.modelPath.toStdString(), source, run.outputDir.toStdString(),
            engineParams(m_params.settings, resume), onEvent, cancelFlag());
    } catch (const std::exception &e) {
        run.status = QStringLiteral("failed");
        run.message = QString::fromUtf8(e.what());
        run.finishedAt = now();
        store::updateTrainingRun(project, run);
        throw;
    }
    run.device = QString::fromStdString(r.device);
    run.stepsDone = r.steps;
    run.adapterPath = QString::fromStdString(r.adapter.string());
    if (std::isfinite(r.bestValLoss))
        run.bestValLoss = r.bestValLoss;
    run.status
        = r.cancelled ? (m_pause ? QStringLiteral("paused") : QStringLiteral("cancelled")) : QStringLiteral("finished");
    if (!r.cancelled)
        run.finishedAt = now();
    store::updateTrainingRun(project, run);
    m_result = {run.id, run.status, run.adapterPath, r.bestValLoss, r.steps, run.device};
    return !r.cancelled;
}

} // namespace shoptuner::jobs
