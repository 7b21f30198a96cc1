#include "job.h"

#include "data/table_reader.h"
#include "engine/base/error.h"
#include "hub/hub_client.h"
#include "store/project_store.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace shoptuner::jobs {

void lowerThisThreadsPriority()
{
#ifdef Q_OS_LINUX
    // Linux keeps a nice value per thread: PRIO_PROCESS with a thread id names the thread alone
    // (the process id names the main thread). Ten above the window's, once however often asked.
    const int window = getpriority(PRIO_PROCESS, static_cast<id_t>(getpid()));
    const int now = getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
    setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), std::clamp(window + 10, now, 19));
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

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
    m_thread = QThread::create([this] {
        lowerThisThreadsPriority();
        runGuarded();
    });
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

namespace {

// What a shop owner reads for an engine error that has a code: the app's names for the settings
// (the training settings' labels), never the CLI's flags. Empty for errors without advice of
// their own, which keep the engine's message and hint.
QString plainWords(engine::ErrorCode code)
{
    switch (code) {
    case engine::ErrorCode::ExamplesTooLong:
        return QCoreApplication::translate("JobError",
            "Every training example is longer than the settings allow. Raise “Longest example (tokens)” "
            "in the training settings and start again.");
    case engine::ErrorCode::NoCheckpoint:
        return QCoreApplication::translate(
            "JobError", "This run has no saved point to continue from. Start a new run instead.");
    case engine::ErrorCode::TrainingDiverged:
        return QCoreApplication::translate("JobError",
            "Training became unstable: the loss stopped being a number. Lower the learning rate in the "
            "training settings and start again; the last saved point of this run is kept.");
    case engine::ErrorCode::OutOfMemory:
        return QCoreApplication::translate("JobError",
            "This computer ran out of memory while training. Choose fewer examples per step (batch) or a "
            "shorter longest example in the training settings and start again.");
    case engine::ErrorCode::NeedsGpu:
        return QCoreApplication::translate("JobError",
            "This needs a graphics card (CUDA), and none is in use. Choose “Processor (CPU) only” under "
            "Settings → Compute on.");
    case engine::ErrorCode::WrongChatTemplate:
        return QCoreApplication::translate("JobError",
            "The model's vocabulary lacks the markers of the conversation format chosen for it. Choose a "
            "model with its own chat format, or the plain instruction format.");
    case engine::ErrorCode::NoTokenizer:
        return QCoreApplication::translate("JobError",
            "The model folder has no tokenizer (tokenizer.json or tokenizer.model). Choose a complete "
            "model folder.");
    case engine::ErrorCode::BadRankingLabels:
        return QCoreApplication::translate(
            "JobError", "The ranking test items lack the relevance label of each product, so they cannot be scored.");
    case engine::ErrorCode::General:
        break;
    }
    return {};
}

} // namespace

JobError Job::describeError(const std::exception &e) const
{
    if (const auto *engineError = dynamic_cast<const engine::EngineError *>(&e)) {
        const QString words = plainWords(engineError->code());
        const QString message = QString::fromStdString(engineError->message());
        const QString hint = QString::fromStdString(engineError->hint());
        return {QString::fromUtf8(engine::errorCodeName(engineError->code())),
            !words.isEmpty()     ? words
                : hint.isEmpty() ? message
                                 : message + QStringLiteral(" — ") + hint,
            QString::fromUtf8(e.what())};
    }
    if (const auto *import = dynamic_cast<const data::ImportError *>(&e))
        return {QStringLiteral("import.bad_input"), import->issue().toString(), {}};
    if (const auto *hubError = dynamic_cast<const hub::HubError *>(&e)) {
        static const char *const names[] = {"hub.not_found", "hub.needs_access", "hub.bad_token", "hub.offline",
            "hub.network", "hub.corrupt", "hub.disk_full", "hub.server", "hub.cancelled"};
        return {QString::fromLatin1(names[int(hubError->kind())]), hubError->message(), {}};
    }
    if (const auto *store = dynamic_cast<const store::StoreError *>(&e))
        return {QStringLiteral("store.error"),
            store->hint().isEmpty() ? store->message() : store->message() + QStringLiteral(" — ") + store->hint(), {}};
    return {QStringLiteral("internal"), QStringLiteral("Something went wrong: %1").arg(QString::fromUtf8(e.what())),
        QString::fromUtf8(e.what())};
}

void Job::reportProgress(double fraction, const QString &message, double etaSeconds)
{
    if (!m_started.isValid())
        m_started.start();
    const qint64 now = m_started.elapsed();
    if (fraction < 1.0 && now - m_lastReportMs < 100)
        return;
    m_lastReportMs = now;
    JobProgress p {fraction, message, etaSeconds};
    if (etaSeconds < 0 && fraction > 0.02 && fraction < 1.0 && now > 1000)
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
        m_exception = std::current_exception();
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
