// Training runs in the project file: their settings, status and curves (run_points), so runs
// survive closing the app, can be resumed, and can be compared.
#pragma once

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace shoptuner::store {

class ProjectStore;

struct TrainingRun
{
    std::int64_t id = 0;
    QString createdAt;
    QString modelPath;
    QString paramsJson;
    QString tasksJson = QStringLiteral("[]");
    QString status; // running, paused, finished, failed, cancelled
    QString outputDir;
    QString adapterPath;
    std::optional<double> bestValLoss;
    QString finishedAt;
    QString device;
    qint64 stepsDone = 0;
    qint64 totalSteps = 0;
    QString message; // the error, for failed runs
};

struct RunPoint
{
    qint64 step = 0;
    double epoch = 0;
    std::optional<double> trainLoss;
    std::optional<double> valLoss;
    std::optional<double> learningRate;
    std::optional<double> tokensPerSecond;
};

std::int64_t addTrainingRun(ProjectStore &store, const TrainingRun &run); // returns the id
void updateTrainingRun(ProjectStore &store, const TrainingRun &run); // by id
std::vector<TrainingRun> listTrainingRuns(ProjectStore &store); // newest first
std::optional<TrainingRun> trainingRun(ProjectStore &store, std::int64_t id);
void addRunPoint(ProjectStore &store, std::int64_t runId, const RunPoint &point);
void deleteRunPointsAfter(ProjectStore &store, std::int64_t runId, qint64 step); // a resumed run redoes them
std::vector<RunPoint> runPoints(ProjectStore &store, std::int64_t runId);

} // namespace shoptuner::store
