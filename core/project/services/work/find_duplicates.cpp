// Duplicate and substitute listings: pairs of the shop's products that may be one product listed
// twice, or one that can stand in for the other. A cheap blocking step picks the candidates (the
// same brand, else the same category, and titles sharing most of their words), never all n²
// pairs; the model then asks product matching (PM) and substitute identification (PSI) of each.
#include "work_kind.h"

#include "data/builders/builders.h"
#include "store/project_store.h"
#include "store/shop_tables.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace shoptuner::services {
namespace {

const QString kMatching = QStringLiteral("Product_Matching");
const QString kSubstitute = QStringLiteral("Product_Substitute_Identification");
constexpr double kMinOverlap = 0.4; // Jaccard of title words
constexpr int kMaxPartners = 5; // the most alike products asked about per product
constexpr int kMaxBlock = 400; // a larger block (a catalog of one brand) is cut into category blocks

QSet<QString> titleWords(const QString &title)
{
    static const QRegularExpression split(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QSet<QString> words;
    for (const QString &w : title.toLower().split(split, Qt::SkipEmptyParts))
        if (w.size() > 1)
            words.insert(w);
    return words;
}

double overlap(const QSet<QString> &a, const QSet<QString> &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    const qsizetype common = QSet<QString>(a).intersect(b).size();
    return double(common) / double(a.size() + b.size() - common);
}

// Products by brand (and category, for a large brand or one without): the blocks pairs come from.
QList<QList<int>> blocks(const std::vector<store::Product> &products)
{
    QHash<QString, QList<int>> byBlock;
    for (int i = 0; i < int(products.size()); ++i) {
        const store::Product &p = products[std::size_t(i)];
        byBlock[p.brand.simplified().toLower() + QLatin1Char('\x1f') + p.category.value(p.category.size() - 1)].append(
            i);
    }
    QHash<QString, QList<int>> byBrand;
    for (auto it = byBlock.cbegin(); it != byBlock.cend(); ++it)
        byBrand[it.key().section(QLatin1Char('\x1f'), 0, 0)] += it.value();
    QList<QList<int>> out;
    for (auto it = byBrand.cbegin(); it != byBrand.cend(); ++it) {
        if (!it.key().isEmpty() && it.value().size() <= kMaxBlock)
            out << it.value();
        else
            for (auto b = byBlock.cbegin(); b != byBlock.cend(); ++b)
                if (b.key().section(QLatin1Char('\x1f'), 0, 0) == it.key())
                    out << b.value();
    }
    return out;
}

class FindDuplicates final : public WorkKind
{
public:
    QString name() const override { return QStringLiteral("duplicates"); }
    QString title() const override
    {
        return QCoreApplication::translate("WorkKind", "Find duplicate and substitute listings");
    }
    QString task() const override { return kMatching; }
    QStringList answerOptions(const QString &) const override { return yesNoOptions(); }
    int maxAnswerTokens() const override { return 4; } // "yes" or "no"

    QList<WorkPrompt> prompts(store::ProjectStore &store, const WorkOptions &options) const override
    {
        const std::vector<store::Product> products = store::loadProducts(store);
        std::vector<QSet<QString>> words;
        for (const store::Product &p : products)
            words.push_back(titleWords(p.title));
        // Each product's most alike partners in its block; a pair once, in catalog order.
        QSet<std::pair<int, int>> pairs;
        for (const QList<int> &block : blocks(products))
            for (const int a : block) {
                QList<std::pair<double, int>> alike;
                for (const int b : block)
                    if (b != a)
                        if (const double o = overlap(words[std::size_t(a)], words[std::size_t(b)]); o >= kMinOverlap)
                            alike.append({o, b});
                std::sort(alike.begin(), alike.end(), [](const auto &x, const auto &y) { return x.first > y.first; });
                for (qsizetype i = 0; i < std::min<qsizetype>(kMaxPartners, alike.size()); ++i)
                    pairs.insert({std::min(a, alike[i].second), std::max(a, alike[i].second)});
            }
        QList<std::pair<int, int>> ordered(pairs.begin(), pairs.end());
        std::sort(ordered.begin(), ordered.end());
        const QSet<QString> seen
            = options.onlyNew ? store::seenItems(store, name(), options.resumingJob) : QSet<QString>();
        QList<WorkPrompt> out;
        for (const auto &[a, b] : ordered) {
            const store::Product &pa = products[std::size_t(a)], &pb = products[std::size_t(b)];
            const QString key = pa.key + QLatin1Char('\t') + pb.key;
            if (seen.contains(key))
                continue;
            WorkPrompt prompt;
            prompt.itemKey = key;
            prompt.optionsJson = QStringLiteral("null");
            prompt.current = QStringList {QString()};
            prompt.context = {{"title", pa.title}, {"title2", pb.title}};
            prompt.task = kMatching;
            prompt.instruction = seedInstruction(kMatching);
            prompt.input = data::builders::productMatchingInput(pa, pb);
            prompt.fields = QStringList {QStringLiteral("same")};
            out << prompt;
            prompt.task = kSubstitute;
            prompt.instruction = seedInstruction(kSubstitute);
            prompt.input = data::builders::productSubstituteInput(pa.title, pb.title);
            prompt.fields = QStringList {QStringLiteral("substitute")};
            out << prompt;
            if (options.limit > 0 && out.size() >= 2 * options.limit)
                break;
        }
        return out;
    }

    QList<store::Suggestion> read(const WorkPrompt &prompt, const QString &answer, double confidence) const override
    {
        return {oneAnswer(prompt, answer, confidence, yesOrNo(answer))};
    }
};

} // namespace

std::unique_ptr<WorkKind> makeFindDuplicates()
{
    return std::make_unique<FindDuplicates>();
}

} // namespace shoptuner::services
