#include "build_tasks.h"

#include "instruction_templates.h"
#include "store/project_store.h"
#include "store/record_tables.h"
#include "table_reader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <nlohmann/json.hpp>

namespace shoptuner::data {
namespace {

constexpr qint64 kFewExamples = 200; // below this many training records a task learns little
constexpr double kLopsided = 0.8; // one answer in more than this share of records

const QString kIndDiverse = QStringLiteral("IND_Diverse_Instruction");
const QString kIndUnseen = QStringLiteral("IND_Unseen_Instruction");
const QString kOodDiverse = QStringLiteral("OOD_Diverse_Instruction");

// Options as the project file keeps them: the JSON value ECInstruct has (a string, or null).
QString optionsJsonValue(const QString &builderOptions)
{
    if (builderOptions.isEmpty() || builderOptions == QLatin1String("null"))
        return QStringLiteral("null");
    return QString::fromStdString(nlohmann::json(builderOptions.toStdString()).dump());
}

// The extra field of a QPR record, in the export's form (key order, then the field itself).
QString candidateLabelsExtra(const QStringList &labels)
{
    nlohmann::ordered_json order = nlohmann::ordered_json::array(
        {"instruction", "input", "options", "output", "task", "setting", "split", "candidate_labels"});
    nlohmann::ordered_json values = nlohmann::ordered_json::array();
    for (const QString &l : labels)
        values.push_back(l.toStdString());
    return QString::fromStdString(
        nlohmann::ordered_json {{"key_order", order}, {"fields", {{"candidate_labels", values}}}}.dump());
}

// Tasks whose outputs are labels (few distinct values), so their balance means something.
bool hasLabels(const QString &task)
{
    static const QStringList labelled = {"Sentiment_Analysis", "Product_Relation_Prediction", "Product_Matching",
        "Multiclass_Product_Classification", "Product_Substitute_Identification", "Answerability_Prediction"};
    return labelled.contains(task);
}

void addWarnings(TaskReport &r)
{
    const qint64 train = r.counts.value(QStringLiteral("train"));
    if (train < kFewExamples)
        r.warnings << QStringLiteral("Only %1 training examples; the model learns this task better from %2 or more.")
                          .arg(train)
                          .arg(kFewExamples);
    if (r.counts.value(QStringLiteral("test")) == 0)
        r.warnings << QStringLiteral("No test examples, so this task cannot be scored.");
    qint64 total = 0, top = 0;
    QString topLabel;
    for (auto it = r.labels.begin(); it != r.labels.end(); ++it) {
        total += it.value();
        if (it.value() > top) {
            top = it.value();
            topLabel = it.key();
        }
    }
    if (total >= 20 && double(top) / double(total) > kLopsided)
        r.warnings << QStringLiteral("Lopsided answers: %1% of training examples answer \"%2\"; the model may learn "
                                     "to always say that.")
                          .arg(qRound(100.0 * double(top) / double(total)))
                          .arg(topLabel);
}

QJsonObject rowToJson(const store::InstructionRow &r)
{
    return {{"task", r.task}, {"setting", r.setting}, {"split", r.split}, {"instruction", r.instruction},
        {"input", r.input}, {"options", r.optionsJson}, {"output", r.output}};
}

} // namespace

QString BuildParams::toJson() const
{
    const QJsonObject o {{"tasks", QJsonArray::fromStringList(tasks)}, {"seed", QString::number(seed)},
        {"val_fraction", valFraction}, {"test_fraction", testFraction},
        {"ood_categories", QJsonArray::fromStringList(oodCategories)},
        {"ood_attributes", QJsonArray::fromStringList(oodAttributes)},
        {"search_labels",
            QJsonObject {{"purchased", QString(searchLabels.purchased)}, {"added", QString(searchLabels.added)},
                {"clicked", QString(searchLabels.clicked)}, {"shown_only", QString(searchLabels.shownOnly)}}},
        {"unseen_instruction_tests", unseenInstructionTests}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString BuildReport::toJson() const
{
    QJsonArray tasksJson;
    for (const TaskReport &t : tasks) {
        QJsonObject counts, labels;
        for (auto it = t.counts.begin(); it != t.counts.end(); ++it)
            counts.insert(it.key(), it.value());
        for (auto it = t.labels.begin(); it != t.labels.end(); ++it)
            labels.insert(it.key(), it.value());
        QJsonArray samples;
        for (const auto &s : t.samples)
            samples.append(rowToJson(s));
        tasksJson.append(QJsonObject {{"task", t.task}, {"abbreviation", t.abbreviation}, {"title", t.title},
            {"available", t.available}, {"reason", t.reason}, {"counts", counts}, {"labels", labels},
            {"warnings", QJsonArray::fromStringList(t.warnings)}, {"samples", samples}});
    }
    const QJsonObject cleaningJson {{"emails", cleaning.emails}, {"phone_numbers", cleaning.phoneNumbers},
        {"order_numbers", cleaning.orderNumbers}, {"names", cleaning.names},
        {"exact_duplicate_reviews", cleaning.exactDuplicateReviews},
        {"near_duplicate_reviews", cleaning.nearDuplicateReviews},
        {"reviews_without_product", cleaning.reviewsWithoutProduct},
        {"questions_without_product", cleaning.questionsWithoutProduct}};
    const QJsonObject o {{"build_id", qint64(buildId)}, {"total_records", totalRecords}, {"tasks", tasksJson},
        {"cleaning", cleaningJson}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

namespace {

// The task's names and whether the shop's data can make it.
TaskReport checkTask(const TaskBuilder &b, const ShopData &shop)
{
    TaskReport r;
    r.task = b.task();
    r.abbreviation = b.abbreviation();
    r.title = b.title();
    const BuilderCheck c = b.check(shop);
    r.available = c.available;
    r.reason = c.reason;
    return r;
}

std::vector<const TaskBuilder *> chosenBuilders(const QStringList &names)
{
    std::vector<const TaskBuilder *> chosen;
    for (const QString &name : names) {
        const TaskBuilder *b = findTaskBuilder(name);
        if (!b)
            throw ImportError({FileIssue::Severity::Error, QStringLiteral("tasks"), 0, {},
                QStringLiteral("\"%1\" is not one of the ten tasks (use names such as Sentiment_Analysis or SA)")
                    .arg(name)});
        chosen.push_back(b);
    }
    if (chosen.empty())
        for (const auto &b : taskBuilders())
            chosen.push_back(b.get());
    return chosen;
}

// Builds one task's records into the writer and counts them in its report.
void buildTask(const TaskBuilder &b, const ShopData &shop, const BuildContext &context, const BuildParams &params,
    store::RecordWriter &writer, TaskReport &r, qint64 &totalRecords)
{
    const QStringList wordings = instructionWordings(b.task());
    std::mt19937_64 rng = context.rng(b.task() + QStringLiteral("/wording"));
    std::uniform_int_distribution<int> seen(0, kUnseenWording - 1);
    for (const BuiltRecord &rec : b.build(shop, context)) {
        store::InstructionRow row;
        row.task = b.task();
        row.split = splitName(rec.split);
        row.setting = rec.ood ? kOodDiverse : kIndDiverse;
        row.instruction = wordings[seen(rng)];
        row.input = rec.input;
        row.optionsJson = optionsJsonValue(rec.optionsJson);
        row.output = rec.output;
        row.groupKey = rec.groupKey;
        if (!rec.candidateLabels.isEmpty())
            row.extraJson = candidateLabelsExtra(rec.candidateLabels);
        writer.add(row);
        ++totalRecords;
        const QString countKey = rec.ood ? QStringLiteral("test OOD") : row.split;
        r.counts[countKey] += 1;
        if (rec.split == Split::Train) {
            if (hasLabels(r.task))
                r.labels[row.output] += 1;
            if (r.samples.size() < 3)
                r.samples << row;
        }
        if (rec.split == Split::Test && !rec.ood && params.unseenInstructionTests) {
            row.setting = kIndUnseen;
            row.instruction = wordings[kUnseenWording];
            writer.add(row);
            ++totalRecords;
            r.counts[QStringLiteral("test unseen")] += 1;
        }
    }
    addWarnings(r);
    // The data passed the builder's first check but gave no example (questions whose
    // reviews never answer them): the task cannot be learned, and the reason is its warnings.
    if (r.counts.isEmpty()) {
        r.available = false;
        r.reason = r.warnings.isEmpty()
            ? QStringLiteral("The data looked usable, but no example could be made from it.")
            : r.warnings.join(QLatin1Char(' '));
        r.warnings.clear();
    }
}

} // namespace

QList<TaskReport> checkTasks(const ShopData &shop)
{
    QList<TaskReport> out;
    for (const auto &b : taskBuilders())
        out << checkTask(*b, shop);
    return out;
}

BuildReport buildTasks(store::ProjectStore &project, const BuildParams &params,
    const std::function<bool(double, const QString &)> &onProgress)
{
    const std::vector<const TaskBuilder *> chosen = chosenBuilders(params.tasks);
    BuildReport report;
    const ShopData shop = loadShopData(project);
    report.cleaning = shop.cleaning;
    BuildContext context(shop, params.seed, params.valFraction, params.testFraction, params.oodCategories);
    context.searchLabels = params.searchLabels;
    context.oodAttributes = params.oodAttributes;

    store::Transaction tx(project);
    report.buildId = store::replaceTaskBuild(project, qint64(params.seed), params.toJson());
    store::RecordWriter writer(project, store::RecordWriter::Owner::Build, report.buildId);
    for (std::size_t t = 0; t < chosen.size(); ++t) {
        const TaskBuilder &b = *chosen[t];
        if (onProgress && !onProgress(double(t) / double(chosen.size()), b.task())) {
            report.cancelled = true;
            return report; // rolls back
        }
        TaskReport r = checkTask(b, shop);
        if (r.available)
            buildTask(b, shop, context, params, writer, r, report.totalRecords);
        report.tasks << r;
    }
    store::setTaskBuildReport(project, report.buildId, report.toJson());
    tx.commit();
    if (onProgress)
        onProgress(1.0, QString());
    return report;
}

} // namespace shoptuner::data
