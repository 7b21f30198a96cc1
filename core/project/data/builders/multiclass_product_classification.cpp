// Multiclass product classification (MPC_SPI_QPR.ipynb): one record per search query and product
// it showed; the ESCI label from what shoppers did with it picks the option (E A, S B, C C, I D).
#include "builder_util.h"
#include "builders.h"

#include "data/py_json.h"

namespace shoptuner::data::builders {
namespace {

const QStringList kOptions = {
    QStringLiteral("A: The product is relevant to the query, and satisfies all the query specifications."),
    QStringLiteral("B: The product is somewhat relevant. It fails to fulfill some aspects of the query but the "
                   "product can be used as a functional substitute."),
    QStringLiteral("C: The product does not fulfill the query, but could be used in combination with a product "
                   "exactly matching the query."),
    QStringLiteral("D: The product is irrelevant to the query."),
};

class MulticlassProductClassification final : public TaskBuilder
{
public:
    QString task() const override { return QStringLiteral("Multiclass_Product_Classification"); }
    QString title() const override { return QStringLiteral("How well a product fits a search"); }

    BuilderCheck check(const ShopData &shop) const override
    {
        return searchLogCheck(shop, QStringLiteral("Search relevance"));
    }

    std::vector<BuiltRecord> build(const ShopData &shop, const BuildContext &context) const override
    {
        auto rng = context.rng(task());
        const QString options = optionsJson(kOptions);
        auto out
            = queryProductRecords(shop, context, [&](const QString &query, const Product &p, int rank, BuiltRecord &r) {
                  nlohmann::ordered_json input = nlohmann::ordered_json::object();
                  input["query"] = query.toStdString();
                  input["product title"] = p.title.toStdString();
                  r.input = pyJsonDumps(input);
                  r.optionsJson = options;
                  r.output = kOptions[rank];
              });
        applyCaps(out, rng);
        return out;
    }
};

} // namespace

std::unique_ptr<TaskBuilder> makeMulticlassProductClassification()
{
    return std::make_unique<MulticlassProductClassification>();
}

} // namespace shoptuner::data::builders
