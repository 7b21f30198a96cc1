// Product matching (PM.ipynb): two listings of one product (the same valid GTIN, or the same brand
// and part number) are "yes"; for each such pair, a listing of another product from the same brand
// and leaf category (else the same leaf category, else any) makes a "no".
#include "builder_util.h"
#include "builders.h"

#include "data/py_json.h"

#include <QHash>

#include <limits>
#include <map>
#include <set>

namespace shoptuner::data::builders {
namespace {

// GTIN-8, -12 (UPC), -13 (EAN) or -14 with a correct GS1 check digit.
bool validGtin(const QString &gtin)
{
    const qsizetype n = gtin.size();
    if (n != 8 && n != 12 && n != 13 && n != 14)
        return false;
    int sum = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (!gtin[i].isDigit() || gtin[i].unicode() > '9')
            return false;
        const int d = gtin[i].unicode() - '0';
        if (i < n - 1)
            sum += d * (((n - 1 - i) % 2 == 1) ? 3 : 1);
    }
    return (10 - sum % 10) % 10 == gtin[n - 1].unicode() - '0';
}

QString brandPartKey(const Product &p)
{
    QString mpn;
    for (const QChar c : p.mpn.toUpper()) {
        if (c.isLetterOrNumber())
            mpn += c;
    }
    const QString brand = p.brand.simplified().toLower();
    return mpn.isEmpty() || brand.isEmpty() ? QString() : brand + QChar(0x1f) + mpn;
}

// Cluster id per product: listings that share a valid GTIN or a brand + part number.
std::vector<int> sameProductClusters(const ShopData &shop)
{
    std::vector<int> parent(shop.products.size());
    for (std::size_t i = 0; i < parent.size(); ++i)
        parent[i] = int(i);
    const auto find = [&](int x) {
        while (parent[std::size_t(x)] != x)
            x = parent[std::size_t(x)] = parent[std::size_t(parent[std::size_t(x)])];
        return x;
    };
    QHash<QString, int> firstOf;
    for (std::size_t i = 0; i < shop.products.size(); ++i) {
        const Product &p = shop.products[i];
        const QString gtin = p.gtin.trimmed();
        for (const QString &key : {validGtin(gtin) ? QStringLiteral("g:") + gtin : QString(),
                 brandPartKey(p).isEmpty() ? QString() : QStringLiteral("m:") + brandPartKey(p)}) {
            if (key.isEmpty())
                continue;
            if (const auto it = firstOf.constFind(key); it != firstOf.constEnd())
                parent[std::size_t(find(int(i)))] = find(*it);
            else
                firstOf.insert(key, int(i));
        }
    }
    std::vector<int> cluster(parent.size());
    for (std::size_t i = 0; i < parent.size(); ++i)
        cluster[i] = find(int(i));
    return cluster;
}

nlohmann::ordered_json listing(const Product &p)
{
    nlohmann::ordered_json o = nlohmann::ordered_json::object();
    o["title"] = p.title.toStdString();
    // pandas reads an empty description as float NaN, which json.dumps writes as a bare NaN.
    const QString description = p.description.trimmed();
    if (description.isEmpty())
        o["description"] = std::numeric_limits<double>::quiet_NaN();
    else
        o["description"] = cutWords(description, 50).toStdString();
    o["manufacturer"] = p.brand.isEmpty() ? std::string("nan") : p.brand.toStdString();
    o["price"] = p.price ? pyFloatRepr(*p.price).toStdString() : std::string("nan");
    return o;
}

struct Pair
{
    int a, b;
    bool same;
};

std::pair<int, int> unordered(int x, int y)
{
    return {std::min(x, y), std::max(x, y)};
}

// What pairing looks at, worked out once per product. Negatives come from three tiers of products
// in the same place (split and OOD-ness): same brand and leaf category, same leaf, anything.
struct ProductFacts
{
    std::vector<int> cluster;
    std::vector<int> place; // placeCodes: pairs need equal places
    std::vector<QString> tierKey[3];
    QHash<QString, std::vector<int>> tiers[3];
};

ProductFacts factsOf(const ShopData &shop, const BuildContext &context)
{
    ProductFacts f;
    f.cluster = sameProductClusters(shop);
    f.place = placeCodes(shop, context);
    for (std::size_t i = 0; i < shop.products.size(); ++i) {
        const QString place = QString::number(f.place[i]) + QChar(0x1f);
        const QString leaf = leafCategory(shop.products[i]);
        const QString brand = shop.products[i].brand.simplified().toLower();
        const QString keys[3] = {leaf.isEmpty() || brand.isEmpty() ? QString() : place + leaf + QChar(0x1f) + brand,
            leaf.isEmpty() ? QString() : place + leaf, place};
        for (int t = 0; t < 3; ++t) {
            f.tierKey[t].push_back(keys[t]);
            if (!keys[t].isEmpty())
                f.tiers[t][keys[t]].push_back(int(i));
        }
    }
    return f;
}

// Every pair of listings within a cluster that share a split; at most half the records a task
// may keep, so that the negatives balance them.
std::vector<Pair> positives(const ProductFacts &f, std::mt19937_64 &rng)
{
    std::map<int, std::vector<int>> members;
    for (std::size_t i = 0; i < f.cluster.size(); ++i)
        members[f.cluster[i]].push_back(int(i));
    std::vector<Pair> out;
    for (const auto &[id, list] : members) {
        for (std::size_t i = 0; i < list.size(); ++i) {
            for (std::size_t j = i + 1; j < list.size(); ++j) {
                if (f.place[std::size_t(list[i])] == f.place[std::size_t(list[j])])
                    out.push_back({list[i], list[j], true});
            }
        }
    }
    const std::size_t most = (kMaxTrainRecords + kMaxValRecords + kMaxTestRecords) / 2;
    if (out.size() > most) {
        std::vector<Pair> kept;
        for (const std::size_t i : sampleIndices(out.size(), most, rng))
            kept.push_back(out[i]);
        out = std::move(kept);
    }
    return out;
}

// A listing of another product in the same place: a hard negative when one exists.
int negativePartner(const ProductFacts &f, int a, const std::set<std::pair<int, int>> &used, std::mt19937_64 &rng)
{
    const auto accept = [&](int c, const std::vector<int> &) {
        return f.cluster[std::size_t(c)] != f.cluster[std::size_t(a)] && !used.count(unordered(a, c));
    };
    for (int t = 0; t < 3; ++t) {
        const QString &key = f.tierKey[t][std::size_t(a)];
        if (key.isEmpty())
            continue;
        const std::vector<int> chosen = drawAccepted(*f.tiers[t].constFind(key), 1, accept, rng);
        if (!chosen.empty())
            return chosen.front();
    }
    return -1;
}

BuiltRecord recordOf(const ShopData &shop, const BuildContext &context, Pair p, std::mt19937_64 &rng)
{
    if (uniformIndex(rng, 2) == 1)
        std::swap(p.a, p.b);
    const Product &a = shop.products[std::size_t(p.a)];
    const Product &b = shop.products[std::size_t(p.b)];
    BuiltRecord record;
    record.input = productMatchingInput(a, b);
    record.optionsJson = kNoOptions;
    record.output = p.same ? QStringLiteral("yes") : QStringLiteral("no");
    record.split = context.productSplit(a.key);
    record.ood = context.isOod(a.key);
    record.groupKey = a.key;
    return record;
}

} // namespace

QString productMatchingInput(const Product &a, const Product &b)
{
    nlohmann::ordered_json input = nlohmann::ordered_json::object();
    input["product 1"] = listing(a);
    input["product 2"] = listing(b);
    return pyJsonDumps(input);
}

namespace {

class ProductMatching final : public TaskBuilder
{
public:
    QString task() const override { return QStringLiteral("Product_Matching"); }
    QString title() const override { return QStringLiteral("Spotting two listings of one product"); }

    BuilderCheck check(const ShopData &shop) const override
    {
        const std::vector<int> cluster = sameProductClusters(shop);
        for (std::size_t i = 0; i < cluster.size(); ++i) {
            if (cluster[i] != int(i))
                return {true, {}};
        }
        return {false,
            QStringLiteral("Product matching needs at least two listings of the same product: products "
                           "with the same GTIN/EAN, or the same brand and part number (MPN).")};
    }

    // Listings of one product can land in different splits; such pairs are left out (both
    // listings of a pair always share split and OOD-ness).
    std::vector<BuiltRecord> build(const ShopData &shop, const BuildContext &context) const override
    {
        auto rng = context.rng(task());
        const ProductFacts facts = factsOf(shop, context);
        std::vector<Pair> pairs = positives(facts, rng);
        std::set<std::pair<int, int>> used;
        for (const Pair &p : pairs)
            used.insert(unordered(p.a, p.b));
        const std::size_t positiveCount = pairs.size();
        for (std::size_t i = 0; i < positiveCount; ++i) {
            const int partner = negativePartner(facts, pairs[i].a, used, rng);
            if (partner >= 0) {
                used.insert(unordered(pairs[i].a, partner));
                pairs.push_back({pairs[i].a, partner, false});
            }
        }
        std::vector<BuiltRecord> out;
        for (const Pair &p : pairs)
            out.push_back(recordOf(shop, context, p, rng));
        applyCaps(out, rng);
        return out;
    }
};

} // namespace

std::unique_ptr<TaskBuilder> makeProductMatching()
{
    return std::make_unique<ProductMatching>();
}

} // namespace shoptuner::data::builders
