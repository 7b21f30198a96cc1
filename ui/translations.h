// Loads the app's translations for a language: English plural forms first (the source strings
// say "%n product(s)"), then the language's own file on top when there is one.
#pragma once

#include <QLocale>

namespace shoptuner::ui {

void installTranslations(const QLocale &locale = QLocale());

} // namespace shoptuner::ui
