#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace shoptuner::ui {

void installTranslations(const QLocale &locale)
{
    // Owned by the application object; replaced when the language changes.
    static QTranslator *english = nullptr;
    static QTranslator *chosen = nullptr;
    static QTranslator *qt = nullptr; // Qt's own buttons: "Next >", "Cancel", ...
    for (QTranslator **t : {&chosen, &english, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    english = new QTranslator(QCoreApplication::instance());
    if (english->load(QStringLiteral(":/i18n/shoptuner_en.qm")))
        QCoreApplication::installTranslator(english);
    if (locale.language() != QLocale::English) {
        qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        chosen = new QTranslator(QCoreApplication::instance());
        if (chosen->load(locale, QStringLiteral("shoptuner"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(chosen);
    }
}

} // namespace shoptuner::ui
