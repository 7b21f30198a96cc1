// Benchmark (not a test): how fast a Verdict runs inside the app's process, and how quickly the
// window's event loop answers meanwhile, for a number of compute threads, with the job's threads
// giving way to the window (as the app runs jobs) or not. While the job runs, the window redraws
// a 2000-point plot ten times a second (the training page redraws its curve on every report,
// at most ten a second), and a 10 ms timer records the gaps between its ticks.
// usage: bench_app_threads PROJECT MODEL THREADS [equal] [LIMIT]
//   PROJECT is copied first; "equal" runs the job at the window's priority; LIMIT test items per
//   task and setting (default 3). Prints one JSON line.
#include "jobs/eval_job.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>
#include <qcustomplot.h>

#include <algorithm>
#include <cstdio>
#include <thread>
#include <vector>

using namespace shoptuner;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: bench_app_threads PROJECT MODEL THREADS [equal] [LIMIT]\n");
        return 2;
    }
    const bool equal = argc > 4 && QString::fromLocal8Bit(argv[4]) == QLatin1String("equal");
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("bench.shoptuner"));
    if (!QFile::copy(QString::fromLocal8Bit(argv[1]), project)) {
        std::fprintf(stderr, "cannot copy %s\n", argv[1]);
        return 1;
    }
    jobs::EvalJobParams params;
    params.projectPath = project;
    params.modelDir = QString::fromLocal8Bit(argv[2]);
    params.threads = std::atoi(argv[3]);
    params.limit = argc > 5 ? std::atoi(argv[5]) : 3;
    params.encoderDir = QStringLiteral("none");
    params.bootstrapResamples = 100;
    jobs::EvalJob job(params);

    QCustomPlot plot;
    plot.resize(800, 500);
    plot.addGraph();
    QVector<double> xs(2000), ys(2000);
    for (int i = 0; i < 2000; ++i)
        xs[i] = i;
    plot.show();
    int reports = 0;
    QTimer redraw;
    redraw.setInterval(100);
    QObject::connect(&redraw, &QTimer::timeout, &plot, [&] {
        ++reports;
        for (int i = 0; i < 2000; ++i)
            ys[i] = std::sin(0.01 * i + reports);
        plot.graph(0)->setData(xs, ys);
        plot.rescaleAxes();
        plot.replot();
    });
    std::vector<qint64> gaps;
    QElapsedTimer since, wall;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&] { gaps.push_back(since.restart()); });
    std::thread equalThread;
    auto done = [&] { app.quit(); };
    QObject::connect(&job, &jobs::Job::succeeded, &app, done);
    QObject::connect(&job, &jobs::Job::failed, &app, [&](const jobs::JobError &e) {
        std::fprintf(stderr, "failed: %s\n", qPrintable(e.message));
        app.exit(1);
    });
    QTimer::singleShot(0, [&] {
        since.start();
        wall.start();
        ticker.start();
        redraw.start();
        if (equal)
            equalThread = std::thread([&] { job.runHere(); }); // no priority change: the window's own
        else
            job.start();
    });
    const int rc = app.exec();
    const double seconds = wall.elapsed() / 1000.0;
    if (equalThread.joinable())
        equalThread.join();
    std::sort(gaps.begin(), gaps.end());
    auto at
        = [&](double p) { return gaps.empty() ? 0 : gaps[std::min(gaps.size() - 1, std::size_t(p * gaps.size()))]; };
    std::printf("{\"threads\":%d,\"gives_way\":%s,\"seconds\":%.2f,\"redraws\":%d,\"ticks\":%zu,"
                "\"gap_p50_ms\":%lld,\"gap_p99_ms\":%lld,\"gap_worst_ms\":%lld}\n",
        params.threads, equal ? "false" : "true", seconds, reports, gaps.size(), at(0.5), at(0.99),
        gaps.empty() ? 0LL : gaps.back());
    return rc;
}
