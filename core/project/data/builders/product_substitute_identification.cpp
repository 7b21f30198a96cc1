// Product substitute identification (MPC_SPI_QPR.ipynb): one record per search query and product
// it showed; "yes" when the product's ESCI label from the search log is S (a substitute).
#include "builder_util.h"
#include "builders.h"

#include "data/py_json.h"

namespace shoptuner::data::builders {
namespace {

class ProductSubstituteIdentification final : public TaskBuilder
{
public:
    QString task() const override { return QStringLiteral("Product_Substitute_Identification"); }
    QString title() const override { return QStringLiteral("Can a product stand in for a search"); }

    BuilderCheck check(const ShopData &shop) const override
    {
        return searchLogCheck(shop, QStringLiteral("Substitute identification"));
    }

    std::vector<BuiltRecord> build(const ShopData &shop, const BuildContext &context) const override
    {
        auto rng = context.rng(task());
        const int substitute = esciRank(QLatin1Char('S'));
        auto out
            = queryProductRecords(shop, context, [&](const QString &query, const Product &p, int rank, BuiltRecord &r) {
                  r.input = productSubstituteInput(query, p.title);
                  r.optionsJson = kNoOptions;
                  r.output = rank == substitute ? QStringLiteral("yes") : QStringLiteral("no");
              });
        applyCaps(out, rng);
        return out;
    }
};

} // namespace

QString productSubstituteInput(const QString &query, const QString &productTitle)
{
    nlohmann::ordered_json input = nlohmann::ordered_json::object();
    input["query"] = query.toStdString();
    input["product"] = productTitle.toStdString();
    return pyJsonDumps(input);
}

std::unique_ptr<TaskBuilder> makeProductSubstituteIdentification()
{
    return std::make_unique<ProductSubstituteIdentification>();
}

} // namespace shoptuner::data::builders
