// Walks through the app's pages on the demo shop and saves a screenshot of each, at a fixed
// size, so changes can be looked at. Not a test: tests/screenshots.sh runs it under Xvfb.
// usage: screenshot_tour OUTPUT_DIR
#include "chat_panel.h"
#include "compare_panel.h"
#include "export_dialog.h"
#include "import_panel.h"
#include "main_window.h"
#include "model_panel.h"
#include "plan_panel.h"
#include "project_context.h"
#include "records_browser.h"
#include "settings_panel.h"
#include "setup_wizard.h"
#include "tasks_panel.h"
#include "train_panel.h"
#include "translations.h"
#include "verdict_panel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSpinBox>
#include <QTableView>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <cstdio>
#include <functional>

namespace {

using namespace shoptuner::ui;

void waitFor(const std::function<bool()> &condition, int ms = 60000)
{
    QElapsedTimer t;
    t.start();
    while (!condition() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    for (int i = 0; i < 10; ++i) // let layouts settle
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

void save(QWidget *w, const QString &dir, const QString &name)
{
    waitFor([] { return false; }, 300);
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    w->grab().save(path);
    std::printf("wrote %s\n", qPrintable(path));
}

} // namespace

int main(int argc, char **argv)
{
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", home.filePath("data").toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath("config").toUtf8());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ShopTunerTour"));
    QApplication::setApplicationName(QStringLiteral("ShopTuner"));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("screenshots");
    QDir().mkpath(out);
    installTranslations(argc > 2 ? QLocale(QString::fromLatin1(argv[2])) : QLocale(QLocale::English));

    MainWindow window; // both windows size themselves to the screen, as for a user
    window.show();
    window.startUp();
    auto *wizard = window.findChild<SetupWizard *>();
    save(wizard, out, QStringLiteral("wizard-1-welcome"));

    wizard->findChild<QAbstractButton *>(QStringLiteral("tryDemo"))->click();
    waitFor([&] { return wizard->currentId() == SetupWizard::TasksPageId; });
    wizard->back();
    save(wizard, out, QStringLiteral("wizard-2-import"));
    wizard->importPanel()->openFile(QStringLiteral(":/shoptuner/demo/shop/reviews.csv"));
    waitFor([&] { return !wizard->importPanel()->isOpeningFile(); });
    save(wizard, out, QStringLiteral("wizard-2-import-preview"));
    wizard->next();
    waitFor([&] { return wizard->tasksPanel()->hasRecords(); });
    save(wizard, out, QStringLiteral("wizard-3-tasks"));
    QTreeWidget *tasks = wizard->tasksPanel()->taskTable();
    tasks->setCurrentItem(tasks->topLevelItem(0));
    save(wizard, out, QStringLiteral("wizard-3-tasks-attributes"));
    wizard->next();
    wizard->modelPanel()->makeDemoModel();
    waitFor([&] { return !wizard->modelPanel()->isBusy() && !wizard->modelPanel()->chosenModel().isEmpty(); });
    save(wizard, out, QStringLiteral("wizard-4-model"));
    wizard->next();
    wizard->planPanel()->setPreset(shoptuner::services::PlanPreset::Quick);
    wizard->planPanel()->findChild<QSpinBox *>(QStringLiteral("maxSteps"))->setValue(40);
    wizard->planPanel()->findChild<QSpinBox *>(QStringLiteral("valEvery"))->setValue(10);
    waitFor([&] { return wizard->planPanel()->estimateLabel()->text().contains(QStringLiteral("40")); });
    save(wizard, out, QStringLiteral("wizard-5-plan"));
    wizard->next();
    wizard->trainPanel()->start();
    waitFor([&] { return wizard->trainPanel()->trainPoints() >= 25; }, 300000);
    save(wizard, out, QStringLiteral("wizard-6-train-running"));
    waitFor([&] { return !wizard->trainPanel()->isTraining(); }, 300000);
    save(wizard, out, QStringLiteral("wizard-6-train-finished"));
    wizard->next();
    wizard->verdictPanel()->limitBox()->setValue(3);
    wizard->verdictPanel()->withBaseBox()->setChecked(true); // so that Compare has two tests to show
    wizard->verdictPanel()->evaluate();
    waitFor([&] { return !wizard->verdictPanel()->isEvaluating(); }, 300000);
    wizard->verdictPanel()->table()->setCurrentCell(3, 0);
    save(wizard, out, QStringLiteral("wizard-7-verdict"));
    wizard->verdictPanel()->exportTo(out + QStringLiteral("/report.pdf"));
    wizard->accept();

    window.showPage(MainWindow::OverviewPage);
    save(&window, out, QStringLiteral("main-1-overview"));
    window.showPage(MainWindow::ImportPage);
    window.importPanel()->openFile(QStringLiteral(":/shoptuner/demo/shop/catalog.csv"));
    waitFor([&] { return !window.importPanel()->isOpeningFile(); });
    save(&window, out, QStringLiteral("main-2-import-catalog"));
    window.showPage(MainWindow::TasksPage);
    save(&window, out, QStringLiteral("main-3-tasks"));
    window.showPage(MainWindow::RecordsPage);
    window.recordsBrowser()->table()->selectRow(2);
    save(&window, out, QStringLiteral("main-4-browse"));
    window.showPage(MainWindow::TrainPage);
    save(&window, out, QStringLiteral("main-7-training"));
    window.showPage(MainWindow::ChatPage);
    waitFor([&] { return window.chatPanel()->isReady(); });
    window.chatPanel()->send(QStringLiteral("Is the stoneware mug dishwasher safe?"));
    waitFor([&] { return !window.chatPanel()->isAnswering(); });
    save(&window, out, QStringLiteral("main-9-chat"));
    window.chatPanel()->setSideBySide(true);
    waitFor([&] { return window.chatPanel()->isReady(); });
    window.chatPanel()->send(QStringLiteral("Which colours does the linen tea towel come in?"));
    waitFor([&] { return !window.chatPanel()->isAnswering(); }, 120000);
    save(&window, out, QStringLiteral("main-9b-chat-side-by-side"));
    window.showPage(MainWindow::ResultsPage);
    save(&window, out, QStringLiteral("main-8-results"));
    auto *views = window.verdictPanel()->findChild<QTabWidget *>(QStringLiteral("verdictViews"));
    views->setCurrentIndex(1);
    save(&window, out, QStringLiteral("main-8a-results-chart"));
    views->setCurrentIndex(0);
    window.resultsTabs()->setCurrentIndex(1);
    save(&window, out, QStringLiteral("main-8b-compare"));
    window.comparePanel()->exportTo(out + QStringLiteral("/comparison.pdf"));
    window.resultsTabs()->setCurrentIndex(0);
    window.verdictPanel()->exportModel();
    if (auto *dialog = window.verdictPanel()->findChild<ExportDialog *>()) {
        save(dialog, out, QStringLiteral("dialog-export"));
        dialog->destination()->setText(home.filePath(QStringLiteral("ollama-export")));
        dialog->startExport();
        waitFor([&] { return !dialog->isExporting(); }, 120000);
        save(dialog, out, QStringLiteral("dialog-export-done"));
        dialog->close();
    }
    window.showPage(MainWindow::TrainPage);
    if (auto *overlay = window.trainPanel()->overlayMenu(); overlay->actions().size() > 1) {
        for (QAction *a : overlay->actions())
            a->setChecked(true);
        save(&window, out, QStringLiteral("main-7b-training-overlay"));
    }
    window.showPage(MainWindow::SettingsPage);
    save(&window, out, QStringLiteral("main-10-settings"));
    // After choosing another language: the note and "Restart now" (the choice is put back after).
    QComboBox *language = window.settingsPanel()->languageBox();
    const int chosen = language->currentIndex();
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    save(&window, out, QStringLiteral("main-10b-settings-language-changed"));
    language->setCurrentIndex(chosen);
    return 0;
}
