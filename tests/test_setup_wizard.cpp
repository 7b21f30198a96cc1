// The setup wizard as a shop owner uses it (offscreen): the demo shop from the welcome page to
// the training examples, importing an own file with a German header, cancelling a long import,
// going back, and resuming where the app was closed. The window must keep answering meanwhile.
#include "chat_panel.h"
#include "data/importer.h"
#include "export_dialog.h"
#include "import_panel.h"
#include "jobs/chat_session.h"
#include "main_window.h"
#include "mapping_editor.h"
#include "model_panel.h"
#include "plan_panel.h"
#include "project_context.h"
#include "records_browser.h"
#include "setup_wizard.h"
#include "store/project_store.h"
#include "store/run_tables.h"
#include "store/shop_tables.h"
#include "tasks_panel.h"
#include "test_helpers.h"
#include "train_panel.h"
#include "translations.h"
#include "verdict_panel.h"
#include "with_qcustomplot.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

using namespace shoptuner::ui;

namespace {

// Opens a file on the import page as choosing it does, and waits for its preview and mapping,
// which are read in the background.
bool openAndWait(ImportPanel *panel, const QString &file)
{
    QSignalSpy opened(panel, &ImportPanel::fileOpened);
    QSignalSpy failed(panel, &ImportPanel::fileOpenFailed);
    panel->openFile(file);
    return QTest::qWaitFor([&] { return !opened.isEmpty() || !failed.isEmpty(); }, 20000) && !opened.isEmpty();
}

} // namespace

class TestSetupWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    static void click(QWidget *parent, const char *name)
    {
        auto *button = parent->findChild<QAbstractButton *>(QString::fromLatin1(name));
        QVERIFY2(button, name);
        QVERIFY2(button->isEnabled(), name);
        QTest::mouseClick(button, Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_home.filePath("data").toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath("config").toUtf8());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home.filePath("config"));
        QCoreApplication::setOrganizationName(QStringLiteral("ShopTunerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestSetupWizard"));
        installTranslations(QLocale(QLocale::English));
    }

    void theDemoLivesInTheUserDataFolder()
    {
        const QString data = m_home.filePath("data");
        const QString file = QStringLiteral("/demo/Kettle & Loom (demo).shoptuner");
        QCOMPARE(ProjectContext::demoProjectPath(), data + "/TestSetupWizard" + file);
        // The program's own names: ShopTuner is both organisation and application, and is named once.
        QCoreApplication::setOrganizationName(QStringLiteral("ShopTuner"));
        QCoreApplication::setApplicationName(QStringLiteral("ShopTuner"));
        QCOMPARE(ProjectContext::demoProjectPath(), data + "/ShopTuner" + file);
        // A demo made by an earlier version under the doubled name stays in use, with its runs.
        const QString earlier = data + "/ShopTuner/ShopTuner" + file;
        QVERIFY(QDir().mkpath(QFileInfo(earlier).absolutePath()));
        QFile made(earlier);
        QVERIFY(made.open(QIODevice::WriteOnly));
        made.close();
        QCOMPARE(ProjectContext::demoProjectPath(), earlier);
        QVERIFY(QDir(data + "/ShopTuner").removeRecursively());
        QCoreApplication::setOrganizationName(QStringLiteral("ShopTunerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestSetupWizard"));
    }

    void demoShopFromWelcomeToTasks()
    {
        MainWindow window;
        window.show();
        window.startUp(); // first run: the wizard
        auto *wizard = window.findChild<SetupWizard *>();
        QVERIFY(wizard && wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(SetupWizard::WelcomePageId));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());

        // While the demo is made on worker threads, the window keeps answering: 99% of ticks within 100 ms.
        testing::EventLoopWatch watch;
        watch.start();
        click(wizard, "tryDemo");
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(SetupWizard::TasksPageId), 60000);
        watch.stop();
        QVERIFY2(watch.responsive(100),
            qPrintable(QString("the event loop stalled: p99 %1 ms, worst %2 ms")
                           .arg(watch.percentile(99))
                           .arg(watch.worst())));
        QVERIFY(window.project()->isOpen());
        QCOMPARE(window.project()->path(), QFileInfo(ProjectContext::demoProjectPath()).absoluteFilePath());

        // Back on the import page: what the demo brought in.
        wizard->back();
        QCOMPARE(wizard->currentId(), int(SetupWizard::ImportPageId));
        ImportPanel *import = wizard->importPanel();
        QCOMPARE(import->importedKinds(), 5);
        QVERIFY(import->findChild<QLabel *>("status_catalog")->text().contains("303 products"));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        QCOMPARE(wizard->currentId(), int(SetupWizard::TasksPageId));

        // All ten tasks are ready, with counts and readable examples.
        TasksPanel *tasks = wizard->tasksPanel();
        QTreeWidget *table = tasks->taskTable();
        QCOMPARE(table->topLevelItemCount(), 10);
        for (int i = 0; i < 10; ++i) {
            QVERIFY2(table->topLevelItem(i)->text(1).startsWith("Ready"), qPrintable(table->topLevelItem(i)->text(0)));
            QVERIFY(table->topLevelItem(i)->text(2).toInt() > 0);
        }
        table->setCurrentItem(table->topLevelItem(3)); // sentiment
        QVERIFY(tasks->sampleView()->toPlainText().contains("Expected answer:"));
        QVERIFY(tasks->sampleView()->toPlainText().contains("positive")
            || tasks->sampleView()->toPlainText().contains("negative"));
        QVERIFY(tasks->findChild<QLabel *>("buildSummary")->text().contains("30 e-mail addresses"));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled()); // on to the model

        // Back works, and the step is remembered in the project.
        wizard->back();
        QCOMPARE(wizard->currentId(), int(SetupWizard::ImportPageId));
        QCOMPARE(window.project()->wizardStep(), QString("import"));
        wizard->next();
        QCOMPARE(window.project()->wizardStep(), QString("tasks"));
        window.close();
    }

    void closingMidWayResumesThere()
    {
        MainWindow window;
        window.show();
        window.startUp(); // the demo project from the last test, wizard not finished
        QVERIFY(window.project()->isOpen());
        auto *wizard = window.findChild<SetupWizard *>();
        QVERIFY(wizard && wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(SetupWizard::TasksPageId));
        wizard->accept(); // Done
        QCOMPARE(window.project()->wizardStep(), QString("done"));
        QVERIFY(window.findChild<QLabel *>("overviewText")->text().contains("1500 reviews"));
        window.close();

        MainWindow again;
        again.show();
        again.startUp();
        QVERIFY(again.project()->isOpen());
        auto *none = again.findChild<SetupWizard *>();
        QVERIFY(!none || !none->isVisible());
    }

    void browsesAndSearchesTheExamples()
    {
        MainWindow window;
        window.show();
        window.startUp(); // the demo project
        window.showPage(MainWindow::RecordsPage);
        RecordsBrowser *browser = window.recordsBrowser();
        const int all = browser->matchCount();
        QVERIFY(all > 10000);
        browser->taskFilter()->setCurrentIndex(browser->taskFilter()->findData("Sentiment_Analysis"));
        const int sentiment = browser->matchCount();
        QVERIFY(sentiment > 500 && sentiment < all);
        browser->splitFilter()->setCurrentIndex(browser->splitFilter()->findData("train"));
        const int training = browser->matchCount();
        QVERIFY(training < sentiment);
        browser->searchBox()->setText("chipped"); // searched after a short pause in typing
        QTRY_VERIFY(browser->matchCount() < training);
        QVERIFY(browser->matchCount() > 0);
        browser->table()->selectRow(0);
        QVERIFY2(browser->detail()->toPlainText().contains("chipped"),
            qPrintable(browser->detail()->toPlainText().left(300)));
        QVERIFY(browser->detail()->toPlainText().contains("Expected answer:"));
        browser->searchBox()->setText("100%_no_such_text");
        QTRY_COMPARE(browser->matchCount(), 0);
        window.close();
    }

    // The demo model made from the shop's texts, a short plan, and a run paused, resumed and
    // finished, its curve drawn live and kept in the project.
    void teachesTheDemoModel()
    {
        MainWindow window;
        window.show();
        window.startUp(); // the demo project
        QVERIFY(window.project()->isOpen());
        window.showPage(MainWindow::ModelPage);
        ModelPanel *models = window.modelPanel();
        QVERIFY(models->findChild<QLabel *>("hardware")->text().contains("cores"));
        click(models, "makeDemoModel");
        QTRY_VERIFY_WITH_TIMEOUT(!models->chosenModel().isEmpty() && !models->isBusy(), 120000);
        QVERIFY(QFileInfo::exists(models->chosenModel() + "/tokenizer.model"));
        QVERIFY(models->findChild<QLabel *>("recommendation")->text().contains("fits"));
        QVERIFY(models->modelList()->topLevelItemCount() >= 1);

        window.showPage(MainWindow::PlanPage);
        PlanPanel *plan = window.planPanel();
        plan->setPreset(shoptuner::services::PlanPreset::Quick);
        plan->findChild<QSpinBox *>("maxSteps")->setValue(8);
        plan->findChild<QSpinBox *>("valEvery")->setValue(4);
        plan->findChild<QSpinBox *>("maxLength")->setValue(256);
        plan->findChild<QSpinBox *>("batch")->setValue(2);
        QTRY_VERIFY_WITH_TIMEOUT(plan->estimateLabel()->text().contains("8 learning steps"), 60000);
        QVERIFY(plan->estimateLabel()->text().contains("memory"));

        // Chat before training offers the base model, with examples each named differently.
        window.showPage(MainWindow::ChatPage);
        ChatPanel *chatBefore = window.chatPanel();
        QVERIFY(chatBefore->modelChoice()->currentText().startsWith("Base model"));
        QTRY_VERIFY_WITH_TIMEOUT(chatBefore->isReady(), 120000);
        auto *examples = chatBefore->findChild<QComboBox *>("chatExamples");
        QSet<QString> exampleNames;
        for (int i = 0; i < examples->count(); ++i)
            exampleNames.insert(examples->itemText(i));
        QVERIFY(examples->count() >= 4);
        QCOMPARE(exampleNames.size(), examples->count());

        window.showPage(MainWindow::TrainPage);
        TrainPanel *train = window.trainPanel();
        train->start();
        QTRY_VERIFY_WITH_TIMEOUT(train->trainPoints() >= 2, 120000);
        // One Cancel on the page (the progress bar's own is hidden); Pause answers at once.
        QVERIFY(train->findChild<QPushButton *>("cancelJob")->isHidden());
        train->pause();
        QVERIFY(!train->findChild<QPushButton *>("pauseTraining")->isEnabled());
        QVERIFY(train->findChild<QLabel *>("trainSummary")->text().startsWith("Pausing after this learning step"));
        QTRY_COMPARE_WITH_TIMEOUT(train->status(), QString("paused"), 120000);
        QVERIFY(train->findChild<QPushButton *>("resumeTraining")->isEnabled());
        const int before = train->trainPoints();
        QVERIFY(before >= 2 && before < 8);
        // While the model trains on worker threads, the window keeps answering: 99% of ticks within 100 ms.
        testing::EventLoopWatch watch;
        watch.start();
        train->resume();
        QCOMPARE(QApplication::focusWidget(), train->findChild<QPushButton *>("pauseTraining"));
        // The wizard's Training page shows the same run, training, and offers no second start or resume.
        SetupWizard *wizard = window.showWizard();
        TrainPanel *wizardTrain = wizard->trainPanel();
        QVERIFY(wizardTrain->isTraining());
        QCOMPARE(wizardTrain->status(), QString("running"));
        QCOMPARE(wizardTrain->runId(), train->runId());
        QVERIFY(!wizardTrain->findChild<QPushButton *>("resumeTraining")->isEnabled());
        // One Cancel in sight: the run's own; the wizard's button closes it and says so.
        int cancels = 0;
        for (QAbstractButton *b : wizard->page(SetupWizard::TrainPageId)->findChildren<QAbstractButton *>())
            cancels += !b->isHidden() && b->text().remove('&') == "Cancel";
        QCOMPARE(cancels, 1);
        QCOMPARE(wizard->button(QWizard::CancelButton)->text().remove('&'), QString("Close"));
        QVERIFY(!wizardTrain->findChild<QPushButton *>("startTraining")->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(train->status(), QString("finished"), 120000);
        QTRY_COMPARE(wizardTrain->status(), QString("finished"));
        wizard->close();
        watch.stop();
        QVERIFY2(watch.responsive(100),
            qPrintable(QString("the event loop stalled: p99 %1 ms, worst %2 ms")
                           .arg(watch.percentile(99))
                           .arg(watch.worst())));
        QCOMPARE(train->trainPoints(), 8);
        QVERIFY(train->validationPoints() >= 1);
        // The curve's axes: whole steps from 0 to the last, every loss inside with room to spare;
        // the loss where training began as a line, and the figures in words.
        QCustomPlot *plot = train->plot();
        QCOMPARE(plot->xAxis->range().lower, 0.0);
        QVERIFY(plot->xAxis->range().upper > 8.0 && plot->xAxis->range().upper < 9.0);
        for (int g = 0; g < 3; ++g)
            for (auto it = plot->graph(g)->data()->constBegin(); it != plot->graph(g)->data()->constEnd(); ++it)
                QVERIFY2(it->value > plot->yAxis->range().lower && it->value < plot->yAxis->range().upper,
                    qPrintable(QString("%1 outside %2–%3")
                                   .arg(it->value)
                                   .arg(plot->yAxis->range().lower)
                                   .arg(plot->yAxis->range().upper)));
        double began = 0;
        for (int i = 0; i < 5; ++i)
            began += (plot->graph(0)->data()->constBegin() + i)->value / 5;
        QVERIFY(qAbs(plot->graph(3)->data()->constBegin()->value - began) < 1e-9); // the first five steps' mean
        QCOMPARE(plot->graph(1)->data()->constBegin()->value, plot->graph(0)->data()->constBegin()->value);
        QVERIFY(train->findChild<QLabel *>("lossNote")->text().startsWith("Loss measures how far"));
        {
            shoptuner::store::ProjectStore project(window.project()->path());
            const auto run = shoptuner::store::trainingRun(project, train->runId());
            QVERIFY(run);
            QCOMPARE(run->status, QString("finished"));
            QCOMPARE(run->stepsDone, 8);
            QVERIFY(QFileInfo::exists(run->adapterPath + "/adapter_config.json"));
            QCOMPARE(shoptuner::store::runPoints(project, run->id).size(), std::size_t(8 + train->validationPoints()));
        }

        // The verdict: the trained model answers a few test questions per task, beside the baselines.
        window.showPage(MainWindow::ResultsPage);
        VerdictPanel *verdict = window.verdictPanel();
        verdict->limitBox()->setValue(2);
        verdict->withBaseBox()->setChecked(true); // and the model before training, for comparison
        verdict->evaluate();
        QVERIFY(verdict->isEvaluating());
        QTRY_VERIFY_WITH_TIMEOUT(!verdict->isEvaluating(), 300000);
        QVERIFY(verdict->table()->rowCount() >= 10);
        // The headline: what training changed on the same questions; the published model only as
        // a rough guide, since its scores come from other questions.
        const QString headline = verdict->findChild<QLabel *>("verdictSummary")->text();
        QVERIFY2(headline.contains("Training made the model better on") && headline.contains("on the same questions"),
            qPrintable(headline));
        QVERIFY2(headline.contains("As a rough guide only: GPT-4 Turbo's published scores come from ECInstruct's"),
            qPrintable(headline));
        QCOMPARE(verdict->report().rows.size(), verdict->table()->rowCount());
        QVERIFY(verdict->report().baseEvaluationId != 0);
        QVERIFY(std::all_of(verdict->report().rows.begin(), verdict->report().rows.end(),
            [](const auto &row) { return row.baseValue.has_value(); }));
        QVERIFY(verdict->chartBars() >= 9); // one bar of this model per task on the shop's own products
        verdict->table()->setCurrentCell(0, 0);
        QVERIFY(verdict->mistakesView()->toPlainText().contains("Expected:")
            || verdict->mistakesView()->toPlainText().contains("No wrong answers"));
        QTemporaryDir exports;
        for (const char *name : {"report.html", "report.csv", "report.pdf"})
            QVERIFY2(verdict->exportTo(exports.filePath(name)), name);
        QVERIFY(testing::readFile(exports.filePath("report.pdf").toStdString()).rfind("%PDF", 0) == 0);
        // The PDF opens: poppler renders its first page (poppler-utils is in .ci/setup.sh).
        QProcess render;
        render.start("pdftoppm",
            {"-r", "30", "-png", "-f", "1", "-l", "1", exports.filePath("report.pdf"), exports.filePath("page")});
        if (render.waitForStarted()) {
            QVERIFY(render.waitForFinished(60000));
            QCOMPARE(render.exitCode(), 0);
            QVERIFY(QDir(exports.path()).entryList({"page*.png"}).size() == 1);
        } else
            qWarning("pdftoppm is not installed; the PDF was not rendered");
        QVERIFY(QString::fromStdString(testing::readFile(exports.filePath("report.html").toStdString()))
                    .contains("GPT-4 Turbo"));

        // Export for Ollama from the verdict: the dialog runs the export as a job and says what
        // it checked; a second export to the same place is refused before anything is written.
        verdict->findChild<QPushButton *>("exportModel")->click();
        auto *dialog = verdict->findChild<ExportDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->formatList()->currentItem()->data(Qt::UserRole).toString(), QString("ollama"));
        dialog->destination()->setText(exports.filePath("ollama-kettle"));
        dialog->startExport();
        QVERIFY(dialog->isExporting());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isExporting(), 120000);
        QVERIFY2(dialog->resultText().contains("Done."), qPrintable(dialog->resultText()));
        QVERIFY(dialog->resultText().contains("tensors read back"));
        QVERIFY(QFileInfo::exists(exports.filePath("ollama-kettle/Modelfile")));
        QCOMPARE(dialog->exportedFiles().size(), 2);
        QTimer::singleShot(0, this, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
        dialog->startExport();
        QVERIFY(!dialog->isExporting());
        dialog->close();

        // Chat with the trained model: the answer streams in, Stop ends one, turns accumulate.
        window.showPage(MainWindow::ChatPage);
        ChatPanel *chat = window.chatPanel();
        QVERIFY(chat->modelChoice()->count() >= 2); // the trained run and the base model
        QVERIFY(chat->modelChoice()->currentText().startsWith("Trained model"));
        QTRY_VERIFY_WITH_TIMEOUT(chat->isReady(), 120000);
        int pieces = 0;
        connect(chat->findChild<shoptuner::jobs::ChatSession *>(), &shoptuner::jobs::ChatSession::piece, this,
            [&] { ++pieces; });
        chat->send("Is the Nordvik mug dishwasher safe?");
        QVERIFY(chat->isAnswering());
        QVERIFY(chat->findChild<QPushButton *>("chatStop")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!chat->isAnswering(), 120000);
        QVERIFY(chat->transcript()->toPlainText().contains("Is the Nordvik mug dishwasher safe?"));
        QVERIFY(chat->transcript()->toPlainText().contains("Model"));
        QVERIFY(pieces > 0 || chat->lastAnswer().isEmpty());
        chat->send("And in which colours?");
        chat->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!chat->isAnswering(), 120000);
        QCOMPARE(chat->transcript()->toPlainText().count("You"), 2);
        QVERIFY(chat->findChild<QPushButton *>("chatSend")->isEnabled());

        // Side by side: the base model beside the trained one, each answering the same message,
        // one after the other; its column starts with the questions asked so far.
        chat->setSideBySide(true);
        QVERIFY(chat->transcript(1)->isVisible());
        QVERIFY(chat->modelChoice(1)->currentText().startsWith("Base model"));
        QCOMPARE(chat->transcript(1)->toPlainText().count("You"), 2);
        QTRY_VERIFY_WITH_TIMEOUT(chat->isReady(), 120000);
        chat->send("Which mug keeps tea warm longest?");
        QVERIFY(chat->isAnswering());
        QVERIFY(!chat->findChild<QPushButton *>("chatSend")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!chat->isAnswering(), 120000);
        for (int column : {0, 1}) {
            const QString text = chat->transcript(column)->toPlainText();
            // The three questions in order (the demo model's answers are arbitrary text).
            const auto first = text.indexOf("Is the Nordvik mug dishwasher safe?");
            const auto second = text.indexOf("And in which colours?", first);
            QVERIFY(first >= 0 && second > first && text.indexOf("Which mug keeps tea warm longest?", second) > second);
        }
        // Stop ends the round for both columns.
        chat->send("And for coffee?");
        chat->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!chat->isAnswering(), 120000);
        QVERIFY(chat->findChild<QPushButton *>("chatSend")->isEnabled());
        chat->setSideBySide(false);
        QVERIFY(!chat->transcript(1)->isVisible());
        window.close();

        // The curve is drawn again from the project file.
        MainWindow again;
        again.show();
        again.startUp();
        again.showPage(MainWindow::TrainPage);
        QCOMPARE(again.trainPanel()->trainPoints(), 8);
        QCOMPARE(again.trainPanel()->status(), QString("finished"));

        // A second run, given up: the history keeps both, and each shows its own curve.
        TrainPanel *panel = again.trainPanel();
        panel->start();
        QTRY_VERIFY_WITH_TIMEOUT(panel->trainPoints() >= 1, 120000);
        panel->cancel(false);
        QTRY_COMPARE_WITH_TIMEOUT(panel->status(), QString("cancelled"), 120000);
        QCOMPARE(panel->runHistory()->count(), 2);
        QVERIFY(panel->runHistory()->itemText(0).contains("cancelled"));
        panel->runHistory()->setCurrentIndex(1);
        QCOMPARE(panel->status(), QString("finished"));
        QCOMPARE(panel->trainPoints(), 8);
        // Each run's settings at hand, and the cancelled run laid over the finished one.
        QVERIFY(panel->runHistory()->itemData(1, Qt::ToolTipRole).toString().contains("rank "));
        QCOMPARE(panel->overlayMenu()->actions().size(), 2);
        QCOMPARE(panel->overlayCurves(), 0);
        for (QAction *a : panel->overlayMenu()->actions())
            a->setChecked(true); // the shown run itself is not drawn twice
        QCOMPARE(panel->overlayCurves(), 2);
        panel->runHistory()->setCurrentIndex(0);
        QCOMPARE(panel->status(), QString("cancelled"));
        QCOMPARE(panel->overlayCurves(), 2); // now the finished run is the one laid over
        panel->overlayMenu()->actions()[1]->setChecked(false);
        QCOMPARE(panel->overlayCurves(), 0);

        // Training elsewhere: the job folder runs as written (two ranks on this machine, the
        // program found on PATH), and the adapter it makes comes back as a finished run.
        QTemporaryDir elsewhere;
        QVERIFY(panel->writeJobFolder(elsewhere.filePath("job")));
        const QString script
            = QString::fromStdString(testing::readFile(elsewhere.filePath("job/train.sh").toStdString()));
        QVERIFY(script.contains("--distributed") && script.contains("--grad-accum"));
        QVERIFY(QFileInfo(elsewhere.filePath("job/data.jsonl")).size() > 0);
        QVERIFY(QFileInfo::exists(elsewhere.filePath("job/shoptuner-train.sbatch")));
        QProcess job;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("PATH", QFileInfo(QStringLiteral(SHOPTUNER_CLI)).absolutePath() + ":" + env.value("PATH"));
        env.insert("MASTER_PORT", "29731");
        job.setProcessEnvironment(env);
        job.start("bash", {elsewhere.filePath("job/train.sh")});
        QVERIFY(job.waitForFinished(240000));
        QVERIFY2(job.exitCode() == 0,
            (job.readAllStandardError() + testing::readFile(elsewhere.filePath("job/rank0.log").toStdString()).c_str())
                .constData());
        QVERIFY(panel->importAdapter(elsewhere.filePath("job/run/best")));
        QCOMPARE(panel->runHistory()->count(), 3);
        QCOMPARE(panel->status(), QString("finished"));
        QTimer::singleShot(0, this, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
        QVERIFY(!panel->importAdapter(elsewhere.filePath("job"))); // not an adapter folder: said so
    }

    void importsAnOwnFileWithAGermanHeader()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QString error;
        QVERIFY(window.project()->open(dir.filePath("Mein Laden"), true, &error));
        QVERIFY(window.project()->path().endsWith("Mein Laden.shoptuner"));
        window.showPage(MainWindow::ImportPage);
        const QString file = dir.filePath("bewertungen.csv");
        QByteArray csv = "Artikelnummer;Bewertung;Rezension;Datum\n";
        for (int i = 0; i < 30; ++i)
            csv += "A" + QByteArray::number(i % 5) + ";" + QByteArray::number(1 + i % 5) + ";\"Sch\xf6ne Tasse, "
                + QByteArray::number(i) + "\";2025-01-0" + QByteArray::number(1 + i % 9) + "\n";
        csv += "A9;sehr gut;Text;2025-02-01\n"; // a rating in words: reported, left out
        testing::writeFile(file.toStdString(), csv.toStdString());

        ImportPanel *panel = window.importPanel();
        panel->openFile(file);
        // The file is read in the background: the page says so and cannot import yet.
        QVERIFY(panel->isOpeningFile());
        QVERIFY2(panel->findChild<QLabel *>("importFileLabel")->text().startsWith("Reading"),
            qPrintable(panel->findChild<QLabel *>("importFileLabel")->text()));
        QVERIFY(!panel->findChild<QPushButton *>("importButton")->isEnabled());
        QSignalSpy opened(panel, &ImportPanel::fileOpened);
        QVERIFY(opened.wait(20000));
        QVERIFY(!panel->isOpeningFile());
        QCOMPARE(panel->previewTable()->columnCount(), 4);
        QCOMPARE(panel->previewTable()->item(0, 2)->text(), QString::fromUtf8("Schöne Tasse, 0")); // Latin-1 decoded
        MappingEditor *mapping = panel->mappingEditor();
        QCOMPARE(mapping->comboFor("rating")->currentData().toString(), QString("Bewertung"));
        QCOMPARE(mapping->comboFor("text")->currentData().toString(), QString("Rezension"));
        QCOMPARE(mapping->comboFor("product_id")->currentData().toString(), QString("Artikelnummer"));

        // Unmapping a required field disables Import and says what is missing.
        auto *importButton = panel->findChild<QPushButton *>("importButton");
        mapping->comboFor("text")->setCurrentIndex(0);
        QVERIFY(!importButton->isEnabled());
        QVERIFY(panel->findChild<QLabel *>("mappingProblems")->text().contains("Review text"));
        mapping->comboFor("text")->setCurrentIndex(mapping->comboFor("text")->findData("Rezension"));
        QVERIFY(importButton->isEnabled());
        // Stars are optional (reviews without them are kept for triage).
        mapping->comboFor("rating")->setCurrentIndex(0);
        QVERIFY(importButton->isEnabled());
        mapping->comboFor("rating")->setCurrentIndex(mapping->comboFor("rating")->findData("Bewertung"));
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isImporting(), 20000);
        const QString result = panel->findChild<QLabel *>("importResult")->text();
        QVERIFY2(result.contains("Imported 30 rows") && result.contains("1 row could not be used"), qPrintable(result));
        QVERIFY(panel->findChild<QLabel *>("status_reviews")->text().contains("30 reviews"));
        // Every problem can be read in full, with its line.
        auto *showProblems = panel->findChild<QPushButton *>("showProblems");
        QVERIFY(showProblems->isVisible());
        QString listed;
        QTimer reader;
        connect(&reader, &QTimer::timeout, [&] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                listed = dialog->findChild<QPlainTextEdit *>()->toPlainText();
                dialog->reject();
            }
        });
        reader.start(50);
        showProblems->click();
        reader.stop();
        QVERIFY2(listed.startsWith("bewertungen.csv:32") && listed.contains("sehr gut"), qPrintable(listed));

        // A broken file: the message itself says on which line.
        const QString broken = dir.filePath("katalog.csv");
        testing::writeFile(broken.toStdString(), "sku,title\nA1,\"Mug\nA2,Plate\n");
        QString shown;
        QTimer errors;
        connect(&errors, &QTimer::timeout, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->close();
            }
        });
        errors.start(50);
        QSignalSpy failed(panel, &ImportPanel::fileOpenFailed);
        panel->openFile(broken);
        QVERIFY(failed.wait(20000));
        QTRY_VERIFY(!shown.isEmpty());
        errors.stop();
        QVERIFY2(shown.contains("line 2: a quoted field starts here"), qPrintable(shown));
        window.close();
    }

    // A Shopify shop as its owner exports it (tests/data/shops/shopify): the catalog, then the
    // Judge.me reviews, the questions and the orders, through the wizard with the mappings it
    // proposes, to the training examples. Before each import the page says how many rows link.
    void shopifyShopFromItsExportsToTasks()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.resize(1280, 860);
        window.show();
        QString error;
        QVERIFY(window.project()->open(dir.filePath("Fernhill"), true, &error));
        SetupWizard *wizard = window.showWizard();
        QVERIFY(wizard);
        wizard->resize(1180, 820);
        if (wizard->currentId() == int(SetupWizard::WelcomePageId))
            wizard->next();
        QCOMPARE(wizard->currentId(), int(SetupWizard::ImportPageId));
        ImportPanel *panel = wizard->importPanel();
        auto *importButton = panel->findChild<QPushButton *>("importButton");
        const QString shop = QStringLiteral(SHOPTUNER_SHOPS) + "/shopify/";
        const QByteArray screenshots = qgetenv("SHOPTUNER_SCREENSHOTS");
        const auto shoot = [&](const QString &name) {
            if (!screenshots.isEmpty())
                QVERIFY(wizard->grab().save(QDir(QString::fromLocal8Bit(screenshots)).filePath(name)));
        };

        // The catalog: recognised as Shopify's, options as name/value pairs, no flag or option
        // column offered as an attribute of its own.
        QVERIFY(openAndWait(panel, shop + "products_export.csv"));
        QVERIFY(panel->findChild<QLabel *>("recognisedLayout")->text().contains("Shopify product export"));
        auto *attributes = panel->findChild<QListWidget *>("attributeColumns");
        bool optionPair = false;
        for (int i = 0; i < attributes->count(); ++i) {
            // Every column is listed ("Column   (sample)", or a pair's sentence); ticked ones are kept.
            const QString item = attributes->item(i)->text();
            const bool ticked = attributes->item(i)->checkState() == Qt::Checked;
            optionPair = optionPair
                || (ticked && item.startsWith("Option1 Name names the attribute, Option1 Value holds its value"));
            for (const char *single : {"Published   (", "Option1 Name   (", "Option1 Value   (", "Gift Card   ("})
                QVERIFY2(!(ticked && item.startsWith(single)), qPrintable(item));
        }
        QVERIFY(optionPair);
        shoot("wizard-import-shopify-catalog.png");
        QVERIFY(importButton->isEnabled());
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isImporting(), 30000);
        QVERIFY(panel->findChild<QLabel *>("status_catalog")->text().contains("47 products"));

        // The other files: Import is not blocked by the catalog's attribute choice, and the page
        // says how many rows name a product before anything is imported.
        const QList<std::tuple<QString, QString, QString>> files
            = {{"judgeme_reviews.csv", "133 of 139 reviews name a product", "status_reviews"},
                {"questions.csv", "36 of 38 questions name a product", "status_questions"},
                {"orders_export.csv", "415 of 420 order lines name a product", "status_orders"}};
        for (const auto &[file, linked, status] : files) {
            QVERIFY(openAndWait(panel, shop + file));
            QVERIFY2(importButton->isEnabled(),
                qPrintable(file + ": " + panel->findChild<QLabel *>("mappingProblems")->text()));
            QTRY_VERIFY2_WITH_TIMEOUT(panel->linkSummary().contains(linked), qPrintable(panel->linkSummary()), 20000);
            shoot("wizard-import-shopify-" + QFileInfo(file).completeBaseName() + ".png");
            QTest::mouseClick(importButton, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!panel->isImporting(), 30000);
            QVERIFY2(!panel->findChild<QLabel *>(status)->text().isEmpty(), qPrintable(status));
        }
        QCOMPARE(panel->importedKinds(), 4);

        // The examples: every task these files allow, and the personal data that was removed.
        wizard->next();
        QCOMPARE(wizard->currentId(), int(SetupWizard::TasksPageId));
        TasksPanel *tasks = wizard->tasksPanel();
        QTRY_VERIFY_WITH_TIMEOUT(tasks->hasRecords() && !tasks->isBuilding(), 60000);
        QStringList ready;
        QTreeWidget *table = tasks->taskTable();
        for (int i = 0; i < table->topLevelItemCount(); ++i)
            if (table->topLevelItem(i)->text(1).startsWith("Ready"))
                ready << table->topLevelItem(i)->text(0);
        QCOMPARE(ready.size(), 5); // AVE, PRP, SA, SR, AP (no answered question has reviews that answer it)
        const QString summary = tasks->findChild<QLabel *>("buildSummary")->text();
        QVERIFY2(summary.contains("order number"), qPrintable(summary));
        shoot("wizard-tasks-shopify.png");
        window.close();
    }

    void cancellingALongImportKeepsNothing()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QString error;
        QVERIFY(window.project()->open(dir.filePath("big"), true, &error));
        const QString file = dir.filePath("catalog.csv");
        std::string csv = "product_id,title,description\n";
        for (int i = 0; i < 300000; ++i)
            csv += "P" + std::to_string(i) + ",Product " + std::to_string(i) + ",\"Some text, quoted\"\n";
        testing::writeFile(file.toStdString(), csv);
        window.showPage(MainWindow::ImportPage);
        ImportPanel *panel = window.importPanel();
        QVERIFY(openAndWait(panel, file));
        panel->startImport();
        auto *cancel = panel->findChild<QPushButton *>("cancelJob");
        QTRY_VERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isImporting(), 60000);
        QVERIFY(panel->findChild<QLabel *>("importResult")->text().contains("nothing from it was kept"));
        shoptuner::store::ProjectStore project(window.project()->path());
        QCOMPARE(shoptuner::store::shopCounts(project).products, 0);
        window.close();
    }
};

QTEST_MAIN(TestSetupWizard)
#include "test_setup_wizard.moc"
