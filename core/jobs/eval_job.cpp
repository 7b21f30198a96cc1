#include "eval_job.h"

#include "data/ecinstruct_io.h"
#include "engine/eval/bert_score.h"
#include "engine/base/error.h"
#include "engine/train/instruction_data.h"
#include "engine/model/language_model.h"
#include "engine/eval/metrics.h"
#include "store/eval_tables.h"
#include "store/project_store.h"
#include "store/record_tables.h"
#include "training_plan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSysInfo>
#include <QThread>

#include <exception>

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

} // namespace

EvalJob::EvalJob(EvalJobParams params, QObject *parent)
    : Job(parent)
    , m_params(std::move(params))
{ }

EvalJob::~EvalJob()
{
    stopAndWait();
}

JobError EvalJob::describeError(const std::exception &e) const
{
    if (dynamic_cast<const engine::EngineError *>(&e))
        return {QStringLiteral("eval.failed"), QString::fromUtf8(e.what()), QString::fromUtf8(e.what())};
    return Job::describeError(e);
}

bool EvalJob::execute()
{
    store::ProjectStore project(m_params.projectPath);
    const auto groups = loadTestItems(project, m_params);
    if (groups.isEmpty())
        throw store::StoreError(QStringLiteral("the project has no test records for these tasks and settings"),
            QStringLiteral("build the tasks first"));
    reportProgress(-1, QStringLiteral("Loading the model"));
    engine::LoadOptions load;
    load.adapter = m_params.adapterDir.toStdString();
    load.device = m_params.device.toStdString();
    load.threads = computeThreads(m_params.threads);
    auto model = engine::LanguageModel::load(m_params.modelDir.toStdString(), load);

    store::Evaluation evaluation;
    evaluation.modelPath = m_params.modelDir;
    evaluation.adapterPath = m_params.adapterDir;
    evaluation.trainingRunId = m_params.trainingRunId;
    evaluation.status = QStringLiteral("running");
    evaluation.paramsJson = QString::fromUtf8(QJsonDocument(
        // The process and computer that run it: a test whose process is gone was stopped, not running.
        QJsonObject {{"limit", m_params.limit}, {"settings", QJsonArray::fromStringList(m_params.settings)},
            {"pid", QCoreApplication::applicationPid()},
            {"host",
                QSysInfo::machineHostName()}}).toJson(QJsonDocument::Compact));
    m_result.evaluationId = store::addEvaluation(project, evaluation);
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

    struct Answered
    {
        QString task, setting;
        std::vector<std::int64_t> recordIds;
        std::vector<std::string> predictions, labels;
        std::vector<std::vector<std::string>> qprLabels;
    };
    // Scores one group and saves the result; a group that cannot be scored says why.
    const auto scoreGroup = [&](const Answered &a, const engine::ScoreOptions &options) {
        EvalTaskResult r {a.task, a.setting};
        const bool ood = a.setting.startsWith(QLatin1String("OOD"));
        const bool qpr = a.task == QLatin1String("Query_Product_Rank");
        if (qpr && std::any_of(a.qprLabels.begin(), a.qprLabels.end(), [](const auto &l) { return l.empty(); })) {
            r.skipped = QStringLiteral("ranking needs each candidate's relevance label (candidate_labels), which these "
                                       "records do not have");
            m_result.tasks << r;
            return;
        }
        try {
            const auto *qprLabels = qpr ? &a.qprLabels : nullptr;
            const engine::MetricResult m
                = engine::scoreTask(a.task.toStdString(), ood, a.predictions, a.labels, qprLabels, options);
            engine::BootstrapOptions bootstrap;
            bootstrap.resamples = m_params.bootstrapResamples;
            const engine::ConfidenceInterval ci = engine::bootstrapHeadline(
                a.task.toStdString(), ood, a.predictions, a.labels, qprLabels, bootstrap, options);
            r.metric = QString::fromStdString(m.headline);
            r.value = m.headlineValue;
            r.n = qint64(m.n);
            r.invalid = qint64(m.invalid);
            r.ciLow = ci.low;
            r.ciHigh = ci.high;
            r.figuresJson
                = figuresJson(m, a.task == QLatin1String("Answer_Generation") ? m_result.answerMetric : QString());
            store::addEvalResult(project,
                {m_result.evaluationId, a.task, a.setting, r.metric, r.value, r.n, r.invalid, r.ciLow, r.ciHigh,
                    r.figuresJson});
            const std::vector<double> perItem
                = engine::itemScores(a.task.toStdString(), ood, a.predictions, a.labels, qprLabels, options);
            std::vector<std::pair<std::int64_t, double>> scores;
            for (std::size_t i = 0; i < perItem.size(); ++i)
                scores.emplace_back(a.recordIds[i], perItem[i]);
            store::setPredictionScores(project, m_result.evaluationId, scores);
        } catch (const engine::EngineError &e) {
            r.skipped = QString::fromUtf8(e.what());
        }
        m_result.tasks << r;
    };

    qint64 total = 0, done = 0;
    for (const auto &g : groups)
        total += qint64(g.size());
    std::vector<Answered> answerGeneration; // scored once the language model is unloaded
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        const auto &[task, setting] = it.key();
        const std::vector<TestItem> &items = it.value();
        // Greedy answers, in batches; each answer may be a little longer than the longest gold one.
        int longest = 0;
        for (const TestItem &item : items)
            longest = std::max(longest, int(model->tokenizer().encode(item.record.output).size()));
        engine::GenerationParams generation;
        generation.maxNewTokens = std::min(kMaxAnswerTokens, longest + kExtraAnswerTokens);
        Answered answered {task, setting};
        for (std::size_t begin = 0; begin < items.size(); begin += std::size_t(m_params.batch)) {
            if (isCancelRequested()) {
                store::setEvaluationStatus(project, m_result.evaluationId, QStringLiteral("cancelled"));
                return false;
            }
            std::vector<std::vector<engine::TokenId>> prompts;
            const std::size_t end = std::min(items.size(), begin + std::size_t(m_params.batch));
            for (std::size_t i = begin; i < end; ++i)
                prompts.push_back(
                    engine::instructionPromptIds(items[i].record, model->tokenizer(), model->chatTemplate()));
            const auto answers = model->generateBatch(prompts, generation, cancelFlag());
            if (isCancelRequested()) { // answers cut short are not kept
                store::setEvaluationStatus(project, m_result.evaluationId, QStringLiteral("cancelled"));
                return false;
            }
            store::Transaction tx(project);
            for (std::size_t i = begin; i < end; ++i) {
                const std::string answer = QString::fromStdString(answers[i - begin].text).trimmed().toStdString();
                answered.recordIds.push_back(items[i].recordId);
                answered.predictions.push_back(answer);
                answered.labels.push_back(items[i].record.output);
                answered.qprLabels.push_back(items[i].candidateLabels);
                store::addPrediction(project, m_result.evaluationId, items[i].recordId, QString::fromStdString(answer));
            }
            tx.commit();
            done += qint64(end - begin);
            reportProgress(double(done) / double(total), QStringLiteral("Answering %1 (%2)").arg(task, setting));
        }
        if (task == QLatin1String("Answer_Generation"))
            answerGeneration.push_back(std::move(answered));
        else
            scoreGroup(answered, {});
    }
    model.reset(); // frees its memory for the encoder

    if (!answerGeneration.empty()) {
        engine::ScoreOptions options;
        std::vector<engine::SimilarityScore> similarity;
        m_result.answerMetric = QStringLiteral("ROUGE-L F1");
        const std::filesystem::path encoder = m_params.encoderDir == QLatin1String("none") ? std::filesystem::path()
            : m_params.encoderDir.isEmpty() ? engine::findBertScoreModel()
                                            : std::filesystem::path(m_params.encoderDir.toStdString());
        if (encoder.empty()) {
            if (m_params.encoderDir.isEmpty())
                m_result.answerMetric += QStringLiteral(" (no roberta-large installed for BERTScore)");
        } else {
            try {
                reportProgress(-1, QStringLiteral("Loading the BERTScore encoder"));
                engine::BertScoreOptions bert;
                bert.device = m_params.device.toStdString();
                bert.threads = computeThreads(m_params.threads);
                const auto scorer = engine::BertScorer::load(encoder, bert);
                for (const Answered &a : answerGeneration) {
                    const auto scores
                        = scorer->score(a.predictions, a.labels, cancelFlag(), [&](std::size_t d, std::size_t t) {
                              reportProgress(double(d) / double(t),
                                  QStringLiteral("Scoring %1 (%2) with BERTScore").arg(a.task, a.setting));
                          });
                    if (isCancelRequested()) {
                        store::setEvaluationStatus(project, m_result.evaluationId, QStringLiteral("cancelled"));
                        return false;
                    }
                    similarity.insert(similarity.end(), scores.begin(), scores.end());
                }
                options.answerSimilarityName = scorer->figureName();
                m_result.answerMetric = QString::fromStdString(scorer->description());
            } catch (const engine::EngineError &e) {
                similarity.clear();
                m_result.answerMetric = QStringLiteral("ROUGE-L F1 (the BERTScore encoder could not be used: %1)")
                                            .arg(QString::fromUtf8(e.what()));
            }
        }
        std::size_t offset = 0;
        for (const Answered &a : answerGeneration) {
            std::vector<engine::SimilarityScore> part;
            if (!similarity.empty())
                part.assign(similarity.begin() + std::ptrdiff_t(offset),
                    similarity.begin() + std::ptrdiff_t(offset + a.predictions.size()));
            offset += a.predictions.size();
            engine::ScoreOptions groupOptions = options;
            groupOptions.answerSimilarity = part.empty() ? nullptr : &part;
            scoreGroup(a, groupOptions);
        }
    }
    store::setEvaluationStatus(project, m_result.evaluationId, QStringLiteral("finished"));
    reportProgress(1.0, QStringLiteral("Evaluation finished"));
    return true;
}

} // namespace shoptuner::jobs
