// "Put it to work": the tuned model run over the shop's own data (fill missing attributes,
// triage reviews), with how far to trust it from the latest test, the job's progress and Cancel,
// and a review table the owner works through by keyboard (Enter accepts, Delete rejects, the
// arrows move) before anything is written: Export writes the catalog back in the format it
// came in, or a list to work through.
#pragma once

#include "jobs/work_job.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace shoptuner::ui {

class JobProgress;
class ProjectContext;
class SuggestionFilter;
class SuggestionModel;

class WorkPanel : public QWidget
{
    Q_OBJECT

public:
    explicit WorkPanel(ProjectContext *project, QWidget *parent = nullptr);

    void run(); // a new job of the chosen kind with the chosen model
    void resume(); // the shown job, stopped or interrupted
    // Writes the shown job's accepted suggestions to `path`, asking about a changed source file;
    // false when nothing was written.
    bool exportTo(const QString &path);
    void exportDialog();
    bool isRunning() const { return !m_job.isNull(); }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *modelBox() const { return m_model; }
    QComboBox *jobBox() const { return m_jobs; }
    QCheckBox *sinceBox() const { return m_since; }
    QDateEdit *sinceDate() const { return m_sinceDate; }
    QCheckBox *withoutStarsBox() const { return m_withoutStars; }
    QTableView *table() const { return m_table; }
    SuggestionModel *suggestions() const { return m_suggestions; }
    QDoubleSpinBox *thresholdBox() const { return m_threshold; }
    void acceptAboveThreshold();

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildLayout();
    void startJob(jobs::WorkJobParams params); // with this computer's threads and device
    void reloadModels(); // trained runs (newest first) and the base model
    void reloadJobs(); // this kind's earlier jobs, newest first
    void showJob(std::int64_t jobId);
    void updateTrust();
    void updateFilters(); // the row choices the chosen kind takes
    void updateSummary();
    void updateButtons();
    void decideCurrent(int decision); // and move to the next row
    QString kindName() const;

    ProjectContext *m_project;
    QComboBox *m_kind;
    QComboBox *m_model;
    QCheckBox *m_onlyNew;
    QCheckBox *m_since; // reviews or questions from a day on
    QDateEdit *m_sinceDate;
    QCheckBox *m_withoutStars; // reviews without a star rating
    QPushButton *m_run;
    QLabel *m_trust;
    JobProgress *m_progress;
    QComboBox *m_jobs;
    QPushButton *m_resume;
    QLineEdit *m_search;
    QComboBox *m_show;
    QDoubleSpinBox *m_threshold;
    QPushButton *m_acceptAbove;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_export;
    SuggestionModel *m_suggestions;
    SuggestionFilter *m_filter;
    QPointer<jobs::WorkJob> m_job;
    QElapsedTimer m_shown; // when the table last showed a running job's suggestions
};

} // namespace shoptuner::ui
