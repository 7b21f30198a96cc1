// Data-parallel training on localhost (two shoptuner-cli processes over Gloo): the same adapter as
// one process with the same global batch, bit-identical replicas, a clear error within the
// timeout when a peer dies, a run resumed with another number of ranks, and the sharding that
// gives every micro-batch to exactly one rank.
#include "test_helpers.h"

#include "engine/base/error.h"
#include "engine/base/runtime.h"
#include "engine/formats/safetensors.h"
#include "engine/model/model_presets.h"
#include "engine/train/distributed.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstring>
#include <random>

#include <csignal>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace shoptuner::engine;
namespace fs = std::filesystem;

namespace {

struct Setup
{
    QTemporaryDir dir;
    QString model, data;
};

void prepare(Setup &s)
{
    const fs::path root(s.dir.path().toStdString());
    testing::writeFile(root / "tokenizer.json", testing::byteLevelTokenizerJson());
    makeRandomModel({.preset = "tiny", .tokenizer = root / "tokenizer.json", .out = root / "model"});
    std::mt19937 rng(3);
    const char *words[] = {"mug", "red", "cotton", "kettle", "large", "blue", "linen", "towel"};
    std::string lines;
    for (int i = 0; i < 40; ++i) {
        std::string input;
        for (int w = 0; w < 3 + int(rng() % 10); ++w)
            input += std::string(w ? " " : "") + words[rng() % 8];
        lines += nlohmann::json {{"task", "Sentiment_Analysis"}, {"setting", "IND_Diverse_Instruction"},
                     {"split", i % 5 == 0 ? "val" : "train"}, {"instruction", "How does this review feel?"},
                     {"input", input}, {"options", {"A: good", "B: bad"}}, {"output", rng() % 2 ? "A: good" : "B: bad"}}
                     .dump()
            + "\n";
    }
    testing::writeFile(root / "data.jsonl", lines);
    s.model = QString::fromStdString((root / "model").string());
    s.data = QString::fromStdString((root / "data.jsonl").string());
}

QStringList common(const Setup &s, int gradAccum, int maxSteps)
{
    return {"train", "--data", s.data, "--model", s.model, "--max-steps", QString::number(maxSteps), "--micro-batch",
        "2", "--grad-accum", QString::number(gradAccum), "--dropout", "0", "--quant", "none", "--val-every", "2",
        "--save-every", "1", "--threads", "1", "--max-length", "640"};
}

// A port no one listens on now (the kernel picks it for a socket bound to port 0).
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
    ::close(fd);
    return ntohs(address.sin_port);
}

QProcess *startRank(int rank, int world, int port, const QStringList &args, int timeoutSeconds = 60)
{
    auto *p = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("MASTER_ADDR", "127.0.0.1");
    env.insert("MASTER_PORT", QString::number(port));
    env.insert("RANK", QString::number(rank));
    env.insert("WORLD_SIZE", QString::number(world));
    env.insert("SHOPTUNER_DIST_TIMEOUT", QString::number(timeoutSeconds));
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(SHOPTUNER_CLI), args + QStringList {"--distributed"});
    return p;
}

std::vector<float> adapterValues(const QString &dir)
{
    const SafetensorsFile f = SafetensorsFile::open(dir.toStdString() + "/adapter_model.safetensors");
    std::vector<float> out;
    std::vector<const TensorView *> views;
    for (const TensorView &v : f.tensors())
        views.push_back(&v);
    std::sort(views.begin(), views.end(), [](auto *a, auto *b) { return a->name < b->name; });
    for (const TensorView *v : views) {
        const std::size_t n = static_cast<std::size_t>(v->numel());
        const std::size_t at = out.size();
        out.resize(at + n);
        std::memcpy(out.data() + at, v->data, n * 4);
    }
    return out;
}

double worstDifference(const std::vector<float> &a, const std::vector<float> &b)
{
    if (a.size() != b.size())
        return INFINITY;
    double worst = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        worst = std::max(worst, double(std::abs(a[i] - b[i])));
    return worst;
}

nlohmann::json lastEvent(const QByteArray &out, const std::string &event)
{
    nlohmann::json found;
    for (const QByteArray &line : out.split('\n'))
        if (!line.isEmpty() && line.startsWith('{')) {
            const auto j = nlohmann::json::parse(line.toStdString());
            if (j.value("event", "") == event)
                found = j;
        }
    return found;
}

} // namespace

class TestDistributed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMicroBatchGoesToExactlyOneRank()
    {
        for (int world : {1, 2, 3, 4})
            for (std::int64_t perStep : {world * 1, world * 2, world * 3}) {
                std::vector<int> seen(std::size_t(perStep), 0);
                for (int rank = 0; rank < world; ++rank) {
                    const auto mine = rankMicroBatches(perStep, world, rank);
                    QCOMPARE(std::int64_t(mine.size()), perStep / world); // the same share each
                    for (auto a : mine)
                        ++seen[std::size_t(a)];
                }
                QVERIFY(std::all_of(seen.begin(), seen.end(), [](int n) { return n == 1; }));
            }
    }

    void readsTheLaunchVariables()
    {
        qputenv("RANK", "1");
        qputenv("WORLD_SIZE", "4");
        qputenv("MASTER_ADDR", "node7");
        qputenv("MASTER_PORT", "29400");
        qputenv("LOCAL_RANK", "1");
        DistributedConfig c = distributedFromEnvironment();
        QCOMPARE(c.rank, 1);
        QCOMPARE(c.worldSize, 4);
        QCOMPARE(c.masterAddr, std::string("node7"));
        QCOMPARE(c.masterPort, 29400);
        qputenv("RANK", "4");
        EXPECT_THROW_WITH(distributedFromEnvironment(), EngineError, "RANK must be between 0 and WORLD_SIZE - 1");
        qputenv("RANK", "x");
        EXPECT_THROW_WITH(distributedFromEnvironment(), EngineError, "RANK='x' is not a whole number");
        for (const char *v : {"RANK", "WORLD_SIZE", "MASTER_ADDR", "MASTER_PORT", "LOCAL_RANK"})
            qunsetenv(v);
        // SLURM's names when torchrun's are absent.
        qputenv("SLURM_PROCID", "0");
        qputenv("SLURM_NTASKS", "2");
        EXPECT_THROW_WITH(distributedFromEnvironment(), EngineError, "MASTER_ADDR is not set");
        qunsetenv("SLURM_PROCID");
        qunsetenv("SLURM_NTASKS");
        EXPECT_THROW_WITH(distributedFromEnvironment(), EngineError, "needs RANK and WORLD_SIZE");
    }

    void choosesTheBackendForTheDevice()
    {
        const std::string backends = distributedBackends();
        QVERIFY2(backends.find("gloo") != std::string::npos, backends.c_str()); // every build we ship has Gloo
        const bool nccl = backends.find("nccl") != std::string::npos;
        QCOMPARE(chooseBackend("auto", "cpu"), std::string("gloo"));
        QCOMPARE(chooseBackend("gloo", "cuda:0"), std::string("gloo"));
        QCOMPARE(chooseBackend("auto", "cuda:1"), std::string(nccl ? "nccl" : "gloo"));
        if (nccl) {
            QCOMPARE(chooseBackend("nccl", "cuda:0"), std::string("nccl"));
            EXPECT_THROW_WITH(chooseBackend("nccl", "cpu"), UnsupportedError, "needs training on a GPU");
        } else {
            EXPECT_THROW_WITH(chooseBackend("nccl", "cuda:0"), UnsupportedError, "has no NCCL");
        }

        qputenv("RANK", "0");
        qputenv("WORLD_SIZE", "1");
        QCOMPARE(distributedFromEnvironment().backend, std::string("auto"));
        qputenv("SHOPTUNER_DIST_BACKEND", "nccl");
        QCOMPARE(distributedFromEnvironment().backend, std::string("nccl"));
        qputenv("SHOPTUNER_DIST_BACKEND", "mpi");
        EXPECT_THROW_WITH(distributedFromEnvironment(), EngineError, "must be auto, gloo or nccl (it is 'mpi')");
        for (const char *v : {"RANK", "WORLD_SIZE", "SHOPTUNER_DIST_BACKEND"})
            qunsetenv(v);
    }

    void eachRankOnAMachineTakesItsOwnGpu()
    {
        // The device names a rank's GPU takes; on a machine without one they fail with the reason.
        QCOMPARE(resolveDevice("cpu"), std::string("cpu"));
        EXPECT_THROW_WITH(resolveDevice("cuda:x"), UnsupportedError, "unknown device 'cuda:x'");
        EXPECT_THROW_WITH(resolveDevice("cuda:-1"), UnsupportedError, "unknown device 'cuda:-1'");
        EXPECT_THROW_WITH(resolveDevice("cuda: 1"), UnsupportedError, "unknown device 'cuda: 1'");
        EXPECT_THROW_WITH(resolveDevice("cuda:"), UnsupportedError, "unknown device 'cuda:'");
        if (resolveDevice("auto") == "cpu")
            EXPECT_THROW_WITH(resolveDevice("cuda:1"), UnsupportedError, "GPU 1 was requested but libtorch sees 0");
        else
            EXPECT_THROW_WITH(resolveDevice("cuda:4096"), UnsupportedError, "GPU 4096 was requested");
    }

    void twoRanksMatchOneProcessWithTheSameGlobalBatch()
    {
        Setup s;
        prepare(s);
        const auto single = testing::runCli(common(s, 2, 4) + QStringList {"--out", s.dir.filePath("single")});
        QVERIFY2(single.exitCode == 0, single.err.c_str());

        const int port = freePort();
        const QStringList args = common(s, 1, 4) + QStringList {"--out", s.dir.filePath("dist")};
        std::unique_ptr<QProcess> r0(startRank(0, 2, port, args)), r1(startRank(1, 2, port, args));
        QVERIFY(r0->waitForFinished(120000) && r1->waitForFinished(120000));
        QVERIFY2(r0->exitCode() == 0, r0->readAllStandardError().constData());
        QVERIFY2(r1->exitCode() == 0, r1->readAllStandardError().constData());
        const QByteArray out0 = r0->readAllStandardOutput();
        QVERIFY(r1->readAllStandardOutput().isEmpty()); // only rank 0 reports
        const auto report = lastEvent(out0, "distributed");
        QCOMPARE(report["world_size"], nlohmann::json(2));
        QCOMPARE(report["backend"], nlohmann::json("gloo")); // auto, on the CPU
        QCOMPARE(report["replicas_identical"], nlohmann::json(true));
        qInfo("all-reduce per step: %lld bytes in %.4f s on loopback",
            report["allreduce_bytes_per_step"].get<long long>(), report["allreduce_seconds_per_step"].get<double>());

        // The same steps as one process with twice the accumulation: float rounding only (the
        // gradient sums are added in another order).
        const double worst = worstDifference(
            adapterValues(s.dir.filePath("dist/adapter")), adapterValues(s.dir.filePath("single/adapter")));
        qInfo("two ranks vs one process: largest adapter difference %.3g (tolerance 1e-6)", worst);
        QVERIFY(worst < 1e-6);
        QVERIFY(std::abs(lastEvent(out0, "done")["best_val_loss"].get<double>()
                    - lastEvent(QByteArray::fromStdString(single.out), "done")["best_val_loss"].get<double>())
            < 1e-6);
    }

    void aDeadPeerEndsTheRunWithAClearErrorWithinTheTimeout()
    {
        Setup s;
        prepare(s);
        const int port = freePort();
        const QStringList args = common(s, 1, 400) + QStringList {"--out", s.dir.filePath("dist")};
        std::unique_ptr<QProcess> r0(startRank(0, 2, port, args, 10)), r1(startRank(1, 2, port, args, 10));
        QByteArray seen; // accumulated: QTRY evaluates the condition once more after it held
        QTRY_VERIFY_WITH_TIMEOUT((seen += r0->readAllStandardOutput()).contains("\"event\":\"step\""), 60000);
        r1->kill();
        r1->waitForFinished(10000);
        QElapsedTimer waited;
        waited.start();
        QVERIFY(r0->waitForFinished(30000));
        qInfo("rank 0 stopped %.1f s after its peer was killed", double(waited.elapsed()) / 1000);
        QCOMPARE(r0->exitStatus(), QProcess::NormalExit);
        QVERIFY(r0->exitCode() != 0);
        const QString err = QString::fromUtf8(r0->readAllStandardError());
        QVERIFY2(err.contains("lost contact with the other training processes"), qPrintable(err));
        QVERIFY2(err.contains("resuming continues from it"), qPrintable(err)); // the checkpoint is kept

        // A peer that hangs (stopped, not dead) ends the run after the timeout, not never.
        const int port2 = freePort();
        const QStringList args2 = common(s, 1, 400) + QStringList {"--out", s.dir.filePath("dist2")};
        std::unique_ptr<QProcess> h0(startRank(0, 2, port2, args2, 5)), h1(startRank(1, 2, port2, args2, 5));
        QByteArray seen2;
        QTRY_VERIFY_WITH_TIMEOUT((seen2 += h0->readAllStandardOutput()).contains("\"event\":\"step\""), 60000);
        ::kill(pid_t(h1->processId()), SIGSTOP);
        waited.restart();
        QVERIFY(h0->waitForFinished(40000));
        qInfo("rank 0 stopped %.1f s after its peer hung (timeout 5 s)", double(waited.elapsed()) / 1000);
        QVERIFY(h0->exitCode() != 0);
        QVERIFY(QString::fromUtf8(h0->readAllStandardError()).contains("lost contact"));
        h1->kill();
        h1->waitForFinished(10000);
    }

    void aTwoRankRunResumesOnOneRankWithTheSameGlobalBatch()
    {
        Setup s;
        prepare(s);
        const auto straight = testing::runCli(common(s, 2, 6) + QStringList {"--out", s.dir.filePath("straight")});
        QVERIFY2(straight.exitCode == 0, straight.err.c_str());

        // Two ranks, stopped (SIGTERM to rank 0) after a few steps; both stop at the same step.
        const int port = freePort();
        const QStringList args = common(s, 1, 6) + QStringList {"--out", s.dir.filePath("run")};
        std::unique_ptr<QProcess> r0(startRank(0, 2, port, args)), r1(startRank(1, 2, port, args));
        QByteArray seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen += r0->readAllStandardOutput()).contains("\"step\":2,"), 60000);
        ::kill(pid_t(r0->processId()), SIGTERM);
        QVERIFY(r0->waitForFinished(60000) && r1->waitForFinished(60000));
        QCOMPARE(r0->exitCode(), 130);
        QCOMPARE(r1->exitCode(), 130);
        const int stoppedAt = nlohmann::json::parse(
            testing::readFile(s.dir.filePath("run/checkpoint/trainer_state.json").toStdString()))["step"]
                                  .get<int>();
        QVERIFY(stoppedAt >= 2 && stoppedAt < 6);

        // One rank must keep the step's 2 micro-batches: --grad-accum 1 alone is refused.
        auto wrong = testing::runCli(common(s, 1, 6) + QStringList {"--out", s.dir.filePath("run"), "--resume"});
        QVERIFY(wrong.exitCode != 0);
        auto resumed = testing::runCli(common(s, 2, 6) + QStringList {"--out", s.dir.filePath("run"), "--resume"});
        QVERIFY2(resumed.exitCode == 0, resumed.err.c_str());
        const double worst = worstDifference(
            adapterValues(s.dir.filePath("run/adapter")), adapterValues(s.dir.filePath("straight/adapter")));
        qInfo("stopped at step %d on two ranks, resumed on one: largest difference to a straight run %.3g", stoppedAt,
            worst);
        QVERIFY(worst < 1e-6);
    }
};

QTEST_GUILESS_MAIN(TestDistributed)
#include "test_distributed.moc"
