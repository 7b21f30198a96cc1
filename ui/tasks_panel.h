// Turns the imported data into training examples for the ten tasks and shows the result: which
// tasks the data supports (and why not), how many examples each split has, three examples per
// task in readable form, warnings, and what was removed to protect customers.
#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace shoptuner::jobs {
class BuildTasksJob;
}

namespace shoptuner::ui {

class JobProgress;
class ProjectContext;

class TasksPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TasksPanel(ProjectContext *project, QWidget *parent = nullptr);

    void startBuild();
    bool isBuilding() const { return !m_job.isNull(); }
    bool hasRecords() const { return m_hasRecords; }
    QTreeWidget *taskTable() const { return m_tasks; }
    QTextBrowser *sampleView() const { return m_samples; }

Q_SIGNALS:
    void built();

private:
    void reload();
    void loadCategories();
    void showTask();
    void finishBuild();

    ProjectContext *m_project;
    QPushButton *m_build;
    JobProgress *m_progress;
    QGroupBox *m_advanced;
    QListWidget *m_oodCategories;
    QList<std::pair<QString, QComboBox *>> m_searchLabels;
    QLabel *m_summary;
    QTreeWidget *m_tasks;
    QTextBrowser *m_samples;
    QJsonObject m_report;
    bool m_hasRecords = false;
    QPointer<jobs::BuildTasksJob> m_job;
};

// One record as a person reads it: instruction, input (JSON indented), options, answer.
QString recordHtml(const QString &instruction, const QString &input, const QString &optionsJson, const QString &output);

} // namespace shoptuner::ui
