// Sequential recommendation (SR.ipynb): for each customer who bought three or more different
// products, the earlier ones (up to 10) are the history and the last is hidden among 19 other
// products as options A-T; input and options are Python-repr lists of "Title. Cat1. Cat2. Brand.".
#include "builder_util.h"
#include "builders.h"

#include "data/py_json.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace shoptuner::data::builders {
namespace {

constexpr int kMinItems = 3;
constexpr int kMaxHistory = 10;
constexpr std::size_t kCandidates = 20; // A-T
constexpr int kWordCut = 25;

// Each customer's distinct catalog products, oldest first (a product bought again keeps its
// first place); customers with fewer than three are left out.
std::map<QString, std::vector<int>> purchaseSequences(const ShopData &shop)
{
    std::map<QString, std::vector<const OrderLine *>> lines;
    for (const OrderLine &line : shop.orders) {
        if (!line.customerKey.isEmpty() && shop.productIndex.contains(line.productKey))
            lines[line.customerKey].push_back(&line);
    }
    std::map<QString, std::vector<int>> out;
    for (auto &[customer, list] : lines) {
        std::stable_sort(
            list.begin(), list.end(), [](const OrderLine *a, const OrderLine *b) { return a->date < b->date; });
        std::vector<int> items;
        for (const OrderLine *line : list) {
            const int index = shop.productIndex.value(line->productKey);
            if (std::find(items.begin(), items.end(), index) == items.end())
                items.push_back(index);
        }
        if (int(items.size()) >= kMinItems)
            out.emplace(customer, std::move(items));
    }
    return out;
}

struct Catalog
{
    QStringList text; // srItemText per product
    std::vector<int> textId; // equal texts share an id
    std::vector<Split> split;
    std::vector<bool> ood;
};

Catalog catalogOf(const ShopData &shop, const BuildContext &context)
{
    Catalog c;
    QHash<QString, int> ids;
    for (const Product &p : shop.products) {
        c.text.append(srItemText(p));
        c.textId.push_back(int(ids.size()));
        if (const auto it = ids.constFind(c.text.back()); it != ids.constEnd())
            c.textId.back() = *it;
        else
            ids.insert(c.text.back(), c.textId.back());
        c.split.push_back(context.productSplit(p.key));
        c.ood.push_back(context.isOod(p.key));
    }
    return c;
}

// 19 products the customer never bought, with texts unlike the target's and each other's: from
// the record's own split when it has enough (out-of-domain products only in OOD records), else
// from every in-domain product (in a small catalog a validation or test record may then show
// training products as wrong choices).
std::vector<int> negatives(const Catalog &c, const std::vector<int> &bought, RecordPlace place, std::mt19937_64 &rng)
{
    const int targetText = c.textId[std::size_t(bought.back())];
    for (const bool ownSplit : {true, false}) {
        std::vector<int> pool;
        for (std::size_t i = 0; i < c.textId.size(); ++i) {
            const bool allowed = ownSplit ? c.split[i] == place.split && (place.ood || !c.ood[i]) : !c.ood[i];
            if (allowed && c.textId[i] != targetText && std::find(bought.begin(), bought.end(), int(i)) == bought.end())
                pool.push_back(int(i));
        }
        shuffleInPlace(pool, rng);
        std::vector<int> chosen;
        QSet<int> texts;
        for (std::size_t k = 0; k < pool.size() && chosen.size() < kCandidates - 1; ++k) {
            if (!texts.contains(c.textId[std::size_t(pool[k])])) {
                texts.insert(c.textId[std::size_t(pool[k])]);
                chosen.push_back(pool[k]);
            }
        }
        if (chosen.size() == kCandidates - 1)
            return chosen;
    }
    return {};
}

class SequentialRecommendation final : public TaskBuilder
{
public:
    QString task() const override { return QStringLiteral("Sequential_Recommendation"); }
    QString abbreviation() const override { return QStringLiteral("SR"); }
    QString title() const override { return QStringLiteral("What a customer buys next"); }

    BuilderCheck check(const ShopData &shop) const override
    {
        if (shop.orders.empty())
            return {false,
                QStringLiteral("Sequential recommendation needs orders with customer ids; no orders have "
                               "been imported.")};
        if (shop.products.size() < kCandidates)
            return {false,
                QStringLiteral("Sequential recommendation needs at least %1 products in the catalog to "
                               "offer %1 choices; it has %2.")
                    .arg(kCandidates)
                    .arg(shop.products.size())};
        if (purchaseSequences(shop).empty())
            return {false,
                QStringLiteral("Sequential recommendation needs customers who ordered at least %1 different "
                               "catalog products; the orders have none.")
                    .arg(kMinItems)};
        return {true, {}};
    }

    std::vector<BuiltRecord> build(const ShopData &shop, const BuildContext &context) const override
    {
        auto rng = context.rng(task());
        const Catalog catalog = catalogOf(shop, context);
        std::vector<BuiltRecord> out;
        for (const auto &[customer, items] : purchaseSequences(shop)) {
            const std::vector<int> bought(items.end() - std::min<int>(int(items.size()), kMaxHistory + 1), items.end());
            QStringList keys;
            for (const int i : bought)
                keys.append(shop.products[std::size_t(i)].key);
            const RecordPlace place = groupPlace(context, customer, keys);
            std::vector<int> candidates = negatives(catalog, bought, place, rng);
            if (candidates.empty())
                continue;
            candidates.push_back(bought.back());
            shuffleInPlace(candidates, rng);
            out.push_back(recordOf(catalog, bought, candidates, place, customer));
        }
        applyCaps(out, rng);
        return out;
    }

private:
    static BuiltRecord recordOf(const Catalog &c, const std::vector<int> &bought, const std::vector<int> &candidates,
        const RecordPlace &place, const QString &customer)
    {
        QStringList history, options;
        for (std::size_t i = 0; i + 1 < bought.size(); ++i)
            history.append(ordinal(int(i) + 1) + QStringLiteral(": ") + cutWords(c.text[bought[i]], kWordCut));
        BuiltRecord record;
        for (std::size_t i = 0; i < candidates.size(); ++i) {
            const QChar letter('A' + int(i));
            options.append(letter + QStringLiteral(": ") + cutWords(c.text[candidates[i]], kWordCut));
            if (candidates[i] == bought.back())
                record.output = letter;
        }
        record.input = pyReprStringList(history);
        record.optionsJson = pyReprStringList(options);
        record.split = place.split;
        record.ood = place.ood;
        record.groupKey = customer;
        return record;
    }
};

} // namespace

std::unique_ptr<TaskBuilder> makeSequentialRecommendation()
{
    return std::make_unique<SequentialRecommendation>();
}

} // namespace shoptuner::data::builders
