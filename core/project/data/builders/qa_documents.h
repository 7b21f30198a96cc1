// Product questions with review snippets as their documents (ECInstruct's AmazonQA
// review_snippets), for answerability prediction and answer generation. Each product's review
// sentences are split and indexed by content word once, however many questions it has.
#pragma once

#include "builder_util.h"

namespace shoptuner::data::builders {

// Answerable: the best snippet shares at least half of the question's content words and, when it
// shares two or more, min(2, the answer's content words) with the answer; when it shares only one,
// two with the answer (words compared after stemming, greetings ignored). Unanswerable: no snippet
// shares any content word with the question. Everything in between is unclear and not used.
enum class Answerability { Yes, No, Unclear };
struct QaDocument
{
    QStringList snippets; // up to 5, best first
    Answerability answerable = Answerability::Unclear;
};
inline constexpr int kMaxSnippets = 5;

// One document per shop.questions entry, in the same order; a question about a product outside the
// catalog gets an empty one (the question tasks leave such questions out).
std::vector<QaDocument> qaDocuments(const ShopData &shop);
QString qaInput(const Question &question, const QaDocument &document); // {"question", "document"}
// Whether questions and reviews can feed a question task; `what` names it in plain words.
BuilderCheck questionCheck(const ShopData &shop, const QString &what, bool needAnswers);

} // namespace shoptuner::data::builders
