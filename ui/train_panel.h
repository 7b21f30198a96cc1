// Training, watched live: the loss curve (training, smoothed, validation), learning rate,
// tokens per second, elapsed time and time left, the device in use; Start, Pause (resumable),
// Resume and Cancel. The latest run of the project is shown again after the app was closed, and
// a run interrupted by closing the app or a crash can be resumed. Other runs' curves can be laid
// over the shown one to compare settings.
#pragma once

#include "jobs/train_job.h"
#include "loss_chart.h" // smoothedLosses

#include <QPointer>
#include <QVector>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QLabel;
class QLayout;
class QMenu;
class QToolButton;
class QPushButton;

namespace shoptuner::ui {

class JobProgress;
class PlanPanel;
class ProjectContext;

class TrainPanel : public QWidget
{
    Q_OBJECT

public:
    TrainPanel(ProjectContext *project, QWidget *parent = nullptr);

    void start(); // a new run with the project's model and plan
    void pause();
    void resume();
    void cancel(bool askFirst = true);
    void exportRun(); // the shown run, through the export dialog
    // Training elsewhere: a job folder for torchrun-style launchers or SLURM, and the adapter
    // that comes back. Both say what they did in plain words; they return false on failure.
    bool writeJobFolder(const QString &folder, int ranks = 2);
    bool importAdapter(const QString &adapterDir);
    bool isTraining() const { return !m_job.isNull(); }
    std::int64_t runId() const { return m_runId; }
    QString status() const { return m_status; }
    QCustomPlot *plot() const;
    QComboBox *runHistory() const { return m_runs; }
    QMenu *overlayMenu() const { return m_overlayMenu; }
    int overlayCurves() const; // curves drawn for other runs (smoothed training and validation each)
    int trainPoints() const;
    int validationPoints() const;
    // A run's status in plain, translated words ("running" left by a crash reads "interrupted").
    static QString statusWord(const QString &status);

Q_SIGNALS:
    void runEnded(const QString &status);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildControls();
    void buildPlot(); // the loss curve: training, smoothed and validation graphs
    void buildElsewhereMenu(); // "Train elsewhere": write a job folder, import an adapter
    QLayout *buildRunHistory(); // run choice, overlay menu and "Train elsewhere" in a row
    QLayout *buildStats(); // the live figures of a run: step, pass, learning rate, speed, …
    void buildLayout();
    void connectSignals();
    void loadLatestRun(); // fills the run history and shows the newest run
    void showRun(std::int64_t id);
    void addPoint(const TrainEvent &u);
    void drawOverlays(); // the other runs ticked in the overlay menu
    void updateButtons();
    void follow(jobs::TrainJob *job); // a job this page started
    void followSharedJob(); // the project's running job, started by another page
    void watch(jobs::TrainJob *job);
    bool isLiveRun(std::int64_t id) const; // the run a job of this app trains now
    void setStat(const QString &name, const QString &value);

    ProjectContext *m_project;
    QLabel *m_summary;
    QPushButton *m_start, *m_pause, *m_resume, *m_cancel, *m_export;
    QToolButton *m_elsewhere;
    QCheckBox *m_smooth;
    LossChart *m_chart;
    QMap<QString, QLabel *> m_stats;
    JobProgress *m_progress;
    QComboBox *m_runs;
    QToolButton *m_overlay;
    QMenu *m_overlayMenu;
    QPointer<jobs::TrainJob> m_job;
    std::int64_t m_runId = 0;
    QString m_status;
    bool m_pausing = false;
};

} // namespace shoptuner::ui
