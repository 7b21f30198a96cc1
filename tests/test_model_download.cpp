// The Model page downloads a model from the Hugging Face Hub as a user does it (against the
// local Hub stand-in): the recommended catalogue entry with Pause and Resume, chosen for the
// project and trained on; a gated model asking for a token.
#include "benchmark_runner.h"
#include "fake_hub.h"
#include "jobs/build_tasks_job.h"
#include "jobs/import_job.h"
#include "main_window.h"
#include "model_downloads.h"
#include "model_panel.h"
#include "plan_panel.h"
#include "project_context.h"
#include "test_helpers.h"
#include "token_store.h"
#include "train_panel.h"
#include "verdict_panel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

using namespace shoptuner;
using namespace shoptuner::ui;
using testing::FakeHub;

class TestModelDownload : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_project;
    FakeHub::Repo m_model;

    static void click(QWidget *parent, const char *name)
    {
        auto *button = parent->findChild<QAbstractButton *>(QString::fromLatin1(name));
        QVERIFY2(button, name);
        QVERIFY2(button->isEnabled(), name);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    static void select(QTreeWidget *catalogue, const QString &repo)
    {
        for (int i = 0; i < catalogue->topLevelItemCount(); ++i)
            if (catalogue->topLevelItem(i)->data(0, Qt::UserRole).toString() == repo)
                catalogue->setCurrentItem(catalogue->topLevelItem(i));
        QCOMPARE(catalogue->currentItem()->data(0, Qt::UserRole).toString(), repo);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (testing::fixturesDir().empty())
            QSKIP("SHOPTUNER_FIXTURES is not set");
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home.filePath("settings"));
        QCoreApplication::setOrganizationName(QStringLiteral("ShopTunerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestModelDownload"));
        qputenv("HF_HOME", m_home.filePath("hf").toUtf8());
        qputenv("HF_HUB_CACHE", m_home.filePath("hf/hub").toUtf8());
        for (const char *name : {"HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HF_TOKEN_PATH", "HF_HUB_OFFLINE"})
            qunsetenv(name);

        // The model the stand-in serves: a seeded SmolLM2-shaped model with the real tokenizer.
        const QString made = m_home.filePath("made");
        const auto r = testing::runCli({"make-model", "--preset", "tiny", "--tokenizer",
            QString::fromStdString((testing::fixturesDir() / "smollm2" / "tokenizer.json").string()), "--out", made});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        m_model.commit = "fedcba9876543210fedcba9876543210fedcba98";
        for (const QFileInfo &f : QDir(made).entryInfoList(QDir::Files)) {
            QFile file(f.absoluteFilePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            m_model.files.insert(f.fileName(), file.readAll());
            if (f.fileName().endsWith(".safetensors"))
                m_model.lfs.insert(f.fileName());
        }

        // A project with the demo shop's reviews as sentiment examples.
        m_project = m_home.filePath("shop.shoptuner");
        const QString shop = QStringLiteral(SHOPTUNER_DEMO_SHOP);
        const QList<std::pair<QString, store::DataKind>> files
            = {{"catalog", store::DataKind::Catalog}, {"reviews", store::DataKind::Reviews}};
        for (const auto &[name, kind] : files) {
            jobs::ImportJob job({m_project, shop + "/" + name + ".csv", {}, kind});
            job.runHere();
            QVERIFY2(job.outcome() == jobs::Job::Outcome::Succeeded, qPrintable(job.error().message));
        }
        jobs::BuildTasksJob build({m_project, {}});
        build.runHere();
        QVERIFY2(build.outcome() == jobs::Job::Outcome::Succeeded, qPrintable(build.error().message));
    }

    // The recommended entry, paused half-way and resumed, becomes the project's model, and
    // the project trains on it.
    void downloadsTheRecommendedModelAndTrainsOnIt()
    {
        const QString repo = "HuggingFaceTB/SmolLM2-135M-Instruct";
        FakeHub hub;
        hub.addRepo(repo, m_model);
        hub.setFault("model.safetensors", FakeHub::Fault::StallHalfway, 1);
        qputenv("HF_ENDPOINT", hub.endpoint().toUtf8());

        MainWindow window;
        window.show();
        QString error;
        QVERIFY2(window.project()->open(m_project, false, &error), qPrintable(error));
        window.showPage(MainWindow::ModelPage);
        ModelPanel *models = window.modelPanel();
        ModelDownloads *downloads = models->downloads();
        QTRY_VERIFY(!downloads->recommendedRepo().isEmpty()); // once the hardware is known
        QVERIFY(downloads->catalogue()->topLevelItemCount() >= 8);
        QVERIFY(models->findChild<QLabel *>("recommendation")->text().contains(downloads->recommendedRepo()));
        select(downloads->catalogue(), repo);
        QVERIFY(downloads->findChild<QLabel *>("catalogueAbout")->text().contains("to download"));
        click(downloads, "downloadModel");
        QVERIFY(downloads->isDownloading());

        // Pause half-way: what arrived is kept and the page offers to resume it.
        const QString blobs = m_home.filePath("hf/hub/models--HuggingFaceTB--SmolLM2-135M-Instruct/blobs");
        QTRY_VERIFY_WITH_TIMEOUT(!QDir(blobs).entryList({"*.incomplete"}).isEmpty()
                && QFileInfo(blobs + "/" + QDir(blobs).entryList({"*.incomplete"}).first()).size() > 0,
            30000);
        click(downloads, "cancelJob");
        QTRY_VERIFY_WITH_TIMEOUT(!downloads->isDownloading(), 30000);
        QVERIFY(downloads->findChild<QPushButton *>("resumeDownload")->isVisible());
        const QString paused = downloads->findChild<QLabel *>("downloadStatus")->text();
        QVERIFY2(paused.contains("paused") && paused.contains("kept"), qPrintable(paused));
        QVERIFY(models->chosenModel().isEmpty());

        // Resume: it continues from there, is checked, chosen and listed.
        hub.clearRequests();
        click(downloads, "resumeDownload");
        QTRY_VERIFY_WITH_TIMEOUT(!downloads->isDownloading(), 60000);
        const QString ready = downloads->findChild<QLabel *>("downloadStatus")->text();
        QVERIFY2(ready.contains("is ready"), qPrintable(ready));
        QVERIFY2(hub.requests().filter(QRegularExpression("^GET /cdn/.*Range: bytes=[1-9]")).size() == 1,
            qPrintable(hub.requests().join('\n')));
        const QString folder
            = m_home.filePath("hf/hub/models--HuggingFaceTB--SmolLM2-135M-Instruct/snapshots/") + m_model.commit;
        QCOMPARE(models->chosenModel(), QFileInfo(folder).absoluteFilePath());
        bool listed = false;
        for (int i = 0; i < models->modelList()->topLevelItemCount(); ++i)
            listed = listed
                || models->modelList()->topLevelItem(i)->data(0, Qt::UserRole).toString() == models->chosenModel();
        QVERIFY(listed);
        QVERIFY(!downloads->findChild<QPushButton *>("resumeDownload")->isVisible());

        // And it trains.
        window.showPage(MainWindow::PlanPage);
        PlanPanel *plan = window.planPanel();
        plan->setPreset(services::PlanPreset::Quick);
        plan->findChild<QSpinBox *>("maxSteps")->setValue(2);
        plan->findChild<QSpinBox *>("valEvery")->setValue(2);
        plan->findChild<QSpinBox *>("maxLength")->setValue(256);
        plan->findChild<QSpinBox *>("batch")->setValue(1);
        window.showPage(MainWindow::TrainPage);
        TrainPanel *train = window.trainPanel();
        train->start();
        QTRY_COMPARE_WITH_TIMEOUT(train->status(), QString("finished"), 180000);
        QCOMPARE(train->trainPoints(), 2);
        window.close();
        qunsetenv("HF_ENDPOINT");
    }

    // A gated model: the page explains, takes the token, keeps it where huggingface_hub does
    // (readable by its owner only), and the download goes through.
    void gatedModelAsksForAToken()
    {
        const QString repo = "meta-llama/Llama-3.2-1B-Instruct";
        FakeHub hub;
        FakeHub::Repo gated = m_model;
        gated.gated = true;
        hub.addRepo(repo, gated);
        hub.setToken("hf_granted_token");
        qputenv("HF_ENDPOINT", hub.endpoint().toUtf8());

        ModelDownloads downloads;
        downloads.show();
        select(downloads.catalogue(), repo);
        QVERIFY(downloads.findChild<QLabel *>("catalogueAbout")->text().contains("access token"));
        // The dialog runs its own event loop: a timer answers it once it shows.
        QString explained;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != QLatin1String("hubTokenDialog"))
                return;
            for (const QLabel *label : dialog->findChildren<QLabel *>())
                explained += label->text();
            dialog->findChild<QLineEdit *>("hubToken")->setText("hf_granted_token");
            dialog->accept();
        });
        answer.start(50);
        click(&downloads, "downloadModel");
        QTRY_VERIFY_WITH_TIMEOUT(!explained.isEmpty() && !downloads.isDownloading()
                && downloads.findChild<QLabel *>("downloadStatus")->text().contains("is ready"),
            60000);
        QVERIFY2(explained.contains("accept the licence"), qPrintable(explained));
        QVERIFY2(!explained.contains("hf_granted_token"), qPrintable(explained));
        // Kept in the system keychain, or (no keychain answering, as on a build machine) in the
        // token file, readable by its owner only.
        QCOMPARE(loadHubToken(), QString("hf_granted_token"));
        const QString tokenFile = m_home.filePath("hf/token");
        if (QFileInfo::exists(tokenFile))
            QCOMPARE(QFileInfo(tokenFile).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                QFileDevice::Permissions());
        removeHubToken();
        qunsetenv("HF_ENDPOINT");
    }

    // Without roberta-large the Verdict page says why answer generation is not compared with
    // the published figures, and gets the encoder in place.
    void verdictOffersTheBertScoreEncoder()
    {
        FakeHub hub;
        FakeHub::Repo encoder = m_model;
        QJsonObject config = QJsonDocument::fromJson(encoder.files["config.json"]).object();
        config["architectures"] = QJsonArray {"RobertaForMaskedLM"};
        encoder.files["config.json"] = QJsonDocument(config).toJson();
        hub.addRepo("FacebookAI/roberta-large", encoder);
        qputenv("HF_ENDPOINT", hub.endpoint().toUtf8());
        qunsetenv("SHOPTUNER_BERTSCORE_MODEL");

        ProjectContext project;
        QString error;
        QVERIFY2(project.open(m_project, false, &error), qPrintable(error));
        VerdictPanel verdict(&project);
        verdict.show();
        auto *note = verdict.findChild<QLabel *>("encoderNote");
        QVERIFY(note && note->isVisible());
        QVERIFY(note->text().contains("scored by their wording"));
        auto *get = verdict.findChild<ModelDownloads *>();
        QVERIFY(get->catalogue()->isHidden());
        click(get, "downloadModel");
        QTRY_VERIFY_WITH_TIMEOUT(!get->isDownloading(), 60000);
        QVERIFY2(note->text().contains("The encoder is ready"), qPrintable(note->text()));
        QVERIFY(QFileInfo::exists(m_home.filePath("hf/hub/models--FacebookAI--roberta-large/snapshots/")
            + m_model.commit + "/tokenizer.json"));
        verdict.hide();
        verdict.show(); // the next visit: nothing to offer any more
        QVERIFY(!note->isVisible());
        qunsetenv("HF_ENDPOINT");
    }

    // (After the first test, whose trained run it tests.)
    // The public benchmark: ECInstruct's test questions fetched once into a project beside the
    // shop's, the trained model tested on them, and the headline like for like.
    void benchmarkComparesLikeForLike()
    {
        FakeHub hub;
        FakeHub::Repo ecInstruct;
        ecInstruct.commit = m_model.commit;
        QByteArray records = "[";
        for (int i = 0; i < 8; ++i) {
            const QJsonObject r {{"split", i < 2 ? "train" : "test"}, {"task", "Sentiment_Analysis"},
                {"setting", i % 2 ? "OOD_Diverse_Instruction" : "IND_Diverse_Instruction"},
                {"instruction", "Identify the sentiment of the review."},
                {"input", QString("The kettle %1 boils fast and looks lovely.").arg(i)},
                {"options",
                    QJsonArray {"A: very positive", "B: positive", "C: neutral", "D: negative", "E: very negative"}},
                {"output", "A: very positive"}};
            records += (i ? "," : "") + QJsonDocument(r).toJson(QJsonDocument::Compact);
        }
        ecInstruct.files.insert("dataset.json", records + "]");
        ecInstruct.lfs.insert("dataset.json");
        hub.addRepo("NingLab/ECInstruct", ecInstruct);
        qputenv("HF_ENDPOINT", hub.endpoint().toUtf8());

        ProjectContext project;
        QString error;
        QVERIFY2(project.open(m_project, false, &error), qPrintable(error));
        VerdictPanel verdict(&project);
        verdict.show();
        verdict.limitBox()->setValue(2);
        BenchmarkRunner *benchmark = verdict.benchmark();
        // An error would open a message box with its own event loop: record and close it.
        QString shownError;
        QTimer errors;
        connect(&errors, &QTimer::timeout, this, [&] {
            if (QWidget *box = QApplication::activeModalWidget()) {
                for (const QLabel *label : box->findChildren<QLabel *>())
                    shownError += label->text() + '\n';
                box->close();
            }
        });
        errors.start(100);
        click(benchmark, "testOnBenchmark");
        QVERIFY(benchmark->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!benchmark->isRunning(), 180000);
        QVERIFY2(shownError.isEmpty(), qPrintable(shownError));
        QVERIFY2(benchmark->resultText().contains("On ECInstruct's public test, the questions of the published table"),
            qPrintable(benchmark->resultText()));
        QVERIFY(benchmark->report().publicBenchmark);
        QVERIFY(benchmark->report().rows.size() >= 2); // SA in and out of domain, two questions each
        const QString path = BenchmarkRunner::benchmarkProjectPath(m_project);
        QVERIFY(QFileInfo::exists(path));
        click(&verdict, "showBenchmarkReport");
        QTRY_VERIFY(verdict.findChild<QDialog *>("benchmarkReport"));

        // A second run tests again without fetching or importing anything.
        hub.clearRequests();
        click(benchmark, "testOnBenchmark");
        QTRY_VERIFY_WITH_TIMEOUT(!benchmark->isRunning(), 180000);
        QVERIFY2(hub.requests().isEmpty(), qPrintable(hub.requests().join('\n')));
        qunsetenv("HF_ENDPOINT");
    }
};

QTEST_MAIN(TestModelDownload)
#include "test_model_download.moc"
