#include "model_panel.h"

#include "job_progress.h"
#include "jobs/demo_model_job.h"
#include "message_box.h"
#include "model_downloads.h"
#include "project_context.h"
#include "store/project_store.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace shoptuner::ui {
namespace {

enum Column { NameColumn, FamilyColumn, SizeColumn, DiskColumn, MemoryColumn, ColumnCount };
const QString kKnownModels = QStringLiteral("models/known");

QString parameterText(qint64 n)
{
    if (n >= 1'000'000'000)
        return ModelPanel::tr("%1 billion").arg(QLocale().toString(double(n) / 1e9, 'f', 1));
    return ModelPanel::tr("%1 million").arg(QLocale().toString(double(n) / 1e6, 'f', n < 10'000'000 ? 1 : 0));
}

} // namespace

QString demoModelDir(const QString &projectPath)
{
    const QFileInfo f(projectPath);
    return f.absolutePath() + QLatin1Char('/') + f.completeBaseName() + QStringLiteral(" demo model");
}

ModelPanel::ModelPanel(ProjectContext *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_hardwareLabel(new QLabel(this))
    , m_models(new QTreeWidget(this))
    , m_recommendation(new QLabel(this))
    , m_demo(new QPushButton(tr("Make a &demo model"), this))
    , m_progress(new JobProgress(this))
    , m_downloads(new ModelDownloads(this))
{
    auto *intro
        = new QLabel(tr("Choose the language model to teach. Small models (135 million to 1.7 billion parameters) "
                        "learn shop tasks well and train on an ordinary computer."),
            this);
    intro->setWordWrap(true);
    m_hardwareLabel->setObjectName(QStringLiteral("hardware"));
    m_hardwareLabel->setWordWrap(true);
    m_models->setObjectName(QStringLiteral("modelList"));
    m_models->setAccessibleName(tr("Models on this computer"));
    m_models->setRootIsDecorated(false);
    m_models->setColumnCount(ColumnCount);
    m_models->setHeaderLabels({tr("Model"), tr("Family"), tr("Size"), tr("On disk"), tr("Memory to train")});
    m_models->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_models->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_recommendation->setObjectName(QStringLiteral("recommendation"));
    m_recommendation->setWordWrap(true);
    auto *choose = new QPushButton(tr("Choose a model &folder…"), this);
    choose->setObjectName(QStringLiteral("chooseModelFolder"));
    choose->setToolTip(tr("A Hugging Face model folder with config.json, model.safetensors and the tokenizer files"));
    m_demo->setObjectName(QStringLiteral("makeDemoModel"));
    m_demo->setToolTip(tr("A tiny model with a vocabulary learned from your shop's texts. It knows nothing yet, so its "
                          "answers mean little; it lets you try every step in a few minutes."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(choose);
    buttons->addWidget(m_demo);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_hardwareLabel);
    layout->addWidget(m_models, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_recommendation);
    layout->addSpacing(8);
    layout->addWidget(m_downloads, 1);

    connect(choose, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose a model folder"));
        if (!dir.isEmpty())
            chooseModel(dir);
    });
    connect(m_demo, &QPushButton::clicked, this, &ModelPanel::makeDemoModel);
    connect(m_models, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(NameColumn, Qt::UserRole + 1).toString().isEmpty()) {
            const QString path = item->data(NameColumn, Qt::UserRole).toString();
            if (path != chosenModel())
                chooseModel(path);
        }
        showRecommendation();
    });
    connect(m_project, &ProjectContext::projectChanged, this, &ModelPanel::refresh);
    connect(m_downloads, &ModelDownloads::downloaded, this, [this](const QString &folder, bool encoder) {
        if (!encoder && m_project->isOpen())
            chooseModel(folder);
        refresh();
    });
}

void ModelPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

QString ModelPanel::chosenModel() const
{
    if (!m_project->isOpen())
        return {};
    try {
        store::ProjectStore project(m_project->path());
        return project.info(QStringLiteral("model_path"));
    } catch (const store::StoreError &) {
        return {};
    }
}

bool ModelPanel::chooseModel(const QString &dir)
{
    const services::ModelCandidate c = services::inspectModel(dir);
    if (!c.problem.isEmpty()) {
        showError(this, tr("This model cannot be used"), tr("%1 cannot be trained here: %2").arg(dir, c.problem));
        return false;
    }
    QSettings settings;
    QStringList known = settings.value(kKnownModels).toStringList();
    known.removeAll(c.path);
    known.prepend(c.path);
    settings.setValue(kKnownModels, known.mid(0, 12));
    try {
        store::ProjectStore project(m_project->path());
        project.setInfo(QStringLiteral("model_path"), c.path);
    } catch (const store::StoreError &e) {
        showError(this, tr("Cannot save the choice"), e.message());
        return false;
    }
    refresh();
    Q_EMIT modelChosen(c.path);
    return true;
}

void ModelPanel::refresh()
{
    if (!m_hardwareKnown && isVisible()) {
        m_hardware = services::detectHardware();
        m_hardwareKnown = true;
        m_downloads->setHardware(m_hardware);
    }
    if (m_hardwareKnown) {
        m_hardwareLabel->setText(tr("This computer: %1.").arg(m_hardware.describe()));
        m_hardwareLabel->setToolTip(m_hardware.deviceNote.isEmpty()
                ? m_hardware.blas
                : m_hardware.blas + QLatin1Char('\n') + m_hardware.deviceNote);
    }
    QStringList folders = QSettings().value(kKnownModels).toStringList();
    const QString chosen = chosenModel();
    if (m_project->isOpen())
        folders.prepend(demoModelDir(m_project->path()));
    if (!chosen.isEmpty())
        folders.prepend(chosen);
    QSignalBlocker block(m_models);
    m_models->clear();
    const services::TrainSettings balanced = services::presetSettings(services::PlanPreset::Balanced);
    for (const services::ModelCandidate &c : services::findModels(folders)) {
        auto *item = new QTreeWidgetItem(m_models);
        const bool demo
            = m_project->isOpen() && c.path == QFileInfo(demoModelDir(m_project->path())).absoluteFilePath();
        item->setText(NameColumn, demo ? tr("Demo model (untrained, for trying the steps)") : c.name);
        item->setToolTip(NameColumn, c.path);
        item->setData(NameColumn, Qt::UserRole, c.path);
        if (!c.problem.isEmpty()) {
            item->setText(FamilyColumn, tr("cannot be used"));
            item->setToolTip(FamilyColumn, c.problem);
            item->setDisabled(true);
            continue;
        }
        item->setText(FamilyColumn, c.family);
        item->setText(SizeColumn, parameterText(c.parameters));
        item->setText(DiskColumn, services::formatBytes(c.diskBytes));
        item->setText(MemoryColumn,
            tr("about %1").arg(services::formatBytes(services::estimateTrainingMemory(c, balanced, m_hardware))));
        if (c.path == chosen)
            m_models->setCurrentItem(item);
    }
    m_demo->setEnabled(m_project->isOpen() && !isBusy());
    showRecommendation();
}

void ModelPanel::showRecommendation()
{
    const services::TrainSettings balanced = services::presetSettings(services::PlanPreset::Balanced);
    const qint64 available = m_hardware.gpu ? 0 : m_hardware.ramAvailableBytes;
    QStringList lines;
    const QString chosen = chosenModel();
    if (chosen.isEmpty())
        lines << tr("No model chosen yet.");
    else {
        const services::ModelCandidate c = services::inspectModel(chosen);
        const qint64 need = services::estimateTrainingMemory(c, balanced, m_hardware);
        // Each sentence gets exactly the values it names (QString::arg warns about extra ones).
        if (available == 0 || need < available / 2)
            lines << tr("%1 fits comfortably: training needs about %2.").arg(c.name, services::formatBytes(need));
        else
            lines << (need < available ? tr("%1 fits, but only just: training needs about %2 of the %3 free.")
                                       : tr("%1 does not fit: training needs about %2, but only %3 are free."))
                         .arg(c.name, services::formatBytes(need), services::formatBytes(available));
    }
    if (!m_downloads->recommendedRepo().isEmpty() && chosen.isEmpty())
        lines << tr("Below, %1 is recommended for this computer: download it with one click.")
                     .arg(m_downloads->recommendedRepo());
    m_recommendation->setText(lines.join(QLatin1Char(' ')));
}

void ModelPanel::makeDemoModel()
{
    if (isBusy() || !m_project->isOpen())
        return;
    auto *job = new jobs::DemoModelJob(m_project->path(), demoModelDir(m_project->path()), this);
    m_job = job;
    m_demo->setEnabled(false);
    m_progress->follow(job);
    connect(job, &jobs::Job::ended, this, [this, job] {
        job->wait();
        job->deleteLater();
        m_job = nullptr;
        if (job->outcome() == jobs::Job::Outcome::Failed)
            showError(this, tr("The demo model could not be made"), job->error().message, job->error().details);
        else if (job->outcome() == jobs::Job::Outcome::Succeeded)
            chooseModel(job->modelDir());
        refresh();
    });
    job->start();
}

} // namespace shoptuner::ui
