// shoptuner: the desktop application.
#include "main_window.h"
#include "settings_panel.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ShopTuner"));
    QApplication::setOrganizationName(QStringLiteral("ShopTuner"));
    QApplication::setApplicationVersion(QStringLiteral(SHOPTUNER_VERSION));
    // Wayland compositors and docks match the window to the installed .desktop file by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral(SHOPTUNER_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/shoptuner/icons/shoptuner.svg")));
    // Compiled into the program (":/i18n"); Settings may choose another language than the system's.
    const QString language = shoptuner::ui::AppSettings::load().language;
    shoptuner::ui::installTranslations(language.isEmpty() ? QLocale() : QLocale(language));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Fine-tune a small language model on your own shop's data."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"), QCoreApplication::translate("main", "Open the bundled demo shop (made on first use)."));
    parser.addOption(demo);
    parser.addPositionalArgument(QStringLiteral("project"),
        QCoreApplication::translate("main", "A .shoptuner project file to open."), QStringLiteral("[project]"));
    parser.process(app);
    shoptuner::ui::MainWindow window;
    window.show();
    if (parser.isSet(demo))
        window.startDemo();
    else if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().constFirst());
    else
        window.startUp();
    return QApplication::exec();
}
