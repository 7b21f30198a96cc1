// Personal data in customers' texts (reviews, questions, search queries): e-mail addresses, phone
// numbers, order numbers in the forms people write them, and the reviewer's own name where the
// review is signed. Found ones are replaced by a placeholder and counted for the Tasks page.
#pragma once

#include <QString>
#include <QStringList>

namespace shoptuner::data {

struct CleaningReport;

// Replaces e-mail addresses, phone numbers and order numbers with [email], [phone] and
// [order number], and counts what it replaced.
QString scrubPersonalData(const QString &text, CleaningReport &report);

// Replaces the reviewer's name (the whole name as the file gives it, and its first and last
// names) with [name] where it stands as a word of its own, and counts the replacements.
QString scrubAuthorName(const QString &text, const QString &author, CleaningReport &report);

} // namespace shoptuner::data
