// Sentiment analysis (SA.ipynb): one record per review with a 1-5 star rating and at least ten
// words of text; the input is the review text, the output the option that matches the stars.
#include "builder_util.h"
#include "builders.h"

namespace shoptuner::data::builders {
namespace {

const QStringList kOptions = {
    QStringLiteral("A: very positive"),
    QStringLiteral("B: positive"),
    QStringLiteral("C: neutral"),
    QStringLiteral("D: negative"),
    QStringLiteral("E: very negative"),
};

// ECInstruct kept reviews of ten words or more: shorter ones ("Great!") say too little to learn from.
constexpr int kMinWords = 10;

bool usable(const Review &review)
{
    return review.rating >= 1 && review.rating <= 5
        && review.text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts).size() >= kMinWords;
}

class SentimentAnalysis final : public TaskBuilder
{
public:
    QString task() const override { return QStringLiteral("Sentiment_Analysis"); }
    QString title() const override { return QStringLiteral("How a review feels"); }

    BuilderCheck check(const ShopData &shop) const override
    {
        if (shop.reviews.empty())
            return {false,
                QStringLiteral("Sentiment analysis needs reviews with star ratings; no reviews have been "
                               "imported.")};
        if (std::none_of(shop.reviews.begin(), shop.reviews.end(), usable))
            return {false,
                QStringLiteral("Sentiment analysis needs reviews with a star rating (1 to 5) and at least "
                               "%1 words of text; none of the %2 reviews has both.")
                    .arg(kMinWords)
                    .arg(shop.reviews.size())};
        return {true, {}};
    }

    std::vector<BuiltRecord> build(const ShopData &shop, const BuildContext &context) const override
    {
        auto rng = context.rng(task());
        const QString options = optionsJson(kOptions);
        std::vector<BuiltRecord> out;
        for (const Review &review : shop.reviews) {
            if (!usable(review))
                continue;
            BuiltRecord record;
            record.input = review.text.trimmed();
            record.optionsJson = options;
            record.output = kOptions[5 - review.rating];
            // A review of a product missing from the catalog is kept and split by its own key.
            record.groupKey = review.productKey.isEmpty() ? review.key : review.productKey;
            record.split = review.productKey.isEmpty() ? context.groupSplit(review.key)
                                                       : context.productSplit(review.productKey);
            record.ood = context.isOod(review.productKey);
            out.push_back(std::move(record));
        }
        applyCaps(out, rng);
        return out;
    }
};

} // namespace

const QStringList &sentimentOptions()
{
    return kOptions;
}

std::unique_ptr<TaskBuilder> makeSentimentAnalysis()
{
    return std::make_unique<SentimentAnalysis>();
}

} // namespace shoptuner::data::builders
