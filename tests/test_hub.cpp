// Downloads from the Hugging Face Hub against a local stand-in (fake_hub.h): the cache layout
// huggingface_hub uses, checksums, resuming after a drop or a stop, gated repositories, offline
// use, and the CLI's pull and models.
#include "engine/model/model_presets.h"
#include "fake_hub.h"
#include "hub/hub_cache.h"
#include "hub/model_catalogue.h"
#include "jobs/download_job.h"
#include "test_helpers.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>

using namespace shoptuner;
using jobs::Job;
using testing::FakeHub;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestHub : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeHub::Repo m_model; // a seeded SmolLM2-shaped model with the real SmolLM2 tokenizer
    static constexpr const char *kCommit = "0123456789abcdef0123456789abcdef01234567";

    hub::HubSettings settings(FakeHub &hub, const QString &cache) const
    {
        hub::HubSettings s;
        s.endpoint = hub.endpoint();
        s.cacheFolder = cache;
        s.stallTimeoutMs = 700;
        return s;
    }

    jobs::DownloadJobParams params(FakeHub &hub, const QString &cache, const QString &repo = "Org/Tiny-Instruct") const
    {
        jobs::DownloadJobParams p;
        p.repoId = repo;
        p.settings = settings(hub, cache);
        p.firstRetryWaitMs = 50;
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (testing::fixturesDir().empty())
            QSKIP("SHOPTUNER_FIXTURES is not set");
        const std::filesystem::path folder = m_dir.filePath("made").toStdString();
        engine::MakeModelOptions o;
        o.tokenizer = testing::fixturesDir() / "smollm2" / "tokenizer.json";
        o.out = folder;
        o.seed = 3;
        o.dtype = "bf16";
        engine::makeRandomModel(o);
        m_model.commit = kCommit;
        for (const auto &entry : std::filesystem::directory_iterator(folder)) {
            const QString name = QString::fromStdString(entry.path().filename().string());
            m_model.files.insert(name, readAll(QString::fromStdString(entry.path().string())));
            if (name.endsWith(".safetensors") || name == "tokenizer.json")
                m_model.lfs.insert(name);
        }
        m_model.files.insert("pytorch_model.bin", QByteArray(1000, 'x')); // never fetched
        m_model.files.insert("onnx/model.onnx", QByteArray(1000, 'y'));
        QVERIFY(m_model.files.contains("config.json"));
        QVERIFY(m_model.files.contains("model.safetensors"));
    }

    // The files land as huggingface_hub lays them out: blobs named by SHA-256 (LFS) or git
    // hash, relative links from the snapshot, refs/main holding the commit without a newline.
    void downloadsIntoTheHuggingFaceCacheLayout()
    {
        FakeHub hub;
        hub.addRepo("Org/Tiny-Instruct", m_model);
        QTemporaryDir cache;
        jobs::DownloadJob job(params(hub, cache.path()));
        QSignalSpy progress(&job, &Job::progress);
        job.start();
        QSignalSpy ended(&job, &Job::ended);
        QVERIFY(ended.wait(60000));
        QVERIFY2(job.outcome() == Job::Outcome::Succeeded, qPrintable(job.error().message));
        const QString repo = cache.path() + "/models--Org--Tiny-Instruct";
        QCOMPARE(job.result().folder, repo + "/snapshots/" + kCommit);
        QCOMPARE(job.result().commit, QString(kCommit));
        QVERIFY(!job.result().files.contains("pytorch_model.bin"));
        QVERIFY(!job.result().files.contains("onnx/model.onnx"));
        QVERIFY(!QFileInfo::exists(job.result().folder + "/pytorch_model.bin"));
        const QString weights = job.result().folder + "/model.safetensors";
        QVERIFY(QFileInfo(weights).isSymLink());
        QCOMPARE(QFile::symLinkTarget(weights),
            QFileInfo(repo + "/blobs/" + FakeHub::sha256(m_model.files["model.safetensors"])).absoluteFilePath());
        QCOMPARE(QString::fromStdString(std::filesystem::read_symlink(weights.toStdString()).string()),
            "../../blobs/" + FakeHub::sha256(m_model.files["model.safetensors"]));
        QVERIFY(QFileInfo::exists(repo + "/blobs/" + FakeHub::gitHash(m_model.files["config.json"])));
        QCOMPARE(readAll(weights), m_model.files["model.safetensors"]);
        QCOMPARE(readAll(repo + "/refs/main"), QByteArray(kCommit));
        QVERIFY(QDir(repo + "/blobs").entryList({"*.incomplete"}).isEmpty());
        QVERIFY2(job.result().verified.join(' ').contains("tokenizer: 49152 tokens"),
            qPrintable(job.result().verified.join('\n')));
        QVERIFY(job.result().downloadedBytes > 0);
        QVERIFY(!progress.isEmpty());
        // The token goes to the Hub only; the redirect to the CDN carries none (none was set here).
        for (const QString &r : hub.requests())
            QVERIFY2(!r.contains(" auth"), qPrintable(r));

        // A second pull finds everything in place: one question to the Hub, no bytes.
        hub.clearRequests();
        jobs::DownloadJob again(params(hub, cache.path()));
        again.runHere();
        QCOMPARE(again.outcome(), Job::Outcome::Succeeded);
        QCOMPARE(again.result().downloadedBytes, 0);
        QVERIFY(again.result().fromCache);
        QCOMPARE(hub.requests().size(), 1);
        QVERIFY(hub.requests().first().startsWith("GET /api/models/Org/Tiny-Instruct/revision/main"));
    }

    // A connection dropped half-way is resumed with a Range request; one that stalls is given
    // up after the stall timeout and resumed too; the file ends byte-identical.
    void resumesAfterADropOrAStall()
    {
        FakeHub hub;
        hub.addRepo("Org/Tiny-Instruct", m_model);
        hub.setFault("model.safetensors", FakeHub::Fault::DropHalfway);
        hub.setFault("tokenizer.json", FakeHub::Fault::StallHalfway);
        QTemporaryDir cache;
        jobs::DownloadJob job(params(hub, cache.path()));
        job.runHere();
        QVERIFY2(job.outcome() == Job::Outcome::Succeeded, qPrintable(job.error().message));
        QCOMPARE(readAll(job.result().folder + "/model.safetensors"), m_model.files["model.safetensors"]);
        QCOMPARE(readAll(job.result().folder + "/tokenizer.json"), m_model.files["tokenizer.json"]);
        const QString half = QString::number((m_model.files["model.safetensors"].size()) / 2);
        QVERIFY2(hub.requests().filter(QRegularExpression("^GET /cdn/.*Range: bytes=" + half + "-")).size() == 1,
            qPrintable(hub.requests().join('\n')));
        QVERIFY2(hub.requests().filter(QRegularExpression("/cdn/.*Range: bytes=")).size() == 2,
            qPrintable(hub.requests().join('\n')));
    }

    // Stopped part-way, the download keeps what arrived (.incomplete) and the next one, even
    // from a new process, continues from there.
    void stoppedDownloadResumesLater()
    {
        FakeHub hub;
        hub.addRepo("Org/Tiny-Instruct", m_model);
        hub.setFault("model.safetensors", FakeHub::Fault::StallHalfway, 100);
        QTemporaryDir cache;
        auto p = params(hub, cache.path());
        p.settings->stallTimeoutMs = 60000;
        jobs::DownloadJob job(p);
        QSignalSpy ended(&job, &Job::ended);
        job.start();
        const QString part = cache.path() + "/models--Org--Tiny-Instruct/blobs/"
            + FakeHub::sha256(m_model.files["model.safetensors"]) + ".incomplete";
        const qint64 half = m_model.files["model.safetensors"].size() / 2;
        QTRY_COMPARE_WITH_TIMEOUT(QFileInfo(part).size(), half, 30000);
        job.requestCancel();
        QVERIFY(ended.wait(10000));
        QCOMPARE(job.outcome(), Job::Outcome::Cancelled);
        QCOMPARE(QFileInfo(part).size(), half);

        hub.setFault("model.safetensors", FakeHub::Fault::None, 0);
        hub.clearRequests();
        jobs::DownloadJob resumed(params(hub, cache.path()));
        resumed.runHere();
        QVERIFY2(resumed.outcome() == Job::Outcome::Succeeded, qPrintable(resumed.error().message));
        QCOMPARE(readAll(resumed.result().folder + "/model.safetensors"), m_model.files["model.safetensors"]);
        QVERIFY(!QFileInfo::exists(part));
        QVERIFY2(
            hub.requests().filter(QRegularExpression("^GET /cdn/.*Range: bytes=" + QString::number(half) + "-")).size()
                == 1,
            qPrintable(hub.requests().join('\n')));
    }

    // Bytes that do not match the Hub's SHA-256 are refused and deleted; nothing is linked.
    void corruptFileIsRefusedAndRemoved()
    {
        FakeHub hub;
        hub.addRepo("Org/Tiny-Instruct", m_model);
        hub.setFault("model.safetensors", FakeHub::Fault::WrongBytes);
        QTemporaryDir cache;
        jobs::DownloadJob job(params(hub, cache.path()));
        job.runHere();
        QCOMPARE(job.outcome(), Job::Outcome::Failed);
        QCOMPARE(job.error().code, QString("hub.corrupt"));
        QVERIFY2(job.error().message.contains("model.safetensors arrived damaged"), qPrintable(job.error().message));
        const QString blobs = cache.path() + "/models--Org--Tiny-Instruct/blobs";
        QVERIFY(QDir(blobs).entryList({"*.incomplete"}).isEmpty());
        QVERIFY(!QFileInfo::exists(blobs + "/" + FakeHub::sha256(m_model.files["model.safetensors"])));
        QVERIFY(!QFileInfo::exists(
            cache.path() + "/models--Org--Tiny-Instruct/snapshots/" + kCommit + "/model.safetensors"));
        // The next try gets good bytes.
        jobs::DownloadJob retry(params(hub, cache.path()));
        retry.runHere();
        QCOMPARE(retry.outcome(), Job::Outcome::Succeeded);
    }

    // A gated model says what to do; the granted token opens it and never reaches the CDN.
    void gatedModelNeedsAToken()
    {
        FakeHub hub;
        FakeHub::Repo gated = m_model;
        gated.gated = true;
        hub.addRepo("meta-llama/Gated-1B-Instruct", gated);
        hub.setToken("hf_granted");
        QTemporaryDir cache;
        jobs::DownloadJob anonymous(params(hub, cache.path(), "meta-llama/Gated-1B-Instruct"));
        anonymous.runHere();
        QCOMPARE(anonymous.outcome(), Job::Outcome::Failed);
        QCOMPARE(anonymous.error().code, QString("hub.needs_access"));
        QVERIFY2(anonymous.error().message.contains("accept the licence"), qPrintable(anonymous.error().message));
        QVERIFY(anonymous.error().message.contains("access token"));

        auto p = params(hub, cache.path(), "meta-llama/Gated-1B-Instruct");
        p.settings->token = "hf_not_granted";
        jobs::DownloadJob refused(p);
        refused.runHere();
        QCOMPARE(refused.error().code, QString("hub.needs_access"));
        QVERIFY2(!refused.error().message.contains("hf_not_granted"), qPrintable(refused.error().message));

        hub.clearRequests();
        p.settings->token = "hf_granted";
        jobs::DownloadJob granted(p);
        granted.runHere();
        QVERIFY2(granted.outcome() == Job::Outcome::Succeeded, qPrintable(granted.error().message));
        for (const QString &r : hub.requests())
            QVERIFY2(r.startsWith("GET /cdn/") != r.endsWith(" auth"), qPrintable(r)); // Hub: token; CDN: none
    }

    // Offline (HF_HUB_OFFLINE, or no Hub to reach): what is on this computer is used, and what
    // is not is said plainly, without hanging.
    void offlineUsesWhatIsHere()
    {
        QTemporaryDir cache;
        {
            FakeHub hub;
            hub.addRepo("Org/Tiny-Instruct", m_model);
            jobs::DownloadJob job(params(hub, cache.path()));
            job.runHere();
            QCOMPARE(job.outcome(), Job::Outcome::Succeeded);
        }
        FakeHub hub; // knows no repository; offline mode must not ask it
        auto p = params(hub, cache.path());
        p.settings->offline = true;
        jobs::DownloadJob offline(p);
        offline.runHere();
        QCOMPARE(offline.outcome(), Job::Outcome::Succeeded);
        QVERIFY(offline.result().fromCache);
        QVERIFY(hub.requests().isEmpty());
        p.repoId = "Org/Elsewhere";
        jobs::DownloadJob missing(p);
        missing.runHere();
        QCOMPARE(missing.error().code, QString("hub.offline"));
        QVERIFY2(missing.error().message.contains("not on this computer"), qPrintable(missing.error().message));

        // Nothing listening: retried, then the cached copy.
        auto unreachable = params(hub, cache.path());
        unreachable.settings->endpoint = "http://127.0.0.1:1";
        QElapsedTimer clock;
        clock.start();
        jobs::DownloadJob cached(unreachable);
        cached.runHere();
        QVERIFY2(cached.outcome() == Job::Outcome::Succeeded, qPrintable(cached.error().message));
        QVERIFY(cached.result().fromCache);
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    }

    void unknownModelsAndNamesAreSaidPlainly()
    {
        FakeHub hub;
        hub.addRepo("Org/Tiny-Instruct", m_model);
        QTemporaryDir cache;
        jobs::DownloadJob missing(params(hub, cache.path(), "Org/No-Such-Model"));
        missing.runHere();
        QCOMPARE(missing.error().code, QString("hub.not_found"));
        QVERIFY2(missing.error().message.contains("does not exist"), qPrintable(missing.error().message));
        auto p = params(hub, cache.path());
        p.revision = "v9";
        jobs::DownloadJob revision(p);
        revision.runHere();
        QVERIFY2(revision.error().message.contains("no such version"), qPrintable(revision.error().message));
        jobs::DownloadJob bad(params(hub, cache.path(), "not a model name"));
        bad.runHere();
        QVERIFY2(
            bad.error().message.contains("is not a Hugging Face repository name"), qPrintable(bad.error().message));
        FakeHub::Repo binOnly;
        binOnly.commit = kCommit;
        binOnly.files = {{"config.json", m_model.files["config.json"]}, {"pytorch_model.bin", QByteArray(10, 'x')}};
        hub.addRepo("Org/Pickled", binOnly);
        jobs::DownloadJob pickled(params(hub, cache.path(), "Org/Pickled"));
        pickled.runHere();
        QVERIFY2(pickled.error().message.contains("no safetensors weights"), qPrintable(pickled.error().message));
    }

    void catalogueAndFileChoice()
    {
        QVERIFY(hub::findCatalogueModel("HuggingFaceTB/SmolLM2-360M-Instruct"));
        QVERIFY(hub::findCatalogueModel("meta-llama/Llama-3.2-1B-Instruct")->gated);
        QVERIFY(hub::isNeededModelFile("model-00001-of-00002.safetensors"));
        QVERIFY(hub::isNeededModelFile("tokenizer.model"));
        QVERIFY(!hub::isNeededModelFile("pytorch_model.bin"));
        QVERIFY(!hub::isNeededModelFile("original/consolidated.00.pth"));
        QVERIFY(!hub::isNeededModelFile("model.gguf"));
        QCOMPARE(hub::normalizedRepoId("https://huggingface.co/HuggingFaceTB/SmolLM2-360M-Instruct/"),
            QString("HuggingFaceTB/SmolLM2-360M-Instruct"));
        QVERIFY(hub::normalizedRepoId("../etc/passwd").isEmpty());
        QVERIFY(hub::normalizedRepoId("SmolLM2").isEmpty());
    }

    // The same from the command line: HF_ENDPOINT and HF_HUB_CACHE as huggingface_hub reads them.
    void cliPullsAndListsModels()
    {
        FakeHub hub;
        hub.addRepo("Org/Tiny-Instruct", m_model);
        QTemporaryDir cache;
        qputenv("HF_ENDPOINT", hub.endpoint().toUtf8());
        qputenv("HF_HUB_CACHE", cache.path().toUtf8());
        const auto r = testing::runCli({"pull", "Org/Tiny-Instruct"}, 120000);
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        const QStringList lines = QString::fromStdString(r.out).split('\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 2, r.out.c_str());
        const QJsonObject last = QJsonDocument::fromJson(lines.last().toUtf8()).object();
        QCOMPARE(last["event"].toString(), QString("pulled"));
        QCOMPARE(last["folder"].toString(), cache.path() + "/models--Org--Tiny-Instruct/snapshots/" + kCommit);
        const auto models = testing::runCli({"models"}, 60000);
        QVERIFY2(models.exitCode == 0, models.err.c_str());
        const QJsonObject list = QJsonDocument::fromJson(QByteArray::fromStdString(models.out)).object();
        bool found = false;
        for (const QJsonValue &m : list["on_this_computer"].toArray())
            found = found || m.toObject()["repository"].toString() == "Org/Tiny-Instruct";
        QVERIFY2(found, models.out.c_str());
        QVERIFY(list["catalogue"].toArray().size() >= 8);
        // The public benchmark: the dataset's one JSON array, its test split into a project.
        FakeHub::Repo ecInstruct;
        ecInstruct.commit = kCommit;
        QByteArray records = "[\n";
        for (int i = 0; i < 6; ++i) {
            const QJsonObject r {{"split", i < 2 ? "train" : "test"}, {"task", "Sentiment_Analysis"},
                {"setting", i % 2 ? "OOD_Diverse_Instruction" : "IND_Diverse_Instruction"},
                {"instruction", "Say how the reviewer feels."},
                {"input", QString("Review %1: \"great {braces} and [brackets]\" \\ ok").arg(i)},
                {"options", QJsonArray {"A: positive", "B: negative"}}, {"output", "A: positive"},
                {"few_shot_example", QJsonValue()}};
            records += QJsonDocument(r).toJson(QJsonDocument::Indented) + (i < 5 ? ",\n" : "\n");
        }
        ecInstruct.files.insert("dataset.json", records + "]\n");
        ecInstruct.lfs.insert("dataset.json");
        ecInstruct.files.insert("README.md", "# ECInstruct\n");
        hub.addRepo("NingLab/ECInstruct", ecInstruct);
        const auto data
            = testing::runCli({"pull", "NingLab/ECInstruct", "--dataset", "--files", "dataset.json"}, 60000);
        QVERIFY2(data.exitCode == 0, data.err.c_str());
        const QString dataFolder = cache.path() + "/datasets--NingLab--ECInstruct/snapshots/" + kCommit;
        QVERIFY(QFileInfo::exists(dataFolder + "/dataset.json"));
        QVERIFY(!QFileInfo::exists(dataFolder + "/README.md"));
        QTemporaryDir bench;
        const auto imported = testing::runCli({"import-ecinstruct", "--project", bench.filePath("benchmark.shoptuner"),
                                                  "--jsonl", dataFolder + "/dataset.json", "--splits", "test"},
            60000);
        QVERIFY2(imported.exitCode == 0, imported.err.c_str());
        const QStringList importLines = QString::fromStdString(imported.out).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(QJsonDocument::fromJson(importLines.last().toUtf8()).object()["records"].toInt(), 4);

        testing::writeFile(bench.filePath("cut.json").toStdString(), records.left(records.size() / 2).toStdString());
        const auto cut = testing::runCli(
            {"import-ecinstruct", "--project", bench.filePath("cut.shoptuner"), "--jsonl", bench.filePath("cut.json")},
            60000);
        QCOMPARE(cut.exitCode, 1);
        QVERIFY2(cut.err.find("cut.json:") != std::string::npos && cut.err.find("the file ends") != std::string::npos,
            cut.err.c_str());

        const auto missing = testing::runCli({"pull", "Org/Nope"}, 60000);
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.find("does not exist") != std::string::npos, missing.err.c_str());
        qunsetenv("HF_ENDPOINT");
        qunsetenv("HF_HUB_CACHE");
    }
};

QTEST_GUILESS_MAIN(TestHub)
#include "test_hub.moc"
