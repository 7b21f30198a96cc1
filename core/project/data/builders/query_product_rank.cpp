// Query product rank (MPC_SPI_QPR.ipynb): for a search query, 2-4 of the products it showed, at
// least two of them with different ESCI labels from the search log; the output lists their letters
// from most to least relevant (E, S, C, I), equal labels in list order.
#include "builder_util.h"
#include "builders.h"

#include "data/py_json.h"

#include <algorithm>
#include <set>

namespace shoptuner::data::builders {
namespace {

constexpr std::size_t kMinProducts = 2;
constexpr std::size_t kMaxProducts = 4;
constexpr std::size_t kMaxListsPerQuery = 5; // about one list per three products shown

std::vector<LabelledProduct> rankable(const QueryResults &q)
{
    std::vector<LabelledProduct> out;
    for (const LabelledProduct &lp : q.products) {
        if (esciRank(lp.label) >= 0)
            out.push_back(lp);
    }
    return out;
}

// One product of each of two different labels, then random others up to 2-4 products, shuffled.
std::vector<LabelledProduct> drawList(const std::vector<LabelledProduct> &products, std::mt19937_64 &rng)
{
    std::vector<int> ranks;
    for (const LabelledProduct &lp : products)
        ranks.push_back(esciRank(lp.label));
    std::vector<int> distinct = ranks;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    const std::vector<std::size_t> twoRanks = sampleIndices(distinct.size(), 2, rng);
    std::vector<std::size_t> order = sampleIndices(products.size(), products.size(), rng);
    std::vector<std::size_t> chosen;
    for (const std::size_t r : twoRanks) {
        const auto it
            = std::find_if(order.begin(), order.end(), [&](std::size_t i) { return ranks[i] == distinct[r]; });
        chosen.push_back(*it);
        order.erase(it);
    }
    const std::size_t size
        = std::min(products.size(), kMinProducts + uniformIndex(rng, kMaxProducts - kMinProducts + 1));
    for (std::size_t k = 0; chosen.size() < size; ++k)
        chosen.push_back(order[k]);
    shuffleInPlace(chosen, rng);
    std::vector<LabelledProduct> out;
    for (const std::size_t i : chosen)
        out.push_back(products[i]);
    return out;
}

// Letters by label, E first; a stable sort keeps equal labels in list order.
QString rankingOf(const std::vector<LabelledProduct> &list)
{
    std::vector<std::size_t> order(list.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
        [&](std::size_t a, std::size_t b) { return esciRank(list[a].label) < esciRank(list[b].label); });
    QStringList letters;
    for (const std::size_t i : order)
        letters.append(QString(QChar('A' + int(i))));
    return letters.join(QLatin1Char(','));
}

class QueryProductRank final : public TaskBuilder
{
public:
    QString task() const override { return QStringLiteral("Query_Product_Rank"); }
    QString title() const override { return QStringLiteral("Ordering search results"); }

    BuilderCheck check(const ShopData &shop) const override
    {
        const BuilderCheck log = searchLogCheck(shop, QStringLiteral("Search ranking"));
        if (!log.available)
            return log;
        for (const QueryResults &q : labelledQueries(shop, SearchLabelMapping())) {
            std::set<int> ranks;
            for (const LabelledProduct &lp : rankable(q))
                ranks.insert(esciRank(lp.label));
            if (ranks.size() >= 2)
                return {true, {}};
        }
        return {false,
            QStringLiteral("Search ranking needs queries where shoppers treated the products shown "
                           "differently (for example clicked one and ignored another); there are none.")};
    }

    std::vector<BuiltRecord> build(const ShopData &shop, const BuildContext &context) const override
    {
        auto rng = context.rng(task());
        std::vector<BuiltRecord> out;
        for (const QueryResults &q : labelledQueries(shop, context.searchLabels)) {
            const std::vector<LabelledProduct> products = rankable(q);
            std::set<int> ranks;
            for (const LabelledProduct &lp : products)
                ranks.insert(esciRank(lp.label));
            if (ranks.size() < 2)
                continue;
            std::set<QStringList> seen;
            const std::size_t lists = std::clamp<std::size_t>(products.size() / 3, 1, kMaxListsPerQuery);
            for (std::size_t n = 0; n < lists; ++n) {
                const std::vector<LabelledProduct> list = drawList(products, rng);
                QStringList keys;
                for (const LabelledProduct &lp : list)
                    keys.append(lp.productKey);
                QStringList sortedKeys = keys;
                sortedKeys.sort();
                if (seen.insert(sortedKeys).second)
                    out.push_back(recordOf(shop, context, q.query, list, keys));
            }
        }
        applyCaps(out, rng);
        return out;
    }

private:
    static BuiltRecord recordOf(const ShopData &shop, const BuildContext &context, const QString &query,
        const std::vector<LabelledProduct> &list, const QStringList &keys)
    {
        QStringList titles;
        for (const LabelledProduct &lp : list)
            titles << shop.product(lp.productKey)->title;
        const RecordPlace place = groupPlace(context, query, keys);
        BuiltRecord record;
        record.input = queryProductRankInput(query, titles);
        record.optionsJson = kNoOptions;
        record.output = rankingOf(list);
        for (const LabelledProduct &lp : list)
            record.candidateLabels.append(QString(lp.label));
        record.split = place.split;
        record.ood = place.ood;
        record.groupKey = query;
        return record;
    }
};

} // namespace

QString queryProductRankInput(const QString &query, const QStringList &titles)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (qsizetype i = 0; i < titles.size(); ++i)
        list.push_back((QChar('A' + int(i)) + QStringLiteral(": ") + titles[i]).toStdString());
    nlohmann::ordered_json input = nlohmann::ordered_json::object();
    input["query"] = query.toStdString();
    input["product list"] = list;
    return pyJsonDumps(input);
}

std::unique_ptr<TaskBuilder> makeQueryProductRank()
{
    return std::make_unique<QueryProductRank>();
}

} // namespace shoptuner::data::builders
