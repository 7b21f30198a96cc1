#include "translations.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QTranslator>

namespace shoptuner::ui {
namespace {

// Scripts whose letters join into clusters: a mnemonic underline there tears a letter out of
// its cluster (drawn with a dotted circle), so their translations go without mnemonics.
bool joinsLetters(QLocale::Script script)
{
    return script != QLocale::LatinScript && script != QLocale::CyrillicScript && script != QLocale::GreekScript
        && script != QLocale::AnyScript;
}

class WithoutMnemonics : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        return withoutMnemonics(QTranslator::translate(context, sourceText, disambiguation, n));
    }
};

// Qt's own dialog strings the app shows (wizard buttons, standard buttons, message boxes), in
// Qt's contexts: Qt ships no Hindi translation of its own, so these are translated in the app's
// files too (German repeats Qt's wording). lupdate reads them from here.
[[maybe_unused]] const char *const kQtStrings[] = {
    QT_TRANSLATE_NOOP("QWizard", "< &Back"),
    QT_TRANSLATE_NOOP("QWizard", "&Next >"),
    QT_TRANSLATE_NOOP("QWizard", "&Finish"),
    QT_TRANSLATE_NOOP("QWizard", "Cancel"),
    QT_TRANSLATE_NOOP("QWizard", "&Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
};

} // namespace

QString withoutMnemonics(const QString &text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != QLatin1Char('&')) {
            out += text[i];
        } else if (i + 1 < text.size() && text[i + 1] == QLatin1Char('&')) {
            out += QStringLiteral("&&"); // a literal ampersand, kept as written
            ++i;
        }
    }
    return out;
}

bool hasFontFor(const QLocale &locale)
{
    QFontDatabase::WritingSystem system = QFontDatabase::Any;
    switch (locale.script()) {
    case QLocale::DevanagariScript:
        system = QFontDatabase::Devanagari;
        break;
    case QLocale::BengaliScript:
        system = QFontDatabase::Bengali;
        break;
    case QLocale::TamilScript:
        system = QFontDatabase::Tamil;
        break;
    default:
        return true; // Latin, Cyrillic, Greek: every desktop has a font
    }
    return !QFontDatabase::families(system).isEmpty();
}

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
    // Numbers, dates and sizes follow the chosen language too ("0,4 Mio." beside "11,0 GB", not "11.0 GB").
    QLocale::setDefault(locale);
    english = new QTranslator(QCoreApplication::instance());
    if (english->load(QStringLiteral(":/i18n/shoptuner_en.qm")))
        QCoreApplication::installTranslator(english);
    if (locale.language() != QLocale::English) {
        qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        chosen = joinsLetters(locale.script()) ? new WithoutMnemonics(QCoreApplication::instance())
                                               : new QTranslator(QCoreApplication::instance());
        if (chosen->load(locale, QStringLiteral("shoptuner"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(chosen);
    }
}

} // namespace shoptuner::ui
