#include "personal_data.h"

#include "shop_data.h"

#include <QRegularExpression>

#include <algorithm>

namespace shoptuner::data {
namespace {

qint64 replaceEmails(QString &t)
{
    static const QRegularExpression email(
        QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"));
    qint64 n = 0;
    for (auto m = email.match(t); m.hasMatch(); m = email.match(t, m.capturedStart() + 7)) {
        t.replace(m.capturedStart(), m.capturedLength(), QStringLiteral("[email]"));
        ++n;
    }
    return n;
}

// An order number as people write it: after a word for "order" or "invoice" in English, German,
// French, Spanish, Italian or Dutch, with up to six short words or marks between ("order number
// was #798449", "n° de commande 55123", "ordine n. 44120"), or on its own behind "#" ("#798449").
const QRegularExpression &orderPattern()
{
    static const QRegularExpression order(
        QStringLiteral("(?:\\b(order|orders|invoice|bestellung|bestellnummer|bestellnr|auftrag|auftragsnummer|"
                       "rechnung|rechnungsnummer|commande|facture|pedido|factura|ordine|fattura|bestelling|"
                       "bestelnummer|ordernummer|factuur)\\b"
                       "((?:\\s*(?:[:#°º'’]|no\\.|nr\\.|n\\.|(?:no|nr|n|number|nummer|num|numéro|numero|número|"
                       "id|ref|reference|referenz|code|is|was|ist|war|lautet|est|était|es|era|è|de|d|du|del|di|"
                       "van|het|my|mein|meine|meiner|ma|mon|mi|mio|mia|la|le|el|il)\\b)){0,6}?\\s*#?\\s*)"
                       "|(?<![\\w#])#\\s?(?=\\d{4}))"
                       "([A-Z]{0,4}-?\\d{4,}[A-Z0-9-]*)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return order;
}

// "ordered on 2025-03-14" and "order from 2024" name a date, not an order: only a marked number
// ("#2024", "no. 2024") may look like one.
bool looksLikeDate(const QString &number, const QString &between)
{
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{1,2}(-\\d{1,2})?$|^\\d{8}$"));
    static const QRegularExpression marker(
        QStringLiteral("#|\\bno\\.|\\bnr\\.|\\bn\\.|°|º|\\bnumber\\b|\\bnummer\\b|\\bnum[ée]ro\\b|\\bn[uú]mero\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (date.match(number).hasMatch())
        return true;
    bool isNumber = false;
    const int year = number.toInt(&isNumber);
    return isNumber && number.size() == 4 && year >= 1950 && year <= 2099 && !marker.match(between).hasMatch();
}

qint64 replaceOrderNumbers(QString &t)
{
    qint64 n = 0;
    qsizetype from = 0;
    for (auto m = orderPattern().match(t, from); m.hasMatch(); m = orderPattern().match(t, from)) {
        if (looksLikeDate(m.captured(3), t.mid(m.capturedStart(), m.capturedStart(3) - m.capturedStart()))) {
            from = m.capturedEnd(3);
            continue;
        }
        t.replace(m.capturedStart(3), m.capturedLength(3), QStringLiteral("[order number]"));
        from = m.capturedStart(3) + 14;
        ++n;
    }
    return n;
}

// A phone number: optional +country code, optional (area), then groups of digits separated by
// spaces, dots or dashes; 7 to 15 digits in all. Prices (24.90) and sizes (50x50) have fewer.
qint64 replacePhoneNumbers(QString &t)
{
    static const QRegularExpression phone(QStringLiteral("(?<![\\w.,])(?:\\+\\d{1,3}[\\s.-]?)?(?:\\(\\d{1,5}\\)[\\s.-]?"
                                                         ")?\\d{2,8}(?:[\\s.-]\\d{2,8}){0,4}(?![\\w]|[.,]\\d)"));
    static const QRegularExpression date(
        QStringLiteral("^\\d{4}-\\d{1,2}-\\d{1,2}$|^\\d{1,2}[.-]\\d{1,2}[.-]\\d{2,4}$"));
    qint64 n = 0;
    qsizetype from = 0;
    for (auto m = phone.match(t, from); m.hasMatch(); m = phone.match(t, from)) {
        const QString found = m.captured(0);
        const qsizetype digits = std::count_if(found.begin(), found.end(), [](QChar c) { return c.isDigit(); });
        const bool grouped = found.contains(QLatin1Char(' ')) || found.contains(QLatin1Char('-'))
            || found.contains(QLatin1Char('(')) || found.startsWith(QLatin1Char('+'))
            || found.contains(QLatin1Char('.'));
        if (digits >= 7 && digits <= 15 && (grouped || digits >= 9) && !date.match(found).hasMatch()) {
            t.replace(m.capturedStart(), m.capturedLength(), QStringLiteral("[phone]"));
            from = m.capturedStart() + 7;
            ++n;
        } else
            from = m.capturedEnd();
    }
    return n;
}

} // namespace

QString scrubPersonalData(const QString &text, CleaningReport &report)
{
    QString t = text;
    report.emails += replaceEmails(t);
    report.orderNumbers += replaceOrderNumbers(t);
    report.phoneNumbers += replacePhoneNumbers(t);
    return t;
}

QString scrubAuthorName(const QString &text, const QString &author, CleaningReport &report)
{
    const QString name = author.simplified();
    if (name.isEmpty() || text.isEmpty())
        return text;
    // The whole name first ("Maria K."), then its parts of three letters or more ("Maria"): a
    // signature is often the first name alone. Initials and "Mr" are left, they say nothing.
    QStringList variants = {name};
    static const QRegularExpression parts(QStringLiteral("[^\\w'’-]+"), QRegularExpression::UseUnicodePropertiesOption);
    for (const QString &part : name.split(parts, Qt::SkipEmptyParts))
        if (part.size() >= 3 && part[0].isUpper() && !variants.contains(part))
            variants << part;
    QString t = text;
    for (const QString &v : variants) {
        const QRegularExpression word(QStringLiteral("(?<![\\w])%1(?![\\w])").arg(QRegularExpression::escape(v)),
            QRegularExpression::UseUnicodePropertiesOption);
        const qsizetype found = t.count(word);
        if (found == 0)
            continue;
        t.replace(word, QStringLiteral("[name]"));
        report.names += found;
    }
    return t;
}

void KnownNames::add(const QString &name)
{
    const QString n = name.simplified();
    const qsizetype space = n.indexOf(QLatin1Char(' '));
    if (space <= 0 || !n[0].isUpper())
        return;
    QStringList &names = m_byFirstWord[n.left(space)];
    if (names.contains(n))
        return;
    names.append(n);
    std::stable_sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString KnownNames::scrub(const QString &text, CleaningReport &report) const
{
    if (m_byFirstWord.isEmpty() || text.isEmpty())
        return text;
    static const QRegularExpression capitalised(
        QStringLiteral("(?<![\\w])\\p{Lu}[\\w'’-]*"), QRegularExpression::UseUnicodePropertiesOption);
    const auto isWord = [](QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_'); };
    QString out;
    qsizetype copied = 0;
    for (auto it = capitalised.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedStart() < copied)
            continue; // inside a name already replaced
        const auto names = m_byFirstWord.constFind(m.captured());
        if (names == m_byFirstWord.constEnd())
            continue;
        for (const QString &name : *names) {
            const qsizetype at = m.capturedStart();
            const qsizetype end = at + name.size();
            // The name's last character may be a full stop ("Katrin B."); a word must not go on.
            if (QStringView(text).mid(at, name.size()) != name || (end < text.size() && isWord(text[end])
                    && isWord(name.back())))
                continue;
            out += QStringView(text).mid(copied, at - copied);
            out += QStringLiteral("[name]");
            copied = end;
            ++report.names;
            break;
        }
    }
    if (copied == 0)
        return text;
    out += QStringView(text).mid(copied);
    return out;
}

} // namespace shoptuner::data
