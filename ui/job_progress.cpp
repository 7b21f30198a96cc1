#include "job_progress.h"

#include "jobs/job.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include <cmath>

namespace shoptuner::ui {

QString formatDuration(double seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 90)
        return JobProgress::tr("%n second(s) left", nullptr, int(std::ceil(seconds)));
    if (seconds < 90 * 60)
        return JobProgress::tr("about %n minute(s) left", nullptr, int(std::round(seconds / 60)));
    return JobProgress::tr("about %n hour(s) left", nullptr, int(std::round(seconds / 3600)));
}

QString formatLength(double seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 90)
        return JobProgress::tr("%n second(s)", nullptr, int(std::ceil(seconds)));
    if (seconds < 90 * 60)
        return JobProgress::tr("about %n minute(s)", nullptr, int(std::round(seconds / 60)));
    return JobProgress::tr("about %n hour(s)", nullptr, int(std::round(seconds / 3600)));
}

JobProgress::JobProgress(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_eta(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label->setWordWrap(true);
    layout->addWidget(m_label, 2);
    layout->addWidget(m_bar, 3);
    layout->addWidget(m_eta, 1);
    layout->addWidget(m_cancel);
    m_bar->setRange(0, 1000);
    m_bar->setAccessibleName(tr("Progress"));
    m_cancel->setObjectName(QStringLiteral("cancelJob"));
    m_cancel->setToolTip(tr("Stop now; nothing half-done is kept"));
    setVisible(false);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job) {
            m_job->requestCancel();
            m_cancel->setEnabled(false);
            setMessage(tr("Stopping…"));
        }
    });
}

void JobProgress::setMessage(const QString &text)
{
    m_label->setText(m_stage.isEmpty() ? text : tr("%1: %2").arg(m_stage, text));
}

void JobProgress::follow(jobs::Job *job, const QString &stage)
{
    m_job = job;
    m_stage = stage;
    m_bar->setValue(0);
    m_eta->clear();
    m_cancel->setEnabled(true);
    setMessage(tr("Starting…"));
    setVisible(true);
    connect(job, &jobs::Job::progress, this, [this](const jobs::JobProgress &p) {
        if (p.fraction < 0)
            m_bar->setRange(0, 0);
        else {
            m_bar->setRange(0, 1000);
            m_bar->setValue(int(p.fraction * 1000));
        }
        if (!p.message.isEmpty() && m_cancel->isEnabled())
            setMessage(p.message);
        m_eta->setText(formatDuration(p.etaSeconds));
    });
    connect(job, &jobs::Job::ended, this, [this] {
        m_job = nullptr;
        setVisible(false);
    });
}

void JobProgress::hideStopButton()
{
    m_cancel->hide();
}

void JobProgress::setStopButton(const QString &text, const QString &toolTip)
{
    m_cancel->setText(text);
    m_cancel->setToolTip(toolTip);
}

} // namespace shoptuner::ui
