// Walks through the app's pages on the demo shop and saves a screenshot of each, at a fixed
// size, so changes can be looked at (tests/screenshots.sh runs it under Xvfb). In another
// language it also reads every visible text of each page and fails when English is left in it
// (CTest runs it so in German and Hindi).
// usage: screenshot_tour OUTPUT_DIR [LOCALE]
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
#include "work_panel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QTimer>
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

// Words that only English has: a text of a German or Hindi page holding one of them was not
// translated (or was put together from untranslated parts). Words German shares with English
// ("Start", "Pause", "Export", "Training", "was", "will", "in") are not here.
bool looksEnglish(const QString &text)
{
    static const QSet<QString> words = {QStringLiteral("the"), QStringLiteral("and"), QStringLiteral("your"),
        QStringLiteral("you"), QStringLiteral("with"), QStringLiteral("this"), QStringLiteral("that"),
        QStringLiteral("from"), QStringLiteral("for"), QStringLiteral("of"), QStringLiteral("to"), QStringLiteral("is"),
        QStringLiteral("are"), QStringLiteral("has"), QStringLiteral("have"), QStringLiteral("been"),
        QStringLiteral("it"), QStringLiteral("its"), QStringLiteral("on"), QStringLiteral("at"), QStringLiteral("by"),
        QStringLiteral("be"), QStringLiteral("than"), QStringLiteral("which"), QStringLiteral("what"),
        QStringLiteral("when"), QStringLiteral("how"), QStringLiteral("or"), QStringLiteral("each"),
        QStringLiteral("into"), QStringLiteral("after"), QStringLiteral("before"), QStringLiteral("not"),
        QStringLiteral("step"), QStringLiteral("steps"), QStringLiteral("model"), QStringLiteral("run"),
        QStringLiteral("page"), QStringLiteral("file"), QStringLiteral("files"), QStringLiteral("learning"),
        QStringLiteral("loss"), QStringLiteral("examples"), QStringLiteral("questions"), QStringLiteral("answers"),
        QStringLiteral("settings"), QStringLiteral("results"), QStringLiteral("cancel"), QStringLiteral("resume"),
        QStringLiteral("back"), QStringLiteral("next"), QStringLiteral("finish"), QStringLiteral("help"),
        QStringLiteral("quit"), QStringLiteral("open"), QStringLiteral("save"), QStringLiteral("close"),
        QStringLiteral("browse"), QStringLiteral("overview"), QStringLiteral("language"), QStringLiteral("device"),
        QStringLiteral("memory"), QStringLiteral("speed"), QStringLiteral("left"), QStringLiteral("elapsed"),
        QStringLiteral("none"), QStringLiteral("choose"), QStringLiteral("tasks")};
    // Names are not words to translate: file names ("questions.csv") and the demo model's folder.
    static const QRegularExpression names(QStringLiteral("\\S+\\.(csv|tsv|json|txt|pdf|html)\\b|demo model"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z]+"));
    QString rest = text;
    rest.remove(names);
    for (auto it = word.globalMatch(rest); it.hasNext();)
        if (words.contains(it.next().captured().toLower()))
            return true;
    return false;
}

// The shop's own data and what the model wrote are English on the demo shop whatever the app's
// language: the chat, the examples shown, the predictions, file names and previews.
bool showsShopData(const QWidget *w)
{
    static const QStringList containers = {QStringLiteral("chatTranscript"), QStringLiteral("chatCompareTranscript"),
        QStringLiteral("recordDetail"), QStringLiteral("taskSamples"), QStringLiteral("mistakes"),
        QStringLiteral("previewTable"), QStringLiteral("recordTable")};
    for (const QWidget *p = w; p; p = p->parentWidget())
        if (containers.contains(p->objectName()))
            return true;
    return false;
}

QStringList visibleTexts(QWidget *w)
{
    QStringList texts;
    if (auto *label = qobject_cast<QLabel *>(w))
        texts << (Qt::mightBeRichText(label->text()) ? QTextDocumentFragment::fromHtml(label->text()).toPlainText()
                                                     : label->text());
    else if (auto *button = qobject_cast<QAbstractButton *>(w))
        texts << button->text();
    else if (auto *group = qobject_cast<QGroupBox *>(w))
        texts << group->title();
    else if (auto *tabs = qobject_cast<QTabBar *>(w))
        for (int i = 0; i < tabs->count(); ++i)
            texts << tabs->tabText(i);
    else if (auto *header = qobject_cast<QHeaderView *>(w); header && header->model())
        for (int i = 0; i < header->count(); ++i)
            texts << header->model()->headerData(i, header->orientation()).toString();
    else if (auto *edit = qobject_cast<QLineEdit *>(w))
        texts << edit->placeholderText();
    return texts;
}

QStringList g_english; // what the tour found untranslated
bool g_checkLanguage = false;

// Every visible text of a window that is English in a translated app, with the page named.
void checkLanguage(QWidget *window, const QString &page)
{
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible() || showsShopData(w))
            continue;
        for (const QString &text : visibleTexts(w))
            if (looksEnglish(text))
                g_english << QStringLiteral("%1: %2 \"%3\"").arg(page, w->metaObject()->className(), text.simplified());
    }
    if (looksEnglish(window->windowTitle()))
        g_english << QStringLiteral("%1: window title \"%2\"").arg(page, window->windowTitle());
}

void save(QWidget *w, const QString &dir, const QString &name)
{
    waitFor([] { return false; }, 300);
    if (g_checkLanguage)
        checkLanguage(w, name);
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
    const QLocale locale = argc > 2 ? QLocale(QString::fromLatin1(argv[2])) : QLocale(QLocale::English);
    installTranslations(locale);
    g_checkLanguage = locale.language() != QLocale::English;

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
    window.showPage(MainWindow::WorkPage);
    WorkPanel *work = window.workPanel();
    work->kindBox()->setCurrentIndex(work->kindBox()->findData(QStringLiteral("triage-reviews")));
    // The page asks first when the test found the model weak at the task: answered "Run anyway".
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            answer.stop();
            save(box, out, QStringLiteral("dialog-work-weak-model"));
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::AcceptRole)
                    b->click();
        }
    });
    answer.start(100);
    work->run();
    answer.stop();
    waitFor([&] { return !work->isRunning(); }, 300000);
    work->table()->selectRow(0);
    save(&window, out, QStringLiteral("main-8c-put-to-work"));
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
    g_english.removeDuplicates();
    for (const QString &line : std::as_const(g_english))
        std::printf("English left: %s\n", qPrintable(line));
    if (!g_english.isEmpty())
        std::printf("%d English texts on translated pages\n", int(g_english.size()));
    return g_english.isEmpty() ? 0 : 1;
}
