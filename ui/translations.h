// Loads the app's translations for a language: English plural forms first (the source strings
// say "%n product(s)"), then the language's own file on top when there is one.
#pragma once

#include <QLocale>

namespace shoptuner::ui {

void installTranslations(const QLocale &locale = QLocale());

// `text` without its mnemonic marks ("&&" stays a literal "&"): for scripts whose letters join
// into clusters (Devanagari), where an underlined letter is drawn torn out of its cluster.
QString withoutMnemonics(const QString &text);

// Whether a font on this computer can show the language's script (Hindi needs a Devanagari font).
bool hasFontFor(const QLocale &locale);

} // namespace shoptuner::ui
