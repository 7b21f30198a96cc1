// The jobs on their own, without the GUI: cancelling, progress throttling, how errors reach the
// reader, and a training run paused and resumed with its bookkeeping in the project file.
#include "data/importer.h"
#include "engine/base/error.h"
#include "jobs/build_tasks_job.h"
#include "jobs/demo_model_job.h"
#include "jobs/import_job.h"
#include "jobs/job.h"
#include "jobs/preview_job.h"
#include "jobs/train_job.h"
#include "services/training_plan.h"
#include "store/project_store.h"
#include "store/run_tables.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

#include <atomic>
#include <functional>
#include <stdexcept>
#include <thread>

using namespace shoptuner;
using jobs::Job;

namespace {

// A job whose work is a function given by the test.
class ScriptedJob : public Job
{
public:
    explicit ScriptedJob(std::function<bool(ScriptedJob &)> work)
        : m_work(std::move(work))
    { }
    ~ScriptedJob() override { stopAndWait(); }
    using Job::isCancelRequested;
    void progressAt(double fraction) { reportProgress(fraction, QStringLiteral("working")); }

protected:
    bool execute() override { return m_work(*this); }

private:
    std::function<bool(ScriptedJob &)> m_work;
};

jobs::JobError errorOf(const std::function<void()> &thrower)
{
    ScriptedJob job([&](ScriptedJob &) {
        thrower();
        return true;
    });
    job.runHere();
    return job.error();
}

} // namespace

class TestJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<jobs::JobProgress>();
        qRegisterMetaType<jobs::JobError>();
    }

    // A started job that polls its flag stops when asked, and says it was cancelled.
    void cancelStopsAStartedJob()
    {
        QAtomicInt spins = 0;
        ScriptedJob job([&](ScriptedJob &self) {
            while (!self.isCancelRequested()) {
                spins.fetchAndAddRelaxed(1);
                QThread::msleep(1);
            }
            return false;
        });
        QSignalSpy cancelled(&job, &Job::cancelled);
        QSignalSpy succeeded(&job, &Job::succeeded);
        QSignalSpy ended(&job, &Job::ended);
        job.start();
        QTRY_VERIFY(spins.loadRelaxed() > 0);
        QVERIFY(job.isRunning());
        job.requestCancel();
        QTRY_COMPARE(ended.count(), 1);
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(succeeded.count(), 0);
        QCOMPARE(job.outcome(), Job::Outcome::Cancelled);
        QVERIFY(!job.isRunning());
    }

    // Ten progress reports a second at most, but the first and the finish always get through.
    // Automatic threads leave the cores other work keeps busy: with a thread of ours spinning,
    // at most every core but one (at least one); a job thread gives way to the window's.
    void threadsLeaveBusyCoresAndGiveWay()
    {
        const int cores = std::max(1, QThread::idealThreadCount());
        QCOMPARE(services::computeThreads(3), 3);
        const int idle = services::computeThreads();
        QVERIFY(idle >= 1 && idle <= cores);
        std::atomic<bool> stop {false};
        std::thread busy([&] {
            while (!stop.load(std::memory_order_relaxed)) { }
        });
        QThread::msleep(50);
        const int beside = services::computeThreads();
        stop = true;
        busy.join();
        QVERIFY2(beside >= 1 && beside <= std::max(1, cores - 1),
            qPrintable(QString("%1 threads beside a busy one, %2 alone, %3 cores").arg(beside).arg(idle).arg(cores)));
#ifdef Q_OS_LINUX
        int nice = 0, windowNice = getpriority(PRIO_PROCESS, static_cast<id_t>(getpid()));
        std::thread job([&] {
            jobs::lowerThisThreadsPriority();
            jobs::lowerThisThreadsPriority(); // once, however often asked
            nice = getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
        });
        job.join();
        QCOMPARE(nice, std::min(19, windowNice + 10));
        QCOMPARE(getpriority(PRIO_PROCESS, static_cast<id_t>(getpid())), windowNice); // the window's is as it was
#endif
    }

    void progressIsThrottled()
    {
        ScriptedJob job([](ScriptedJob &self) {
            QElapsedTimer clock;
            clock.start();
            int i = 0;
            while (clock.elapsed() < 350)
                self.progressAt(0.5 * (++i % 100) / 100.0);
            self.progressAt(1.0);
            return true;
        });
        QSignalSpy progress(&job, &Job::progress);
        job.runHere();
        QCOMPARE(job.outcome(), Job::Outcome::Succeeded);
        // 350 ms at one report per 100 ms: the first, about three more, and the last.
        QVERIFY2(progress.count() >= 3 && progress.count() <= 6, qPrintable(QString::number(progress.count())));
        QCOMPARE(progress.last().at(0).value<jobs::JobProgress>().fraction, 1.0);
    }

    // Engine errors with a code reach a shop owner in the app's words, never as a CLI flag;
    // errors without a code keep the engine's message and hint; anything else is "internal".
    void errorsSpeakToTheirReader()
    {
        const auto oom = errorOf([] {
            throw engine::EngineError(
                "training ran out of memory", "use a smaller micro-batch", engine::ErrorCode::OutOfMemory);
        });
        QCOMPARE(oom.code, QString("train.out_of_memory"));
        QVERIFY2(oom.message.contains("Examples per step (batch)") || oom.message.contains("examples per step"),
            qPrintable(oom.message));
        QVERIFY(!oom.message.contains("--"));
        QVERIFY(oom.details.contains("ran out of memory"));

        const auto diverged = errorOf([] {
            throw engine::EngineError("the training loss became nan at step 3", "lower the learning rate",
                engine::ErrorCode::TrainingDiverged);
        });
        QCOMPARE(diverged.code, QString("train.diverged"));
        QVERIFY(diverged.message.contains("learning rate"));

        const auto plain = errorOf([] { throw engine::FormatError("config.json: not JSON", "check the file"); });
        QCOMPARE(plain.code, QString("engine.error"));
        QCOMPARE(plain.message, QString("config.json: not JSON — check the file"));

        const auto stored = errorOf([] { throw store::StoreError("the project is read-only", "copy it first"); });
        QCOMPARE(stored.code, QString("store.error"));
        QVERIFY(stored.message.contains("read-only"));

        const auto other = errorOf([] { throw std::runtime_error("boom"); });
        QCOMPARE(other.code, QString("internal"));
        QVERIFY(other.details.contains("boom"));
    }

    // Every engine hint is free of command-line flags (the CLI adds its own).
    void engineErrorCodesHaveStableNames()
    {
        using engine::ErrorCode;
        QStringList names;
        for (ErrorCode c : {ErrorCode::General, ErrorCode::ExamplesTooLong, ErrorCode::NoCheckpoint,
                 ErrorCode::TrainingDiverged, ErrorCode::OutOfMemory, ErrorCode::NeedsGpu, ErrorCode::WrongChatTemplate,
                 ErrorCode::NoTokenizer, ErrorCode::BadRankingLabels})
            names << QString::fromUtf8(engine::errorCodeName(c));
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size()); // all distinct
    }

    // The demo shop imported and built by jobs alone (the import job proposing its own mapping
    // off the GUI thread), the demo model made, and a run paused after its second step and
    // resumed: one run row, its points not doubled, its status moving paused -> finished.
    // The import page's preview: kind guessed, mapping proposed, the catalog's resolver for the
    // files that link to it; an unreadable file fails with the reader's words.
    void previewProposesKindMappingAndLinks()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath("shop.shoptuner");
        const QString shop = QStringLiteral(SHOPTUNER_DEMO_SHOP);
        jobs::ImportJob catalog({project, shop + "/catalog.csv", {}, store::DataKind::Catalog});
        catalog.runHere();
        QVERIFY2(catalog.outcome() == Job::Outcome::Succeeded, qPrintable(catalog.error().message));

        jobs::PreviewJob reviews({project, shop + "/reviews.csv", std::nullopt});
        QSignalSpy ended(&reviews, &Job::ended);
        reviews.start();
        QVERIFY(ended.wait(20000));
        QVERIFY2(reviews.outcome() == Job::Outcome::Succeeded, qPrintable(reviews.error().message));
        QCOMPARE(reviews.result().kind, std::optional(store::DataKind::Reviews));
        QVERIFY(!reviews.result().mapping.column(QStringLiteral("product_id")).isEmpty());
        QVERIFY(reviews.result().resolver && reviews.result().resolver->hasCatalog());
        QVERIFY(reviews.result().preview.rows.size() > 10);

        // Without a project (or with one that cannot be read) the header alone proposes.
        jobs::PreviewJob alone({dir.filePath("missing.shoptuner"), shop + "/catalog.csv", store::DataKind::Catalog});
        alone.runHere();
        QCOMPARE(alone.outcome(), Job::Outcome::Succeeded);
        QVERIFY(!alone.result().mapping.column(QStringLiteral("title")).isEmpty());
        QVERIFY(!alone.result().resolver);

        const QString binary = dir.filePath("photo.csv");
        QFile f(binary);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0", 18));
        f.close();
        jobs::PreviewJob broken({project, binary, std::nullopt});
        broken.runHere();
        QCOMPARE(broken.outcome(), Job::Outcome::Failed);
        QCOMPARE(broken.error().code, QStringLiteral("import.bad_input"));
    }

    void trainingRunPausesAndResumes()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath("shop.shoptuner");
        const QString shop = QStringLiteral(SHOPTUNER_DEMO_SHOP);
        const QList<store::DataKind> kinds = {store::DataKind::Catalog, store::DataKind::Reviews,
            store::DataKind::Questions, store::DataKind::Searches, store::DataKind::Orders};
        const QStringList files = {"catalog", "reviews", "questions", "searches", "orders"};
        for (int i = 0; i < files.size(); ++i) {
            jobs::ImportJob job({project, shop + "/" + files[i] + ".csv", {}, kinds[i]});
            job.runHere();
            QVERIFY2(job.outcome() == Job::Outcome::Succeeded, qPrintable(job.error().message));
            QVERIFY(job.result().rows > 0);
        }
        jobs::BuildTasksJob build({project, {}});
        build.runHere();
        QVERIFY2(build.outcome() == Job::Outcome::Succeeded, qPrintable(build.error().message));
        const QString model = dir.filePath("model");
        jobs::DemoModelJob demo(project, model);
        demo.runHere();
        QVERIFY2(demo.outcome() == Job::Outcome::Succeeded, qPrintable(demo.error().message));

        jobs::TrainJobParams params;
        params.projectPath = project;
        params.modelDir = model;
        params.outDir = dir.filePath("run");
        params.settings.maxSteps = 5;
        params.settings.valEvery = 100;
        params.settings.saveEvery = 100;
        params.settings.microBatch = 2;
        params.settings.maxLength = 384;
        params.tasks = {"SA"};
        params.settings.threads = 1;
        params.settings.quant = "none";
        std::int64_t runId = 0;
        {
            jobs::TrainJob first(params);
            QObject::connect(&first, &jobs::TrainJob::updated, [&](const TrainEvent &e) {
                if (e.kind == TrainEvent::Kind::Step && e.step == 2)
                    first.requestPause();
            });
            first.runHere();
            QVERIFY2(first.outcome() == Job::Outcome::Cancelled, qPrintable(first.error().details));
            QCOMPARE(first.result().status, QString("paused"));
            runId = first.runId();
        }
        {
            store::ProjectStore store(project);
            const auto run = store::trainingRun(store, runId);
            QVERIFY(run);
            QCOMPARE(run->status, QString("paused"));
            QCOMPARE(run->stepsDone, 2);
            QVERIFY(QFileInfo::exists(params.outDir + "/checkpoint/trainer_state.json"));
        }
        params.runId = runId;
        jobs::TrainJob second(params);
        QList<qint64> steps;
        QObject::connect(&second, &jobs::TrainJob::updated, [&](const TrainEvent &e) {
            if (e.kind == TrainEvent::Kind::Step)
                steps << e.step;
        });
        second.runHere();
        QVERIFY2(second.outcome() == Job::Outcome::Succeeded, qPrintable(second.error().message));
        QCOMPARE(second.result().status, QString("finished"));
        QCOMPARE(steps, (QList<qint64> {3, 4, 5})); // continues, does not start over
        store::ProjectStore store(project);
        const auto run = store::trainingRun(store, runId);
        QCOMPARE(run->status, QString("finished"));
        QCOMPARE(run->stepsDone, 5);
        QCOMPARE(store::listTrainingRuns(store).size(), 1);
        QList<qint64> pointSteps;
        for (const auto &p : store::runPoints(store, runId))
            if (p.trainLoss)
                pointSteps << p.step;
        QCOMPARE(pointSteps, (QList<qint64> {1, 2, 3, 4, 5}));
    }
};

QTEST_MAIN(TestJobs)
#include "test_jobs.moc"
