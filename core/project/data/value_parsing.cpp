#include "value_parsing.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace shoptuner::data {

std::optional<int> parseRating(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return std::nullopt;
    const int filledStars = int(t.count(QChar(0x2605))); // ★
    if (filledStars > 0 && filledStars <= 5
        && QString(t).remove(QChar(0x2605)).remove(QChar(0x2606)).trimmed().isEmpty())
        return filledStars;
    static const QRegularExpression re(
        QStringLiteral("^(\\d+(?:[.,]\\d+)?)\\s*(?:(?:/"
                       "|of|von|sur|de|su)\\s*(\\d+))?\\s*(?:stars?|sterne?|étoiles?|estrellas?|stelle)?$"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    double value = QString(m.captured(1)).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
    const double scale = m.captured(2).isEmpty() ? 5.0 : m.captured(2).toDouble();
    if (scale != 5.0) {
        if (scale <= 0)
            return std::nullopt;
        value = value / scale * 5.0;
    }
    if (value < 1.0 - 1e-9 || value > 5.0 + 1e-9 || std::abs(value - std::round(value)) > 1e-9)
        return std::nullopt;
    return int(std::lround(value));
}

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// What shops put between groups of thousands: "1.299", "1,299", "1 299" (also no-break and narrow
// no-break spaces, as spreadsheets write them), "1'299" and "1’299" (Switzerland).
bool isGroupSeparator(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char(',') || c == QLatin1Char(' ') || c == QChar(0x00A0)
        || c == QChar(0x202F) || c == QLatin1Char('\'') || c == QChar(0x2019);
}

// The digits of plain digits ("1299") or of groups of three after a first group of one to three
// that does not start with 0 ("1.299.000"), all with the same separator, which must not be
// `decimal`; nullopt for anything else.
std::optional<QString> groupedDigits(QStringView s, QChar decimal)
{
    QString digits;
    QChar separator;
    qsizetype group = 0;
    for (QChar c : s) {
        if (isAsciiDigit(c)) {
            digits += c;
            ++group;
            continue;
        }
        if (!isGroupSeparator(c) || c == decimal || (!separator.isNull() && c != separator))
            return std::nullopt;
        if (separator.isNull() ? group < 1 || group > 3 || digits.startsWith(QLatin1Char('0')) : group != 3)
            return std::nullopt;
        separator = c;
        group = 0;
    }
    if (digits.isEmpty() || (!separator.isNull() && group != 3))
        return std::nullopt;
    return digits;
}

// The number in a price with its currency taken off: a symbol or code before or after, not both.
std::optional<QString> withoutCurrency(const QString &text)
{
    static const QString currency
        = QStringLiteral("(?:US|C|A|NZ|HK|S|R)?\\$|€|£|¥|₹|₽|₺|₩|₪|₫|₴|฿|₱|₦|"
                         "kr\\.?|zł|kč|ft|lei|s?fr\\.?|chf|eur|usd|gbp|jpy|cny|sek|nok|"
                         "dkk|pln|czk|huf|ron|bgn|cad|aud|nzd|brl|mxn|inr|rub|try|zar|hkd|"
                         "sgd|krw|ils|aed");
    static const QString space = QStringLiteral("[\\s\\x{00A0}\\x{202F}]*");
    static const QRegularExpression re(QStringLiteral("^(?:(%1)%2)?(.*?)(?:%2(%1))?$").arg(currency, space),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch() || (m.hasCaptured(1) && m.hasCaptured(3)))
        return std::nullopt;
    return m.captured(2);
}

} // namespace

std::optional<double> parsePrice(const QString &text)
{
    const std::optional<QString> stripped = withoutCurrency(text);
    if (!stripped || stripped->isEmpty())
        return std::nullopt;
    QString t = *stripped;
    // "24,-" and "24.–" are whole amounts in German and Swiss price lists.
    static const QRegularExpression wholeDash(QStringLiteral("[.,][-\\x{2013}]$"));
    const bool whole = t.contains(wholeDash);
    if (whole)
        t.chop(2);

    const qsizetype last = std::max(t.lastIndexOf(QLatin1Char('.')), t.lastIndexOf(QLatin1Char(',')));
    std::optional<QString> number;
    if (last < 0 || whole)
        number = groupedDigits(t, QChar());
    else {
        const QChar mark = t[last];
        const QChar other = mark == QLatin1Char('.') ? QLatin1Char(',') : QLatin1Char('.');
        const QStringView fraction = QStringView(t).mid(last + 1);
        const bool threeDigits = fraction.size() == 3;
        if (threeDigits && !t.contains(other))
            number = groupedDigits(t, QChar()); // "1.299": thousands, when it is a grouping at all
        if (!number && !fraction.isEmpty() && std::all_of(fraction.begin(), fraction.end(), isAsciiDigit)) {
            const QStringView integer = QStringView(t).left(last);
            const auto digits = integer.isEmpty() ? std::optional(QStringLiteral("0")) : groupedDigits(integer, mark);
            if (digits)
                number = *digits + QLatin1Char('.') + fraction.toString();
        }
    }
    if (!number)
        return std::nullopt;
    bool ok = false;
    const double v = number->toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

std::optional<bool> parseFlag(const QString &text)
{
    const QString t = text.trimmed().toLower();
    static const QStringList yes = {"1", "yes", "y", "true", "x", "ja", "oui", "si", "sí", "wahr", "t"};
    static const QStringList no = {"0", "no", "n", "false", "", "nein", "non", "falsch", "f"};
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (ok && v >= 0)
        return v > 0; // counts such as "clicks: 3"
    return std::nullopt;
}

std::optional<int> parseCount(const QString &text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || v < 0 || v != std::floor(v) || v > 1e9)
        return std::nullopt;
    return int(v);
}

QStringList splitCategoryPath(const QString &text)
{
    static const QRegularExpression sep(QStringLiteral("\\s*(?:>|»|›|/|\\|)\\s*"));
    QStringList out;
    for (const QString &part : text.split(sep))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

QStringList splitList(const QString &text)
{
    static const QRegularExpression sep(QStringLiteral("\\s*(?:\\||\\n|;|•|·)\\s*"));
    QStringList out;
    for (const QString &part : htmlToText(text).split(sep)) {
        QString p = part.trimmed();
        while (p.startsWith(QLatin1Char('-')) || p.startsWith(QLatin1Char('*')))
            p = p.mid(1).trimmed();
        if (!p.isEmpty())
            out << p;
    }
    return out;
}

QString htmlToText(const QString &html)
{
    if (!html.contains(QLatin1Char('<')) && !html.contains(QLatin1Char('&')))
        return html.trimmed();
    QString t = html;
    static const QRegularExpression breaks(
        QStringLiteral("<\\s*(br|/p|/li|/div|/h\\d)\\s*/?>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression items(QStringLiteral("<\\s*li[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression scripts(QStringLiteral("<(script|style)[^>]*>.*?</\\1>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    t.remove(scripts);
    t.replace(breaks, QStringLiteral("\n"));
    t.replace(items, QStringLiteral("\n"));
    t.remove(tags);
    static const QList<std::pair<const char *, const char *>> entities
        = {{"&nbsp;", " "}, {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"},
            {"&apos;", "'"}, {"&ndash;", "\u2013"}, {"&mdash;", "\u2014"}, {"&hellip;", "\u2026"}, {"&euro;", "\u20AC"},
            {"&reg;", "\u00AE"}, {"&trade;", "\u2122"}, {"&copy;", "\u00A9"}};
    for (const auto &[entity, text] : entities)
        t.replace(QString::fromLatin1(entity), QString::fromUtf8(text), Qt::CaseInsensitive);
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9a-fA-F]+);"));
    for (auto m = numeric.match(t); m.hasMatch(); m = numeric.match(t, m.capturedStart())) {
        bool ok = false;
        const uint code = m.captured(2).toUInt(&ok, m.captured(1).isEmpty() ? 10 : 16);
        t.replace(m.capturedStart(), m.capturedLength(),
            ok ? QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1) : QString());
    }
    QStringList lines;
    for (const QString &line : t.split(QLatin1Char('\n')))
        if (!line.simplified().isEmpty())
            lines << line.simplified();
    return lines.join(QLatin1Char('\n'));
}

QString comparableText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (QChar c : text.toLower()) {
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += QLatin1Char(' ');
            out += c;
            space = false;
        } else
            space = true;
    }
    return out;
}

QString digitsOnly(const QString &text)
{
    QString out;
    for (QChar c : text)
        if (c.isDigit())
            out += c;
    return out;
}

} // namespace shoptuner::data
