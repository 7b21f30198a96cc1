#include "task_builder.h"

#include "builders/builders.h"
#include "shoptuner/tasks.h"

#include <QByteArray>

namespace shoptuner::data {
namespace {

quint64 splitmix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

quint64 fnv1a(const QByteArray &bytes)
{
    quint64 h = 0xCBF29CE484222325ull;
    for (const char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001B3ull;
    }
    return h;
}

// The same on every platform and Qt version (qHash is seeded per process).
quint64 stableHash(quint64 seed, const QString &key)
{
    return splitmix64(fnv1a(key.toUtf8()) ^ splitmix64(seed));
}

bool inAnyCategory(const Product &product, const QStringList &categories)
{
    for (const QString &element : product.category) {
        for (const QString &c : categories) {
            if (element.trimmed().compare(c.trimmed(), Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

QString splitName(Split split)
{
    switch (split) {
    case Split::Train:
        return QStringLiteral("train");
    case Split::Val:
        return QStringLiteral("val");
    case Split::Test:
        return QStringLiteral("test");
    }
    return {};
}

BuildContext::BuildContext(
    const ShopData &shop, quint64 seed, double valFraction, double testFraction, QStringList oodCategories)
    : m_seed(seed)
    , m_val(valFraction)
    , m_test(testFraction)
{
    oodCategories.removeAll(QString());
    for (const Product &p : shop.products) {
        if (!oodCategories.isEmpty() && inAnyCategory(p, oodCategories))
            m_oodProducts.insert(p.key);
        // Listings of one item (same GTIN, or same brand and part number) split together, or a
        // matching pair could never be tested and the item would leak between splits.
        if (!p.gtin.isEmpty())
            m_family.insert(p.key, QStringLiteral("gtin\x1f") + p.gtin);
        else if (!p.brand.isEmpty() && !p.mpn.isEmpty())
            m_family.insert(
                p.key, QStringLiteral("mpn\x1f") + p.brand.toLower() + QLatin1Char('\x1f') + p.mpn.toLower());
    }
}

Split BuildContext::splitOfHash(quint64 h) const
{
    const double u = double(h >> 11) * 0x1.0p-53; // uniform in [0, 1)
    if (u < m_test)
        return Split::Test;
    if (u < m_test + m_val)
        return Split::Val;
    return Split::Train;
}

Split BuildContext::productSplit(const QString &productKey) const
{
    if (isOod(productKey))
        return Split::Test;
    return splitOfHash(stableHash(m_seed, QStringLiteral("product\x1f") + m_family.value(productKey, productKey)));
}

bool BuildContext::isOod(const QString &productKey) const
{
    return m_oodProducts.contains(productKey);
}

Split BuildContext::groupSplit(const QString &key) const
{
    return splitOfHash(stableHash(m_seed, QStringLiteral("group\x1f") + key));
}

std::mt19937_64 BuildContext::rng(const QString &task) const
{
    return std::mt19937_64(stableHash(m_seed, QStringLiteral("rng\x1f") + task));
}

const std::vector<std::unique_ptr<TaskBuilder>> &taskBuilders()
{
    static const std::vector<std::unique_ptr<TaskBuilder>> all = [] {
        std::vector<std::unique_ptr<TaskBuilder>> v;
        v.push_back(builders::makeAttributeValueExtraction());
        v.push_back(builders::makeProductRelationPrediction());
        v.push_back(builders::makeProductMatching());
        v.push_back(builders::makeSentimentAnalysis());
        v.push_back(builders::makeSequentialRecommendation());
        v.push_back(builders::makeMulticlassProductClassification());
        v.push_back(builders::makeProductSubstituteIdentification());
        v.push_back(builders::makeQueryProductRank());
        v.push_back(builders::makeAnswerabilityPrediction());
        v.push_back(builders::makeAnswerGeneration());
        return v;
    }();
    return all;
}

QString TaskBuilder::abbreviation() const
{
    const shoptuner::TaskInfo *info = shoptuner::findTaskInfo(task().toStdString());
    return info ? QString::fromUtf8(info->code.data(), qsizetype(info->code.size())) : task();
}

const TaskBuilder *findTaskBuilder(const QString &taskOrAbbreviation)
{
    const QString wanted = taskOrAbbreviation.trimmed();
    for (const auto &b : taskBuilders()) {
        if (b->task().compare(wanted, Qt::CaseInsensitive) == 0
            || b->abbreviation().compare(wanted, Qt::CaseInsensitive) == 0)
            return b.get();
    }
    return nullptr;
}

} // namespace shoptuner::data
