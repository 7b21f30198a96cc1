// The main window as a user meets it: title, menus with keyboard shortcuts, geometry remembered.
#include "ui/main_window.h"

#include <QAction>
#include <QMenuBar>
#include <QSettings>
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
            window.resize(777, 555);
            QTRY_COMPARE(window.size(), QSize(777, 555));
            window.close();
        }
        shoptuner::ui::MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(777, 555));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
