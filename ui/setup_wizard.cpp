#include "setup_wizard.h"

#include "demo_shop.h"
#include "import_panel.h"
#include "job_progress.h"
#include "message_box.h"
#include "model_panel.h"
#include "plan_panel.h"
#include "project_context.h"
#include "settings_panel.h"
#include "tasks_panel.h"
#include "train_panel.h"
#include "verdict_panel.h"
#include "window_size.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace shoptuner::ui {
namespace {

QString stepName(int id)
{
    switch (id) {
    case SetupWizard::ImportPageId:
        return QStringLiteral("import");
    case SetupWizard::TasksPageId:
        return QStringLiteral("tasks");
    case SetupWizard::ModelPageId:
        return QStringLiteral("model");
    case SetupWizard::PlanPageId:
        return QStringLiteral("plan");
    case SetupWizard::TrainPageId:
        return QStringLiteral("train");
    case SetupWizard::VerdictPageId:
        return QStringLiteral("verdict");
    default:
        return {};
    }
}

} // namespace

SetupWizard::SetupWizard(ProjectContext *project, QWidget *parent)
    : QWizard(parent)
    , m_project(project)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Set up your shop"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setPage(WelcomePageId, new WelcomePage(project, this));
    setPage(ImportPageId, new ImportWizardPage(project, this));
    setPage(TasksPageId, new TasksWizardPage(project, this));
    setPage(ModelPageId, new ModelWizardPage(project, this));
    setPage(PlanPageId, new PlanWizardPage(project, this));
    setPage(TrainPageId, new TrainWizardPage(project, this));
    setPage(VerdictPageId, new VerdictWizardPage(project, this));
    setButtonText(QWizard::FinishButton, tr("&Done"));
    // Closing the wizard loses nothing (the project keeps the step, training goes on in the main
    // window), and beside the Training page's own Cancel a second "Cancel" would be ambiguous.
    setButtonText(QWizard::CancelButton, tr("C&lose"));
    button(QWizard::CancelButton)
        ->setToolTip(tr("Close the wizard: everything is kept, training goes on, and the wizard opens here again"));
    fitToScreen(this, QSize(980, 700)); // a laptop's 768 pixels: smaller, never partly off-screen
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (!stepName(id).isEmpty())
            m_project->setWizardStep(stepName(id));
    });
}

ImportPanel *SetupWizard::importPanel() const
{
    return static_cast<ImportWizardPage *>(page(ImportPageId))->panel();
}

TasksPanel *SetupWizard::tasksPanel() const
{
    return static_cast<TasksWizardPage *>(page(TasksPageId))->panel();
}

ModelPanel *SetupWizard::modelPanel() const
{
    return static_cast<ModelWizardPage *>(page(ModelPageId))->panel();
}

PlanPanel *SetupWizard::planPanel() const
{
    return static_cast<PlanWizardPage *>(page(PlanPageId))->panel();
}

VerdictPanel *SetupWizard::verdictPanel() const
{
    return static_cast<VerdictWizardPage *>(page(VerdictPageId))->panel();
}

TrainPanel *SetupWizard::trainPanel() const
{
    return static_cast<TrainWizardPage *>(page(TrainPageId))->panel();
}

void SetupWizard::resume()
{
    restart();
    if (!m_project->isOpen())
        return;
    const QString step = m_project->wizardStep();
    // Walk forward through the pages so Back works from where the wizard resumes.
    const QMap<QString, int> pages = {{QStringLiteral("tasks"), TasksPageId}, {QStringLiteral("model"), ModelPageId},
        {QStringLiteral("plan"), PlanPageId}, {QStringLiteral("train"), TrainPageId},
        {QStringLiteral("verdict"), VerdictPageId}};
    const int target = pages.value(step, ImportPageId);
    while (currentId() != target && currentPage()->isComplete())
        next();
}

void SetupWizard::done(int result)
{
    if (result == QDialog::Accepted)
        m_project->setWizardStep(QStringLiteral("done"));
    QWizard::done(result);
}

WelcomePage::WelcomePage(ProjectContext *project, QWidget *parent)
    : QWizardPage(parent)
    , m_project(project)
    , m_recent(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_progress(new JobProgress(this))
    , m_demo(new DemoShop(project, this))
{
    setTitle(tr("Welcome to ShopTuner"));
    setSubTitle(tr("Teach a small language model your shop: your products, reviews and questions. It trains on this "
                   "computer; your data never leaves it."));
    auto *newButton = new QCommandLinkButton(
        tr("Start a &new shop project"), tr("Import your own catalog, reviews, questions, searches and orders."), this);
    newButton->setObjectName(QStringLiteral("newProject"));
    auto *openButton
        = new QCommandLinkButton(tr("&Open a project file"), tr("Continue with a project saved earlier."), this);
    openButton->setObjectName(QStringLiteral("openProject"));
    auto *demoButton = new QCommandLinkButton(tr("Try the &demo shop"),
        tr("See every step with Kettle && Loom, an invented homeware shop: 300 products, 1,500 reviews, questions, "
           "searches and orders."),
        this);
    demoButton->setObjectName(QStringLiteral("tryDemo"));
    m_recent->setObjectName(QStringLiteral("recentProjects"));
    m_recent->setAccessibleName(tr("Recent projects"));
    m_recentBox = new QGroupBox(tr("Recent projects"), this);
    auto *recentLayout = new QVBoxLayout(m_recentBox);
    recentLayout->addWidget(m_recent);
    m_status->setObjectName(QStringLiteral("welcomeStatus"));
    m_status->setWordWrap(true);

    auto *choices = new QVBoxLayout;
    choices->addWidget(newButton);
    choices->addWidget(openButton);
    choices->addWidget(demoButton);
    choices->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(choices, 3);
    columns->addWidget(m_recentBox, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);

    connect(newButton, &QCommandLinkButton::clicked, this, &WelcomePage::newProject);
    connect(openButton, &QCommandLinkButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open a project"), AppSettings::load().projectsFolder, tr("ShopTuner projects (*.shoptuner)"));
        if (!path.isEmpty())
            openProject(path);
    });
    connect(demoButton, &QCommandLinkButton::clicked, this, &WelcomePage::startDemo);
    connect(m_recent, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { openProject(item->data(Qt::UserRole).toString()); });
    connect(m_demo, &DemoShop::jobStarted, m_progress, [this](jobs::Job *job) { m_progress->follow(job); });
    connect(m_demo, &DemoShop::finished, this, [this](bool ok, const QString &error) {
        m_demoRunning = false;
        if (!ok)
            showError(this, tr("The demo shop could not be set up"), error);
        updateStatus();
        if (ok)
            static_cast<SetupWizard *>(wizard())->resume(); // the demo's step: its training examples
    });
    connect(m_project, &ProjectContext::projectChanged, this, &WelcomePage::updateStatus);
}

void WelcomePage::initializePage()
{
    m_recent->clear();
    for (const QString &p : m_project->recentProjects()) {
        auto *item = new QListWidgetItem(QFileInfo(p).completeBaseName(), m_recent);
        item->setToolTip(p);
        item->setData(Qt::UserRole, p);
    }
    m_recentBox->setVisible(m_recent->count() > 0);
    updateStatus();
}

void WelcomePage::updateStatus()
{
    m_status->setText(m_demoRunning ? tr("Setting up the demo shop: importing its files and building examples…")
            : m_project->isOpen()   ? tr("Project: %1").arg(m_project->name())
                                    : tr("Choose a project to continue."));
    Q_EMIT completeChanged();
}

bool WelcomePage::isComplete() const
{
    return m_project->isOpen() && !m_demoRunning;
}

bool WelcomePage::isBusy() const
{
    return m_demoRunning;
}

void WelcomePage::newProject()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Name your shop project"),
        QDir(AppSettings::load().projectsFolder).filePath(tr("My shop.shoptuner")),
        tr("ShopTuner projects (*.shoptuner)"));
    if (path.isEmpty())
        return;
    QString error, details;
    if (!m_project->open(path, true, &error, &details))
        showError(this, tr("Cannot create the project"), error, details);
    else
        wizard()->next();
}

void WelcomePage::openProject(const QString &path)
{
    QString error, details;
    if (!m_project->open(path, false, &error, &details)) {
        showError(this, tr("Cannot open the project"), error, details);
        return;
    }
    static_cast<SetupWizard *>(wizard())->resume();
}

void WelcomePage::startDemo()
{
    if (m_demoRunning)
        return;
    m_demoRunning = true;
    updateStatus();
    m_demo->start(ProjectContext::demoProjectPath());
}

ImportWizardPage::ImportWizardPage(ProjectContext *project, QWidget *parent)
    : QWizardPage(parent)
    , m_project(project)
    , m_panel(new ImportPanel(project, this))
{
    setTitle(tr("Bring in your shop's files"));
    setSubTitle(tr("At least the product catalog or the reviews. The more kinds of files, the more tasks the model "
                   "can learn."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scrollable(m_panel, this));
    connect(m_panel, &ImportPanel::imported, this, &QWizardPage::completeChanged);
    connect(project, &ProjectContext::dataChanged, this, &QWizardPage::completeChanged);
}

void ImportWizardPage::initializePage()
{
    Q_EMIT completeChanged();
}

bool ImportWizardPage::isComplete() const
{
    return m_panel->importedKinds() > 0 && !m_panel->isImporting();
}

TasksWizardPage::TasksWizardPage(ProjectContext *project, QWidget *parent)
    : QWizardPage(parent)
    , m_project(project)
    , m_panel(new TasksPanel(project, this))
{
    setTitle(tr("What your model will learn"));
    setSubTitle(tr("Ten shop tasks, made from your data. Look at the examples: they are what the model practises on."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scrollable(m_panel, this));
    connect(m_panel, &TasksPanel::built, this, &QWizardPage::completeChanged);
}

void TasksWizardPage::initializePage()
{
    // Coming from the import step with nothing built yet: build right away.
    if (!m_panel->hasRecords())
        m_panel->startBuild();
    Q_EMIT completeChanged();
}

bool TasksWizardPage::isComplete() const
{
    return m_panel->hasRecords() && !m_panel->isBuilding();
}

ModelWizardPage::ModelWizardPage(ProjectContext *project, QWidget *parent)
    : QWizardPage(parent)
    , m_panel(new ModelPanel(project, this))
{
    setTitle(tr("Choose the model to teach"));
    setSubTitle(tr("ShopTuner trains it on this computer. Smaller models train faster; larger ones answer better."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scrollable(m_panel, this));
    connect(m_panel, &ModelPanel::modelChosen, this, &QWizardPage::completeChanged);
}

bool ModelWizardPage::isComplete() const
{
    return !m_panel->chosenModel().isEmpty() && !m_panel->isBusy();
}

PlanWizardPage::PlanWizardPage(ProjectContext *project, QWidget *parent)
    : QWizardPage(parent)
    , m_panel(new PlanPanel(project, this))
{
    setTitle(tr("How thoroughly to train"));
    setSubTitle(tr("Pick a plan; the estimate is for this computer. You can stop and continue training at any time."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scrollable(m_panel, this));
}

TrainWizardPage::TrainWizardPage(ProjectContext *project, QWidget *parent)
    : QWizardPage(parent)
    , m_panel(new TrainPanel(project, this))
{
    setTitle(tr("Teach the model your shop"));
    setSubTitle(tr("Watch the loss fall: lower means the model predicts your examples better."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scrollable(m_panel, this));
    connect(m_panel, &TrainPanel::runEnded, this, &QWizardPage::completeChanged);
}

bool TrainWizardPage::isComplete() const
{
    return !m_panel->isTraining() && m_panel->status() == QLatin1String("finished");
}

VerdictWizardPage::VerdictWizardPage(ProjectContext *project, QWidget *parent)
    : QWizardPage(parent)
    , m_panel(new VerdictPanel(project, this))
{
    setTitle(tr("How well it does your shop's tasks"));
    setSubTitle(tr("The model answers the examples kept aside; its scores stand beside published models'. Done "
                   "takes you to \u201cPut it to work\u201d, where it fills in your catalog and reads your reviews."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scrollable(m_panel, this));
}

} // namespace shoptuner::ui
