// shoptuner: the desktop application.
#include "main_window.h"
#include "problem_report.h"
#include "settings_panel.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

namespace {

// Warnings and errors also go to the session's list for "Report a problem".
QtMessageHandler defaultHandler = nullptr;

void keepProblems(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg)
        shoptuner::ui::noteProblem(message);
    if (defaultHandler)
        defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char **argv)
{
    defaultHandler = qInstallMessageHandler(keepProblems);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ShopTuner"));
    QApplication::setOrganizationName(QStringLiteral("ShopTuner"));
    QApplication::setApplicationVersion(QStringLiteral(SHOPTUNER_VERSION));
    // Wayland compositors and docks match the window to the installed .desktop file by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral(SHOPTUNER_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/shoptuner/icons/shoptuner.svg")));
    // Compiled into the program (":/i18n"); Settings may choose another language than the system's.
    // A language no installed font can show would be all boxes: English then, and a word why.
    const QString language = shoptuner::ui::AppSettings::load().language;
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    const bool readable = shoptuner::ui::hasFontFor(locale);
    shoptuner::ui::installTranslations(readable ? locale : QLocale(QLocale::English));
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
    if (!readable)
        QMessageBox::information(&window, QStringLiteral("ShopTuner"),
            QCoreApplication::translate("main",
                "ShopTuner is shown in English: no font on this computer can show %1. Install one (on Debian or "
                "Ubuntu: sudo apt install fonts-noto-core) and start ShopTuner again.")
                .arg(locale.nativeLanguageName()));
    if (parser.isSet(demo))
        window.startDemo();
    else if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().constFirst());
    else
        window.startUp();
    return QApplication::exec();
}
