// Reviews that repeat an earlier review of the same product: exactly (the same letters and digits)
// or nearly (character 5-grams overlapping by 70% or more), found in about linear time with MinHash
// signatures and LSH banding, each candidate confirmed with the exact Jaccard.
#pragma once

#include "store/entities.h"
#include "value_parsing.h" // comparableText

#include <QSet>
#include <QString>

#include <array>
#include <unordered_map>
#include <vector>

namespace shoptuner::data {

// Near duplicates: the same text re-posted with a changed word or punctuation.
inline constexpr double kNearDuplicateJaccard = 0.7;

enum class Repeat { None, Exact, Near };

// Hashes of the text's character 5-grams, sorted and distinct (one hash when it is shorter).
std::vector<quint64> shingles(const QString &comparable);
double jaccard(const std::vector<quint64> &a, const std::vector<quint64> &b);

// The texts of one group (the reviews of one product), added in order. A text is an exact repeat
// when an earlier text of the group has the same comparable text, and a near repeat when an
// earlier text that was kept (not a repeat itself) shares >= kNearDuplicateJaccard of its 5-grams.
// The same answers as comparing with every earlier text, but only texts that share a MinHash band
// are compared.
class RepeatFinder
{
public:
    static constexpr int kBands = 32;
    static constexpr int kRows = 4;
    static constexpr int kHashes = kBands * kRows;
    using Signature = std::array<quint32, kHashes>;

    Repeat add(const QString &text);

private:
    struct Kept
    {
        std::vector<quint64> shingles;
        Signature signature;
        std::array<quint64, kBands> bandKeys;
    };
    bool repeatsKept(const Kept &text);
    void keep(Kept text);

    QSet<QString> m_seen; // comparable texts of every text added
    std::vector<Kept> m_kept;
    std::unordered_map<quint64, int> m_bucketHead; // band key -> last entry of that bucket in m_entries
    std::vector<std::pair<int, int>> m_entries; // (index into m_kept, previous entry of the bucket or -1)
    std::vector<int> m_lastCompared; // index into m_kept -> the text it was last compared with
    int m_added = 0;
};

// For each review, whether it repeats an earlier review of the same product (title and text
// together); reviews of different products never repeat each other.
std::vector<Repeat> findRepeatedReviews(const std::vector<store::Review> &reviews);

} // namespace shoptuner::data
