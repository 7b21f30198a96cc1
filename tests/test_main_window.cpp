// The main window as a user meets it: title, menus with keyboard shortcuts, geometry remembered.
#include "compare_panel.h"
#include "jobs/demo_model_job.h"
#include "jobs/import_job.h"
#include "main_window.h"
#include "mapping_editor.h"
#include "problem_report.h"
#include "project_context.h"
#include "records_browser.h"
#include "services/comparison.h"
#include "settings_panel.h"
#include "setup_wizard.h"
#include "store/eval_tables.h"
#include "store/project_store.h"
#include "store/record_tables.h"
#include "store/run_tables.h"
#include "store/shop_tables.h"
#include "store/work_tables.h"
#include "suggestion_model.h"
#include "test_helpers.h"
#include "train_panel.h"
#include "translations.h"
#include "verdict_panel.h"
#include "with_qcustomplot.h"
#include "work_panel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QSysInfo>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QWheelEvent>
#include <QtTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("ShopTunerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestMainWindow"));
    }

    void showsMenusWithShortcuts()
    {
        shoptuner::ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("ShopTuner"));
        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus << a->text();
        QCOMPARE(menus, (QStringList {QStringLiteral("&File"), QStringLiteral("&Help")}));
        const QList<QAction *> fileActions = window.menuBar()->actions().first()->menu()->actions();
        QList<QKeySequence> shortcuts;
        for (QAction *a : fileActions)
            if (!a->shortcut().isEmpty())
                shortcuts << a->shortcut();
        QCOMPARE(shortcuts,
            (QList<QKeySequence> {QKeySequence(QKeySequence::New), QKeySequence(QKeySequence::Open),
                QKeySequence::keyBindings(QKeySequence::Quit).value(0, QKeySequence(Qt::CTRL | Qt::Key_Q))}));
    }

    // Help: a guide and the numbers explained, opened in the app; "Report a problem" gathers the
    // session's errors and the project's state with personal data taken out, sending nothing.
    void helpAndProblemReport()
    {
        using namespace shoptuner;
        QTemporaryDir dir;
        const QString path = dir.filePath("Kettle Shop.shoptuner");
        {
            store::ProjectStore project(path, store::ProjectStore::OpenMode::CreateIfMissing);
            store::TrainingRun run;
            run.modelPath = QDir::homePath() + "/models/SmolLM2-360M";
            run.status = "failed";
            run.message = "out of memory while saving to " + QDir::homePath() + "/runs; write to kim.b@example.com";
            run.id = store::addTrainingRun(project, run);
            store::updateTrainingRun(project, run); // the message, as a failed run records it
        }
        ui::MainWindow window;
        window.show();
        window.openProject(path);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMenu *help = window.menuBar()->actions().last()->menu();
        QStringList items;
        for (QAction *a : help->actions())
            if (!a->isSeparator())
                items << a->text();
        QCOMPARE(items,
            (QStringList {"ShopTuner &help", "What the &numbers mean", "Report a &problem…", "&About ShopTuner"}));
        QCOMPARE(help->actions().first()->shortcut(), QKeySequence(QKeySequence::HelpContents));

        QString shown;
        QTimer reader;
        connect(&reader, &QTimer::timeout, [&] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                if (auto *browser = dialog->findChild<QTextBrowser *>())
                    shown = browser->toPlainText();
                else if (auto *text = dialog->findChild<QPlainTextEdit *>())
                    shown = text->toPlainText();
                dialog->reject();
            }
        });
        reader.start(50);
        help->actions().first()->trigger();
        QVERIFY2(shown.contains("Getting started") && shown.contains("Unusable answers")
                && shown.contains("When something goes wrong"),
            qPrintable(shown));

        ui::noteProblem("Cannot read this file: call +49 170 1234567 about " + QDir::homePath() + "/Kettle Shop.csv");
        shown.clear();
        help->actions().at(2)->trigger();
        reader.stop();
        QVERIFY2(shown.contains("training run 1: failed") && shown.contains("[email]") && shown.contains("[phone]")
                && shown.contains("~/runs") && shown.contains("[project]"),
            qPrintable(shown));
        QVERIFY(!shown.contains("kim.b@example.com") && !shown.contains(QDir::homePath() + "/")
            && !shown.contains("Kettle Shop"));
    }

    // The analyst's view: tests of several models side by side, filtered, with published models,
    // exported as the user sees it.
    void comparesTestsSideBySide()
    {
        using namespace shoptuner;
        QTemporaryDir dir;
        const QString path = dir.filePath("shop.shoptuner");
        {
            store::ProjectStore project(path, store::ProjectStore::OpenMode::CreateIfMissing);
            const char *adapters[] = {"", "/runs/run-1/best", "/runs/run-2/best"};
            const double sa[] = {0.31, 0.58, 0.66};
            for (int i = 0; i < 3; ++i) {
                store::Evaluation e;
                e.modelPath = "/models/SmolLM2-360M";
                e.adapterPath = adapters[i];
                e.status = "finished";
                const auto id = store::addEvaluation(project, e);
                store::addEvalResult(project,
                    {id, "Sentiment_Analysis", "IND_Diverse_Instruction", "macro_f1", sa[i], 100, 2, sa[i] - 0.05,
                        sa[i] + 0.05, "{}"});
                store::addEvalResult(project,
                    {id, "Sentiment_Analysis", "OOD_Diverse_Instruction", "macro_f1", sa[i] - 0.1, 50, 0, sa[i] - 0.2,
                        sa[i], "{}"});
                store::addEvalResult(project,
                    {id, "Product_Matching", "IND_Diverse_Instruction", "f1", 0.5 + 0.1 * i, 60, 0, 0.4, 0.8, "{}"});
            }
            store::Evaluation cancelled;
            cancelled.modelPath = "/models/other";
            cancelled.status = "cancelled";
            store::addEvaluation(project, cancelled);
            // A test whose process was killed, and one still running in this process.
            store::Evaluation killed = cancelled;
            killed.status = "running";
            killed.paramsJson
                = QString(R"({"limit": 0, "pid": 999999999, "host": "%1"})").arg(QSysInfo::machineHostName());
            store::addEvaluation(project, killed);
            store::Evaluation running = killed;
            running.paramsJson = QString(R"({"limit": 0, "pid": %1, "host": "%2"})")
                                     .arg(QCoreApplication::applicationPid())
                                     .arg(QSysInfo::machineHostName());
            store::addEvaluation(project, running);
        }
        ui::MainWindow window;
        window.show();
        window.openProject(path);
        window.showPage(ui::MainWindow::ResultsPage);
        window.resultsTabs()->setCurrentIndex(1);
        ui::ComparePanel *compare = window.comparePanel();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Newest first; the two latest finished tests are ticked; the unfinished ones say why.
        QListWidget *list = compare->evaluationList();
        QCOMPARE(list->count(), 6);
        QVERIFY2(list->item(0)->text().endsWith("still running"), qPrintable(list->item(0)->text()));
        QVERIFY2(list->item(1)->text().endsWith("stopped before it finished"), qPrintable(list->item(1)->text()));
        QVERIFY(list->item(2)->text().endsWith("cancelled"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(list->item(i)->checkState(), Qt::Unchecked);
        QCOMPARE(list->item(3)->checkState(), Qt::Checked);
        QCOMPARE(list->item(4)->checkState(), Qt::Checked);
        QCOMPARE(list->item(5)->checkState(), Qt::Unchecked);
        if (const QByteArray shots = qgetenv("SHOPTUNER_SCREENSHOTS"); !shots.isEmpty())
            window.grab().save(QString::fromLocal8Bit(shots) + "/compare-unfinished-tests.png");
        QCOMPARE(compare->comparison().evaluations.size(), 2);
        QCOMPARE(compare->comparison().evaluations[0].label, QString("#2 SmolLM2-360M + adapter best"));
        QTableWidget *table = compare->table();
        QCOMPARE(table->rowCount(), 3); // PM, SA in-domain, SA out-of-domain
        QCOMPARE(table->columnCount(), 3 + 2 + 1); // task, test, metric; two tests; GPT-4 Turbo
        QCOMPARE(table->horizontalHeaderItem(5)->text(), QString("GPT-4 Turbo"));
        // Task names in words, the ECInstruct code in the tooltip; scores as percentages.
        QCOMPARE(table->item(1, 0)->text(), QString("Read how a review feels"));
        QVERIFY(table->item(1, 0)->toolTip().startsWith("SA, Sentiment_Analysis"));
        QCOMPARE(table->item(1, 2)->text(), QString("F1, balanced"));
        QCOMPARE(table->item(1, 4)->text(), QString("66% (61–71%)"));
        QVERIFY(table->item(1, 4)->font().bold()); // run 2 beats run 1 on SA
        QVERIFY(!table->item(1, 3)->font().bold());
        QCOMPARE(table->item(1, 5)->text(), QString("52%"));
        QCOMPARE(compare->chartPlottables(), 2 + 1); // two models' bars, one published line

        // The base model ticked too; out-of-domain only; a second published model.
        list->item(5)->setCheckState(Qt::Checked);
        QCOMPARE(compare->comparison().evaluations.size(), 3);
        QCOMPARE(compare->comparison().evaluations[0].label, QString("#1 SmolLM2-360M (base)"));
        compare->groupBox()->setCurrentIndex(2);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), QString("new categories"));
        for (QAction *a : compare->publishedMenu()->actions())
            if (a->text() == "eCeLLM-L")
                a->setChecked(true);
        QCOMPARE(table->columnCount(), 3 + 3 + 2);
        QCOMPARE(table->item(0, 7)->text(), QString("63%")); // eCeLLM-L, SA out-of-domain (0.629)
        QCOMPARE(compare->chartPlottables(), 3 + 2);

        // Exports: CSV rows as shown, HTML with the chart inside, a PDF that opens with the table.
        QVERIFY(compare->exportTo(dir.filePath("c.csv")));
        const QStringList csv = QString::fromStdString(testing::readFile(dir.filePath("c.csv").toStdString()))
                                    .split('\n', Qt::SkipEmptyParts);
        QCOMPARE(csv.size(), 2);
        QVERIFY(csv[1].startsWith("SA,OOD_Diverse_Instruction,macro_f1,0.21,"));
        QVERIFY(compare->exportTo(dir.filePath("c.html")));
        const QString html = QString::fromStdString(testing::readFile(dir.filePath("c.html").toStdString()));
        QVERIFY(html.contains("<img src=\"data:image/png;base64,"));
        QVERIFY(html.contains("eCeLLM-L"));
        QVERIFY(compare->exportTo(dir.filePath("c.pdf")));
        QProcess text;
        text.start("pdftotext", {dir.filePath("c.pdf"), "-"});
        if (text.waitForStarted()) {
            QVERIFY(text.waitForFinished(60000));
            const QString pdf = QString::fromUtf8(text.readAllStandardOutput());
            QVERIFY2(pdf.contains("Models compared task by task") && pdf.contains("eCeLLM-L"), qPrintable(pdf));
        } else
            qWarning("pdftotext is not installed; the PDF was not read");
        QVERIFY(!compare->exportTo(dir.filePath("missing/folder/c.pdf")));
        QVERIFY(!QFile::exists(dir.filePath("missing/folder/c.pdf")));
    }

    // The Verdict and Browse pages in a shop owner's words: task names, unusable answers said and
    // explained, no verdict on too few questions, stored escapes shown as the characters.
    void verdictAndBrowseSpeakPlainly()
    {
        using namespace shoptuner;
        QTemporaryDir dir;
        const QString path = dir.filePath("shop.shoptuner");
        {
            store::ProjectStore project(path, store::ProjectStore::OpenMode::CreateIfMissing);
            const auto build = store::replaceTaskBuild(project, 1, "{}");
            store::RecordWriter writer(project, store::RecordWriter::Owner::Build, build);
            for (const char *brand : {R"(M\u00fcller & S\u00f6hne)", "Loomwell"}) {
                store::InstructionRow row;
                row.task = "Sentiment_Analysis";
                row.setting = "IND_Diverse_Instruction";
                row.split = "test";
                row.instruction = "How does the review feel?";
                row.input = QString(R"({"review": "Lovely", "brand": "%1"})").arg(brand);
                row.optionsJson = "null";
                row.output = "A: positive";
                writer.add(row);
            }
            store::Evaluation e;
            e.modelPath = "/models/SmolLM2-360M";
            e.adapterPath = "/runs/run-1/best";
            e.status = "finished";
            const auto id = store::addEvaluation(project, e);
            store::addEvalResult(
                project, {id, "Answerability_Prediction", "IND_Diverse_Instruction", "f1", 0, 31, 31, 0, 0, "{}"});
            store::addEvalResult(
                project, {id, "Sentiment_Analysis", "IND_Diverse_Instruction", "macro_f1", 0.5, 2, 1, 0, 1, "{}"});
            store::addPrediction(project, id, 1, "");
            store::addPrediction(project, id, 2, "A: positive");
            store::setPredictionScores(project, id, {{1, 0.0}, {2, 1.0}});
        }
        ui::MainWindow window;
        window.show();
        window.openProject(path);
        window.showPage(ui::MainWindow::ResultsPage);
        window.resultsTabs()->setCurrentIndex(0);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::VerdictPanel *verdict = window.verdictPanel();
        QTableWidget *table = verdict->table();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QString("Tell if reviews answer a question"));
        QVERIFY(table->item(0, 0)->toolTip().startsWith("AP, Answerability_Prediction"));
        QCOMPARE(table->item(0, 2)->text(), QString("31")); // questions
        QCOMPARE(table->item(0, 3)->text(), QString("31")); // unusable
        QCOMPARE(table->item(0, 4)->text(), QString("0%"));
        QVERIFY(table->horizontalHeaderItem(3)->toolTip().contains("matched none of the allowed answers"));
        QVERIFY2(table->item(0, 7)->text().contains("None of its answers could be used"),
            qPrintable(table->item(0, 7)->text()));
        QVERIFY2(table->item(1, 7)->text().startsWith("Right on 1 of 2 questions.")
                && table->item(1, 7)->text().contains("Too few questions to tell"),
            qPrintable(table->item(1, 7)->text()));
        const QString summary = verdict->findChild<QLabel *>("verdictSummary")->text();
        QVERIFY2(summary.startsWith("32 of the model's 33 answers could not be used"), qPrintable(summary));
        // The worst answer, readable, an empty answer said as such.
        table->setCurrentCell(1, 0);
        const QString mistakes = verdict->mistakesView()->toPlainText();
        QVERIFY2(mistakes.contains(QString::fromUtf8("Müller & Söhne")) && mistakes.contains("(nothing)"),
            qPrintable(mistakes));
        // Horizontal bars named by task, the legend beside the plot rather than over it.
        QCustomPlot *chart = verdict->chart();
        QCOMPARE(static_cast<QCPBars *>(chart->plottable(0))->keyAxis(), chart->yAxis);
        QVERIFY(chart->legend->visible() && chart->legend->layout() != chart->axisRect()->insetLayout());
        // "What do these numbers mean?" opens the explanation in the app.
        QString help;
        QTimer answer;
        connect(&answer, &QTimer::timeout, [&] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                help = dialog->findChild<QTextBrowser *>()->toPlainText();
                dialog->reject();
            }
        });
        answer.start(50);
        QMetaObject::invokeMethod(
            verdict->findChild<QLabel *>("numbersHelp"), "linkActivated", Q_ARG(QString, "#numbers"));
        answer.stop();
        QVERIFY2(help.contains("Unusable answers") && help.contains("ranking (NDCG)"), qPrintable(help));

        // Browse: plain task and setting names, the brand as written, found when searched as written.
        window.showPage(ui::MainWindow::RecordsPage);
        ui::RecordsBrowser *browse = window.recordsBrowser();
        QTRY_COMPARE(browse->matchCount(), 2);
        const QAbstractItemModel *records = browse->table()->model();
        QCOMPARE(records->index(0, 1).data().toString(), QString("Read how a review feels"));
        QCOMPARE(records->index(0, 2).data().toString(), QString("Test"));
        QCOMPARE(records->index(0, 3).data().toString(), QString("your products"));
        QVERIFY(records->index(0, 4).data().toString().contains(QString::fromUtf8("Müller & Söhne")));
        browse->searchBox()->setText(QString::fromUtf8("Müller"));
        QTRY_COMPARE(browse->matchCount(), 1);
    }

    // The smoothed loss starts at the first loss and follows the curve (a moving average with
    // weight 0.9, divided by the weight gathered so far), worked out by hand.
    // "Put it to work": the page says how far to trust the model (weak here, so it asks before
    // running), runs a job with a tiny model, and the owner reviews a job's suggestions with the
    // threshold and the keyboard, then exports the catalog with only the accepted values.
    void workPageRunsReviewsAndExports()
    {
        using namespace shoptuner;
        QTemporaryDir dir;
        const QString path = dir.filePath("shop.shoptuner");
        for (const auto &[file, kind] : {std::pair {"catalog.csv", store::DataKind::Catalog},
                 std::pair {"reviews.csv", store::DataKind::Reviews}}) {
            jobs::ImportJob job({path, QStringLiteral(SHOPTUNER_DEMO_SHOP "/") + file, {}, kind});
            job.runHere();
            QVERIFY2(job.outcome() == jobs::Job::Outcome::Succeeded, qPrintable(job.error().message));
        }
        const QString model = dir.filePath("model");
        jobs::DemoModelJob demo(path, model);
        demo.runHere();
        QVERIFY2(demo.outcome() == jobs::Job::Outcome::Succeeded, qPrintable(demo.error().message));
        QStringList uncoloured; // demo products without a colour
        {
            store::ProjectStore project(path);
            project.setInfo("model_path", model);
            store::Evaluation e;
            e.modelPath = model;
            e.status = "finished";
            const auto id = store::addEvaluation(project, e);
            store::addEvalResult(project,
                {id, "Attribute_Value_Extraction", "IND_Diverse_Instruction", "f1", 0.2, 40, 3, 0.1, 0.3, "{}"});
            for (const store::Product &p : store::loadProducts(project))
                if (p.attributes.value("color").isEmpty() && uncoloured.size() < 3)
                    uncoloured << p.key;
        }
        QCOMPARE(uncoloured.size(), 3);

        ui::MainWindow window;
        window.show();
        window.openProject(path);
        window.showPage(ui::MainWindow::WorkPage);
        ui::WorkPanel *work = window.workPanel();
        work->kindBox()->setCurrentIndex(work->kindBox()->findData("fill-attributes"));
        QVERIFY(work->modelBox()->currentText().startsWith("Base model, untrained"));
        auto *trust = work->findChild<QLabel *>("workTrust");
        QVERIFY2(trust->text().contains("20%") && trust->text().contains("weak"), qPrintable(trust->text()));

        // Weak at this task: the page asks first; the owner runs it anyway.
        QString asked;
        QTimer answer;
        QObject::connect(&answer, &QTimer::timeout, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                asked = box->text();
                for (QAbstractButton *b : box->buttons())
                    if (b->text().remove('&') == "Run anyway")
                        b->click();
            }
        });
        answer.start(50);
        work->run();
        answer.stop();
        QVERIFY2(asked.contains("weak"), qPrintable(asked));
        QVERIFY(work->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!work->isRunning(), 120000);
        std::int64_t ranJob = 0;
        {
            store::ProjectStore project(path);
            const auto jobs = store::listWorkJobs(project, "fill-attributes");
            QCOMPARE(jobs.size(), std::size_t(1));
            ranJob = jobs.front().id;
            QCOMPARE(jobs.front().status, QString("finished"));
            QCOMPARE(jobs.front().itemsDone, jobs.front().itemsTotal);
            QVERIFY(jobs.front().itemsTotal > 10);
        }
        QCOMPARE(work->jobBox()->currentData().toLongLong(), qlonglong(ranJob));

        // Suggestions to review (as a trained model makes them): 90%, 60% and 30% sure.
        {
            store::ProjectStore project(path);
            store::WorkJobRow row;
            row.kind = "fill-attributes";
            row.modelPath = model;
            row.status = "finished";
            row.id = store::addWorkJob(project, row);
            QList<store::Suggestion> list;
            const double confidence[] = {0.9, 0.6, 0.3};
            const char *colours[] = {"Sage Mist", "Rust Glow", "Oat Cloud"};
            for (int i = 0; i < 3; ++i) {
                store::Suggestion s;
                s.jobId = row.id;
                s.itemKey = uncoloured[i];
                s.field = "color";
                s.suggested = colours[i];
                s.confidence = confidence[i];
                list << s;
            }
            store::addSuggestions(project, list);
        }
        window.showPage(ui::MainWindow::ChatPage);
        window.showPage(ui::MainWindow::WorkPage); // the page reads the project again when shown
        QCOMPARE(work->jobBox()->count(), 2);
        work->jobBox()->setCurrentIndex(0); // newest first
        QCOMPARE(work->table()->model()->rowCount(), 3);
        work->thresholdBox()->setValue(50);
        work->acceptAboveThreshold();
        QCOMPARE(work->suggestions()->count(store::Suggestion::Decision::Accepted), 2);
        // The keyboard: the one left to review, rejected with Delete.
        auto *show = work->findChild<QComboBox *>("workShow");
        show->setCurrentIndex(show->findData(int(store::Suggestion::Decision::Pending)));
        QCOMPARE(work->table()->model()->rowCount(), 1);
        work->table()->setFocus();
        work->table()->setCurrentIndex(work->table()->model()->index(0, 2));
        QTest::keyClick(work->table(), Qt::Key_Delete);
        QCOMPARE(work->suggestions()->count(store::Suggestion::Decision::Rejected), 1);
        QCOMPARE(work->table()->model()->rowCount(), 0);
        auto *summary = work->findChild<QLabel *>("workSummary");
        QVERIFY2(summary->text().contains("2 accepted, 1 rejected, 0 to review"), qPrintable(summary->text()));
        {
            store::ProjectStore project(path); // kept at once, not on export
            int accepted = 0;
            for (const store::Suggestion &s : store::suggestions(project, work->suggestions()->jobId()))
                accepted += s.decision == store::Suggestion::Decision::Accepted;
            QCOMPARE(accepted, 2);
        }

        const QString out = dir.filePath("catalog-filled.csv");
        QVERIFY(work->exportTo(out));
        const QString written = QString::fromUtf8(testing::readFile(out.toStdString()));
        QVERIFY2(written.contains(",Sage Mist,") && written.contains(",Rust Glow,") && !written.contains("Oat Cloud"),
            testing::readFile(dir.filePath("catalog-filled-changes.csv").toStdString()).c_str());
        QVERIFY(QFile::exists(dir.filePath("catalog-filled-changes.csv")));
        QVERIFY2(summary->text().startsWith("Written:"), qPrintable(summary->text()));

        // The rows a job asks about: catalog jobs take no dates or stars; triage takes both, and
        // the job remembers them (a resumed job asks about the same rows).
        QVERIFY(!work->sinceBox()->isVisibleTo(work) && !work->withoutStarsBox()->isVisibleTo(work));
        work->kindBox()->setCurrentIndex(work->kindBox()->findData("triage-reviews"));
        QVERIFY(work->sinceBox()->isVisibleTo(work) && work->withoutStarsBox()->isVisibleTo(work));
        QVERIFY(!work->sinceDate()->isEnabled());
        work->sinceBox()->setChecked(true);
        QVERIFY(work->sinceDate()->isEnabled());
        work->sinceDate()->setDate(QDate(2025, 3, 1));
        work->withoutStarsBox()->setChecked(true);
        answer.start(50);
        work->run();
        answer.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!work->isRunning(), 120000);
        store::ProjectStore project(path);
        const auto triage = store::listWorkJobs(project, "triage-reviews");
        QCOMPARE(triage.size(), std::size_t(1));
        QVERIFY2(triage.front().paramsJson.contains("\"since\":\"2025-03-01\"")
                && triage.front().paramsJson.contains("\"without_stars\":true"),
            qPrintable(triage.front().paramsJson));
        qint64 unrated = 0;
        for (const store::Review &r : store::loadReviews(project))
            unrated += r.rating == 0 && r.date.left(10) >= QLatin1String("2025-03-01");
        QCOMPARE(triage.front().itemsTotal, unrated);
        QCOMPARE(triage.front().status, QString("finished"));
    }

    void smoothedLossStartsAtTheFirstPoint()
    {
        const QVector<double> s = shoptuner::ui::smoothedLosses({10, 0, 0});
        QCOMPARE(s.size(), 3);
        QCOMPARE(s[0], 10.0);
        QVERIFY(qAbs(s[1] - 0.9 / 0.19) < 1e-12); // (0.9 * 1 + 0.1 * 0) / (1 - 0.9^2)
        QVERIFY(qAbs(s[2] - 0.81 / 0.271) < 1e-12); // 0.81 / (1 - 0.9^3)
        for (const double v : shoptuner::ui::smoothedLosses({2.5, 2.5, 2.5, 2.5}))
            QVERIFY(qAbs(v - 2.5) < 1e-12);
    }

    // Hindi: no mnemonic underline inside Devanagari clusters; a literal "&&" stays. German keeps
    // its mnemonics. Qt's own wizard buttons come in German from Qt's translations.
    void languagesWithoutTornClusters()
    {
        QCOMPARE(shoptuner::ui::withoutMnemonics("&Start && stop"), QString("Start && stop"));
        QVERIFY(shoptuner::ui::hasFontFor(QLocale(QLocale::German)));
        shoptuner::ui::installTranslations(QLocale(QLocale::Hindi, QLocale::India));
        const QString start = QCoreApplication::translate("shoptuner::ui::TrainPanel", "&Start training");
        QVERIFY2(!start.contains('&') && start != "Start training", qPrintable(start));
        shoptuner::ui::installTranslations(QLocale(QLocale::German));
        QVERIFY(QCoreApplication::translate("shoptuner::ui::TrainPanel", "&Start training").contains('&'));
        QCOMPARE(QCoreApplication::translate("QWizard", "&Next >"), QString("&Weiter >"));
        shoptuner::ui::installTranslations(QLocale(QLocale::English));
        QCOMPARE(
            QCoreApplication::translate("shoptuner::ui::TrainPanel", "&Start training"), QString("&Start training"));
    }

    // A 1366×768 laptop at 125% scaling leaves about 1093×582 (its taskbar taken) for a window, less
    // its frame: every page of the main window and of the wizard must fit that, in English, German
    // and Hindi (longer words, taller script).
    void everyPageFitsALaptopScreen()
    {
        using namespace shoptuner;
        QTemporaryDir dir;
        // A 1366×768 laptop at 150%: about 894×445 for a page once the taskbar and frame are there.
        const QSize room(qRound(1366 / 1.5) - 16, qRound((768 - 40) / 1.5) - 40);
        for (const QLocale &locale :
            {QLocale(QLocale::English), QLocale(QLocale::German), QLocale(QLocale::Hindi, QLocale::India)}) {
            ui::installTranslations(locale);
            ui::MainWindow window;
            QString error;
            QVERIFY(window.project()->open(dir.filePath("shop-" + locale.name()), true, &error));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            for (int page = 0; page <= int(ui::MainWindow::SettingsPage); ++page) {
                window.showPage(ui::MainWindow::Page(page));
                QCoreApplication::processEvents();
                const QSize min = window.minimumSizeHint();
                QVERIFY2(min.width() <= room.width() && min.height() <= room.height(),
                    qPrintable(QString("%1, page %2: at least %3×%4")
                                   .arg(locale.name())
                                   .arg(page)
                                   .arg(min.width())
                                   .arg(min.height())));
            }
            // In that room the pages scroll rather than squeeze: the verdict's and the work page's
            // tables still show four rows or more.
            window.resize(room);
            for (const auto &[page, table] : {std::pair {ui::MainWindow::ResultsPage, "verdictTable"},
                     std::pair {ui::MainWindow::WorkPage, "workTable"}}) {
                window.showPage(page);
                QCoreApplication::processEvents();
                auto *view = window.findChild<QAbstractItemView *>(table);
                QVERIFY2(view->height() >= 4 * view->fontMetrics().height() + 20,
                    qPrintable(QString("%1 %2: %3 px high, at least %4, %5")
                                   .arg(locale.name(), table)
                                   .arg(view->height())
                                   .arg(view->minimumHeight())
                                   .arg(view->isVisible() ? "shown" : "hidden")));
            }
            ui::SetupWizard *wizard = window.showWizard();
            QVERIFY(QTest::qWaitForWindowExposed(wizard));
            // Each page with the wizard's title and buttons around it (about 40×130 pixels).
            for (const int id : wizard->pageIds()) {
                const QSize page = wizard->page(id)->minimumSizeHint() + QSize(40, 130);
                QVERIFY2(page.width() <= room.width() && page.height() <= room.height(),
                    qPrintable(QString("%1, wizard page %2: at least %3×%4")
                                   .arg(locale.name())
                                   .arg(id)
                                   .arg(page.width())
                                   .arg(page.height())));
            }
            // Opened within the screen's free area, whatever its size.
            const QRect free = wizard->screen()->availableGeometry();
            QVERIFY2(free.contains(QRect(wizard->pos(), wizard->size())),
                qPrintable(QString("wizard at %1,%2 %3×%4 on %5×%6")
                               .arg(wizard->x())
                               .arg(wizard->y())
                               .arg(wizard->width())
                               .arg(wizard->height())
                               .arg(free.width())
                               .arg(free.height())));
            wizard->close();
        }
        ui::installTranslations(QLocale(QLocale::English));
    }

    // The window comes back at the size it was closed at; one that would lie partly off the screen
    // (saved on a larger screen, or one since removed) is brought back into view.
    void remembersGeometry()
    {
        QSize wanted;
        {
            shoptuner::ui::MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            const QRect free = window.screen()->availableGeometry();
            wanted = (free.size() - QSize(80, 100)).expandedTo(window.minimumSizeHint());
            window.resize(wanted);
            QTRY_COMPARE(window.size(), wanted);
            window.close();
        }
        {
            shoptuner::ui::MainWindow again;
            again.show();
            QVERIFY(QTest::qWaitForWindowExposed(&again));
            QCOMPARE(again.size(), wanted);
            again.move(again.screen()->availableGeometry().right() - 50, 0); // mostly off the screen
            again.close();
        }
        shoptuner::ui::MainWindow back;
        back.show();
        QVERIFY(QTest::qWaitForWindowExposed(&back));
        // Within the free area; where the window's minimum is larger than the screen (the offscreen
        // test screen is 800 pixels wide), its top left corner at least.
        const QRect free = back.screen()->availableGeometry();
        const QRect shown(back.pos(), back.size());
        QVERIFY2(free.contains(shown)
                || (back.size() == back.minimumSizeHint().expandedTo(back.minimumSize())
                    && free.contains(shown.topLeft()))
                || free.contains(shown.topLeft()),
            qPrintable(QString("at %1,%2, %3×%4").arg(back.x()).arg(back.y()).arg(back.width()).arg(back.height())));
    }

    void settingsAreKeptAndUsable()
    {
        shoptuner::ui::MainWindow window;
        window.show();
        auto *pages = window.findChild<QListWidget *>("pageList");
        // Without a project only the overview and the settings can be chosen.
        QVERIFY(!(pages->item(shoptuner::ui::MainWindow::ImportPage)->flags() & Qt::ItemIsEnabled));
        QVERIFY(pages->item(shoptuner::ui::MainWindow::SettingsPage)->flags() & Qt::ItemIsEnabled);
        window.showPage(shoptuner::ui::MainWindow::SettingsPage);
        auto *threads = window.settingsPanel()->findChild<QSpinBox *>("threads");
        threads->setValue(1);
        auto *device = window.settingsPanel()->findChild<QComboBox *>("device");
        device->setCurrentIndex(device->findData("cpu"));
        auto *language = window.settingsPanel()->languageBox();
        language->setCurrentIndex(language->findData("de"));
        QVERIFY(window.settingsPanel()->findChild<QLabel *>("settingsNote")->text().contains("next start"));
        QVERIFY(window.settingsPanel()->restartButton()->isVisible()); // or restart now, with the same project
        const auto saved = shoptuner::ui::AppSettings::load();
        QCOMPARE(saved.threads, 1);
        QCOMPARE(saved.device, QString("cpu"));
        QCOMPARE(saved.language, QString("de"));
        shoptuner::ui::MainWindow again;
        QCOMPARE(again.settingsPanel()->findChild<QSpinBox *>("threads")->value(), 1);

        // Where models come from: a mirror (HF_ENDPOINT, when set, wins) and the access token,
        // kept where huggingface_hub keeps it.
        QTemporaryDir hf;
        qputenv("HF_HOME", hf.path().toUtf8());
        qunsetenv("HF_ENDPOINT");
        qunsetenv("HF_TOKEN");
        qunsetenv("HF_TOKEN_PATH");
        shoptuner::ui::SettingsPanel settings;
        auto *mirror = settings.findChild<QLineEdit *>("hubMirror");
        mirror->setText("hf mirror");
        Q_EMIT mirror->editingFinished();
        QVERIFY(settings.findChild<QLabel *>("settingsNote")->text().contains("not a web address"));
        QVERIFY(shoptuner::ui::AppSettings::load().hubMirror.isEmpty());
        mirror->setText("https://hf-mirror.example/");
        Q_EMIT mirror->editingFinished();
        QCOMPARE(shoptuner::ui::appHubSettings().endpoint, QString("https://hf-mirror.example"));
        qputenv("HF_ENDPOINT", "https://other.example");
        QCOMPARE(shoptuner::ui::appHubSettings().endpoint, QString("https://other.example"));
        qunsetenv("HF_ENDPOINT");
        QVERIFY(settings.findChild<QLabel *>("hubToken")->text().contains("none"));
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [] {
            if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
                dialog->setTextValue("hf_secret_token");
                dialog->accept();
            }
        });
        answer.start(50);
        QTest::mouseClick(settings.findChild<QPushButton *>("setHubToken"), Qt::LeftButton);
        answer.stop();
        QVERIFY(settings.findChild<QLabel *>("hubToken")->text().contains("kept in"));
        QVERIFY(!settings.findChild<QLabel *>("hubToken")->text().contains("hf_secret_token"));
        QCOMPARE(shoptuner::ui::appHubSettings().token, QString("hf_secret_token"));
        QTest::mouseClick(settings.findChild<QPushButton *>("removeHubToken"), Qt::LeftButton);
        QVERIFY(settings.findChild<QLabel *>("hubToken")->text().contains("none"));
        QVERIFY(shoptuner::ui::appHubSettings().token.isEmpty());
        mirror->clear();
        Q_EMIT mirror->editingFinished();
        qunsetenv("HF_HOME");
    }

    // Scrolling over the column mapping does not change it: a combo box takes wheel turns only
    // once it has the focus.
    void wheelDoesNotChangeAnUnfocusedMapping()
    {
        shoptuner::ui::MappingEditor editor;
        shoptuner::data::ColumnMapping mapping;
        mapping.kind = shoptuner::store::DataKind::Catalog;
        mapping.fields.insert("product_id", "id");
        mapping.fields.insert("title", "name");
        mapping.fields.insert("price", "price");
        editor.setFile({"id", "name", "price", "status"}, {{"1", "Mug", "9.90", "active"}}, mapping);
        editor.show();
        QComboBox *price = editor.comboFor("price");
        QVERIFY(price);
        const int before = price->currentIndex();
        const auto turn = [&] {
            const QPoint at = price->rect().center();
            QWheelEvent wheel(at, price->mapToGlobal(at), {}, QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                Qt::NoScrollPhase, false);
            QApplication::sendEvent(price, &wheel);
        };
        turn();
        QCOMPARE(price->currentIndex(), before);
        QCOMPARE(editor.mapping().column("price"), QString("price"));
        price->setFocus();
        QTRY_VERIFY(price->hasFocus());
        turn();
        QVERIFY(price->currentIndex() != before); // focused, the wheel chooses as usual
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
