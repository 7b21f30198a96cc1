#include "plan_panel.h"

#include "job_progress.h"
#include "jobs/plan_job.h"
#include "project_context.h"
#include "settings_panel.h"
#include "store/project_store.h"

#include <QButtonGroup>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace shoptuner::ui {

PlanPanel::PlanPanel(ProjectContext *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_presets(new QButtonGroup(this))
    , m_advanced(new QGroupBox(tr("Advanced settings"), this))
    , m_rank(new QSpinBox(this))
    , m_epochs(new QSpinBox(this))
    , m_maxLength(new QSpinBox(this))
    , m_batch(new QSpinBox(this))
    , m_valEvery(new QSpinBox(this))
    , m_patience(new QSpinBox(this))
    , m_maxSteps(new QSpinBox(this))
    , m_alpha(new QDoubleSpinBox(this))
    , m_learningRate(new QDoubleSpinBox(this))
    , m_estimate(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    buildPresets(layout);
    QToolButton *toggle = buildAdvancedToggle(layout);
    buildAdvancedSettings();
    buildEstimate(layout);
    connectSignals(toggle);
}

void PlanPanel::buildPresets(QVBoxLayout *layout)
{
    const QList<std::tuple<services::PlanPreset, QString, QString>> presets = {
        {services::PlanPreset::Quick, tr("&Quick"), tr("A first look: a few hundred steps with small adapters.")},
        {services::PlanPreset::Balanced, tr("&Balanced"), tr("One pass over all examples. A good default.")},
        {services::PlanPreset::Thorough, tr("&Thorough"),
            tr("Three passes with larger adapters; stops early when the test questions stop improving.")},
    };
    for (const auto &[preset, name, help] : presets) {
        auto *radio = new QRadioButton(name, this);
        radio->setObjectName(QStringLiteral("preset%1").arg(int(preset)));
        auto *label = new QLabel(help, this);
        label->setIndent(24);
        label->setWordWrap(true);
        m_presets->addButton(radio, int(preset));
        layout->addWidget(radio);
        layout->addWidget(label);
    }
}

QToolButton *PlanPanel::buildAdvancedToggle(QVBoxLayout *layout)
{
    auto *toggle = new QToolButton(this);
    toggle->setObjectName(QStringLiteral("advancedPlanToggle"));
    toggle->setText(tr("Advanced"));
    toggle->setCheckable(true);
    toggle->setArrowType(Qt::RightArrow);
    toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toggle->setAutoRaise(true);
    layout->addWidget(toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_advanced);
    m_advanced->setVisible(false);
    return toggle;
}

void PlanPanel::buildAdvancedSettings()
{
    auto *form = new QFormLayout(m_advanced);
    const auto row = [&](const QString &label, QWidget *w, const QString &name, const QString &tip) {
        w->setObjectName(name);
        w->setToolTip(tip);
        w->setAccessibleName(label);
        form->addRow(label, w);
    };
    m_rank->setRange(1, 256);
    row(tr("Adapter size (rank):"), m_rank, QStringLiteral("rank"),
        tr("How much the model can change. Larger learns more but needs more memory and examples. 8-32 is usual."));
    m_alpha->setRange(1, 512);
    row(tr("Adapter strength (alpha):"), m_alpha, QStringLiteral("alpha"),
        tr("How strongly the learned change is applied; usually equal to or twice the rank."));
    m_learningRate->setDecimals(6);
    m_learningRate->setRange(1e-6, 1e-2);
    m_learningRate->setSingleStep(1e-5);
    row(tr("Learning rate:"), m_learningRate, QStringLiteral("learningRate"),
        tr("How big each learning step is. Too high and training becomes unstable; too low and it learns slowly."));
    m_epochs->setRange(1, 20);
    row(tr("Passes over the examples (epochs):"), m_epochs, QStringLiteral("epochs"),
        tr("How many times the model sees every example."));
    m_maxSteps->setRange(0, 1'000'000);
    m_maxSteps->setSpecialValueText(tr("no limit"));
    row(tr("Stop after steps:"), m_maxSteps, QStringLiteral("maxSteps"),
        tr("Stop after this many learning steps even before the passes are done (0: no limit)."));
    m_maxLength->setRange(64, 8192);
    m_maxLength->setSingleStep(64);
    row(tr("Longest example (tokens):"), m_maxLength, QStringLiteral("maxLength"),
        tr("Longer examples are cut to this many tokens. Longer needs more memory."));
    m_batch->setRange(1, 64);
    row(tr("Examples per step (batch):"), m_batch, QStringLiteral("batch"),
        tr("How many examples are learned from at once. More is steadier but needs more memory."));
    m_valEvery->setRange(1, 100000);
    row(tr("Check progress every (steps):"), m_valEvery, QStringLiteral("valEvery"),
        tr("How often the model is tested on the held-back validation examples."));
    m_patience->setRange(0, 100);
    m_patience->setSpecialValueText(tr("never"));
    row(tr("Stop early after checks without improvement:"), m_patience, QStringLiteral("patience"),
        tr("Stop when the validation loss has not improved this many checks in a row (0: never stop early)."));
}

void PlanPanel::buildEstimate(QVBoxLayout *layout)
{
    m_estimate->setObjectName(QStringLiteral("planEstimate"));
    m_estimate->setWordWrap(true);
    layout->addWidget(m_estimate);
    layout->addStretch();

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
}

void PlanPanel::connectSignals(QToolButton *toggle)
{
    connect(toggle, &QToolButton::toggled, this, [this, toggle](bool on) {
        toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_advanced->setVisible(on);
    });
    connect(m_debounce, &QTimer::timeout, this, &PlanPanel::estimate);
    connect(m_presets, &QButtonGroup::idClicked, this, [this](int id) { setPreset(services::PlanPreset(id)); });
    for (QSpinBox *s : {m_rank, m_epochs, m_maxLength, m_batch, m_valEvery, m_patience, m_maxSteps})
        connect(s, &QSpinBox::valueChanged, this, [this] {
            if (!m_loading) {
                save();
                m_debounce->start();
            }
        });
    for (QDoubleSpinBox *s : {m_alpha, m_learningRate})
        connect(s, &QDoubleSpinBox::valueChanged, this, [this] {
            if (!m_loading) {
                save();
                m_debounce->start();
            }
        });
    connect(m_project, &ProjectContext::projectChanged, this, &PlanPanel::load);
}

void PlanPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    load();
}

services::TrainSettings PlanPanel::settings() const
{
    services::TrainSettings s;
    s.rank = m_rank->value();
    s.alpha = m_alpha->value();
    s.learningRate = m_learningRate->value();
    s.epochs = m_epochs->value();
    s.maxSteps = m_maxSteps->value();
    s.maxLength = m_maxLength->value();
    s.microBatch = m_batch->value();
    s.valEvery = m_valEvery->value();
    s.saveEvery = m_valEvery->value();
    s.patience = m_patience->value();
    const AppSettings app = AppSettings::load(); // estimate with the cores and device training will use
    s.threads = app.threads;
    s.device = app.device;
    return s;
}

void PlanPanel::showSettings(const services::TrainSettings &s)
{
    m_loading = true;
    m_rank->setValue(s.rank);
    m_alpha->setValue(s.alpha);
    m_learningRate->setValue(s.learningRate);
    m_epochs->setValue(s.epochs);
    m_maxSteps->setValue(int(s.maxSteps));
    m_maxLength->setValue(int(s.maxLength));
    m_batch->setValue(s.microBatch);
    m_valEvery->setValue(int(s.valEvery));
    m_patience->setValue(s.patience);
    m_loading = false;
}

void PlanPanel::setPreset(services::PlanPreset preset)
{
    m_presets->button(int(preset))->setChecked(true);
    showSettings(services::presetSettings(preset));
    save();
    estimate();
}

void PlanPanel::load()
{
    if (!m_project->isOpen())
        return;
    QString json, preset;
    try {
        store::ProjectStore project(m_project->path());
        json = project.info(QStringLiteral("train_settings"));
        preset = project.info(QStringLiteral("train_preset"), QStringLiteral("1"));
    } catch (const store::StoreError &) { }
    if (QAbstractButton *b = m_presets->button(preset.toInt()))
        b->setChecked(true);
    showSettings(json.isEmpty() ? services::presetSettings(services::PlanPreset(preset.toInt()))
                                : services::TrainSettings::fromJson(json));
    if (json.isEmpty())
        save();
    estimate();
}

void PlanPanel::save()
{
    if (!m_project->isOpen())
        return;
    try {
        store::ProjectStore project(m_project->path());
        project.setInfo(QStringLiteral("train_settings"), settings().toJson());
        project.setInfo(QStringLiteral("train_preset"), QString::number(m_presets->checkedId()));
    } catch (const store::StoreError &) { }
}

void PlanPanel::estimate()
{
    if (!m_project->isOpen() || !isVisible())
        return;
    if (m_job) {
        m_debounce->start(); // one estimate at a time; try again shortly
        return;
    }
    QString modelPath;
    try {
        store::ProjectStore project(m_project->path());
        modelPath = project.info(QStringLiteral("model_path"));
    } catch (const store::StoreError &) { }
    if (modelPath.isEmpty()) {
        m_estimate->setText(tr("Choose a model first to see how long training takes."));
        return;
    }
    const services::ModelCandidate model = services::inspectModel(modelPath);
    if (!model.problem.isEmpty()) {
        m_estimate->setText(tr("The chosen model cannot be used: %1").arg(model.problem));
        return;
    }
    m_estimate->setText(tr("Estimating on this computer…"));
    auto *job = new jobs::PlanJob(m_project->path(), model, settings(), {}, this);
    m_job = job;
    connect(job, &jobs::Job::ended, this, [this, job] {
        job->wait();
        job->deleteLater();
        m_job = nullptr;
        if (job->outcome() != jobs::Job::Outcome::Succeeded) {
            m_estimate->setText(job->error().message);
            return;
        }
        const services::PlanEstimate &e = job->result();
        QString text
            = tr("%1 learning steps over %2 training examples (about %3 tokens each). Training on %4 "
                 "takes %5 and needs about %6 of memory.")
                  .arg(e.steps)
                  .arg(e.trainExamples)
                  .arg(qRound(e.tokensPerExample))
                  .arg(services::deviceWords(e.device), formatLength(e.seconds), services::formatBytes(e.memoryBytes));
        // How sure the time is: measured here before, or a guess until the first run measures it.
        switch (e.speedBasis) {
        case services::SpeedBasis::Measured:
            text += QLatin1Char(' ') + tr("The time is what this computer measured for this model before.");
            break;
        case services::SpeedBasis::Corrected:
            text += QLatin1Char(' ')
                + tr("The time is estimated from another model trained on this computer; the first run of this "
                     "one will tell.");
            break;
        case services::SpeedBasis::Formula:
            text += QLatin1Char(' ')
                + tr("The time is a first guess, as nothing has been trained on this computer yet; while "
                     "training, the Training page shows the time left from the steps so far.");
            break;
        }
        if (!e.fits)
            text += QLatin1Char(' ')
                + tr("That is more than this computer has free: choose a smaller model, shorter examples or "
                     "fewer examples per step.");
        m_estimate->setText(text);
    });
    job->start();
}

} // namespace shoptuner::ui
