// The wizard a shop owner follows from their exported files to training examples: welcome
// (new project, recent one, or the demo shop), import, tasks. Every step can go back; the step
// reached is saved in the project, so closing the app mid-way resumes there.
#pragma once

#include <QWizard>

class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace shoptuner::ui {

class DemoShop;
class ImportPanel;
class JobProgress;
class ModelPanel;
class PlanPanel;
class TrainPanel;
class VerdictPanel;
class ProjectContext;
class TasksPanel;

class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { WelcomePageId, ImportPageId, TasksPageId, ModelPageId, PlanPageId, TrainPageId, VerdictPageId };
    explicit SetupWizard(ProjectContext *project, QWidget *parent = nullptr);

    // Starts at the saved step of the open project (or the welcome page).
    void resume();
    ImportPanel *importPanel() const;
    TasksPanel *tasksPanel() const;
    ModelPanel *modelPanel() const;
    PlanPanel *planPanel() const;
    TrainPanel *trainPanel() const;
    VerdictPanel *verdictPanel() const;

protected:
    void done(int result) override;

private:
    ProjectContext *m_project;
};

class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    WelcomePage(ProjectContext *project, QWidget *parent = nullptr);
    bool isComplete() const override;
    void initializePage() override;
    void startDemo(); // as the "Try the demo shop" button does
    bool isBusy() const;

private:
    void newProject();
    void openProject(const QString &path);
    void updateStatus();

    ProjectContext *m_project;
    QListWidget *m_recent;
    QGroupBox *m_recentBox = nullptr;
    QLabel *m_status;
    JobProgress *m_progress;
    DemoShop *m_demo;
    bool m_demoRunning = false;
};

class ImportWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportWizardPage(ProjectContext *project, QWidget *parent = nullptr);
    bool isComplete() const override;
    void initializePage() override;
    ImportPanel *panel() const { return m_panel; }

private:
    ProjectContext *m_project;
    ImportPanel *m_panel;
};

class TasksWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    TasksWizardPage(ProjectContext *project, QWidget *parent = nullptr);
    bool isComplete() const override;
    void initializePage() override;
    TasksPanel *panel() const { return m_panel; }

private:
    ProjectContext *m_project;
    TasksPanel *m_panel;
};

} // namespace shoptuner::ui

namespace shoptuner::ui {

class ModelWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    ModelWizardPage(ProjectContext *project, QWidget *parent = nullptr);
    bool isComplete() const override;
    ModelPanel *panel() const { return m_panel; }

private:
    ModelPanel *m_panel;
};

class PlanWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    PlanWizardPage(ProjectContext *project, QWidget *parent = nullptr);
    PlanPanel *panel() const { return m_panel; }

private:
    PlanPanel *m_panel;
};

class TrainWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    TrainWizardPage(ProjectContext *project, QWidget *parent = nullptr);
    bool isComplete() const override;
    TrainPanel *panel() const { return m_panel; }

private:
    TrainPanel *m_panel;
};

class VerdictWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    VerdictWizardPage(ProjectContext *project, QWidget *parent = nullptr);
    VerdictPanel *panel() const { return m_panel; }

private:
    VerdictPanel *m_panel;
};

} // namespace shoptuner::ui
