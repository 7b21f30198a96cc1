// Shows a running job: what it does, a progress bar, the time left, and a Cancel button.
#pragma once

#include "jobs/job.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace shoptuner::ui {

class JobProgress : public QWidget
{
    Q_OBJECT

public:
    explicit JobProgress(QWidget *parent = nullptr);
    // Follows the job until it ends; the job must outlive this call's effect (it is deleted later by its owner).
    // `stage` (when given) leads every message: "Part 2 of 2, the model before training".
    void follow(jobs::Job *job, const QString &stage = {});
    bool isBusy() const { return m_job != nullptr; }
    // What the stop button says and does in words: "Pause" for a job whose work is kept.
    void setStopButton(const QString &text, const QString &toolTip);
    // For a page with its own stop buttons: one Cancel per context.
    void hideStopButton();

private:
    void setMessage(const QString &text);

    QLabel *m_label;
    QProgressBar *m_bar;
    QLabel *m_eta;
    QPushButton *m_cancel;
    QString m_stage;
    jobs::Job *m_job = nullptr;
};

QString formatDuration(double seconds); // time left: "about 3 minutes left", "12 seconds left"
QString formatLength(double seconds); // a duration: "about 3 minutes", "12 seconds"

} // namespace shoptuner::ui
