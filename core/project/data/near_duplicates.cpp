#include "near_duplicates.h"

#include <algorithm>
#include <limits>

namespace shoptuner::data {
namespace {

// MinHash with LSH banding (Leskovec, Rajaraman and Ullman, "Mining of Massive Datasets", 3.3-3.4):
// two texts whose 5-gram sets have Jaccard J agree on one MinHash with probability J, on all rows
// of a band with J^r, and on at least one of b bands with 1 - (1 - J^r)^b. With b = 32 bands of
// r = 4 rows, a pair at the threshold J = 0.7 becomes a candidate with probability 0.99985 (J = 0.75:
// 0.99999, J = 0.8: 1 - 3e-7), while unrelated reviews (J = 0.1 to 0.2) collide with probability
// 0.003 to 0.05 and are then mostly passed over by the signature check below.
static_assert(RepeatFinder::kBands == 32 && RepeatFinder::kRows == 4, "update the probabilities above");

// A candidate whose signature agrees on fewer than half of the 128 MinHashes is not compared
// exactly: at J = 0.7, fewer than 64 of 128 agree with probability below 1e-6 (binomial, 4.9 sd).
constexpr int kMinAgreeing = RepeatFinder::kHashes / 2;

quint64 splitmix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// h_i(x) = top 32 bits of a_i * x + b_i (a_i odd; multiply-shift hashing). Fixed seeds: every run
// and platform computes the same signatures, so the same reviews are dropped.
struct HashFamily
{
    std::array<quint64, RepeatFinder::kHashes> a, b;
};

const HashFamily &hashFamily()
{
    static const HashFamily family = [] {
        HashFamily f;
        quint64 state = 0x5EED0F5A1E5ull;
        for (int i = 0; i < RepeatFinder::kHashes; ++i) {
            f.a[std::size_t(i)] = splitmix64(state++) | 1u;
            f.b[std::size_t(i)] = splitmix64(state++);
        }
        return f;
    }();
    return family;
}

RepeatFinder::Signature minHash(const std::vector<quint64> &shingles)
{
    const HashFamily &f = hashFamily();
    RepeatFinder::Signature s;
    s.fill(std::numeric_limits<quint32>::max());
    for (const quint64 x : shingles)
        for (std::size_t i = 0; i < s.size(); ++i)
            s[i] = std::min(s[i], quint32((f.a[i] * x + f.b[i]) >> 32));
    return s;
}

quint64 bandKey(const RepeatFinder::Signature &s, int band)
{
    quint64 h = splitmix64(quint64(band));
    for (int r = 0; r < RepeatFinder::kRows; ++r)
        h = splitmix64(h ^ s[std::size_t(band * RepeatFinder::kRows + r)]);
    return h;
}

int agreeing(const RepeatFinder::Signature &a, const RepeatFinder::Signature &b)
{
    int n = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        n += a[i] == b[i];
    return n;
}

// Jaccard >= t needs the smaller set to be at least t times the larger.
bool sizesAllow(std::size_t a, std::size_t b)
{
    return double(std::min(a, b)) >= kNearDuplicateJaccard * double(std::max(a, b));
}

} // namespace

// One changed word in a short review still leaves most 5-grams. The hash is our own (qHash may
// change between Qt versions), so signatures are the same everywhere.
std::vector<quint64> shingles(const QString &comparable)
{
    constexpr qsizetype k = 5;
    const auto hash = [](const QChar *c, qsizetype n) {
        quint64 h = 0xCBF29CE484222325ull ^ quint64(n);
        for (qsizetype i = 0; i < n; ++i)
            h = (h ^ c[i].unicode()) * 0x100000001B3ull;
        return splitmix64(h);
    };
    std::vector<quint64> out;
    out.reserve(std::size_t(std::max<qsizetype>(1, comparable.size() - k + 1)));
    for (qsizetype i = 0; i + k <= comparable.size(); ++i)
        out.push_back(hash(comparable.constData() + i, k));
    if (out.empty())
        out.push_back(hash(comparable.constData(), comparable.size()));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

double jaccard(const std::vector<quint64> &a, const std::vector<quint64> &b)
{
    std::size_t common = 0, i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] == b[j]) {
            ++common;
            ++i;
            ++j;
        } else if (a[i] < b[j])
            ++i;
        else
            ++j;
    }
    const std::size_t all = a.size() + b.size() - common;
    return all ? double(common) / double(all) : 1.0;
}

Repeat RepeatFinder::add(const QString &text)
{
    ++m_added;
    QString comparable = comparableText(text);
    if (m_seen.contains(comparable))
        return Repeat::Exact;
    std::vector<quint64> sh = shingles(comparable);
    m_seen.insert(std::move(comparable));
    const Signature signature = minHash(sh);
    Kept candidate {std::move(sh), signature, {}};
    for (int band = 0; band < kBands; ++band)
        candidate.bandKeys[std::size_t(band)] = bandKey(candidate.signature, band);
    if (repeatsKept(candidate))
        return Repeat::Near;
    keep(std::move(candidate));
    return Repeat::None;
}

// Kept texts that share a band with this one, each compared once: signatures first, then exactly.
bool RepeatFinder::repeatsKept(const Kept &text)
{
    for (const quint64 key : text.bandKeys) {
        const auto head = m_bucketHead.find(key);
        for (int e = head == m_bucketHead.end() ? -1 : head->second; e >= 0; e = m_entries[std::size_t(e)].second) {
            const std::size_t k = std::size_t(m_entries[std::size_t(e)].first);
            if (m_lastCompared[k] == m_added)
                continue;
            m_lastCompared[k] = m_added;
            const Kept &other = m_kept[k];
            if (sizesAllow(text.shingles.size(), other.shingles.size())
                && agreeing(text.signature, other.signature) >= kMinAgreeing
                && jaccard(text.shingles, other.shingles) >= kNearDuplicateJaccard)
                return true;
        }
    }
    return false;
}

void RepeatFinder::keep(Kept text)
{
    const int index = int(m_kept.size());
    for (const quint64 key : text.bandKeys) {
        int &head = m_bucketHead.try_emplace(key, -1).first->second;
        m_entries.emplace_back(index, head);
        head = int(m_entries.size()) - 1;
    }
    m_kept.push_back(std::move(text));
    m_lastCompared.push_back(0);
}

// Product by product, so that only one product's signatures are held at a time.
std::vector<Repeat> findRepeatedReviews(const std::vector<store::Review> &reviews)
{
    QHash<QString, std::size_t> groupOf;
    std::vector<std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < reviews.size(); ++i) {
        auto it = groupOf.find(reviews[i].productKey);
        if (it == groupOf.end()) {
            it = groupOf.insert(reviews[i].productKey, groups.size());
            groups.emplace_back();
        }
        groups[*it].push_back(i);
    }
    std::vector<Repeat> out(reviews.size(), Repeat::None);
    for (const std::vector<std::size_t> &members : groups) {
        RepeatFinder finder;
        for (const std::size_t i : members)
            out[i] = finder.add(reviews[i].title + QLatin1Char(' ') + reviews[i].text);
    }
    return out;
}

} // namespace shoptuner::data
