#include "shop_data.h"

#include "store/shop_tables.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace shoptuner::data {
namespace {

// Lower case, letters and digits only, single spaces: what "the same text" means for duplicates.
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

// Character 5-grams as hashes: one changed word in a short review still leaves most of them.
std::vector<quint64> shingles(const QString &comparable)
{
    constexpr qsizetype k = 5;
    std::vector<quint64> out;
    for (qsizetype i = 0; i + k <= comparable.size(); ++i)
        out.push_back(qHash(QStringView(comparable).mid(i, k)));
    if (out.empty())
        out.push_back(qHash(comparable));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

double jaccard(const std::vector<quint64> &a, const std::vector<quint64> &b)
{
    std::size_t common = 0, i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] == b[j]) {
            ++common;
            ++i;
            ++j;
        } else if (a[i] < b[j])
            ++i;
        else
            ++j;
    }
    const std::size_t all = a.size() + b.size() - common;
    return all ? double(common) / double(all) : 1.0;
}

// Near duplicates: reviews of one product whose character 5-grams overlap by 70% or more (the same
// text re-posted with a changed word or punctuation).
constexpr double kNearDuplicateJaccard = 0.7;

void dropDuplicateReviews(ShopData &shop)
{
    QHash<QString, QList<std::pair<std::size_t, std::vector<quint64>>>> kept; // product -> shingles
    QSet<QString> exact;
    std::vector<Review> out;
    for (Review &r : shop.reviews) {
        const QString comparable = comparableText(r.title + QLatin1Char(' ') + r.text);
        if (exact.contains(r.productKey + QLatin1Char('\x1f') + comparable)) {
            ++shop.cleaning.exactDuplicateReviews;
            continue;
        }
        exact.insert(r.productKey + QLatin1Char('\x1f') + comparable);
        auto sh = shingles(comparable);
        bool near = false;
        for (const auto &[size, other] : kept[r.productKey]) {
            // Jaccard >= t needs the smaller set to be at least t times the larger.
            const double ratio
                = double(std::min(size, sh.size())) / double(std::max<std::size_t>(1, std::max(size, sh.size())));
            if (ratio >= kNearDuplicateJaccard && jaccard(sh, other) >= kNearDuplicateJaccard) {
                near = true;
                break;
            }
        }
        if (near) {
            ++shop.cleaning.nearDuplicateReviews;
            continue;
        }
        kept[r.productKey].append({sh.size(), std::move(sh)});
        out.push_back(std::move(r));
    }
    shop.reviews = std::move(out);
}

} // namespace

QString scrubPersonalData(const QString &text, CleaningReport &report)
{
    static const QRegularExpression email(
        QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"));
    static const QRegularExpression order(
        QStringLiteral("\\b(order|bestellung|bestellnummer|commande|pedido|ordine|invoice|rechnung)"
                       "(\\s*(?:no\\.?|number|nr\\.?|num(?:ber|éro)?|#|:)?\\s*#?\\s*)([A-Z]{0,4}-?\\d{4,}[A-Z0-9-]*)"),
        QRegularExpression::CaseInsensitiveOption);
    // A phone number: optional +country code, optional (area), then groups of digits separated by
    // spaces, dots or dashes; 7 to 15 digits in all. Prices (24.90) and sizes (50x50) have fewer.
    static const QRegularExpression phone(QStringLiteral("(?<![\\w.,])(?:\\+\\d{1,3}[\\s.-]?)?(?:\\(\\d{1,5}\\)[\\s.-]?"
                                                         ")?\\d{2,8}(?:[\\s.-]\\d{2,8}){0,4}(?![\\w]|[.,]\\d)"));
    QString t = text;
    qint64 n = 0;
    for (auto m = email.match(t); m.hasMatch(); m = email.match(t, m.capturedStart() + 7)) {
        t.replace(m.capturedStart(), m.capturedLength(), QStringLiteral("[email]"));
        ++n;
    }
    report.emails += n;
    n = 0;
    for (auto m = order.match(t); m.hasMatch(); m = order.match(t, m.capturedStart() + 1)) {
        t.replace(m.capturedStart(3), m.capturedLength(3), QStringLiteral("[order number]"));
        ++n;
    }
    report.orderNumbers += n;
    n = 0;
    qsizetype from = 0;
    for (auto m = phone.match(t, from); m.hasMatch(); m = phone.match(t, from)) {
        const QString found = m.captured(0);
        static const QRegularExpression date(
            QStringLiteral("^\\d{4}-\\d{1,2}-\\d{1,2}$|^\\d{1,2}[.-]\\d{1,2}[.-]\\d{2,4}$"));
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
    report.phoneNumbers += n;
    return t;
}

const Product *ShopData::product(const QString &key) const
{
    const auto it = productIndex.constFind(key);
    return it == productIndex.constEnd() ? nullptr : &products[std::size_t(*it)];
}

void ShopData::buildIndexes()
{
    productIndex.clear();
    reviewsByProduct.clear();
    for (std::size_t i = 0; i < products.size(); ++i)
        productIndex.insert(products[i].key, int(i));
    for (std::size_t i = 0; i < reviews.size(); ++i)
        reviewsByProduct[reviews[i].productKey].append(int(i));
}

ShopData loadShopData(store::ProjectStore &store)
{
    ShopData shop;
    shop.products = store::loadProducts(store);
    shop.reviews = store::loadReviews(store);
    shop.questions = store::loadQuestions(store);
    shop.searches = store::loadSearchEvents(store);
    shop.orders = store::loadOrderLines(store);
    CleaningReport &c = shop.cleaning;
    // Product texts come from the shop itself; customers' texts may carry personal data.
    for (Review &r : shop.reviews) {
        r.title = scrubPersonalData(r.title, c);
        r.text = scrubPersonalData(r.text, c);
    }
    for (Question &q : shop.questions) {
        q.question = scrubPersonalData(q.question, c);
        q.answer = scrubPersonalData(q.answer, c);
    }
    for (SearchEvent &e : shop.searches)
        e.query = scrubPersonalData(e.query, c);
    dropDuplicateReviews(shop);
    shop.buildIndexes();
    for (const Review &r : shop.reviews)
        c.reviewsWithoutProduct += !shop.productIndex.contains(r.productKey);
    for (const Question &q : shop.questions)
        c.questionsWithoutProduct += !shop.productIndex.contains(q.productKey);
    return shop;
}

} // namespace shoptuner::data
