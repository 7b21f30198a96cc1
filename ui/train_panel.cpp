#include "train_panel.h"

#include "export_dialog.h"
#include "job_progress.h"
#include "jobs/cluster_job.h"
#include "loss_chart.h"
#include "message_box.h"
#include "model_panel.h"
#include "project_context.h"
#include "services/report.h"
#include "settings_panel.h"
#include "store/project_store.h"
#include "store/run_tables.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace shoptuner::ui {
namespace {

// A trainer's warning in the owner's words; the English log line for one the app does not know.
QString warningText(const TrainEvent &u)
{
    switch (u.note) {
    case TrainEvent::Note::Truncated:
        return TrainPanel::tr(
            "%1 of %2 examples were longer than the model reads at once (%3 tokens), so their "
            "ends were cut off. Raise \u201cLongest example\u201d on the Training plan page to keep them "
            "whole; training then needs more memory.")
            .arg(QLocale().toString(u.count), QLocale().toString(u.of), QLocale().toString(u.limit));
    case TrainEvent::Note::Unusable:
        return TrainPanel::tr("%1 examples were left out: their question alone is longer than the model reads at "
                              "once (%2 tokens), so no answer is left to learn from. Raise \u201cLongest "
                              "example\u201d on the Training plan page to use them.")
            .arg(QLocale().toString(u.count), QLocale().toString(u.limit));
    case TrainEvent::Note::ReplicasDiffer:
        return TrainPanel::tr("The computers training together ended with different results; this run's model "
                              "is not reliable.");
    case TrainEvent::Note::None:
        break;
    }
    return QString::fromStdString(u.message);
}

QString runsFolder(const QString &projectPath)
{
    const QFileInfo f(projectPath);
    return f.absolutePath() + QLatin1Char('/') + f.completeBaseName() + QStringLiteral(" runs");
}

// A folder no earlier run uses: the engine never trains into a finished run's folder.
QString newRunFolder(const QString &projectPath)
{
    const QString base = runsFolder(projectPath)
        + QStringLiteral("/run-%1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QString folder = base;
    for (int n = 2; QFileInfo::exists(folder); ++n)
        folder = base + QStringLiteral("-%1").arg(n);
    return folder;
}

} // namespace

TrainPanel::TrainPanel(ProjectContext *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_summary(new QLabel(this))
    , m_start(new QPushButton(tr("&Start training"), this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_resume(new QPushButton(tr("&Resume"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_export(new QPushButton(tr("E&xport…"), this))
    , m_elsewhere(new QToolButton(this))
    , m_smooth(new QCheckBox(tr("S&mooth the curve"), this))
    , m_chart(new LossChart(this))
    , m_progress(new JobProgress(this))
    , m_runs(new QComboBox(this))
    , m_overlay(new QToolButton(this))
    , m_overlayMenu(new QMenu(this))
{
    buildControls();
    buildElsewhereMenu();
    buildLayout();
    connectSignals();
    updateButtons();
    if (m_project->trainingJob())
        followSharedJob(); // a page opened while another page's run trains
}

void TrainPanel::buildControls()
{
    m_summary->setObjectName(QStringLiteral("trainSummary"));
    m_summary->setWordWrap(true);
    m_start->setObjectName(QStringLiteral("startTraining"));
    m_pause->setObjectName(QStringLiteral("pauseTraining"));
    m_pause->setToolTip(tr("Stop at a checkpoint; Resume continues from there, even after closing ShopTuner"));
    m_resume->setObjectName(QStringLiteral("resumeTraining"));
    m_cancel->setObjectName(QStringLiteral("cancelTraining"));
    m_cancel->setToolTip(tr("Stop and give up this run"));
    m_export->setObjectName(QStringLiteral("exportRun"));
    m_export->setToolTip(tr("Write this run's model for Ollama, LM Studio, llama.cpp or Hugging Face"));
    m_progress->hideStopButton(); // Pause and Cancel are this page's own
    m_smooth->setObjectName(QStringLiteral("smoothCurve"));
    m_smooth->setChecked(true);
}

void TrainPanel::buildElsewhereMenu()
{
    m_elsewhere->setObjectName(QStringLiteral("trainElsewhere"));
    m_elsewhere->setText(tr("Train &elsewhere"));
    m_elsewhere->setToolTip(tr("Train on another computer or a cluster, and bring the result back"));
    m_elsewhere->setPopupMode(QToolButton::InstantPopup);
    auto *elsewhere = new QMenu(m_elsewhere);
    elsewhere->addAction(tr("Write a job folder for a cluster…"), this, [this] {
        const QString parent = QFileDialog::getExistingDirectory(
            this, tr("Where to put the job folder"), QFileInfo(m_project->path()).absolutePath());
        if (!parent.isEmpty())
            writeJobFolder(parent + QLatin1Char('/') + m_project->name() + QStringLiteral(" training job"));
    });
    elsewhere->addAction(tr("Import a trained adapter…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("The adapter folder (adapter_config.json, adapter_model.safetensors)"));
        if (!dir.isEmpty())
            importAdapter(dir);
    });
    m_elsewhere->setMenu(elsewhere);
}

QLayout *TrainPanel::buildRunHistory()
{
    m_runs->setObjectName(QStringLiteral("runHistory"));
    m_runs->setAccessibleName(tr("Training runs"));
    m_runs->setToolTip(tr("Every training run of this project; choose one to see its curve"));
    auto *history = new QHBoxLayout;
    history->addWidget(new QLabel(tr("Run:"), this));
    history->addWidget(m_runs, 1);
    m_overlay->setObjectName(QStringLiteral("overlayRuns"));
    m_overlay->setText(tr("Compare &with runs"));
    m_overlay->setToolTip(tr("Lay other runs' curves over this one, to see which settings learned best"));
    m_overlay->setPopupMode(QToolButton::InstantPopup);
    m_overlay->setMenu(m_overlayMenu);
    history->addWidget(m_overlay);
    history->addWidget(m_elsewhere);
    return history;
}

QLayout *TrainPanel::buildStats()
{
    auto *stats = new QGridLayout;
    const QList<std::pair<QString, QString>> names = {{"step", tr("Step")}, {"epoch", tr("Pass")},
        {"lr", tr("Learning rate")}, {"speed", tr("Tokens per second")}, {"elapsed", tr("Elapsed")},
        {"eta", tr("Time left")}, {"device", tr("Device")}, {"memory", tr("Memory used")}};
    for (int i = 0; i < names.size(); ++i) {
        auto *value = new QLabel(QStringLiteral("–"), this);
        value->setObjectName(QStringLiteral("stat_") + names[i].first);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        stats->addWidget(new QLabel(names[i].second + QLatin1Char(':'), this), i / 4, (i % 4) * 2);
        stats->addWidget(value, i / 4, (i % 4) * 2 + 1);
        m_stats.insert(names[i].first, value);
    }
    return stats;
}

void TrainPanel::buildLayout()
{
    QLayout *history = buildRunHistory();
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_start, m_pause, m_resume, m_cancel, m_export})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_smooth);
    QLayout *stats = buildStats();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(history);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_chart, 1);
    layout->addLayout(stats);
}

void TrainPanel::connectSignals()
{
    connect(m_start, &QPushButton::clicked, this, &TrainPanel::start);
    connect(m_pause, &QPushButton::clicked, this, &TrainPanel::pause);
    connect(m_resume, &QPushButton::clicked, this, &TrainPanel::resume);
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancel(true); });
    connect(m_export, &QPushButton::clicked, this, &TrainPanel::exportRun);
    connect(m_smooth, &QCheckBox::toggled, m_chart, &LossChart::setSmoothed);
    connect(m_runs, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!isTraining() && index >= 0)
            showRun(m_runs->itemData(index).toLongLong());
    });
    connect(m_project, &ProjectContext::projectChanged, this, &TrainPanel::loadLatestRun);
    connect(m_project, &ProjectContext::trainingJobChanged, this, &TrainPanel::followSharedJob);
}

void TrainPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!isTraining())
        loadLatestRun();
}

QCustomPlot *TrainPanel::plot() const
{
    return m_chart->plot();
}

int TrainPanel::trainPoints() const
{
    return m_chart->trainPoints();
}

int TrainPanel::validationPoints() const
{
    return m_chart->validationPoints();
}

int TrainPanel::overlayCurves() const
{
    return m_chart->overlayCurves();
}

void TrainPanel::setStat(const QString &name, const QString &value)
{
    if (QLabel *l = m_stats.value(name))
        l->setText(value);
}

void TrainPanel::loadLatestRun()
{
    // The run history: every run of the project, newest first; the newest is shown.
    QSignalBlocker block(m_runs);
    m_runs->clear();
    QSet<qint64> checked;
    for (QAction *a : m_overlayMenu->actions())
        if (a->isChecked())
            checked.insert(a->data().toLongLong());
    m_overlayMenu->clear();
    if (m_project->isOpen()) {
        try {
            store::ProjectStore project(m_project->path());
            for (const store::TrainingRun &run : store::listTrainingRuns(project)) {
                QString text = tr("Run %1, %2: %3")
                                   .arg(run.id)
                                   .arg(services::dateTimeText(run.createdAt),
                                       statusWord(isLiveRun(run.id) ? QStringLiteral("training") : run.status));
                if (run.bestValLoss)
                    text += tr(", best validation loss %1").arg(QLocale().toString(*run.bestValLoss, 'f', 3));
                m_runs->addItem(text, qlonglong(run.id));
                // The settings it ran with, for comparing runs.
                const services::TrainSettings s = services::TrainSettings::fromJson(run.paramsJson);
                const QString settings = tr("rank %1, alpha %2, learning rate %3, %n pass(es), longest example %4 "
                                            "tokens, batch %5 × %6",
                    nullptr, s.epochs)
                                             .arg(s.rank)
                                             .arg(s.alpha)
                                             .arg(s.learningRate)
                                             .arg(s.maxLength)
                                             .arg(s.microBatch)
                                             .arg(s.gradAccum);
                m_runs->setItemData(m_runs->count() - 1, settings, Qt::ToolTipRole);
                QAction *overlay = m_overlayMenu->addAction(tr("Run %1").arg(run.id));
                overlay->setCheckable(true);
                overlay->setChecked(checked.contains(run.id));
                overlay->setData(qlonglong(run.id));
                overlay->setToolTip(settings);
                connect(overlay, &QAction::toggled, this, &TrainPanel::drawOverlays);
            }
        } catch (const store::StoreError &) { }
    }
    m_runs->setEnabled(m_runs->count() > 1);
    m_overlay->setEnabled(m_runs->count() > 1);
    showRun(m_runs->count() ? m_runs->itemData(0).toLongLong() : 0);
}

QString TrainPanel::statusWord(const QString &status)
{
    const QMap<QString, QString> words = {{"finished", tr("finished")}, {"paused", tr("paused")},
        {"cancelled", tr("cancelled")}, {"failed", tr("failed")}, {"interrupted", tr("interrupted")},
        {"running", tr("interrupted")}, {"training", tr("training now")}};
    return words.value(status, status);
}

void TrainPanel::showRun(std::int64_t id)
{
    m_chart->clear();
    m_runId = 0;
    m_status.clear();
    QString modelPath;
    if (m_project->isOpen()) {
        try {
            store::ProjectStore project(m_project->path());
            modelPath = project.info(QStringLiteral("model_path"));
            if (const auto run = id ? store::trainingRun(project, id) : std::nullopt) {
                m_runId = run->id;
                // A run left "running" by no job of this app was interrupted (the app closed or
                // crashed): it can resume.
                m_status = isLiveRun(run->id)                 ? QStringLiteral("running")
                    : run->status == QLatin1String("running") ? QStringLiteral("interrupted")
                                                              : run->status;
                for (const store::RunPoint &p : store::runPoints(project, run->id)) {
                    if (p.trainLoss)
                        m_chart->addTrainingLoss(double(p.step), *p.trainLoss);
                    if (p.valLoss)
                        m_chart->addValidationLoss(double(p.step), *p.valLoss);
                }
                setStat(QStringLiteral("step"), QStringLiteral("%1 / %2").arg(run->stepsDone).arg(run->totalSteps));
                m_chart->setTotalSteps(run->totalSteps);
                setStat(QStringLiteral("device"),
                    run->device.isEmpty()                     ? QStringLiteral("–")
                        : run->device == QLatin1String("cpu") ? tr("processor")
                                                              : tr("graphics card (%1)").arg(run->device));
                if (!isLiveRun(run->id))
                    setStat(QStringLiteral("eta"), QStringLiteral("–")); // nothing is training
            }
        } catch (const store::StoreError &) { }
    }
    if (modelPath.isEmpty())
        m_summary->setText(tr("Choose a model and a plan first."));
    else if (m_runId == 0)
        m_summary->setText(tr("Ready to teach %1 your shop's tasks.").arg(QFileInfo(modelPath).fileName()));
    else if (m_status == QLatin1String("running"))
        m_summary->setText(tr("Run %1 is training… You can keep using ShopTuner meanwhile.").arg(m_runId));
    else
        m_summary->setText(tr("Run %1: %2.").arg(m_runId).arg(statusWord(m_status))
            + (m_status == QLatin1String("paused") || m_status == QLatin1String("interrupted")
                    ? QLatin1Char(' ') + tr("Resume continues where it stopped.")
                    : QString()));
    drawOverlays(); // and the axes for the points read
    updateButtons();
}

void TrainPanel::drawOverlays()
{
    QList<LossChart::Overlay> runs;
    const auto actions = m_overlayMenu->actions();
    const bool any = std::any_of(actions.begin(), actions.end(),
        [this](QAction *a) { return a->isChecked() && a->data().toLongLong() != m_runId; });
    if (any && m_project->isOpen()) {
        try {
            store::ProjectStore project(m_project->path());
            for (QAction *a : actions) {
                const qint64 id = a->data().toLongLong();
                if (!a->isChecked() || id == m_runId)
                    continue;
                LossChart::Overlay run;
                run.runId = id;
                for (const store::RunPoint &p : store::runPoints(project, id)) {
                    if (p.trainLoss && std::isfinite(*p.trainLoss)) {
                        run.steps << double(p.step);
                        run.losses << *p.trainLoss;
                    }
                    if (p.valLoss && std::isfinite(*p.valLoss)) {
                        run.valSteps << double(p.step);
                        run.valLosses << *p.valLoss;
                    }
                }
                runs << run;
            }
        } catch (const store::StoreError &) { }
    }
    m_chart->setOverlays(runs);
}

void TrainPanel::addPoint(const TrainEvent &u)
{
    if (u.kind == TrainEvent::Kind::Step) {
        m_chart->setTotalSteps(u.totalSteps);
        m_chart->addTrainingLoss(double(u.step), u.loss);
        setStat(QStringLiteral("step"), QStringLiteral("%1 / %2").arg(u.step).arg(u.totalSteps));
        // In the reader's number format ("0,02" in German).
        const QLocale locale;
        setStat(QStringLiteral("epoch"), locale.toString(u.epoch, 'f', 2));
        setStat(QStringLiteral("lr"), locale.toString(u.learningRate, 'g', 3));
        setStat(QStringLiteral("speed"), locale.toString(qRound(u.tokensPerSecond)));
        setStat(QStringLiteral("eta"), formatLength(u.etaSeconds));
        setStat(QStringLiteral("elapsed"), formatLength(u.elapsedSeconds)); // earlier sessions included
        setStat(QStringLiteral("memory"),
            u.peakMemoryBytes > 0 ? services::formatBytes(u.peakMemoryBytes) : QStringLiteral("–"));
    } else if (u.kind == TrainEvent::Kind::Eval)
        m_chart->addValidationLoss(double(u.step), u.valLoss);
    else if (u.kind == TrainEvent::Kind::Warning)
        m_summary->setText(tr("Note: %1").arg(warningText(u)));
    m_chart->refresh();
}

void TrainPanel::updateButtons()
{
    const bool open = m_project->isOpen();
    const bool resumable = m_status == QLatin1String("paused") || m_status == QLatin1String("interrupted");
    const bool busy = isTraining() || m_project->trainingJob(); // this page's run or another page's
    m_start->setEnabled(open && !busy);
    m_start->setText(m_runId ? tr("&Start a new run") : tr("&Start training"));
    m_pause->setEnabled(isTraining() && !m_pausing);
    m_cancel->setEnabled(isTraining() || (resumable && !busy));
    m_resume->setEnabled(open && !busy && resumable);
    m_export->setEnabled(open && !isTraining() && m_status == QLatin1String("finished"));
}

bool TrainPanel::writeJobFolder(const QString &folder, int ranks)
{
    try {
        store::ProjectStore project(m_project->path());
        const QString model = project.info(QStringLiteral("model_path"));
        if (model.isEmpty())
            throw store::StoreError(tr("Choose a model first."));
        const services::TrainSettings settings
            = services::TrainSettings::fromJson(project.info(QStringLiteral("train_settings")));
        const jobs::ClusterJobFolder job
            = jobs::writeClusterJobFolder(m_project->path(), model, settings, folder, ranks);
        m_summary->setText(tr("Job folder written: %1 (%n training record(s)). Run train.sh there, or submit "
                              "shoptuner-train.sbatch on a SLURM cluster; then import the adapter it makes.",
            nullptr, int(job.records))
                               .arg(QDir::toNativeSeparators(job.folder)));
        return true;
    } catch (const store::StoreError &e) {
        showError(this, tr("Cannot write the job folder"), e.message(), e.hint());
        return false;
    }
}

bool TrainPanel::importAdapter(const QString &adapterDir)
{
    try {
        QString model;
        {
            store::ProjectStore project(m_project->path());
            model = project.info(QStringLiteral("model_path"));
        }
        if (model.isEmpty())
            throw store::StoreError(tr("Choose the base model the adapter was trained on first."));
        const std::int64_t id = jobs::importTrainedAdapter(m_project->path(), model, adapterDir);
        loadLatestRun();
        m_summary->setText(tr("Imported as run %1: test it on the Results page, chat with it, or export it.").arg(id));
        m_project->notifyDataChanged();
        return true;
    } catch (const store::StoreError &e) {
        showError(this, tr("Cannot import the adapter"), e.message(), e.hint());
        return false;
    }
}

void TrainPanel::exportRun()
{
    if (m_runId != 0)
        ExportDialog::openForRun(m_project, m_runId, this);
}

void TrainPanel::follow(jobs::TrainJob *job)
{
    // Every Training page follows the project's job, this one included (followSharedJob). The
    // project lets go of it first when it ends, so the pages then read the run's final state.
    m_project->setTrainingJob(job);
    connect(job, &jobs::Job::ended, this, [this, job] {
        job->wait();
        job->deleteLater();
        if (job->outcome() == jobs::Job::Outcome::Failed)
            showError(this, tr("Training stopped with an error"), job->error().message, job->error().details);
    });
    job->start();
}

void TrainPanel::followSharedJob()
{
    jobs::TrainJob *job = m_project->trainingJob();
    if (job && job != m_job) {
        watch(job);
        if (job->runId() != 0)
            showRun(job->runId()); // the curve so far, from the project; live points follow
    }
    updateButtons();
}

// Shows the job's steps as they come and its end; the page that started it owns it.
void TrainPanel::watch(jobs::TrainJob *job)
{
    m_job = job;
    m_pausing = false;
    m_progress->follow(job);
    connect(job, &jobs::TrainJob::runCreated, this, [this](qint64 id) { m_runId = id; });
    connect(job, &jobs::TrainJob::updated, this, &TrainPanel::addPoint);
    connect(job, &jobs::Job::ended, this, [this] {
        m_job = nullptr;
        m_pausing = false;
        loadLatestRun();
        Q_EMIT runEnded(m_status);
    });
    m_status = QStringLiteral("running");
    m_summary->setText(tr("Training… You can keep using ShopTuner meanwhile."));
    updateButtons();
}

bool TrainPanel::isLiveRun(std::int64_t id) const
{
    const jobs::TrainJob *job = m_project->trainingJob();
    return job && id != 0 && job->runId() == id;
}

void TrainPanel::start()
{
    if (isTraining() || m_project->trainingJob() || !m_project->isOpen())
        return;
    jobs::TrainJobParams p;
    p.projectPath = m_project->path();
    try {
        store::ProjectStore project(m_project->path());
        p.modelDir = project.info(QStringLiteral("model_path"));
        p.settings = services::TrainSettings::fromJson(project.info(QStringLiteral("train_settings")));
        const AppSettings app = AppSettings::load();
        p.settings.threads = app.threads;
        p.settings.device = app.device;
    } catch (const store::StoreError &e) {
        showError(this, tr("Cannot start"), e.message());
        return;
    }
    if (p.modelDir.isEmpty()) {
        showError(this, tr("No model chosen"), tr("Choose the model to teach on the Model page first."));
        return;
    }
    p.outDir = newRunFolder(m_project->path());
    m_chart->clear();
    follow(new jobs::TrainJob(p, this));
}

void TrainPanel::pause()
{
    if (!m_job || m_pausing)
        return;
    m_job->requestPause();
    // Said at once: the step under way finishes and a checkpoint is written first.
    m_pausing = true;
    m_summary->setText(tr("Pausing after this learning step… Resume continues from there."));
    updateButtons();
}

void TrainPanel::resume()
{
    if (isTraining() || m_runId == 0)
        return;
    jobs::TrainJobParams p;
    p.projectPath = m_project->path();
    p.runId = m_runId;
    follow(new jobs::TrainJob(p, this));
    m_pause->setFocus(); // the button that now makes sense, not Cancel
}

void TrainPanel::cancel(bool askFirst)
{
    if (askFirst
        && !confirm(this, tr("Give up this run?"),
            tr("The run stops and cannot be resumed. What it learned so far is kept only if you pause instead."),
            tr("Give up the run")))
        return;
    if (m_job) {
        m_job->requestCancel();
        return;
    }
    // A paused run given up: mark it so it no longer offers to resume.
    try {
        store::ProjectStore project(m_project->path());
        if (auto run = store::trainingRun(project, m_runId)) {
            run->status = QStringLiteral("cancelled");
            store::updateTrainingRun(project, *run);
        }
    } catch (const store::StoreError &) { }
    loadLatestRun();
}

} // namespace shoptuner::ui
