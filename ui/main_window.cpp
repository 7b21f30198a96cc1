#include "main_window.h"

#include "chat_panel.h"
#include "compare_panel.h"
#include "help_dialog.h"
#include "import_panel.h"
#include "message_box.h"
#include "model_panel.h"
#include "plan_panel.h"
#include "problem_report.h"
#include "project_context.h"
#include "records_browser.h"
#include "settings_panel.h"
#include "setup_wizard.h"
#include "store/eval_tables.h"
#include "store/project_store.h"
#include "store/record_tables.h"
#include "store/run_tables.h"
#include "store/shop_tables.h"
#include "tasks_panel.h"
#include "train_panel.h"
#include "verdict_panel.h"
#include "window_size.h"
#include "work_panel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace shoptuner::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_project(new ProjectContext(this))
    , m_pages(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_overview(new QLabel(this))
    , m_import(new ImportPanel(m_project, this))
    , m_tasks(new TasksPanel(m_project, this))
    , m_records(new RecordsBrowser(m_project, this))
    , m_model(new ModelPanel(m_project, this))
    , m_plan(new PlanPanel(m_project, this))
    , m_train(new TrainPanel(m_project, this))
    , m_verdict(new VerdictPanel(m_project, this))
    , m_compare(new ComparePanel(m_project, this))
    , m_results(new QTabWidget(this))
    , m_work(new WorkPanel(m_project, this))
    , m_chat(new ChatPanel(m_project, this))
    , m_settings(new SettingsPanel(this))
{
    setWindowTitle(tr("ShopTuner"));
    auto *overview = new QWidget(this);
    auto *overviewLayout = new QVBoxLayout(overview);
    m_overview->setObjectName(QStringLiteral("overviewText"));
    m_overview->setWordWrap(true);
    m_overview->setTextFormat(Qt::RichText);
    m_overview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *wizardButton = new QPushButton(tr("Open the &setup wizard"), overview);
    wizardButton->setObjectName(QStringLiteral("openWizard"));
    overviewLayout->addWidget(m_overview, 1);
    overviewLayout->addWidget(wizardButton, 0, Qt::AlignLeft);
    connect(wizardButton, &QPushButton::clicked, this, &MainWindow::showWizard);

    m_stack->addWidget(scrollable(overview, this));
    m_stack->addWidget(scrollable(m_import, this));
    m_stack->addWidget(scrollable(m_tasks, this));
    m_stack->addWidget(scrollable(m_records, this));
    m_stack->addWidget(scrollable(m_model, this));
    m_stack->addWidget(scrollable(m_plan, this));
    m_stack->addWidget(scrollable(m_train, this));
    // Results: the verdict on one test for everyone, the comparison of several for analysts.
    m_results->setObjectName(QStringLiteral("resultsTabs"));
    m_results->addTab(m_verdict, tr("&Verdict"));
    m_results->addTab(m_compare, tr("Co&mpare tests"));
    m_results->setTabToolTip(0, tr("How the latest trained model does, task by task, beside a published model"));
    m_results->setTabToolTip(1, tr("Several tests side by side: runs, base models, other models"));
    connect(m_verdict, &VerdictPanel::evaluated, m_compare, &ComparePanel::reload);
    m_stack->addWidget(scrollable(m_results, this));
    m_stack->addWidget(scrollable(m_work, this));
    m_stack->addWidget(scrollable(m_chat, this));
    m_stack->addWidget(scrollable(m_settings, this));
    m_pages->setObjectName(QStringLiteral("pageList"));
    m_pages->setAccessibleName(tr("Pages"));
    for (const QString &name :
        {tr("Overview"), tr("Import files"), tr("Training examples"), tr("Browse examples"), tr("Model"),
            tr("Training plan"), tr("Training"), tr("Results"), tr("Put it to work"), tr("Chat"), tr("Settings")})
        m_pages->addItem(name);
    m_pages->setFixedWidth(180);
    m_pages->setCurrentRow(0);
    connect(m_pages, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_pages);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    buildMenus();

    connect(m_project, &ProjectContext::projectChanged, this, &MainWindow::refresh);
    connect(m_project, &ProjectContext::dataChanged, this, &MainWindow::refresh);
    connect(m_import, &ImportPanel::imported, this, [this] { statusBar()->showMessage(tr("Import finished"), 5000); });
    connect(m_settings, &SettingsPanel::restartRequested, this, [this] {
        // Closing asks about running work as usual; only a window that really closed is restarted.
        const QString project = m_project->path();
        if (close())
            QProcess::startDetached(
                QCoreApplication::applicationFilePath(), project.isEmpty() ? QStringList() : QStringList {project});
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        fitToScreen(this, QSize(1100, 720));
    else
        keepOnScreen(this); // saved on a screen that may be gone or smaller
    for (QSplitter *s : findChildren<QSplitter *>())
        if (!s->objectName().isEmpty())
            s->restoreState(settings.value(QStringLiteral("splitters/") + s->objectName()).toByteArray());
    refresh();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newProject = file->addAction(tr("&New Shop Project…"), this, [this] { showWizard()->restart(); });
    newProject->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open Project…"), this, &MainWindow::openProjectDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addAction(tr("Try the &Demo Shop"), this, &MainWindow::startDemo);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    // Not every platform theme defines Quit; Ctrl+Q is what users expect then.
    quit->setShortcut(QKeySequence::keyBindings(QKeySequence::Quit).value(0, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(
        tr("ShopTuner &help"), this, [this] { HelpDialog::showTopic(this, QStringLiteral("guide")); });
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(
        tr("What the &numbers mean"), this, [this] { HelpDialog::showTopic(this, QStringLiteral("numbers")); });
    help->addAction(tr("Report a &problem…"), this, [this] { showProblemReport(this, m_project); });
    help->addSeparator();
    help->addAction(tr("&About ShopTuner"), this, &MainWindow::showAbout);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_project->recentProjects();
    for (const QString &p : recent)
        m_recentMenu->addAction(QFileInfo(p).completeBaseName(), this, [this, p] { openRecent(p); })->setToolTip(p);
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
}

void MainWindow::startUp()
{
    const QStringList recent = m_project->recentProjects();
    if (recent.isEmpty()) {
        showWizard();
        return;
    }
    QString error;
    if (m_project->open(recent.first(), false, &error) && m_project->wizardStep() != QLatin1String("done"))
        showWizard()->resume();
}

void MainWindow::startDemo()
{
    SetupWizard *w = showWizard();
    w->restart();
    static_cast<WelcomePage *>(w->page(SetupWizard::WelcomePageId))->startDemo();
}

void MainWindow::openProject(const QString &path)
{
    openRecent(path);
    if (m_project->isOpen() && m_project->wizardStep() != QLatin1String("done"))
        showWizard()->resume();
}

SetupWizard *MainWindow::showWizard()
{
    if (!m_wizard) {
        m_wizard = new SetupWizard(m_project, this);
        connect(m_wizard, &QDialog::finished, this, [this](int result) {
            // Done on the last step leads to the model's work; from earlier steps, to the examples.
            if (result == QDialog::Accepted)
                showPage(m_wizard->currentId() == SetupWizard::VerdictPageId ? WorkPage : TasksPage);
        });
    }
    m_wizard->resume();
    m_wizard->show();
    m_wizard->raise();
    m_wizard->activateWindow();
    return m_wizard;
}

void MainWindow::showPage(Page page)
{
    m_pages->setCurrentRow(int(page));
}

void MainWindow::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a project"), AppSettings::load().projectsFolder, tr("ShopTuner projects (*.shoptuner)"));
    if (!path.isEmpty())
        openRecent(path);
}

void MainWindow::openRecent(const QString &path)
{
    QString error, details;
    if (!m_project->open(path, false, &error, &details))
        showError(this, tr("Cannot open the project"), error, details);
}

void MainWindow::refresh()
{
    setWindowTitle(m_project->isOpen() ? tr("%1 — ShopTuner").arg(m_project->name()) : tr("ShopTuner"));
    for (int i = 1; i < SettingsPage; ++i) // Settings do not need a project
        m_pages->item(i)->setFlags(m_project->isOpen() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags);
    if (!m_project->isOpen()) {
        m_overview->setText(
            tr("<h2>ShopTuner</h2><p>Teach a small language model your shop: your products, reviews and "
               "questions, trained on this computer. Your data never leaves it.</p><p>Start with the "
               "setup wizard: create a project from your shop's files, or try the demo shop.</p>"));
        showPage(OverviewPage);
        return;
    }
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(m_project->name().toHtmlEscaped(), m_project->path().toHtmlEscaped());
    try {
        store::ProjectStore project(m_project->path());
        const store::ShopCounts c = store::shopCounts(project);
        html += tr(
            "<p><b>Your shop's data:</b> %1 products, %2 reviews, %3 questions, %4 search results, %5 order lines.</p>")
                    .arg(c.products)
                    .arg(c.reviews)
                    .arg(c.questions)
                    .arg(c.searchEvents)
                    .arg(c.orderLines);
        qint64 records = 0;
        QSet<QString> tasks;
        for (const store::RecordCount &r : store::recordCounts(project)) {
            records += r.count;
            tasks.insert(r.task);
        }
        html += records ? tr("<p><b>Training examples:</b> %1 for %2 tasks.</p>").arg(records).arg(tasks.size())
                        : tr("<p><b>Training examples:</b> none yet.</p>");
        const auto runs = store::listTrainingRuns(project);
        if (!runs.empty()) {
            const store::TrainingRun &run = runs.front();
            html += tr("<p><b>Latest training:</b> run %1, %2, %3 of %4 steps%5.</p>")
                        .arg(run.id)
                        .arg(TrainPanel::statusWord(run.status))
                        .arg(run.stepsDone)
                        .arg(run.totalSteps)
                        .arg(run.bestValLoss
                                ? tr(", best validation loss %1").arg(QLocale().toString(*run.bestValLoss, 'f', 3))
                                : QString());
        }
        const auto evaluations = store::listEvaluations(project);
        if (!evaluations.empty())
            html += tr("<p><b>Latest test:</b> %1, %2 task results (see Results).</p>")
                        .arg(services::dateTimeText(evaluations.front().createdAt))
                        .arg(store::evalResults(project, evaluations.front().id).size());
    } catch (const store::StoreError &e) {
        html += QStringLiteral("<p>%1</p>").arg(e.message().toHtmlEscaped());
    }
    m_overview->setText(html);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    TrainPanel *wizardTraining = m_wizard ? m_wizard->trainPanel() : nullptr;
    if (m_train->isTraining() || (wizardTraining && wizardTraining->isTraining())) {
        if (!confirm(this, tr("Pause the training?"),
                tr("Training is running. ShopTuner pauses it at a checkpoint; next time you can resume where it "
                   "stopped."),
                tr("Pause and quit"))) {
            event->ignore();
            return;
        }
        m_train->pause();
        if (wizardTraining)
            wizardTraining->pause();
    }
    if (m_import->isImporting() || m_tasks->isBuilding()) {
        if (!confirm(this, tr("Stop the running work?"),
                tr("ShopTuner is still importing or building. If you quit now, that step is undone and can be "
                   "started again later."),
                tr("Stop and quit"))) {
            event->ignore();
            return;
        }
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    for (QSplitter *s : findChildren<QSplitter *>())
        if (!s->objectName().isEmpty())
            settings.setValue(QStringLiteral("splitters/") + s->objectName(), s->saveState());
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ShopTuner"),
        tr("<b>ShopTuner %1</b><br>Fine-tune a small language model on your own shop's data, "
           "on your own computer.")
            .arg(QApplication::applicationVersion()));
}

} // namespace shoptuner::ui
