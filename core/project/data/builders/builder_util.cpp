#include "builder_util.h"

#include "data/py_json.h"

#include <algorithm>
#include <limits>
#include <map>
#include <numeric>

namespace shoptuner::data::builders {
namespace {

std::size_t capOf(Split split)
{
    switch (split) {
    case Split::Train:
        return kMaxTrainRecords;
    case Split::Val:
        return kMaxValRecords;
    case Split::Test:
        return kMaxTestRecords;
    }
    return 0;
}

// clean_str of SR.ipynb: empty (or 2000+ characters) stays empty; quotes and line breaks go, dots
// are stripped from both ends and one is put back.
QString cleanPiece(const QString &text)
{
    if (text.isEmpty() || text.size() >= 2000)
        return {};
    QString s = text;
    s.remove(QLatin1Char('"')).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    return stripChar(s, QLatin1Char('.')) + QLatin1Char('.');
}

} // namespace

std::size_t uniformIndex(std::mt19937_64 &rng, std::size_t n)
{
    const std::uint64_t range = n;
    const std::uint64_t limit
        = std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % range;
    std::uint64_t r = rng();
    while (r >= limit)
        r = rng();
    return std::size_t(r % range);
}

std::vector<std::size_t> sampleIndices(std::size_t n, std::size_t k, std::mt19937_64 &rng)
{
    std::vector<std::size_t> all(n);
    std::iota(all.begin(), all.end(), std::size_t(0));
    k = std::min(k, n);
    for (std::size_t i = 0; i < k; ++i)
        std::swap(all[i], all[i + uniformIndex(rng, n - i)]);
    all.resize(k);
    return all;
}

std::vector<int> drawAccepted(const std::vector<int> &pool, std::size_t k, const Acceptor &accept, std::mt19937_64 &rng)
{
    std::vector<int> chosen;
    const auto tryAdd = [&](int c) {
        if (std::find(chosen.begin(), chosen.end(), c) == chosen.end() && accept(c, chosen))
            chosen.push_back(c);
    };
    for (std::size_t attempt = 0; !pool.empty() && chosen.size() < k && attempt < 8 * k + 16; ++attempt)
        tryAdd(pool[uniformIndex(rng, pool.size())]);
    if (chosen.size() < k) {
        for (const std::size_t i : sampleIndices(pool.size(), pool.size(), rng)) {
            if (chosen.size() == k)
                break;
            tryAdd(pool[i]);
        }
    }
    return chosen;
}

void applyCaps(std::vector<BuiltRecord> &records, std::mt19937_64 &rng)
{
    std::vector<bool> keep(records.size(), true);
    for (const Split split : {Split::Train, Split::Val, Split::Test}) {
        std::vector<std::size_t> members;
        for (std::size_t i = 0; i < records.size(); ++i) {
            if (records[i].split == split)
                members.push_back(i);
        }
        if (members.size() <= capOf(split))
            continue;
        for (const std::size_t m : members)
            keep[m] = false;
        for (const std::size_t chosen : sampleIndices(members.size(), capOf(split), rng))
            keep[members[chosen]] = true;
    }
    std::vector<BuiltRecord> out;
    for (std::size_t i = 0; i < records.size(); ++i) {
        if (keep[i])
            out.push_back(std::move(records[i]));
    }
    records = std::move(out);
}

QString optionsJson(const QStringList &options)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const QString &o : options)
        list.push_back(o.toStdString());
    return pyJsonDumps(list);
}

QString stripChar(const QString &text, QChar c)
{
    qsizetype begin = 0, end = text.size();
    while (begin < end && text[begin] == c)
        ++begin;
    while (end > begin && text[end - 1] == c)
        --end;
    return text.mid(begin, end - begin);
}

QString cutWords(const QString &text, int maxWords)
{
    const QStringList words = text.split(QLatin1Char(' ')); // Python's split(' '): empty words count
    if (words.size() <= maxWords)
        return text;
    return stripChar(words.mid(0, maxWords).join(QLatin1Char(' ')), QLatin1Char('.')) + QStringLiteral("...");
}

QString srItemText(const Product &product)
{
    QString categories;
    for (const QString &c : product.category.mid(0, 2)) {
        const QString piece = cleanPiece(c);
        if (!piece.isEmpty())
            categories += QLatin1Char(' ') + piece;
    }
    const QString text = cleanPiece(product.title).trimmed() + QLatin1Char(' ') + categories.trimmed()
        + QLatin1Char(' ') + cleanPiece(product.brand).trimmed() + QLatin1Char(' ');
    return stripChar(text, QLatin1Char(' '));
}

QString ordinal(int i)
{
    const int last = i > 20 ? i % 10 : i;
    const char *suffix = last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
    return QString::number(i) + QLatin1String(suffix);
}

QStringList wordsOf(const QString &text)
{
    QStringList out;
    QString word;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            out.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        out.append(word);
    return out;
}

// A light English stemmer, enough for "dries"/"dry", "washes"/"wash", "hidden"/"hide" to meet:
// plural and verb endings are cut from words long enough to keep a stem.
QString stemmed(const QString &word)
{
    QString w = word;
    if (w.size() > 4 && w.endsWith(QLatin1String("ies")))
        return w.chopped(3) + QLatin1Char('y');
    if (w.size() > 4
        && (w.endsWith(QLatin1String("ches")) || w.endsWith(QLatin1String("shes")) || w.endsWith(QLatin1String("sses"))
            || w.endsWith(QLatin1String("xes"))))
        return w.chopped(2);
    if (w.size() > 5 && w.endsWith(QLatin1String("ing")))
        return w.chopped(3);
    if (w.size() > 4 && w.endsWith(QLatin1String("ed")))
        return w.chopped(w.endsWith(QLatin1String("ied")) ? 3 : 2)
            + (w.endsWith(QLatin1String("ied")) ? QStringLiteral("y") : QString());
    if (w.size() > 4 && w.endsWith(QLatin1String("ly")))
        return w.chopped(2);
    if (w.size() > 3 && w.endsWith(QLatin1Char('s')) && !w.endsWith(QLatin1String("ss"))
        && !w.endsWith(QLatin1String("us")))
        return w.chopped(1);
    return w;
}

QSet<QString> contentWords(const QString &text)
{
    static const QSet<QString> stop = {"a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any",
        "are", "as", "at", "be", "because", "been", "before", "being", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "don", "down", "during", "each", "either", "else", "few", "for", "from", "get", "got", "had",
        "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it",
        "its", "just", "me", "more", "most", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only",
        "or", "other", "our", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that",
        "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under",
        "until", "up", "us", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
        "why", "will", "with", "would", "yes", "you", "your", "ll", "re", "ve",
        // greetings and politeness that customers wrap questions in
        "hi", "hello", "hey", "dear", "thanks", "thank", "please", "quick", "question", "anyone", "know", "tell",
        "wondering", "regards", "cheers"};
    QSet<QString> out;
    for (const QString &w : wordsOf(text)) {
        if (w.size() > 1 && !stop.contains(w))
            out.insert(stemmed(w));
    }
    return out;
}

int sharedCount(const QSet<QString> &a, const QSet<QString> &b)
{
    const QSet<QString> &small = a.size() <= b.size() ? a : b;
    const QSet<QString> &large = a.size() <= b.size() ? b : a;
    int n = 0;
    for (const QString &w : small)
        n += large.contains(w);
    return n;
}

QString leafCategory(const Product &product)
{
    return product.category.isEmpty() ? QString() : product.category.last().trimmed().toLower();
}

QString normalizedQuery(const QString &query)
{
    return query.simplified().toLower();
}

RecordPlace groupPlace(const BuildContext &context, const QString &groupKey, const QStringList &productKeys)
{
    for (const QString &k : productKeys) {
        if (context.isOod(k))
            return {Split::Test, true};
    }
    return {context.groupSplit(groupKey), false};
}

std::optional<RecordPlace> sharedProductPlace(const BuildContext &context, const QStringList &productKeys)
{
    std::optional<RecordPlace> place;
    for (const QString &k : productKeys) {
        const RecordPlace p {context.productSplit(k), context.isOod(k)};
        if (place && (place->split != p.split || place->ood != p.ood))
            return std::nullopt;
        place = p;
    }
    return place;
}

std::vector<int> placeCodes(const ShopData &shop, const BuildContext &context)
{
    std::vector<int> out;
    out.reserve(shop.products.size());
    for (const Product &p : shop.products)
        out.push_back(int(context.productSplit(p.key)) * 2 + int(context.isOod(p.key)));
    return out;
}

std::vector<QueryResults> labelledQueries(const ShopData &shop, const SearchLabelMapping &mapping)
{
    std::map<QString, std::vector<std::pair<QString, int>>> byQuery; // query -> (product, strength)
    QHash<QString, std::size_t> position; // query + product -> index in byQuery[query]
    for (const SearchEvent &e : shop.searches) {
        const QString query = normalizedQuery(e.query);
        if (query.isEmpty() || !shop.product(e.productKey))
            continue;
        const int strength = e.purchased ? 3 : e.added ? 2 : e.clicked ? 1 : 0;
        auto &list = byQuery[query];
        const QString pairKey = query + QChar(0x1f) + e.productKey;
        const auto it = position.constFind(pairKey);
        if (it == position.constEnd()) {
            position.insert(pairKey, list.size());
            list.emplace_back(e.productKey, strength);
        } else
            list[*it].second = std::max(list[*it].second, strength);
    }
    const QChar labels[] = {mapping.shownOnly, mapping.clicked, mapping.added, mapping.purchased};
    std::vector<QueryResults> out;
    for (const auto &[query, list] : byQuery) {
        QueryResults results {query, {}};
        for (const auto &[key, strength] : list)
            results.products.push_back({key, labels[strength]});
        out.push_back(std::move(results));
    }
    return out;
}

int esciRank(QChar label)
{
    switch (label.toUpper().unicode()) {
    case 'E':
        return 0;
    case 'S':
        return 1;
    case 'C':
        return 2;
    case 'I':
        return 3;
    default:
        return -1;
    }
}

BuilderCheck searchLogCheck(const ShopData &shop, const QString &what)
{
    if (shop.searches.empty())
        return {false,
            QStringLiteral("%1 needs a search log: queries with the products they showed and what shoppers "
                           "did; none has been imported.")
                .arg(what)};
    if (labelledQueries(shop, SearchLabelMapping()).empty())
        return {false,
            QStringLiteral("%1 needs search events with a query and a product from the catalog; none of "
                           "the %2 events has both.")
                .arg(what)
                .arg(shop.searches.size())};
    return {true, {}};
}

std::vector<BuiltRecord> queryProductRecords(
    const ShopData &shop, const BuildContext &context, const QueryProductFill &fill)
{
    std::vector<BuiltRecord> out;
    for (const QueryResults &q : labelledQueries(shop, context.searchLabels)) {
        for (const LabelledProduct &lp : q.products) {
            const int rank = esciRank(lp.label);
            if (rank < 0)
                continue;
            const RecordPlace place = groupPlace(context, q.query, {lp.productKey});
            BuiltRecord record;
            fill(q.query, *shop.product(lp.productKey), rank, record);
            record.split = place.split;
            record.ood = place.ood;
            record.groupKey = q.query;
            out.push_back(std::move(record));
        }
    }
    return out;
}

} // namespace shoptuner::data::builders
