// Answer generation (AP_AG.ipynb): an answered product question whose review snippets can answer
// it (an answerability "yes"); the input is the question with those snippets, the output the
// shop's answer.
#include "builders.h"
#include "qa_documents.h"

namespace shoptuner::data::builders {
namespace {

class AnswerGeneration final : public TaskBuilder
{
public:
    QString task() const override { return QStringLiteral("Answer_Generation"); }
    QString title() const override { return QStringLiteral("Answering product questions"); }

    BuilderCheck check(const ShopData &shop) const override
    {
        return questionCheck(shop, QStringLiteral("Answer generation"), true);
    }

    std::vector<BuiltRecord> build(const ShopData &shop, const BuildContext &context) const override
    {
        auto rng = context.rng(task());
        std::vector<BuiltRecord> out;
        const std::vector<QaDocument> documents = qaDocuments(shop);
        for (std::size_t i = 0; i < shop.questions.size(); ++i) {
            const Question &q = shop.questions[i];
            if (!shop.product(q.productKey) || q.question.trimmed().isEmpty() || q.answer.trimmed().isEmpty())
                continue;
            const QaDocument &doc = documents[i];
            if (doc.answerable != Answerability::Yes)
                continue;
            BuiltRecord record;
            record.input = qaInput(q, doc);
            record.optionsJson = kNoOptions;
            record.output = q.answer.trimmed();
            record.split = context.productSplit(q.productKey);
            record.ood = context.isOod(q.productKey);
            record.groupKey = q.productKey;
            out.push_back(std::move(record));
        }
        applyCaps(out, rng);
        return out;
    }
};

} // namespace

std::unique_ptr<TaskBuilder> makeAnswerGeneration()
{
    return std::make_unique<AnswerGeneration>();
}

} // namespace shoptuner::data::builders
