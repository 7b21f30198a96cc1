// Evaluations in the project file: which model was scored when, each task's figures with their
// confidence interval and invalid count, and every prediction (for the worst mistakes).
#pragma once

#include <QMap>
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
// Each answer's own score, by record id (see schema version 4).
void setPredictionScores(
    ProjectStore &store, std::int64_t evaluationId, const std::vector<std::pair<std::int64_t, double>> &scores);

// How many answers scored full marks (right, for the classification tasks), keyed by
// "task\x1fsetting"; a group with unscored answers (evaluations before schema 4) is missing.
QMap<QString, qint64> fullMarks(ProjectStore &store, std::int64_t evaluationId);

// The worst answers: those with the lowest score below 1, lowest first (ties in record order).
// Answers without a score (evaluations before schema 4) count as mistakes when they differ from
// the expected answer, ignoring case and surrounding space, and come after the scored ones.
struct Mistake
{
    std::int64_t recordId = 0;
    QString input;
    QString expected;
    QString produced;
    std::optional<double> score;
};
std::vector<Mistake> mistakes(
    ProjectStore &store, std::int64_t evaluationId, const QString &task, const QString &setting, int limit);

} // namespace shoptuner::store
