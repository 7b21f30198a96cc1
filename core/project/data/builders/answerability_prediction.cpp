// Answerability prediction (AP_AG.ipynb): a product question with snippets of the product's
// reviews as its document; "yes" when the snippets clearly touch the question (and its answer),
// "no" when they share no content word with it (see qa_documents.h for the exact rule).
#include "builders.h"
#include "qa_documents.h"

namespace shoptuner::data::builders {
namespace {

// Shops get many more questions their reviews do not touch than ones they do; at most
// kMaxNoPerYes unanswerable records per answerable one keep the model from always saying "no".
constexpr double kMaxNoPerYes = 1.5;

void balance(std::vector<BuiltRecord> &records, std::mt19937_64 &rng)
{
    std::vector<BuiltRecord> yes, no;
    for (BuiltRecord &r : records)
        (r.output == QLatin1String("yes") ? yes : no).push_back(std::move(r));
    shuffleInPlace(no, rng);
    no.resize(std::min(no.size(), std::max<std::size_t>(1, std::size_t(double(yes.size()) * kMaxNoPerYes))));
    records = std::move(yes);
    records.insert(records.end(), std::make_move_iterator(no.begin()), std::make_move_iterator(no.end()));
}

class AnswerabilityPrediction final : public TaskBuilder
{
public:
    QString task() const override { return QStringLiteral("Answerability_Prediction"); }
    QString title() const override { return QStringLiteral("Can the reviews answer a question"); }

    BuilderCheck check(const ShopData &shop) const override
    {
        return questionCheck(shop, QStringLiteral("Answerability"), false);
    }

    std::vector<BuiltRecord> build(const ShopData &shop, const BuildContext &context) const override
    {
        auto rng = context.rng(task());
        std::vector<BuiltRecord> out;
        const std::vector<QaDocument> documents = qaDocuments(shop);
        for (std::size_t i = 0; i < shop.questions.size(); ++i) {
            const Question &q = shop.questions[i];
            if (!shop.product(q.productKey) || q.question.trimmed().isEmpty())
                continue;
            const QaDocument &doc = documents[i];
            if (doc.snippets.isEmpty() || doc.answerable == Answerability::Unclear)
                continue;
            BuiltRecord record;
            record.input = qaInput(q, doc);
            record.optionsJson = kNoOptions;
            record.output = doc.answerable == Answerability::Yes ? QStringLiteral("yes") : QStringLiteral("no");
            record.split = context.productSplit(q.productKey);
            record.ood = context.isOod(q.productKey);
            record.groupKey = q.productKey;
            out.push_back(std::move(record));
        }
        balance(out, rng);
        applyCaps(out, rng);
        return out;
    }
};

} // namespace

std::unique_ptr<TaskBuilder> makeAnswerabilityPrediction()
{
    return std::make_unique<AnswerabilityPrediction>();
}

} // namespace shoptuner::data::builders
