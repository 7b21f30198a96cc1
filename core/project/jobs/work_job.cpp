#include "work_job.h"

#include "data/ecinstruct_io.h"
#include "engine/model/language_model.h"
#include "engine/train/instruction_data.h"
#include "services/training_plan.h"
#include "store/project_store.h"
#include "store/work_tables.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace shoptuner::jobs {
namespace {

QString paramsJson(const WorkJobParams &p)
{
    return QString::fromUtf8(QJsonDocument(
        QJsonObject {{"only_new", p.options.onlyNew}, {"since", p.options.since},
            {"without_stars", p.options.withoutStars}, {"limit", p.options.limit},
            {"batch", p.batch}}).toJson(QJsonDocument::Compact));
}

services::WorkOptions optionsFrom(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    services::WorkOptions options;
    options.onlyNew = o.value(QStringLiteral("only_new")).toBool();
    options.since = o.value(QStringLiteral("since")).toString();
    options.withoutStars = o.value(QStringLiteral("without_stars")).toBool();
    options.limit = o.value(QStringLiteral("limit")).toInt();
    return options;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// A choice task's options by the first token of each, as the model writes them after a prompt
// (the answer's tokens follow the prompt's, as in training). Empty when the task is free text,
// or when two options begin with the same token: those answers are generated in full.
struct Choices
{
    std::vector<engine::TokenId> firstTokens;
    QStringList options;
};

Choices choicesOf(const QStringList &options, const engine::Tokenizer &tokenizer)
{
    Choices c;
    for (const QString &o : options) {
        const auto ids = tokenizer.encode(o.toStdString(), {.addSpecial = false, .matchSpecial = false});
        if (ids.empty() || std::find(c.firstTokens.begin(), c.firstTokens.end(), ids.front()) != c.firstTokens.end())
            return {};
        c.firstTokens.push_back(ids.front());
        c.options << o;
    }
    return c;
}

} // namespace

WorkJob::WorkJob(WorkJobParams params, QObject *parent)
    : Job(parent)
    , m_params(std::move(params))
{ }

WorkJob::~WorkJob()
{
    stopAndWait();
}

bool WorkJob::execute()
{
    store::ProjectStore project(m_params.projectPath);
    store::WorkJobRow row;
    QSet<QString> done;
    if (m_params.resumeJobId) {
        const auto stored = store::workJob(project, m_params.resumeJobId);
        if (!stored)
            throw store::StoreError(QCoreApplication::translate("WorkJob", "The project has no job %1 to continue.")
                                        .arg(m_params.resumeJobId));
        row = *stored;
        m_params.kind = row.kind;
        m_params.modelDir = row.modelPath;
        m_params.adapterDir = row.adapterPath;
        m_params.trainingRunId = row.trainingRunId;
        m_params.options = optionsFrom(row.paramsJson);
        m_params.options.resumingJob = row.id; // the rows it began with; the done fields tell what is left
        done = store::doneFields(project, row.id);
    }
    const services::WorkKind *kind = services::workKind(m_params.kind);
    if (!kind)
        throw store::StoreError(
            QCoreApplication::translate("WorkJob", "There is no job called \u201c%1\u201d.").arg(m_params.kind),
            QCoreApplication::translate("WorkJob", "Choose one of: %1.")
                .arg(services::workKindNames().join(QStringLiteral(", "))));

    reportProgress(-1, QCoreApplication::translate("WorkJob", "Finding what needs doing"));
    QList<services::WorkPrompt> prompts = kind->prompts(project, m_params.options);
    const qsizetype all = prompts.size();
    prompts.removeIf([&](const services::WorkPrompt &p) {
        return std::all_of(p.fields.begin(), p.fields.end(),
            [&](const QString &f) { return done.contains(p.itemKey + QLatin1Char('\t') + f); });
    });
    if (!m_params.resumeJobId) {
        row.kind = kind->name();
        row.modelPath = m_params.modelDir;
        row.adapterPath = m_params.adapterDir;
        row.trainingRunId = m_params.trainingRunId;
        row.paramsJson = paramsJson(m_params);
        row.status = QStringLiteral("running");
        row.itemsTotal = all;
        row.id = store::addWorkJob(project, row);
    } else {
        row.status = QStringLiteral("running");
        row.itemsDone = all - prompts.size();
        store::updateWorkJob(project, row);
    }
    m_jobId.store(row.id);
    m_result.jobId = row.id;
    Q_EMIT jobCreated(row.id);
    // A failure below leaves the job marked failed, with the reason, not "running".
    struct MarkFailed
    {
        store::ProjectStore &project;
        store::WorkJobRow &row;
        ~MarkFailed()
        {
            if (std::uncaught_exceptions() == 0)
                return;
            try {
                row.status = QStringLiteral("failed");
                store::updateWorkJob(project, row);
            } catch (...) { // the store failing is what is being reported already
            }
        }
    } markFailed {project, row};
    const auto finish = [&](const QString &status) {
        row.status = status;
        row.finishedAt = status == QLatin1String("finished") ? now() : QString();
        store::updateWorkJob(project, row);
        return status != QLatin1String("cancelled");
    };
    if (prompts.isEmpty())
        return finish(QStringLiteral("finished"));

    reportProgress(-1, QCoreApplication::translate("WorkJob", "Loading the model"));
    engine::LoadOptions load;
    load.adapter = m_params.adapterDir.toStdString();
    load.device = m_params.device.toStdString();
    load.threads = services::computeThreads(m_params.threads);
    auto model = engine::LanguageModel::load(m_params.modelDir.toStdString(), load);

    // Prompts of one task and similar length share a batch, so little of each batch is padding.
    const auto taskOf = [&](const services::WorkPrompt &p) { return p.task.isEmpty() ? kind->task() : p.task; };
    std::vector<std::vector<engine::TokenId>> ids;
    ids.reserve(std::size_t(prompts.size()));
    for (const services::WorkPrompt &p : prompts) {
        const engine::InstructionRecord record {taskOf(p).toStdString(), {}, {}, p.instruction.toStdString(),
            p.input.toStdString(), data::optionsPromptText(p.optionsJson).toStdString(), {}};
        ids.push_back(engine::instructionPromptIds(record, model->tokenizer(), model->chatTemplate()));
    }
    std::vector<std::size_t> order(ids.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const QString ta = taskOf(prompts[qsizetype(a)]), tb = taskOf(prompts[qsizetype(b)]);
        return ta != tb ? ta < tb : ids[a].size() < ids[b].size();
    });

    const std::size_t batch = std::size_t(std::max(1, m_params.batch));
    QElapsedTimer clock;
    clock.start();
    const double earlier = row.seconds;
    for (std::size_t begin = 0, end = 0; begin < order.size(); begin = end) {
        if (isCancelRequested())
            return finish(QStringLiteral("cancelled"));
        const QString task = taskOf(prompts[qsizetype(order[begin])]);
        std::vector<std::vector<engine::TokenId>> part;
        for (end = begin; end < order.size() && end - begin < batch && taskOf(prompts[qsizetype(order[end])]) == task;
             ++end)
            part.push_back(ids[order[end]]);
        // An option is read from its first token, picked among the options' own: one step per
        // answer, and an answer that always names an option.
        const QStringList options = kind->answerOptions(task);
        const Choices choices = choicesOf(options, model->tokenizer());
        engine::GenerationParams generation;
        generation.maxNewTokens = choices.options.isEmpty() ? kind->maxAnswerTokens(task) : 1;
        generation.firstTokenChoices = choices.firstTokens;
        const auto answers = model->generateBatch(part, generation, cancelFlag());
        if (isCancelRequested())
            return finish(QStringLiteral("cancelled")); // answers cut short are not kept
        QList<store::Suggestion> suggestions;
        for (std::size_t i = begin; i < end; ++i) {
            const engine::GenerationResult &answer = answers[i - begin];
            const services::WorkPrompt &prompt = prompts[qsizetype(order[i])];
            const double confidence
                = services::answerConfidence(!options.isEmpty(), answer.sumLogProb, answer.scoredTokens);
            QString text = QString::fromStdString(answer.text).trimmed();
            if (!choices.options.isEmpty() && !answer.ids.empty()) {
                const auto at = std::find(choices.firstTokens.begin(), choices.firstTokens.end(), answer.ids.front());
                if (at != choices.firstTokens.end())
                    text = choices.options[qsizetype(at - choices.firstTokens.begin())];
            }
            const QList<store::Suggestion> read = kind->read(prompt, text, confidence);
            for (store::Suggestion s : read) {
                s.jobId = row.id;
                m_result.suggestions += s.decision == store::Suggestion::Decision::Pending;
                m_result.unusable += services::unreadableAnswer(s);
                suggestions << s;
            }
        }
        store::addSuggestions(project, suggestions);
        m_result.prompts += qint64(end - begin);
        m_result.seconds = double(clock.elapsed()) / 1000.0;
        row.itemsDone += qint64(end - begin);
        row.seconds = earlier + m_result.seconds;
        store::updateWorkJob(project, row);
        Q_EMIT answersKept(row.itemsDone, row.itemsTotal);
        const double rate = m_result.promptsPerSecond();
        const double left = double(row.itemsTotal - row.itemsDone);
        reportProgress(double(row.itemsDone) / double(std::max<qint64>(1, row.itemsTotal)),
            QCoreApplication::translate("WorkJob", "%1: %2 of %3 asked (%4 per second)")
                .arg(kind->title())
                .arg(row.itemsDone)
                .arg(row.itemsTotal)
                .arg(QLocale().toString(rate, 'f', rate < 10 ? 1 : 0)),
            rate > 0 ? left / rate : -1);
    }
    return finish(QStringLiteral("finished"));
}

} // namespace shoptuner::jobs
