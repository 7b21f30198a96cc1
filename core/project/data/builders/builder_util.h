// What the ten task builders share: seeded sampling that is the same on every platform, the
// record caps, the text helpers of the eCeLLM notebooks (word cuts, SR item text, ordinals),
// content words and search-log labels per query (review snippets: qa_documents.h).
#pragma once

#include "data/task_builder.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <random>
#include <utility>
#include <vector>

namespace shoptuner::data::builders {

// ECInstruct's sizes per task: at most 10,000 train, 1,000 val and 1,000 test records.
inline constexpr std::size_t kMaxTrainRecords = 10000;
inline constexpr std::size_t kMaxValRecords = 1000;
inline constexpr std::size_t kMaxTestRecords = 1000;
inline const QString kNoOptions = QStringLiteral("null");

// Samples each split down to its cap with the task's rng, keeping the records' order.
void applyCaps(std::vector<BuiltRecord> &records, std::mt19937_64 &rng);

// std::uniform_int_distribution and std::shuffle differ between standard libraries; these do not.
std::size_t uniformIndex(std::mt19937_64 &rng, std::size_t n); // in [0, n)
std::vector<std::size_t> sampleIndices(std::size_t n, std::size_t k, std::mt19937_64 &rng); // k distinct, random order
template <typename T> void shuffleInPlace(T &items, std::mt19937_64 &rng)
{
    for (std::size_t i = std::size_t(items.size()); i > 1; --i)
        std::swap(items[i - 1], items[uniformIndex(rng, i)]);
}

// Up to k distinct members of pool that accept(candidate, chosen so far) takes, in random order:
// random draws first (quick in a large pool), then a shuffled pass over the whole pool if the
// draws fall short.
using Acceptor = std::function<bool(int candidate, const std::vector<int> &chosen)>;
std::vector<int> drawAccepted(
    const std::vector<int> &pool, std::size_t k, const Acceptor &accept, std::mt19937_64 &rng);

// json.dumps of a list of option strings.
QString optionsJson(const QStringList &options);

// Python's text.split(' ') cut to maxWords, then .strip('.') + '...' (eCeLLM's process_desc and
// cutitem); shorter text comes back unchanged.
QString cutWords(const QString &text, int maxWords);
QString stripChar(const QString &text, QChar c); // Python str.strip(c)
QString srItemText(const Product &product); // "Title. Cat1. Cat2. Brand." as SR.ipynb writes it
QString ordinal(int i); // 1st, 2nd, 3rd, 4th, ..., 21st

// Lower-case runs of letters and digits; content words also drop English stop words and single
// characters.
QStringList wordsOf(const QString &text);
// Plural and verb endings cut, so word forms of one stem compare equal.
QString stemmed(const QString &word);
QSet<QString> contentWords(const QString &text);
int sharedCount(const QSet<QString> &a, const QSet<QString> &b);

QString leafCategory(const Product &product); // lower case; empty without a category
QString normalizedQuery(const QString &query); // lower case, single spaces

// Where a record goes. Query and customer records follow their group; a record with an
// out-of-domain product goes to the OOD test set.
struct RecordPlace
{
    Split split = Split::Train;
    bool ood = false;
};
RecordPlace groupPlace(const BuildContext &context, const QString &groupKey, const QStringList &productKeys);
// Products that share one split and OOD-ness, or nothing when they differ (pair tasks skip them).
std::optional<RecordPlace> sharedProductPlace(const BuildContext &context, const QStringList &productKeys);

// Each product's split and OOD-ness as one number (split * 2 + ood), for pairing many products.
std::vector<int> placeCodes(const ShopData &shop, const BuildContext &context);

// Search-log relevance: for each normalized query, the catalog products it showed, in order of
// first appearance, each with the ESCI label of its strongest behaviour (purchased > added to
// cart > clicked > shown only) under the context's mapping.
struct LabelledProduct
{
    QString productKey;
    QChar label;
};
struct QueryResults
{
    QString query;
    std::vector<LabelledProduct> products;
};
std::vector<QueryResults> labelledQueries(const ShopData &shop, const SearchLabelMapping &mapping); // sorted by query
int esciRank(QChar label); // E 0, S 1, C 2, I 3; -1 for anything else
// Whether the search log can feed a query task; `what` names the task in plain words.
BuilderCheck searchLogCheck(const ShopData &shop, const QString &what);
// One record per query and labelled catalog product, placed by the query; fill writes input,
// options and output from the query, the product and its ESCI rank.
using QueryProductFill
    = std::function<void(const QString &query, const Product &product, int rank, BuiltRecord &record)>;
std::vector<BuiltRecord> queryProductRecords(
    const ShopData &shop, const BuildContext &context, const QueryProductFill &fill);

} // namespace shoptuner::data::builders
