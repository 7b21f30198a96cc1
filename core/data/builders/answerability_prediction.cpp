// Answerability prediction (AP_AG.ipynb): a product question with snippets of the product's
// reviews as its document; "yes" when the snippets clearly touch the question (and its answer),
// "no" when they share no content word with it (see qaDocument for the exact rule).
#include "builder_util.h"
#include "builders.h"

namespace shoptuner::data::builders {
namespace {

class AnswerabilityPrediction final : public TaskBuilder
{
public:
    QString task() const override { return QStringLiteral("Answerability_Prediction"); }
    QString abbreviation() const override { return QStringLiteral("AP"); }
    QString title() const override { return QStringLiteral("Can the reviews answer a question"); }

    BuilderCheck check(const ShopData &shop) const override
    {
        return questionCheck(shop, QStringLiteral("Answerability"), false);
    }

    std::vector<BuiltRecord> build(const ShopData &shop, const BuildContext &context) const override
    {
        auto rng = context.rng(task());
        std::vector<BuiltRecord> out;
        for (const Question &q : shop.questions) {
            if (!shop.product(q.productKey) || q.question.trimmed().isEmpty())
                continue;
            const QaDocument doc = qaDocument(shop, q);
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
