// The main window as a user meets it: title, menus with keyboard shortcuts, geometry remembered.
#include "ui/main_window.h"
#include "ui/settings_panel.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
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
        const auto saved = shoptuner::ui::AppSettings::load();
        QCOMPARE(saved.threads, 1);
        QCOMPARE(saved.device, QString("cpu"));
        QCOMPARE(saved.language, QString("de"));
        shoptuner::ui::MainWindow again;
        QCOMPARE(again.settingsPanel()->findChild<QSpinBox *>("threads")->value(), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
