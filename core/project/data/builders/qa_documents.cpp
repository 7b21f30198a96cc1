#include "qa_documents.h"

#include "data/py_json.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace shoptuner::data::builders {
namespace {

QStringList sentencesOf(const QString &text)
{
    static const QRegularExpression boundary(QStringLiteral("(?<=[.!?])\\s+|\\n+"));
    QStringList out;
    for (const QString &s : text.split(boundary, Qt::SkipEmptyParts)) {
        const QString t = s.simplified();
        if (t.count(QLatin1Char(' ')) >= 2) // three words or more
            out.append(t);
    }
    return out;
}

// The distinct sentences of a product's reviews, in review order, and for each content word the
// sentences it appears in (ascending).
struct SentenceIndex
{
    QStringList sentences;
    QHash<QString, std::vector<int>> byWord;
};

SentenceIndex indexSentences(const ShopData &shop, const QString &productKey)
{
    SentenceIndex index;
    QSet<QString> seen;
    for (const int r : shop.reviewsByProduct.value(productKey)) {
        for (const QString &s : sentencesOf(shop.reviews[std::size_t(r)].text)) {
            const QString lower = s.toLower();
            if (seen.contains(lower))
                continue;
            seen.insert(lower);
            for (const QString &w : contentWords(s))
                index.byWord[w].push_back(int(index.sentences.size()));
            index.sentences.append(s);
        }
    }
    return index;
}

// The sentences ranked as a stable sort of all of them by shared content words would rank them
// (most first, ties in review order), cut to kMaxSnippets; only sentences that share a word are
// looked at. shared is scratch space of one zero per sentence, left zero.
std::vector<int> bestSentences(const SentenceIndex &index, const QSet<QString> &asked, std::vector<int> &shared)
{
    std::vector<int> touched;
    for (const QString &w : asked) {
        const auto it = index.byWord.constFind(w);
        if (it == index.byWord.constEnd())
            continue;
        for (const int s : *it)
            if (shared[std::size_t(s)]++ == 0)
                touched.push_back(s);
    }
    const auto better = [&](int a, int b) {
        return shared[std::size_t(a)] != shared[std::size_t(b)] ? shared[std::size_t(a)] > shared[std::size_t(b)]
                                                                : a < b;
    };
    const std::size_t top = std::min<std::size_t>(kMaxSnippets, touched.size());
    std::partial_sort(touched.begin(), touched.begin() + std::ptrdiff_t(top), touched.end(), better);
    std::vector<int> out(touched.begin(), touched.begin() + std::ptrdiff_t(top));
    for (int s = 0; out.size() < std::size_t(kMaxSnippets) && s < int(index.sentences.size()); ++s)
        if (shared[std::size_t(s)] == 0)
            out.push_back(s);
    for (const int s : touched)
        shared[std::size_t(s)] = 0;
    return out;
}

QaDocument documentOf(const SentenceIndex &index, const Question &question, std::vector<int> &shared)
{
    QaDocument doc;
    if (index.sentences.isEmpty())
        return doc;
    const QSet<QString> asked = contentWords(question.question);
    const std::vector<int> best = bestSentences(index, asked, shared);
    for (const int s : best)
        doc.snippets.append(index.sentences[s]);
    const int bestShared = sharedCount(asked, contentWords(doc.snippets.front()));
    const QSet<QString> answered = contentWords(question.answer);
    const int needFromAnswer = std::min<int>(2, int(answered.size()));
    if (bestShared == 0)
        doc.answerable = Answerability::No;
    else {
        // One shared word is enough only when the shop's answer backs the snippet up with two.
        const int fromAnswer = sharedCount(answered, contentWords(doc.snippets.front()));
        const bool coversQuestion = bestShared >= std::max<int>(1, (int(asked.size()) + 1) / 2);
        if (coversQuestion && (bestShared >= 2 ? fromAnswer >= needFromAnswer : fromAnswer >= 2))
            doc.answerable = Answerability::Yes;
    }
    return doc;
}

} // namespace

// Product by product, so that only one product's sentence index is held at a time.
std::vector<QaDocument> qaDocuments(const ShopData &shop)
{
    QHash<QString, std::vector<std::size_t>> byProduct;
    QStringList order;
    for (std::size_t i = 0; i < shop.questions.size(); ++i) {
        const QString &key = shop.questions[i].productKey;
        if (!shop.product(key))
            continue;
        auto it = byProduct.find(key);
        if (it == byProduct.end()) {
            it = byProduct.insert(key, {});
            order.append(key);
        }
        it->push_back(i);
    }
    std::vector<QaDocument> out(shop.questions.size());
    for (const QString &key : order) {
        const SentenceIndex index = indexSentences(shop, key);
        std::vector<int> shared(std::size_t(index.sentences.size()), 0);
        for (const std::size_t q : byProduct.value(key))
            out[q] = documentOf(index, shop.questions[q], shared);
    }
    return out;
}

QString qaInput(const Question &question, const QaDocument &document)
{
    nlohmann::ordered_json snippets = nlohmann::ordered_json::array();
    for (const QString &s : document.snippets)
        snippets.push_back(s.toStdString());
    nlohmann::ordered_json input = nlohmann::ordered_json::object();
    input["question"] = question.question.trimmed().toStdString();
    input["document"] = snippets;
    return pyJsonDumps(input);
}

BuilderCheck questionCheck(const ShopData &shop, const QString &what, bool needAnswers)
{
    if (shop.questions.empty())
        return {
            false, QStringLiteral("%1 needs customer questions about products; none have been imported.").arg(what)};
    if (shop.reviews.empty())
        return {false,
            QStringLiteral("%1 needs reviews of the products that customers ask about; no reviews have been "
                           "imported.")
                .arg(what)};
    bool reviewed = false, answered = false;
    for (const Question &q : shop.questions) {
        const bool hasReviews = shop.product(q.productKey) && shop.reviewsByProduct.contains(q.productKey);
        reviewed = reviewed || hasReviews;
        answered = answered || (hasReviews && !q.answer.trimmed().isEmpty());
    }
    if (!reviewed)
        return {false,
            QStringLiteral("%1 needs reviews of the products that customers ask about; none of the %2 "
                           "questions is about a catalog product with reviews.")
                .arg(what)
                .arg(shop.questions.size())};
    if (needAnswers && !answered)
        return {false,
            QStringLiteral("%1 needs answered questions about products with reviews; none of the "
                           "questions about reviewed products has an answer.")
                .arg(what)};
    return {true, {}};
}

} // namespace shoptuner::data::builders
