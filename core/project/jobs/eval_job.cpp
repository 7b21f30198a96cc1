#include "eval_job.h"

#include "data/ecinstruct_io.h"
#include "engine/base/error.h"
#include "engine/eval/bert_score.h"
#include "engine/eval/metrics.h"
#include "engine/model/language_model.h"
#include "engine/train/instruction_data.h"
#include "services/task_words.h"
#include "services/training_plan.h"
#include "store/eval_tables.h"
#include "store/project_store.h"
#include "store/record_tables.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <exception>
#include <functional>
#include <optional>

#include <nlohmann/json.hpp>

namespace shoptuner::jobs {
namespace {

constexpr int kExtraAnswerTokens = 16; // room beyond the longest gold answer
constexpr int kMaxAnswerTokens = 256;

struct TestItem
{
    std::int64_t recordId = 0;
    engine::InstructionRecord record;
    std::vector<std::string> candidateLabels; // QPR
};

std::vector<std::string> candidateLabelsOf(const QString &extraJson)
{
    std::vector<std::string> out;
    if (extraJson.isEmpty())
        return out;
    try {
        const auto j = nlohmann::json::parse(extraJson.toStdString());
        const auto fields = j.value("fields", nlohmann::json::object());
        for (const auto &l : fields.value("candidate_labels", nlohmann::json::array()))
            out.push_back(l.get<std::string>());
    } catch (const nlohmann::json::exception &) { }
    return out;
}

// Test items grouped by (task, setting), each group in record order and cut to the limit.
QMap<std::pair<QString, QString>, std::vector<TestItem>> loadTestItems(
    store::ProjectStore &project, const EvalJobParams &p)
{
    QStringList tasks;
    for (const QString &t : p.tasks)
        tasks << QString::fromStdString(engine::canonicalTaskName(t.toStdString()));
    QMap<std::pair<QString, QString>, std::vector<TestItem>> groups;
    store::forEachRecord(
        project, {tasks, {QStringLiteral("test")}, p.settings, {}}, [&](const store::InstructionRow &r) {
            auto &group = groups[{r.task, r.setting}];
            if (p.limit > 0 && int(group.size()) >= p.limit)
                return true;
            group.push_back({r.id,
                {r.task.toStdString(), r.setting.toStdString(), r.split.toStdString(), r.instruction.toStdString(),
                    r.input.toStdString(), data::optionsPromptText(r.optionsJson).toStdString(),
                    r.output.toStdString()},
                candidateLabelsOf(r.extraJson)});
            return true;
        });
    return groups;
}

QString figuresJson(const engine::MetricResult &m, const QString &scoredWith = {})
{
    QJsonObject o;
    if (!scoredWith.isEmpty())
        o.insert(QStringLiteral("scored_with"), scoredWith);
    for (const engine::Figure &f : m.figures)
        o.insert(QString::fromStdString(f.name), f.value);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// One (task, setting) group's answers, kept for scoring.
struct Answered
{
    QString task, setting;
    std::vector<std::int64_t> recordIds;
    std::vector<std::string> predictions, labels;
    std::vector<std::vector<std::string>> qprLabels;
};

// What every step of a test needs: the project, the evaluation's row, the settings, and the
// job's cancel flag and progress.
struct EvalContext
{
    store::ProjectStore &project;
    std::int64_t evaluationId = 0;
    const EvalJobParams &params;
    const std::atomic<bool> *cancel = nullptr;
    std::function<void(double, const QString &)> progress;
    bool cancelled() const { return cancel && cancel->load(); }
};

// The evaluation's row, marked running. The process and computer that run it are kept: a test
// whose process is gone was stopped, not running.
std::int64_t recordEvaluation(store::ProjectStore &project, const EvalJobParams &p, const engine::ModelInfo &model)
{
    store::Evaluation evaluation;
    evaluation.modelPath = p.modelDir;
    evaluation.adapterPath = p.adapterDir;
    evaluation.trainingRunId = p.trainingRunId;
    evaluation.status = QStringLiteral("running");
    evaluation.paramsJson = QString::fromUtf8(QJsonDocument(
        QJsonObject {{"limit", p.limit}, {"settings", QJsonArray::fromStringList(p.settings)},
            {"pid", QCoreApplication::applicationPid()}, {"host", QSysInfo::machineHostName()},
            // What the answers were computed in: F32 and BF16 answers may differ.
            {"dtype", QString::fromStdString(model.dtype)}, {"device", QString::fromStdString(model.device)}})
                                                  .toJson(QJsonDocument::Compact));
    return store::addEvaluation(project, evaluation);
}

// Greedy answers to one group's test items, in batches, each saved as it comes; nothing when
// the test was cancelled (answers cut short are not kept).
std::optional<Answered> answerGroup(EvalContext &c, const QString &task, const QString &setting,
    const std::vector<TestItem> &items, engine::LanguageModel &model, qint64 &done, qint64 total)
{
    // Each answer may be a little longer than the longest gold one.
    int longest = 0;
    for (const TestItem &item : items)
        longest = std::max(longest, int(model.tokenizer().encode(item.record.output).size()));
    engine::GenerationParams generation;
    generation.maxNewTokens = std::min(kMaxAnswerTokens, longest + kExtraAnswerTokens);
    // Questions with the same instruction are asked together, so a batch prefills its shared
    // beginning once; an answer does not depend on its batch, and the answers are put back in
    // the items' order for scoring.
    std::vector<std::size_t> order(items.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
        [&](std::size_t a, std::size_t b) { return items[a].record.instruction < items[b].record.instruction; });
    std::vector<std::optional<std::string>> answerOf(items.size());
    const auto batch = std::size_t(std::max(1, c.params.batch));
    for (std::size_t begin = 0; begin < items.size(); begin += batch) {
        if (c.cancelled())
            return std::nullopt;
        std::vector<std::vector<engine::TokenId>> prompts;
        const std::size_t end = std::min(items.size(), begin + batch);
        for (std::size_t k = begin; k < end; ++k)
            prompts.push_back(
                engine::instructionPromptIds(items[order[k]].record, model.tokenizer(), model.chatTemplate()));
        const auto answers = model.generateBatch(prompts, generation, c.cancel);
        if (c.cancelled())
            return std::nullopt;
        store::Transaction tx(c.project);
        for (std::size_t k = begin; k < end; ++k) {
            const TestItem &item = items[order[k]];
            const std::string answer = QString::fromStdString(answers[k - begin].text).trimmed().toStdString();
            answerOf[order[k]] = answer;
            store::addPrediction(c.project, c.evaluationId, item.recordId, QString::fromStdString(answer));
        }
        tx.commit();
        done += qint64(end - begin);
        c.progress(double(done) / double(total),
            QCoreApplication::translate("EvalJob", "Testing “%1” on %2: %3 of %4 questions asked")
                .arg(services::taskTitle(task), services::settingWords(setting))
                .arg(done)
                .arg(total));
    }
    Answered answered {task, setting};
    for (std::size_t i = 0; i < items.size(); ++i) {
        answered.recordIds.push_back(items[i].recordId);
        answered.predictions.push_back(*answerOf[i]);
        answered.labels.push_back(items[i].record.output);
        answered.qprLabels.push_back(items[i].candidateLabels);
    }
    return answered;
}

// Scores one group and stores the headline, its confidence interval and each item's score; a
// group that cannot be scored says why.
EvalTaskResult scoreGroup(
    EvalContext &c, const Answered &a, const engine::ScoreOptions &options, const QString &answerMetric)
{
    EvalTaskResult r {a.task, a.setting};
    const bool ood = a.setting.startsWith(QLatin1String("OOD"));
    const bool qpr = a.task == QLatin1String("Query_Product_Rank");
    if (qpr && std::any_of(a.qprLabels.begin(), a.qprLabels.end(), [](const auto &l) { return l.empty(); })) {
        r.skipped = QStringLiteral("ranking needs each candidate's relevance label (candidate_labels), which these "
                                   "records do not have");
        return r;
    }
    try {
        const auto *qprLabels = qpr ? &a.qprLabels : nullptr;
        const std::string task = a.task.toStdString();
        const engine::MetricResult m = engine::scoreTask(task, ood, a.predictions, a.labels, qprLabels, options);
        engine::BootstrapOptions bootstrap;
        bootstrap.resamples = c.params.bootstrapResamples;
        const engine::ConfidenceInterval ci
            = engine::bootstrapHeadline(task, ood, a.predictions, a.labels, qprLabels, bootstrap, options);
        r.metric = QString::fromStdString(m.headline);
        r.value = m.headlineValue;
        r.n = qint64(m.n);
        r.invalid = qint64(m.invalid);
        r.ciLow = ci.low;
        r.ciHigh = ci.high;
        r.figuresJson = figuresJson(m, a.task == QLatin1String("Answer_Generation") ? answerMetric : QString());
        store::addEvalResult(c.project,
            {c.evaluationId, a.task, a.setting, r.metric, r.value, r.n, r.invalid, r.ciLow, r.ciHigh, r.figuresJson});
        const std::vector<double> perItem = engine::itemScores(task, ood, a.predictions, a.labels, qprLabels, options);
        std::vector<std::pair<std::int64_t, double>> scores;
        for (std::size_t i = 0; i < perItem.size(); ++i)
            scores.emplace_back(a.recordIds[i], perItem[i]);
        store::setPredictionScores(c.project, c.evaluationId, scores);
    } catch (const engine::EngineError &e) {
        r.skipped = QString::fromUtf8(e.what());
    }
    return r;
}

// BERTScore of the answer-generation groups with the encoder the settings name (or the one
// installed); ROUGE-L alone when there is none or it fails. Nothing when cancelled.
std::optional<std::vector<engine::SimilarityScore>> answerSimilarity(
    EvalContext &c, const std::vector<Answered> &groups, engine::ScoreOptions &options, QString &answerMetric)
{
    std::vector<engine::SimilarityScore> similarity;
    answerMetric = QStringLiteral("ROUGE-L F1");
    const QString &encoderDir = c.params.encoderDir;
    const std::filesystem::path encoder = encoderDir == QLatin1String("none") ? std::filesystem::path()
        : encoderDir.isEmpty()                                                ? engine::findBertScoreModel()
                               : std::filesystem::path(encoderDir.toStdString());
    if (encoder.empty()) {
        if (encoderDir.isEmpty())
            answerMetric += QStringLiteral(" (no roberta-large installed for BERTScore)");
        return similarity;
    }
    try {
        c.progress(-1, QCoreApplication::translate("EvalJob", "Loading the encoder that scores answers by meaning"));
        engine::BertScoreOptions bert;
        bert.device = c.params.device.toStdString();
        bert.threads = services::computeThreads(c.params.threads);
        const auto scorer = engine::BertScorer::load(encoder, bert);
        for (const Answered &a : groups) {
            const auto scores = scorer->score(a.predictions, a.labels, c.cancel, [&](std::size_t d, std::size_t t) {
                c.progress(double(d) / double(t),
                    QCoreApplication::translate("EvalJob", "Scoring the answers to “%1” by meaning")
                        .arg(services::taskTitle(a.task)));
            });
            if (c.cancelled())
                return std::nullopt;
            similarity.insert(similarity.end(), scores.begin(), scores.end());
        }
        options.answerSimilarityName = scorer->figureName();
        answerMetric = QString::fromStdString(scorer->description());
    } catch (const engine::EngineError &e) {
        similarity.clear();
        answerMetric = QStringLiteral("ROUGE-L F1 (the BERTScore encoder could not be used: %1)")
                           .arg(QString::fromUtf8(e.what()));
    }
    return similarity;
}

} // namespace

EvalJob::EvalJob(EvalJobParams params, QObject *parent)
    : Job(parent)
    , m_params(std::move(params))
{ }

EvalJob::~EvalJob()
{
    stopAndWait();
}

bool EvalJob::execute()
{
    store::ProjectStore project(m_params.projectPath);
    const auto groups = loadTestItems(project, m_params);
    if (groups.isEmpty())
        throw store::StoreError(QStringLiteral("the project has no test records for these tasks and settings"),
            QStringLiteral("build the tasks first"));
    reportProgress(-1, QCoreApplication::translate("EvalJob", "Loading the model"));
    engine::LoadOptions load;
    load.adapter = m_params.adapterDir.toStdString();
    load.device = m_params.device.toStdString();
    load.dtype = m_params.dtype.toStdString();
    load.threads = services::computeThreads(m_params.threads);
    auto model = engine::LanguageModel::load(m_params.modelDir.toStdString(), load);

    m_result.evaluationId = recordEvaluation(project, m_params, model->info());
    // An error below leaves the test marked failed, not "running" for as long as the app runs.
    struct MarkFailedUnlessSettled
    {
        store::ProjectStore &project;
        std::int64_t id;
        ~MarkFailedUnlessSettled()
        {
            if (std::uncaught_exceptions() == 0)
                return;
            try {
                store::setEvaluationStatus(project, id, QStringLiteral("failed"));
            } catch (...) { // the store itself failing is what is being reported already
            }
        }
    } markFailed {project, m_result.evaluationId};
    EvalContext context {project, m_result.evaluationId, m_params, cancelFlag(),
        [this](double fraction, const QString &message) { reportProgress(fraction, message); }};
    const auto stopped = [&] {
        store::setEvaluationStatus(project, m_result.evaluationId, QStringLiteral("cancelled"));
        return false;
    };

    qint64 total = 0, done = 0;
    for (const auto &g : groups)
        total += qint64(g.size());
    std::vector<Answered> answerGeneration; // scored once the language model is unloaded
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        auto answered = answerGroup(context, it.key().first, it.key().second, it.value(), *model, done, total);
        if (!answered)
            return stopped();
        if (answered->task == QLatin1String("Answer_Generation"))
            answerGeneration.push_back(std::move(*answered));
        else
            m_result.tasks << scoreGroup(context, *answered, {}, {});
    }
    model.reset(); // frees its memory for the encoder

    if (!answerGeneration.empty()) {
        engine::ScoreOptions options;
        const auto similarity = answerSimilarity(context, answerGeneration, options, m_result.answerMetric);
        if (!similarity)
            return stopped();
        std::size_t offset = 0;
        for (const Answered &a : answerGeneration) {
            std::vector<engine::SimilarityScore> part;
            if (!similarity->empty())
                part.assign(similarity->begin() + std::ptrdiff_t(offset),
                    similarity->begin() + std::ptrdiff_t(offset + a.predictions.size()));
            offset += a.predictions.size();
            engine::ScoreOptions groupOptions = options;
            groupOptions.answerSimilarity = part.empty() ? nullptr : &part;
            m_result.tasks << scoreGroup(context, a, groupOptions, m_result.answerMetric);
        }
    }
    store::setEvaluationStatus(project, m_result.evaluationId, QStringLiteral("finished"));
    reportProgress(1.0, QCoreApplication::translate("EvalJob", "The test is finished"));
    return true;
}

QString installedBertScoreEncoder()
{
    return QString::fromStdString(engine::findBertScoreModel().string());
}

} // namespace shoptuner::jobs
