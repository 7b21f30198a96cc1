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
    std::map<int, std::vector<int>> pools; // where negatives come from: see poolKey
};

// In-domain records draw from their split's in-domain products, OOD test records from every test
// product; the fallback pool (-1) holds every in-domain product.
int poolKey(const RecordPlace &place)
{
    return int(place.split) * 2 + int(place.ood);
}

Catalog catalogOf(const ShopData &shop, const BuildContext &context)
{
    Catalog c;
    QHash<QString, int> ids;
    for (std::size_t i = 0; i < shop.products.size(); ++i) {
        const Product &p = shop.products[i];
        c.text.append(srItemText(p));
        c.textId.push_back(int(ids.size()));
        if (const auto it = ids.constFind(c.text.back()); it != ids.constEnd())
            c.textId.back() = *it;
        else
            ids.insert(c.text.back(), c.textId.back());
        const RecordPlace place {context.productSplit(p.key), context.isOod(p.key)};
        if (!place.ood) {
            c.pools[poolKey(place)].push_back(int(i));
            c.pools[-1].push_back(int(i));
        }
        if (place.split == Split::Test)
            c.pools[poolKey({Split::Test, true})].push_back(int(i));
    }
    return c;
}

// 19 products the customer never bought, with texts unlike the target's and each other's: from
// the record's own pool when it has enough, else from every in-domain product (in a small catalog
// a validation or test record may then show training products as wrong choices).
std::vector<int> negatives(
    const Catalog &c, const std::vector<int> &bought, int target, RecordPlace place, std::mt19937_64 &rng)
{
    const auto accept = [&](int candidate, const std::vector<int> &chosen) {
        const int text = c.textId[std::size_t(candidate)];
        return text != c.textId[std::size_t(target)]
            && std::find(bought.begin(), bought.end(), candidate) == bought.end()
            && std::none_of(chosen.begin(), chosen.end(), [&](int x) { return c.textId[std::size_t(x)] == text; });
    };
    for (const int key : {poolKey(place), -1}) {
        const auto pool = c.pools.find(key);
        if (pool == c.pools.end())
            continue;
        std::vector<int> chosen = drawAccepted(pool->second, kCandidates - 1, accept, rng);
        if (chosen.size() == kCandidates - 1)
            return chosen;
    }
    return {};
}

class SequentialRecommendation final : public TaskBuilder
{
public:
    QString task() const override { return QStringLiteral("Sequential_Recommendation"); }
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
        for (const auto &[customer, all] : purchaseSequences(shop)) {
            // Out-of-domain when the product to predict is; an in-domain record leaves the
            // customer's out-of-domain purchases out of the history, so they never reach training.
            const bool ood = context.isOod(shop.products[std::size_t(all.back())].key);
            std::vector<int> items;
            for (const int i : all)
                if (ood || !context.isOod(shop.products[std::size_t(i)].key))
                    items.push_back(i);
            if (int(items.size()) < kMinItems)
                continue;
            const std::vector<int> bought(items.end() - std::min<int>(int(items.size()), kMaxHistory + 1), items.end());
            const RecordPlace place {ood ? Split::Test : context.groupSplit(customer), ood};
            std::vector<int> candidates = negatives(catalog, all, bought.back(), place, rng);
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
