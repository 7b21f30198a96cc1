// The one long-running API that the GUI and the CLI see: a job takes its parameters, runs on a
// worker thread (or synchronously, for the CLI and tests), reports progress at most ten times a
// second, can be asked to stop, and ends with exactly one of succeeded, failed or cancelled.
#pragma once

#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <exception>

class QThread;

namespace shoptuner::jobs {

// Makes the calling thread, and the compute threads it starts from now on (OpenMP's, which
// inherit it), give way to the window: the window's thread takes a core the moment it has
// something to draw, so a job may compute on every core. On Linux the thread's nice value becomes
// the window's plus 10 (a thread may always lower its own priority); elsewhere Qt's low priority.
void lowerThisThreadsPriority();

struct JobProgress
{
    double fraction = 0; // 0..1; negative when unknown
    QString message; // what is being done, in plain words
    double etaSeconds = -1; // -1 when unknown
};

struct JobError
{
    QString code; // stable, for programs: "import.bad_file", "store.open", ...
    QString message; // for people: what happened and what to do
    QString details; // the technical detail behind "Show details"
};

class Job : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Pending, Succeeded, Failed, Cancelled };

    explicit Job(QObject *parent = nullptr);
    ~Job() override;

    void start(); // on a new thread; the signals arrive in the thread that owns the job
    void runHere(); // on the calling thread, returning when done
    void requestCancel() { m_cancel.store(true); }
    bool isCancelRequested() const { return m_cancel.load(); }
    bool isRunning() const { return m_running.load(); }
    bool wait(unsigned long ms = ULONG_MAX); // for a started job
    const JobError &error() const { return m_error; }
    // The exception a failed job threw, for callers that report it themselves (the CLI maps
    // engine error codes to its flags); null unless the outcome is Failed.
    std::exception_ptr exception() const { return m_exception; }
    Outcome outcome() const { return m_outcome.load(); } // Pending until ended()

Q_SIGNALS:
    void progress(const shoptuner::jobs::JobProgress &progress);
    void succeeded();
    void failed(const shoptuner::jobs::JobError &error);
    void cancelled();
    void ended(); // after any of the three

protected:
    // Does the work; throws to fail (exceptions become a JobError through describeError), returns
    // false when it stopped because of a cancel request.
    virtual bool execute() = 0;
    virtual JobError describeError(const std::exception &e) const;
    // Every derived job's destructor calls this first: the worker thread must end while the
    // derived members it uses still exist.
    void stopAndWait();
    // For engine loops that poll a flag themselves (the trainer, generation).
    const std::atomic<bool> *cancelFlag() const { return &m_cancel; }
    // Throttled to ten per second, except the first and the last (fraction 1). The time left is
    // the job's own estimate when given (>= 0); otherwise it follows from the fraction done.
    void reportProgress(double fraction, const QString &message, double etaSeconds = -1);

private:
    void runGuarded();

    std::atomic<bool> m_cancel {false};
    std::atomic<bool> m_running {false};
    QThread *m_thread = nullptr;
    QElapsedTimer m_started;
    qint64 m_lastReportMs = -1000;
    JobError m_error;
    std::exception_ptr m_exception;
    std::atomic<Outcome> m_outcome {Outcome::Pending};
};

} // namespace shoptuner::jobs

Q_DECLARE_METATYPE(shoptuner::jobs::JobProgress)
Q_DECLARE_METATYPE(shoptuner::jobs::JobError)
