// Personal data in customers' texts (reviews, questions, search queries): e-mail addresses, phone
// numbers, order numbers in the forms people write them, and the reviewer's own name where the
// review is signed. Found ones are replaced by a placeholder and counted for the Tasks page.
#pragma once

#include <QHash>
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

// The full names of a shop's reviewers ("Katrin B.", "Clara Brandt": two words or more), found in
// any customer text: a review signed with another reviewer's name than its own field gives (a
// household sharing an account), a question that names a reviewer. Single words ("Rose") are
// left to scrubAuthorName, which knows they are the writer's.
class KnownNames
{
public:
    void add(const QString &name);
    bool isEmpty() const { return m_byFirstWord.isEmpty(); }
    // Replaces each known full name standing as words of their own with [name], and counts them.
    QString scrub(const QString &text, CleaningReport &report) const;

private:
    QHash<QString, QStringList> m_byFirstWord; // first word -> full names starting with it, longest first
};

} // namespace shoptuner::data
