// The main window as a user meets it: title, menus with keyboard shortcuts, geometry remembered.
#include "compare_panel.h"
#include "main_window.h"
#include "mapping_editor.h"
#include "services/comparison.h"
#include "settings_panel.h"
#include "store/eval_tables.h"
#include "store/project_store.h"
#include "test_helpers.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSysInfo>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
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
        QCOMPARE(table->item(1, 0)->text(), QString("SA"));
        QCOMPARE(table->item(1, 4)->text(), QString("0.660 (0.61–0.71)"));
        QVERIFY(table->item(1, 4)->font().bold()); // run 2 beats run 1 on SA
        QVERIFY(!table->item(1, 3)->font().bold());
        QCOMPARE(table->item(1, 5)->text(), QString("0.516"));
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
        QCOMPARE(table->item(0, 7)->text(), QString("0.629")); // eCeLLM-L, SA out-of-domain
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

    void remembersGeometry()
    {
        {
            shoptuner::ui::MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1111, 777); // above the pages' minimum size
            QTRY_COMPARE(window.size(), QSize(1111, 777));
            window.close();
        }
        shoptuner::ui::MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(1111, 777));
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
