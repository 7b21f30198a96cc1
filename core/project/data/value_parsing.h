// Turning the text of one cell into a typed value the way shop exports write them: "4/5",
// "★★★★☆", "1.299,00 €", "yes", "Home > Kitchen > Mugs", HTML descriptions.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace shoptuner::data {

std::optional<int> parseRating(const QString &text); // 1..5; "4", "4.0", "4/5", "4 stars", "★★★★☆", "80/100"
// "24.90", "24,90 €", "$1,299.00", "1.299,00", "CHF 1'299.50", "1 299,00 kr", "24,-"; nothing else ("POA",
// "1e5", "12abc", negatives). A lone "." or "," before exactly three digits groups thousands ("1.299" and
// "1,299" are 1299: prices above a thousand are common, three decimals are not) unless that cannot be
// a grouping ("0.299", "1299.000"); with both separators the last one is the decimal one.
std::optional<double> parsePrice(const QString &text);
std::optional<bool> parseFlag(const QString &text); // 1/0, yes/no, true/false, x, ja/nein, oui/non, sí/no
std::optional<int> parseCount(const QString &text); // whole number >= 0
QStringList splitCategoryPath(const QString &text); // on ">", "/", "»", "›", "|"
QStringList splitList(const QString &text); // features or answers: on " | ", ";", new lines, bullets
QString htmlToText(const QString &html); // tags removed, entities decoded, white space tidied
QString digitsOnly(const QString &text);
// Lower case, letters and digits only, single spaces: "Linen Apron – Sage!" is "linen apron sage".
// What "the same text" means for duplicate reviews and for a product named by its title.
QString comparableText(const QString &text);

} // namespace shoptuner::data
