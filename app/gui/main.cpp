// shoptuner: the desktop application.
#include "ui/main_window.h"
#include "ui/translations.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ShopTuner"));
    QApplication::setOrganizationName(QStringLiteral("ShopTuner"));
    QApplication::setApplicationVersion(QStringLiteral(SHOPTUNER_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/shoptuner/icons/shoptuner.svg")));
    shoptuner::ui::installTranslations(); // compiled into the program (":/i18n")
    shoptuner::ui::MainWindow window;
    window.show();
    window.startUp();
    return QApplication::exec();
}
