// Product relation prediction (PRP.ipynb): pairs of products bought by the same customer (A),
// clicked in the same search session (B) or alike in the catalog (C: same leaf category and the
// same brand or similar titles); a pair takes its strongest relation, A before B before C.
#include "builder_util.h"
#include "builders.h"

#include "data/py_json.h"

#include <map>
#include <unordered_map>

namespace shoptuner::data::builders {
namespace {

const QStringList kOptions = {
    QStringLiteral("A: Users who buy product 1 may also buy product 2."),
    QStringLiteral("B: Users who view product 1 may also view product 2."),
    QStringLiteral("C: The product 1 is similar with the product 2."),
};

using PairScores = std::unordered_map<quint64, int>; // pairKey -> score

quint64 pairKey(int a, int b)
{
    return (quint64(std::uint32_t(std::min(a, b))) << 32) | std::uint32_t(std::max(a, b));
}

constexpr std::size_t kMaxItemsPerGroup = 50; // the last 50 products of a customer or session
constexpr std::size_t kMaxPairsPerLabel = (kMaxTrainRecords + kMaxValRecords + kMaxTestRecords) / 3;
constexpr std::size_t kSimilarWindow = 30; // products compared with each, within a shuffled category
constexpr double kSimilarTitles = 0.5; // Jaccard of title content words

// For each pair of products, how many groups (customers, sessions) hold both.
PairScores coOccurrences(const std::map<QString, std::vector<int>> &groups)
{
    PairScores scores;
    for (const auto &[key, items] : groups) {
        std::vector<int> distinct;
        for (auto it = items.rbegin(); it != items.rend() && distinct.size() < kMaxItemsPerGroup; ++it) {
            if (std::find(distinct.begin(), distinct.end(), *it) == distinct.end())
                distinct.push_back(*it);
        }
        for (std::size_t i = 0; i < distinct.size(); ++i) {
            for (std::size_t j = i + 1; j < distinct.size(); ++j)
                ++scores[pairKey(distinct[i], distinct[j])];
        }
    }
    return scores;
}

PairScores boughtTogether(const ShopData &shop)
{
    std::map<QString, std::vector<int>> byCustomer;
    for (const OrderLine &line : shop.orders) {
        const auto it = shop.productIndex.constFind(line.productKey);
        if (it == shop.productIndex.constEnd())
            continue;
        const QString who = line.customerKey.isEmpty() ? QStringLiteral("order:") + line.orderKey
                                                       : QStringLiteral("customer:") + line.customerKey;
        byCustomer[who].push_back(*it);
    }
    return coOccurrences(byCustomer);
}

PairScores viewedTogether(const ShopData &shop)
{
    std::map<QString, std::vector<int>> bySession;
    for (const SearchEvent &e : shop.searches) {
        const auto it = shop.productIndex.constFind(e.productKey);
        if (e.sessionKey.isEmpty() || it == shop.productIndex.constEnd() || !(e.clicked || e.added || e.purchased))
            continue;
        bySession[e.sessionKey].push_back(*it);
    }
    return coOccurrences(bySession);
}

// Scored by title overlap in percent, plus 100 for the same brand.
PairScores alike(const ShopData &shop, std::mt19937_64 &rng)
{
    std::map<QString, std::vector<int>> byLeaf;
    for (std::size_t i = 0; i < shop.products.size(); ++i) {
        if (!leafCategory(shop.products[i]).isEmpty())
            byLeaf[leafCategory(shop.products[i])].push_back(int(i));
    }
    PairScores scores;
    for (auto &[leaf, members] : byLeaf) {
        shuffleInPlace(members, rng);
        std::vector<QSet<QString>> words;
        for (const int m : members)
            words.push_back(contentWords(shop.products[std::size_t(m)].title));
        for (std::size_t i = 0; i < members.size(); ++i) {
            const Product &a = shop.products[std::size_t(members[i])];
            for (std::size_t j = i + 1; j < members.size() && j <= i + kSimilarWindow; ++j) {
                const Product &b = shop.products[std::size_t(members[j])];
                const bool sameBrand = !a.brand.isEmpty() && a.brand.compare(b.brand, Qt::CaseInsensitive) == 0;
                const int shared = sharedCount(words[i], words[j]);
                const qsizetype all = words[i].size() + words[j].size() - shared;
                const double jaccard = all > 0 ? double(shared) / double(all) : 0.0;
                if (sameBrand || jaccard >= kSimilarTitles)
                    scores[pairKey(members[i], members[j])] = int(jaccard * 100) + (sameBrand ? 100 : 0);
            }
        }
    }
    return scores;
}

struct LabelledPair
{
    int a, b, label; // label 0 = A, 1 = B, 2 = C
};

// The highest-scoring pairs of each relation whose products share a split, without a pair that a
// stronger relation already holds.
std::vector<LabelledPair> choosePairs(
    const ShopData &shop, const std::vector<int> &place, const PairScores (&byLabel)[3])
{
    std::vector<std::pair<quint64, int>> candidates[3];
    for (int label = 0; label < 3; ++label) {
        for (const auto &[key, score] : byLabel[label]) {
            const bool stronger = (label > 0 && byLabel[0].count(key)) || (label > 1 && byLabel[1].count(key));
            const auto a = std::size_t(key >> 32), b = std::size_t(key & 0xFFFFFFFFu);
            if (stronger || place[a] != place[b] || shop.products[a].title.isEmpty()
                || shop.products[b].title.isEmpty())
                continue;
            candidates[label].emplace_back(key, score);
        }
        // Highest score first; the pair's indices break ties, so hash order never shows.
        std::sort(candidates[label].begin(), candidates[label].end(), [](const auto &x, const auto &y) {
            return x.second != y.second ? x.second > y.second : x.first < y.first;
        });
    }
    // Keep the relations balanced: none gets more than twice the median relation's pairs, so the
    // model cannot score well by always answering the commonest relation.
    std::vector<std::size_t> sizes;
    for (const auto &c : candidates)
        if (!c.empty())
            sizes.push_back(c.size());
    std::sort(sizes.begin(), sizes.end());
    const std::size_t cap
        = sizes.size() > 1 ? std::min(kMaxPairsPerLabel, 2 * sizes[(sizes.size() - 1) / 2]) : kMaxPairsPerLabel;
    std::vector<LabelledPair> out;
    for (int label = 0; label < 3; ++label)
        for (std::size_t i = 0; i < candidates[label].size() && i < cap; ++i)
            out.push_back(
                {int(candidates[label][i].first >> 32), int(candidates[label][i].first & 0xFFFFFFFFu), label});
    return out;
}

class ProductRelationPrediction final : public TaskBuilder
{
public:
    QString task() const override { return QStringLiteral("Product_Relation_Prediction"); }
    QString title() const override { return QStringLiteral("Which products go together"); }

    BuilderCheck check(const ShopData &shop) const override
    {
        if (shop.products.size() < 2)
            return {false, QStringLiteral("Product relations need a catalog with at least two products.")};
        if (shop.orders.empty() && shop.searches.empty())
            return {false,
                QStringLiteral("Product relations need orders (products bought together) or a search log "
                               "with sessions (products viewed together); neither has been imported.")};
        if (boughtTogether(shop).empty() && viewedTogether(shop).empty())
            return {false,
                QStringLiteral("Product relations need customers who bought two or more catalog products, "
                               "or search sessions with clicks on two or more; there are none yet.")};
        return {true, {}};
    }

    std::vector<BuiltRecord> build(const ShopData &shop, const BuildContext &context) const override
    {
        auto rng = context.rng(task());
        const PairScores byLabel[3] = {boughtTogether(shop), viewedTogether(shop), alike(shop, rng)};
        const std::vector<int> place = placeCodes(shop, context);
        const QString options = optionsJson(kOptions);
        std::vector<BuiltRecord> out;
        for (LabelledPair p : choosePairs(shop, place, byLabel)) {
            if (uniformIndex(rng, 2) == 1)
                std::swap(p.a, p.b);
            const Product &a = shop.products[std::size_t(p.a)];
            const Product &b = shop.products[std::size_t(p.b)];
            nlohmann::ordered_json input = nlohmann::ordered_json::object();
            input["Product 1:"] = a.title.toStdString();
            input["Product 2:"] = b.title.toStdString();
            BuiltRecord record;
            record.input = pyJsonDumps(input);
            record.optionsJson = options;
            record.output = QString(QChar('A' + p.label));
            record.split = context.productSplit(a.key);
            record.ood = context.isOod(a.key);
            record.groupKey = a.key;
            out.push_back(std::move(record));
        }
        applyCaps(out, rng);
        return out;
    }
};

} // namespace

std::unique_ptr<TaskBuilder> makeProductRelationPrediction()
{
    return std::make_unique<ProductRelationPrediction>();
}

} // namespace shoptuner::data::builders
