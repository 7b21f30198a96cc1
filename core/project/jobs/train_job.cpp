#include "train_job.h"

#include "engine/base/error.h"
#include "engine/train/trainer.h"
#include "services/project_record_source.h"
#include "store/project_store.h"
#include "store/run_tables.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <cmath>

namespace shoptuner::jobs {
namespace {

// What this session measured, for the next plan's time on this computer: kept once enough steps
// ran for the figure to mean something. `threads` is what the session computed on (the free cores
// when it started, which need not be the free cores now).
void rememberSpeed(const store::TrainingRun &run, const services::TrainSettings &settings, int threads, int steps,
    double tokensPerSecond)
{
    if (steps < 5 || tokensPerSecond <= 0)
        return;
    const services::ModelCandidate model = services::inspectModel(run.modelPath);
    if (!model.problem.isEmpty())
        return;
    services::MeasuredSpeed speed;
    speed.linearParameters = model.linearParameters;
    speed.hidden = model.hidden;
    speed.vocab = model.vocab;
    speed.quant = settings.quant;
    speed.device = run.device;
    speed.dtype = services::computeDtype(settings, run.device.startsWith(QLatin1String("cuda")));
    speed.threads = threads;
    speed.tokensPerSecond = tokensPerSecond;
    services::rememberTrainingSpeed(speed);
}

engine::TrainParams engineParams(const services::TrainSettings &s, bool resume, bool overwrite)
{
    engine::TrainParams p;
    s.toEngine(p);
    p.resume = resume;
    p.overwrite = overwrite && !resume;
    return p;
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
    qRegisterMetaType<TrainEvent>();
}

void TrainJob::requestPause()
{
    m_pause = true;
    requestCancel();
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
        m_params.settings = services::TrainSettings::fromJson(run.paramsJson);
        m_params.tasks.clear();
        for (const QJsonValue &t : QJsonDocument::fromJson(run.tasksJson.toUtf8()).array())
            m_params.tasks << t.toString();
    } else {
        run.modelPath = QFileInfo(m_params.modelDir).absoluteFilePath();
        // "auto" checkpointing decided as the plan's memory estimate decided it, on this computer,
        // and kept with the run so a resumed run goes on the same way.
        if (m_params.settings.gradientCheckpointing == QLatin1String("auto")) {
            const services::ModelCandidate model = services::inspectModel(m_params.modelDir);
            if (model.problem.isEmpty())
                m_params.settings.gradientCheckpointing
                    = services::useGradientCheckpointing(model, m_params.settings, services::detectHardware())
                    ? QStringLiteral("on")
                    : QStringLiteral("off");
        }
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

    reportProgress(-1, QCoreApplication::translate("TrainJob", "Loading the model and the examples"));
    const services::ProjectRecordSource source(m_params.projectPath, m_params.tasks);
    bool first = true;
    int sessionSteps = 0;
    double sessionSpeed = 0; // tokens per second over this session's steps, as the trainer reports it
    const auto onEvent = [&](const TrainEvent &u) {
        if (u.kind == TrainEvent::Kind::Step) {
            ++sessionSteps;
            sessionSpeed = u.tokensPerSecond;
        }
        if (first && resume && (u.kind == TrainEvent::Kind::Step || u.kind == TrainEvent::Kind::Eval))
            store::deleteRunPointsAfter(project, run.id, u.step - 1); // a resumed run redoes these
        first = false;
        if (u.kind == TrainEvent::Kind::Step) {
            store::addRunPoint(project, run.id,
                {u.step, u.epoch, std::isfinite(u.loss) ? std::optional(u.loss) : std::nullopt, std::nullopt,
                    u.learningRate, u.tokensPerSecond});
            run.stepsDone = u.step;
            run.totalSteps = u.totalSteps;
            // The trainer's own time left (from this session's steps), the one the Training page shows.
            reportProgress(u.totalSteps ? double(u.step) / double(u.totalSteps) : -1,
                QCoreApplication::translate("TrainJob", "Learning step %1 of %2").arg(u.step).arg(u.totalSteps),
                u.etaSeconds);
        } else if (u.kind == TrainEvent::Kind::Eval && std::isfinite(u.valLoss))
            store::addRunPoint(project, run.id, {u.step, u.epoch, std::nullopt, u.valLoss, std::nullopt, std::nullopt});
        Q_EMIT updated(u);
    };
    engine::TrainResult r;
    const engine::TrainParams params = engineParams(m_params.settings, resume, m_params.overwrite);
    try {
        r = engine::trainLora(
            run.modelPath.toStdString(), source, run.outputDir.toStdString(), params, onEvent, cancelFlag());
    } catch (const std::exception &e) {
        run.status = QStringLiteral("failed");
        run.message = QString::fromUtf8(e.what());
        run.finishedAt = now();
        store::updateTrainingRun(project, run);
        throw;
    }
    run.device = QString::fromStdString(r.device);
    run.stepsDone = r.steps;
    rememberSpeed(run, m_params.settings, params.threads, sessionSteps, sessionSpeed);
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
