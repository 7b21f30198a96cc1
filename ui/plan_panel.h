// The training plan: Quick, Balanced or Thorough, each with its estimated time and memory on this
// computer, and an Advanced section for rank, alpha, learning rate, epochs, length, batch,
// validation interval and early stopping, each explained in plain words. Saved in the project.
#pragma once

#include "services/training_plan.h"

#include <QPointer>
#include <QWidget>

class QButtonGroup;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QSpinBox;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace shoptuner::jobs {
class PlanJob;
}

namespace shoptuner::ui {

class ProjectContext;

class PlanPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PlanPanel(ProjectContext *project, QWidget *parent = nullptr);

    services::TrainSettings settings() const;
    void setPreset(services::PlanPreset preset);
    QLabel *estimateLabel() const { return m_estimate; }
    bool isEstimating() const { return !m_job.isNull(); }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildPresets(QVBoxLayout *layout); // Quick, Balanced, Thorough, each with its explanation
    QToolButton *buildAdvancedToggle(QVBoxLayout *layout); // shows and hides the Advanced group
    void buildAdvancedSettings(); // the form in the Advanced group, one explained row per setting
    void buildEstimate(QVBoxLayout *layout); // the estimate line, and the timer that debounces re-estimating
    void connectSignals(QToolButton *toggle); // toggle: from buildAdvancedToggle()
    void load();
    void save();
    void showSettings(const services::TrainSettings &s);
    void estimate();

    ProjectContext *m_project;
    QButtonGroup *m_presets;
    QGroupBox *m_advanced;
    QSpinBox *m_rank, *m_epochs, *m_maxLength, *m_batch, *m_valEvery, *m_patience, *m_maxSteps;
    QDoubleSpinBox *m_alpha, *m_learningRate;
    QLabel *m_estimate;
    QTimer *m_debounce;
    QPointer<jobs::PlanJob> m_job;
    bool m_loading = false;
};

} // namespace shoptuner::ui
