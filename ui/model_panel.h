// Choosing the model to teach: the models found on this machine (Hugging Face cache, folders used
// before, the demo model), each with its size, family and whether training it fits this
// computer's memory, with a recommendation in plain words.
#pragma once

#include "services/training_plan.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace shoptuner::jobs {
class DemoModelJob;
}

namespace shoptuner::ui {

class JobProgress;
class ModelDownloads;
class ProjectContext;

class ModelPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ModelPanel(ProjectContext *project, QWidget *parent = nullptr);

    QString chosenModel() const; // the project's model folder, or empty
    bool chooseModel(const QString &dir); // inspects it; false (with a message) when unusable
    void makeDemoModel();
    bool isBusy() const { return !m_job.isNull(); }
    QTreeWidget *modelList() const { return m_models; }
    ModelDownloads *downloads() const { return m_downloads; }

Q_SIGNALS:
    void modelChosen(const QString &dir);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void showRecommendation();

    ProjectContext *m_project;
    QLabel *m_hardwareLabel;
    QTreeWidget *m_models;
    QLabel *m_recommendation;
    QPushButton *m_demo;
    JobProgress *m_progress;
    services::HardwareInfo m_hardware;
    bool m_hardwareKnown = false;
    QPointer<jobs::DemoModelJob> m_job;
    ModelDownloads *m_downloads;
};

// Where the demo model of a project lives (next to the project file).
QString demoModelDir(const QString &projectPath);

} // namespace shoptuner::ui
