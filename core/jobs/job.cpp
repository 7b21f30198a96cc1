#include "job.h"

#include "data/table_reader.h"
#include "store/project_store.h"

#include <QThread>

namespace shoptuner::jobs {

Job::Job(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<JobProgress>();
    qRegisterMetaType<JobError>();
}

Job::~Job()
{
    if (m_thread) {
        requestCancel();
        m_thread->wait();
        delete m_thread;
    }
}

void Job::stopAndWait()
{
    if (m_thread && m_thread->isRunning()) {
        requestCancel();
        m_thread->wait();
    }
}

void Job::start()
{
    Q_ASSERT(!m_thread);
    m_running.store(true);
    m_thread = QThread::create([this] { runGuarded(); });
    m_thread->start();
}

void Job::runHere()
{
    m_running.store(true);
    runGuarded();
}

bool Job::wait(unsigned long ms)
{
    return !m_thread || m_thread->wait(ms);
}

JobError Job::describeError(const std::exception &e) const
{
    if (const auto *import = dynamic_cast<const data::ImportError *>(&e))
        return {QStringLiteral("import.bad_input"), import->issue().toString(), {}};
    if (const auto *store = dynamic_cast<const store::StoreError *>(&e))
        return {QStringLiteral("store.error"),
            store->hint().isEmpty() ? store->message() : store->message() + QStringLiteral(" — ") + store->hint(), {}};
    return {QStringLiteral("internal"), QStringLiteral("Something went wrong: %1").arg(QString::fromUtf8(e.what())),
        QString::fromUtf8(e.what())};
}

void Job::reportProgress(double fraction, const QString &message)
{
    if (!m_started.isValid())
        m_started.start();
    const qint64 now = m_started.elapsed();
    if (fraction < 1.0 && now - m_lastReportMs < 100)
        return;
    m_lastReportMs = now;
    JobProgress p {fraction, message, -1};
    if (fraction > 0.02 && fraction < 1.0 && now > 1000)
        p.etaSeconds = double(now) / 1000.0 * (1.0 - fraction) / fraction;
    Q_EMIT progress(p);
}

void Job::runGuarded()
{
    m_started.start();
    bool completed = false;
    bool threw = false;
    try {
        completed = execute();
    } catch (const std::exception &e) {
        threw = true;
        m_error = describeError(e);
    }
    m_outcome.store(threw ? Outcome::Failed : completed ? Outcome::Succeeded : Outcome::Cancelled);
    m_running.store(false);
    if (threw)
        Q_EMIT failed(m_error);
    else if (completed)
        Q_EMIT succeeded();
    else
        Q_EMIT cancelled();
    Q_EMIT ended();
}

} // namespace shoptuner::jobs
