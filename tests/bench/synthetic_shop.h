// A seeded synthetic shop for benchmarks: a few hundred products, reviews skewed towards popular
// products (Zipf), some exact and near-duplicate reviews (one word changed), and questions, search
// sessions and orders in proportion to the reviews. The same seed writes the same shop.
#pragma once

#include "store/project_store.h"
#include "store/shop_tables.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace bench {

using namespace shoptuner;

struct SyntheticShopCounts
{
    qint64 products = 0, reviews = 0, exactCopies = 0, nearCopies = 0, questions = 0, searchEvents = 0, orderLines = 0;
};

class SyntheticShop
{
public:
    explicit SyntheticShop(quint64 seed)
        : m_rng(seed)
    {
        makeVocabulary();
    }

    // Writes one import per kind into the project, in one transaction.
    SyntheticShopCounts write(store::ProjectStore &project, int productCount, int reviewCount)
    {
        SyntheticShopCounts n;
        store::Transaction tx(project);
        store::ImportInfo info;
        info.fileName = QStringLiteral("synthetic");
        store::ShopWriter w(project, store::addImport(project, info));
        makeProducts(productCount);
        for (const store::Product &p : m_products)
            w.add(p);
        n.products = qint64(m_products.size());
        writeReviews(w, reviewCount, n);
        writeQuestions(w, reviewCount / 20, n);
        writeSearches(w, reviewCount / 4, n);
        writeOrders(w, reviewCount / 10, n);
        tx.commit();
        return n;
    }

private:
    std::size_t below(std::size_t n) { return std::size_t(m_rng() % n); }
    bool chance(double p) { return double(m_rng() >> 11) * 0x1.0p-53 < p; }

    // Index drawn with weight 1 / (rank + 1): a few very common, a long tail of rare ones.
    static std::vector<double> zipfCdf(std::size_t n)
    {
        std::vector<double> cdf(n);
        double sum = 0;
        for (std::size_t i = 0; i < n; ++i)
            cdf[i] = sum += 1.0 / double(i + 1);
        for (double &c : cdf)
            c /= sum;
        return cdf;
    }
    std::size_t zipf(const std::vector<double> &cdf)
    {
        const double u = double(m_rng() >> 11) * 0x1.0p-53;
        return std::size_t(std::lower_bound(cdf.begin(), cdf.end(), u) - cdf.begin());
    }

    // Common review words first, then made-up words from syllables for a long tail.
    void makeVocabulary()
    {
        m_words
            = QStringLiteral("the it and is a this to i for of was very with my but not in great good on so quality "
                             "product works well love use nice would price after one really easy like size well just "
                             "recommend bought happy fits little too bit fine perfect small sturdy cheap broke arrived "
                             "daily value colour looks feels strong weak handle box order shipping fast slow again "
                             "months weeks days first time still better worse expected excellent poor average solid")
                  .split(QLatin1Char(' '));
        const QStringList syllables = {"ka", "lo", "mi", "ra", "ten", "vo", "si", "dur", "pel", "an", "gro", "fi",
            "bel", "mar", "no", "zu", "ve", "tor", "lin", "ex"};
        while (m_words.size() < 3000) {
            QString w;
            for (std::size_t s = 0, n = 2 + below(2); s < n; ++s)
                w += syllables[qsizetype(below(std::size_t(syllables.size())))];
            m_words.append(w);
        }
        m_wordCdf = zipfCdf(std::size_t(m_words.size()));
    }

    QString word() { return m_words[qsizetype(zipf(m_wordCdf))]; }

    QString sentence(const QString &topic)
    {
        QStringList words;
        const std::size_t n = 5 + below(10);
        for (std::size_t i = 0; i < n; ++i)
            words.append(i == 2 && chance(0.5) ? topic : word());
        words[0][0] = words[0][0].toUpper();
        return words.join(QLatin1Char(' ')) + (chance(0.2) ? QStringLiteral("!") : QStringLiteral("."));
    }

    QString reviewText(const QString &topic)
    {
        QStringList sentences;
        for (std::size_t i = 0, n = 1 + below(4); i < n; ++i)
            sentences.append(sentence(topic));
        return sentences.join(QLatin1Char(' '));
    }

    static QString gtin13(quint64 n)
    {
        const QString base = QStringLiteral("400%1").arg(n % 1000000000, 9, 10, QLatin1Char('0'));
        int sum = 0;
        for (int i = 0; i < 12; ++i)
            sum += (base[i].unicode() - '0') * (i % 2 ? 3 : 1);
        return base + QString::number((10 - sum % 10) % 10);
    }

    // Twenty leaf categories, thirty brands; one product in ten is a second listing of an earlier
    // one (same GTIN), so product matching has pairs.
    void makeProducts(int count)
    {
        static const QStringList nouns = {"mug", "kettle", "knife", "pan", "shovel", "rake", "lamp", "chair", "desk",
            "pillow", "blanket", "towel", "bottle", "backpack", "jacket", "boot", "puzzle", "ball", "drill", "saw"};
        static const QStringList colours = {"Blue", "Red", "Green", "Black", "White", "Grey"};
        static const QStringList materials = {"Steel", "Wood", "Ceramic", "Cotton", "Plastic"};
        for (int i = 0; i < count; ++i) {
            store::Product p;
            p.key = QStringLiteral("P%1").arg(i);
            if (i > 10 && chance(0.1)) {
                const store::Product &original = m_products[below(m_products.size())];
                p = original;
                p.key = QStringLiteral("P%1").arg(i);
                p.title = original.title + QStringLiteral(" (second listing)");
                m_products.push_back(p);
                continue;
            }
            const std::size_t noun = below(std::size_t(nouns.size()));
            const QString colour = colours[qsizetype(below(std::size_t(colours.size())))];
            p.brand = QStringLiteral("Brand%1").arg(below(30));
            p.title
                = QStringLiteral("%1 %2 %3 %4 model %5").arg(p.brand, colour, word(), nouns[qsizetype(noun)]).arg(i);
            p.description = reviewText(nouns[qsizetype(noun)]);
            p.features = {sentence(nouns[qsizetype(noun)]), sentence(nouns[qsizetype(noun)])};
            p.price = 5.0 + double(below(20000)) / 100.0;
            p.category
                = {QStringLiteral("Department %1").arg(noun % 5), QStringLiteral("%1s").arg(nouns[qsizetype(noun)])};
            p.gtin = gtin13(quint64(i) * 7919u);
            p.mpn = QStringLiteral("M-%1").arg(i);
            p.attributes = {{"Colour", colour}, {"Material", materials[qsizetype(below(5))]},
                {"Size", QString::number(10 + below(40)) + QStringLiteral(" cm")}};
            m_products.push_back(p);
        }
        m_productCdf = zipfCdf(m_products.size());
        m_order.resize(m_products.size()); // popularity rank -> product, so P0 is not always the top
        for (std::size_t i = 0; i < m_order.size(); ++i)
            m_order[i] = i;
        std::shuffle(m_order.begin(), m_order.end(), m_rng);
        m_reviewsOf.assign(m_products.size(), {});
    }

    std::size_t popularProduct() { return m_order[zipf(m_productCdf)]; }
    QString topicOf(std::size_t product) { return m_products[product].category.last().chopped(1); }

    // 2% exact copies (sometimes with other case and punctuation), 3% near copies with one word
    // changed, of an earlier review of the same product.
    void writeReviews(store::ShopWriter &w, int count, SyntheticShopCounts &n)
    {
        for (int i = 0; i < count; ++i) {
            const std::size_t p = popularProduct();
            QStringList &earlier = m_reviewsOf[p];
            QString text;
            if (!earlier.isEmpty() && chance(0.02)) {
                text = earlier[qsizetype(below(std::size_t(earlier.size())))];
                if (chance(0.5))
                    text = text.toLower().replace(QLatin1Char('.'), QLatin1Char('!'));
                ++n.exactCopies;
            } else if (!earlier.isEmpty() && chance(0.03 / 0.98)) {
                QStringList words = earlier[qsizetype(below(std::size_t(earlier.size())))].split(QLatin1Char(' '));
                words[qsizetype(below(std::size_t(words.size())))] = QStringLiteral("changed");
                text = words.join(QLatin1Char(' '));
                ++n.nearCopies;
            } else {
                text = reviewText(topicOf(p));
                earlier.append(text);
            }
            const int rating = 1 + int(below(5));
            w.add(store::Review {QStringLiteral("R%1").arg(i), m_products[p].key, rating, QString(), text,
                QStringLiteral("2024-01-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0'))});
            ++n.reviews;
        }
    }

    // Questions about popular products; half reuse words of one of the product's reviews, so that
    // the reviews can answer them.
    void writeQuestions(store::ShopWriter &w, int count, SyntheticShopCounts &n)
    {
        for (int i = 0; i < count; ++i) {
            const std::size_t p = popularProduct();
            const QStringList &reviews = m_reviewsOf[p];
            QStringList words;
            if (!reviews.isEmpty() && chance(0.5))
                words = reviews[qsizetype(below(std::size_t(reviews.size())))].split(QLatin1Char(' '));
            while (words.size() < 4)
                words.append(word());
            const QString question = QStringLiteral("Is the %1 %2 %3?").arg(words[1], words[2], words[3]);
            const QString answer
                = chance(0.8) ? QStringLiteral("Yes, the %1 %2 is %3.").arg(words[2], words[3], word()) : QString();
            w.add(store::Question {QStringLiteral("Q%1").arg(i), m_products[p].key, question, answer, "2024-02-01"});
            ++n.questions;
        }
    }

    // Sessions of four products of one category shown for a query; one bought, one clicked.
    void writeSearches(store::ShopWriter &w, int events, SyntheticShopCounts &n)
    {
        QHash<QString, std::vector<std::size_t>> byLeaf;
        for (std::size_t i = 0; i < m_products.size(); ++i)
            byLeaf[m_products[i].category.last()].push_back(i);
        for (int s = 0; n.searchEvents < events; ++s) {
            const std::size_t anchor = popularProduct();
            const std::vector<std::size_t> &pool = byLeaf[m_products[anchor].category.last()];
            const QString query = QStringLiteral("%1 %2").arg(word(), topicOf(anchor));
            for (int k = 0; k < 4; ++k) {
                store::SearchEvent e;
                e.sessionKey = QStringLiteral("S%1").arg(s);
                e.query = query;
                e.productKey = m_products[k == 0 ? anchor : pool[below(pool.size())]].key;
                e.position = k + 1;
                e.purchased = k == 0 && chance(0.5);
                e.clicked = k <= 1;
                e.added = k == 0;
                w.add(e);
                ++n.searchEvents;
            }
        }
    }

    void writeOrders(store::ShopWriter &w, int lines, SyntheticShopCounts &n)
    {
        for (int c = 0; n.orderLines < lines; ++c) {
            for (std::size_t k = 0, items = 1 + below(8); k < items; ++k) {
                w.add(store::OrderLine {QStringLiteral("O%1-%2").arg(c).arg(k), QStringLiteral("C%1").arg(c),
                    m_products[popularProduct()].key, 1,
                    QStringLiteral("2024-03-%1").arg(1 + int(k), 2, 10, QLatin1Char('0'))});
                ++n.orderLines;
            }
        }
    }

    std::mt19937_64 m_rng;
    QStringList m_words;
    std::vector<double> m_wordCdf;
    std::vector<store::Product> m_products;
    std::vector<double> m_productCdf;
    std::vector<std::size_t> m_order;
    std::vector<QStringList> m_reviewsOf; // original review texts per product
};

} // namespace bench
