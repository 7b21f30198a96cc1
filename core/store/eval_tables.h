// Evaluations in the project file: which model was scored when, each task's figures with their
// confidence interval and invalid count, and every prediction (for the worst mistakes).
#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace shoptuner::store {

class ProjectStore;

struct Evaluation
{
    std::int64_t id = 0;
    QString createdAt;
    QString modelPath;
    QString adapterPath;
    std::optional<std::int64_t> trainingRunId;
    QString paramsJson = QStringLiteral("{}");
    QString status; // running, finished, cancelled, failed
    QString finishedAt;
};

struct EvalResult
{
    std::int64_t evaluationId = 0;
    QString task;
    QString setting; // IND_Diverse_Instruction, IND_Unseen_Instruction, OOD_Diverse_Instruction
    QString metric; // the headline figure's name, e.g. "macro_f1"
    double value = 0;
    qint64 n = 0;
    qint64 invalid = 0;
    std::optional<double> ciLow, ciHigh;
    QString figuresJson = QStringLiteral("{}"); // every figure by name
};

std::int64_t addEvaluation(ProjectStore &store, const Evaluation &evaluation);
void setEvaluationStatus(ProjectStore &store, std::int64_t id, const QString &status);
std::vector<Evaluation> listEvaluations(ProjectStore &store); // newest first
void addEvalResult(ProjectStore &store, const EvalResult &result);
std::vector<EvalResult> evalResults(ProjectStore &store, std::int64_t evaluationId);
void addPrediction(ProjectStore &store, std::int64_t evaluationId, std::int64_t recordId, const QString &prediction);
qint64 predictionCount(ProjectStore &store, std::int64_t evaluationId);

// Test items the model got wrong (its answer is not the expected one, ignoring case and
// surrounding space), in record order.
struct Mistake
{
    std::int64_t recordId = 0;
    QString input;
    QString expected;
    QString produced;
};
std::vector<Mistake> mistakes(
    ProjectStore &store, std::int64_t evaluationId, const QString &task, const QString &setting, int limit);

} // namespace shoptuner::store
