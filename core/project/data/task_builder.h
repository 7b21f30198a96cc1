// One builder per ECInstruct task turns the shop's data into instruction records in exactly
// ECInstruct's formats (see the eCeLLM paper, arXiv:2402.08831, and its data notebooks). The
// builders decide input, options and output; the split and the instruction wording are decided
// around them (build_tasks.h), so that no product or query leaks between splits.
#pragma once

#include "shop_data.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <random>
#include <vector>

namespace shoptuner::data {

enum class Split { Train, Val, Test };
QString splitName(Split split); // "train", "val", "test"

// How search-log behaviour maps to ESCI relevance labels (E exact, S substitute, C complement,
// I irrelevant); visible and editable in the wizard.
struct SearchLabelMapping
{
    QChar purchased = QLatin1Char('E');
    QChar added = QLatin1Char('S');
    QChar clicked = QLatin1Char('S');
    QChar shownOnly = QLatin1Char('I');
};

// What the builders may know about the split before they build: products and other grouping
// keys (queries, customers) are assigned to a split by a seeded hash, and products of the
// held-out categories are out-of-domain (test only).
class BuildContext
{
public:
    BuildContext(
        const ShopData &shop, quint64 seed, double valFraction, double testFraction, QStringList oodCategories);

    Split productSplit(const QString &productKey) const; // OOD products: Test
    bool isOod(const QString &productKey) const;
    Split groupSplit(const QString &key) const; // any other key: a query, a customer
    quint64 seed() const { return m_seed; }
    std::mt19937_64 rng(const QString &task) const; // one seeded stream per task
    SearchLabelMapping searchLabels;
    QStringList oodAttributes; // AVE: attribute names held out for its OOD test set

private:
    Split splitOfHash(quint64 h) const;
    quint64 m_seed;
    double m_val, m_test;
    QSet<QString> m_oodProducts;
    QHash<QString, QString> m_family; // product key -> the item it lists (GTIN or brand + MPN)
};

struct BuiltRecord
{
    QString input;
    QString optionsJson; // "null" when the task has no options, else the options string as stored
    QString output;
    Split split = Split::Train;
    bool ood = false;
    QString groupKey; // what decided the split: a product key, a query, a customer
    // QPR: the ESCI label of candidate A, B, ... (what eCeLLM keeps in data_label/label.json),
    // needed to score a ranking; exported as the record's "candidate_labels" field.
    QStringList candidateLabels;
};

struct BuilderCheck
{
    bool available = false;
    QString reason; // why not, in plain words: "Sequential recommendation needs orders or sessions"
};

class TaskBuilder
{
public:
    virtual ~TaskBuilder() = default;
    virtual QString task() const = 0; // ECInstruct name: "Sentiment_Analysis"
    QString abbreviation() const; // "SA", from the task table (engine/eval/tasks.h)
    virtual QString title() const = 0; // plain words: "How a review feels"
    virtual BuilderCheck check(const ShopData &shop) const = 0;
    // Records for every split; a builder never puts two products of different splits in one record.
    virtual std::vector<BuiltRecord> build(const ShopData &shop, const BuildContext &context) const = 0;
};

// All ten, in ECInstruct's order.
const std::vector<std::unique_ptr<TaskBuilder>> &taskBuilders();
const TaskBuilder *findTaskBuilder(const QString &taskOrAbbreviation);

} // namespace shoptuner::data
