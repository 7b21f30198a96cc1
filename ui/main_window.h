// The main window: the open project's pages (overview, import, training examples) beside a page
// list, the File menu for projects, and the setup wizard for the first steps.
#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace shoptuner::ui {

class ChatPanel;
class ImportPanel;
class ModelPanel;
class PlanPanel;
class ProjectContext;
class RecordsBrowser;
class SetupWizard;
class SettingsPanel;
class TasksPanel;
class TrainPanel;
class VerdictPanel;
class ComparePanel;
class WorkPanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page {
        OverviewPage,
        ImportPage,
        TasksPage,
        RecordsPage,
        ModelPage,
        PlanPage,
        TrainPage,
        ResultsPage,
        WorkPage,
        ChatPage,
        SettingsPage
    };
    explicit MainWindow(QWidget *parent = nullptr);

    ProjectContext *project() const { return m_project; }
    // First run: the wizard; later runs: the last project, and the wizard if it was left mid-way.
    void startUp();
    void startDemo(); // the wizard making (or opening) the demo shop
    void openProject(const QString &path); // with a message when it cannot be opened
    SetupWizard *showWizard(); // non-modal; the window stays usable
    void showPage(Page page);
    ImportPanel *importPanel() const { return m_import; }
    TasksPanel *tasksPanel() const { return m_tasks; }
    RecordsBrowser *recordsBrowser() const { return m_records; }
    TrainPanel *trainPanel() const { return m_train; }
    VerdictPanel *verdictPanel() const { return m_verdict; }
    ComparePanel *comparePanel() const { return m_compare; }
    QTabWidget *resultsTabs() const { return m_results; }
    ChatPanel *chatPanel() const { return m_chat; }
    WorkPanel *workPanel() const { return m_work; }
    SettingsPanel *settingsPanel() const { return m_settings; }
    ModelPanel *modelPanel() const { return m_model; }
    PlanPanel *planPanel() const { return m_plan; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void refresh();
    void openProjectDialog();
    void openRecent(const QString &path);
    void fillRecentMenu();
    void showAbout();

    ProjectContext *m_project;
    QListWidget *m_pages;
    QStackedWidget *m_stack;
    QLabel *m_overview;
    ImportPanel *m_import;
    TasksPanel *m_tasks;
    RecordsBrowser *m_records;
    ModelPanel *m_model;
    PlanPanel *m_plan;
    TrainPanel *m_train;
    VerdictPanel *m_verdict;
    ComparePanel *m_compare;
    QTabWidget *m_results;
    WorkPanel *m_work;
    ChatPanel *m_chat;
    SettingsPanel *m_settings;
    QMenu *m_recentMenu = nullptr;
    SetupWizard *m_wizard = nullptr;
};

} // namespace shoptuner::ui
