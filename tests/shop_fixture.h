// A small in-memory shop for the data tests (mugs, knives and shovels, plus jigsaw puzzles for an
// out-of-domain category), and helpers that read ECInstruct fields back: JSON and Python repr lists.
#pragma once

#include "data/shop_data.h"

#include <QStringList>

#include <nlohmann/json.hpp>

#include <map>

namespace testing {

using namespace shoptuner::data;
using Json = nlohmann::ordered_json;

inline const QStringList kMugColours = {"Blue", "Red", "Green", "White"};
inline const QStringList kBrands = {"Northwind", "Acme", "Lumen"};

inline QString gtin13(int n)
{
    QString base = QStringLiteral("400%1").arg(n, 9, 10, QLatin1Char('0'));
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (base[i].unicode() - '0') * (i % 2 ? 3 : 1);
    return base + QString::number((10 - sum % 10) % 10);
}

inline Product makeProduct(const QString &key, const QString &title, const QStringList &category, const QString &brand)
{
    Product p;
    p.key = key;
    p.title = title;
    p.category = category;
    p.brand = brand;
    return p;
}

// 12 mugs, 12 knives, 12 shovels and 10 jigsaw puzzles (the out-of-domain "Toys").
inline void addProducts(ShopData &shop)
{
    for (int i = 0; i < 12; ++i) {
        const QString colour = kMugColours[i % 4];
        Product p = makeProduct(QStringLiteral("M%1").arg(i),
            QStringLiteral("%1 %2 Ceramic Mug %3 ml").arg(kBrands[i % 3], colour).arg(300 + 10 * i),
            {"Home & Kitchen", "Kitchen & Dining", "Mugs"}, kBrands[i % 3]);
        p.description = QStringLiteral("A sturdy %1 mug for coffee and tea.").arg(colour.toLower());
        p.features = QStringList {"Dishwasher safe", "Microwave safe"};
        p.attributes
            = {{"Colour", colour}, {"Material", "Ceramic"}, {"Care", "dishwasher safe"}, {"Pattern", "Striped"}};
        p.price = 9.5 + i;
        p.gtin = gtin13(i);
        shop.products.push_back(p);
    }
    shop.products[0].price = 24.9;
    shop.products[1].price = 25.0;
    for (int i = 0; i < 12; ++i) {
        Product p = makeProduct(QStringLiteral("K%1").arg(i),
            QStringLiteral("%1 Chef Knife %2 cm Stainless Steel").arg(kBrands[i % 3]).arg(15 + i),
            {"Home & Kitchen", "Kitchen & Dining", "Knives"}, kBrands[i % 3]);
        p.description = QStringLiteral("Forged blade.");
        p.attributes = {{"Blade Length", QStringLiteral("%1 cm").arg(15 + i)}, {"Material", "Stainless Steel"},
            {"Colour", "Black"}};
        p.gtin = gtin13(100 + i);
        shop.products.push_back(p);
    }
    QStringList sixty;
    for (int w = 0; w < 60; ++w)
        sixty.append(QStringLiteral("word%1").arg(w));
    shop.products[12].description = sixty.join(QLatin1Char(' ')) + QLatin1Char('.');
    for (int i = 0; i < 12; ++i) {
        Product p = makeProduct(QStringLiteral("G%1").arg(i),
            QStringLiteral("%1 Garden Shovel Model %2").arg(kBrands[i % 3]).arg(i), {"Garden", "Tools", "Shovels"},
            kBrands[i % 3]);
        p.description = QStringLiteral("Carbon Steel blade with an ash handle.");
        p.attributes = {{"Material", "Carbon Steel"}};
        p.mpn = QStringLiteral("GS-%1").arg(i);
        shop.products.push_back(p);
    }
    for (int i = 0; i < 10; ++i) {
        Product p = makeProduct(QStringLiteral("T%1").arg(i),
            QStringLiteral("%1 Wooden Jigsaw Puzzle %2 Pieces").arg(kBrands[i % 3]).arg(500 + 100 * i),
            {"Toys", "Puzzles"}, kBrands[i % 3]);
        p.attributes = {{"Pieces", QString::number(500 + 100 * i)}, {"Material", "Wood"}};
        p.gtin = gtin13(200 + i);
        shop.products.push_back(p);
    }
}

// Two more listings of each mug and knife (same GTIN) and shovel (same brand and part number), and
// four bare mug listings with a GTIN only.
inline void addDuplicateListings(ShopData &shop)
{
    const std::size_t originals = shop.products.size();
    for (std::size_t i = 0; i < originals; ++i) {
        const Product o = shop.products[i]; // a copy: push_back below reallocates
        const bool listed = o.key.startsWith('M') || o.key.startsWith('K') || o.key.startsWith('G');
        for (int copy = 1; listed && copy <= 2; ++copy) {
            Product d = makeProduct(QStringLiteral("%1-d%2").arg(o.key).arg(copy),
                QStringLiteral("%1 (listing %2)").arg(o.title).arg(copy), o.category, o.brand);
            d.description = o.description;
            d.gtin = o.gtin;
            d.price = o.price;
            d.mpn = o.key.startsWith('G') ? QStringLiteral("gs %1").arg(o.key.mid(1)) : QString();
            shop.products.push_back(d);
        }
    }
    for (int i = 0; i < 4; ++i) { // no brand, description or price
        Product bare = makeProduct(QStringLiteral("M%1-bare").arg(i), QStringLiteral("Mug, plain listing %1").arg(i),
            {"Home & Kitchen", "Kitchen & Dining", "Mugs"}, QString());
        bare.gtin = shop.products[std::size_t(i)].gtin;
        shop.products.push_back(bare);
    }
}

// Five reviews per original product, one per star rating, and a short one SA must skip.
inline void addReviews(ShopData &shop)
{
    const QStringList texts = {
        "Terrible %1, broke on the first day and I want my money back right now.",
        "Not great, the %1 chipped after two weeks and support was slow to reply.",
        "It is an average %1 that does the job but nothing special about it honestly.",
        "Good %1 overall, works well for daily use although the box arrived dented.",
        "Absolutely love this %1, the quality is superb and it feels great every day.",
    };
    int n = 0;
    for (const Product &p : std::vector<Product>(shop.products)) {
        if (p.key.contains('-'))
            continue;
        const QString extra = p.key.startsWith('M')
            ? "It is dishwasher safe and the colour stays bright after many washes."
            : p.key.startsWith('K') ? "The blade stays sharp for months of chopping."
            : p.key.startsWith('G') ? "The handle is long enough for me."
                                    : "The cardboard is thick and the print is sharp.";
        for (int rating = 1; rating <= 5; ++rating)
            shop.reviews.push_back({QStringLiteral("R%1").arg(n++), p.key, rating, "Title",
                texts[rating - 1].arg(p.title) + (rating == 5 ? " " + extra : QString()), "2024-01-01"});
        shop.reviews.push_back({QStringLiteral("R%1").arg(n++), p.key, 5, QString(), "Nice one.", "2024-01-02"});
    }
}

inline void addQuestions(ShopData &shop)
{
    int n = 0;
    for (const Product &p : std::vector<Product>(shop.products)) {
        if (p.key.contains('-'))
            continue;
        const auto ask = [&](const QString &q, const QString &a) {
            shop.questions.push_back({QStringLiteral("Q%1").arg(n++), p.key, q, a, "2024-02-01"});
        };
        ask("Does the package include a printed warranty certificate?", "No, there was no such paper inside.");
        if (p.key.startsWith('M'))
            ask("Is this mug dishwasher safe?", "Yes, dishwasher safe, and the colour stays bright.");
        if (p.key.startsWith('K'))
            ask("Does the blade stay sharp?", QString());
        if (p.key.startsWith('G'))
            ask("Is the handle comfortable?", "Yes.");
        if (p.key.startsWith('T'))
            ask("Is the cardboard thick?", "Yes, the cardboard is thick and sturdy.");
    }
}

// Eight sessions per category; each shows four products: one bought, one added to the cart, one
// clicked and one only shown.
inline void addSearches(ShopData &shop)
{
    const std::map<QString, QStringList> queries = {{"M", {"blue mug", "coffee mug", "ceramic mug 350 ml"}},
        {"K", {"chef knife", "kitchen knife", "stainless knife"}}, {"G", {"garden shovel", "spade", "digging tool"}},
        {"T", {"jigsaw puzzle", "wooden puzzle", "puzzle 1000"}}};
    int session = 0;
    for (const auto &[prefix, qs] : queries) {
        const int count = prefix == "T" ? 10 : 12;
        for (int s = 0; s < 8; ++s, ++session) {
            const QString query = s == 3 && prefix == "M" ? QStringLiteral("  Blue   MUG ") : qs[s % 3];
            for (int k = 0; k < 4; ++k) {
                SearchEvent e;
                e.sessionKey = QStringLiteral("S%1").arg(session);
                e.query = query;
                e.productKey = prefix + QString::number((s + k * 3) % count);
                e.position = k + 1;
                e.purchased = k == 0;
                e.added = k == 1;
                e.clicked = k <= 2;
                shop.searches.push_back(e);
            }
        }
    }
    shop.searches.push_back({"S998", "blue mug", "M1", 5, false, false, false, ""}); // shown, ignored
    shop.searches.push_back({"S999", "blue mug", "NOT-IN-CATALOG", 1, true, false, false, ""});
}

// Fifteen customers; C0's lines are out of date order, C13 bought only two different products,
// C14 bought puzzles.
inline void addOrders(ShopData &shop)
{
    const QStringList pool = {"M0", "K1", "G2", "M3", "K4", "G5", "M6", "K7", "G8", "M9", "K10", "G11", "M2", "K3"};
    for (int c = 0; c < 13; ++c) {
        const int n = 3 + c % 6;
        for (int k = 0; k < n; ++k) {
            const QString product = pool[(c * 2 + k) % pool.size()];
            shop.orders.push_back({QStringLiteral("O%1-%2").arg(c).arg(k / 2), QStringLiteral("C%1").arg(c), product, 1,
                QStringLiteral("2024-03-%1").arg(10 + k)});
        }
    }
    std::swap(shop.orders[0].date, shop.orders[2].date); // C0: K1 now comes after G2
    shop.orders.push_back({"O13-0", "C13", "M0", 1, "2024-03-01"});
    shop.orders.push_back({"O13-1", "C13", "M0", 1, "2024-03-02"});
    shop.orders.push_back({"O13-2", "C13", "K1", 1, "2024-03-03"});
    shop.orders.push_back({"O13-3", "C13", "UNKNOWN", 1, "2024-03-04"});
    for (int k = 0; k < 4; ++k)
        shop.orders.push_back(
            {"O14-0", "C14", QStringLiteral("T%1").arg(k), 1, QStringLiteral("2024-04-0%1").arg(k + 1)});
}

inline ShopData makeShop()
{
    ShopData shop;
    addProducts(shop);
    addDuplicateListings(shop);
    addReviews(shop);
    addQuestions(shop);
    addSearches(shop);
    addOrders(shop);
    shop.buildIndexes();
    return shop;
}

inline Json parse(const QString &text)
{
    return Json::parse(text.toStdString());
}

inline QStringList keysOf(const Json &object)
{
    QStringList keys;
    for (const auto &[k, v] : object.items())
        keys.append(QString::fromStdString(k));
    return keys;
}

inline QString str(const Json &j)
{
    return QString::fromStdString(j.get<std::string>());
}

// Reads back a Python repr() of a list of str (the escapes pyReprString writes).
inline QStringList parsePyList(const QString &text)
{
    QStringList out;
    qsizetype i = 1;
    while (i < text.size() - 1) {
        const QChar quote = text[i++];
        QString item;
        while (text[i] != quote) {
            if (text[i] == '\\') {
                const QChar e = text[++i];
                item += e == 'n' ? QChar('\n') : e == 't' ? QChar('\t') : e == 'r' ? QChar('\r') : e;
            } else
                item += text[i];
            ++i;
        }
        out.append(item);
        i += 1;
        if (text.mid(i, 2) == ", ")
            i += 2;
    }
    return out;
}

} // namespace testing
