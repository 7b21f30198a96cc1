// shoptuner: the desktop application.
#include "ui/main_window.h"

#include <QApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ShopTuner"));
    QApplication::setOrganizationName(QStringLiteral("ShopTuner"));
    QApplication::setApplicationVersion(QStringLiteral(SHOPTUNER_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/shoptuner/icons/shoptuner.svg")));
    // Translations are compiled into the program by qt_add_translations (":/i18n").
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("shoptuner"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    shoptuner::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
