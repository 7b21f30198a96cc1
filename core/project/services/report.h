// The benchmark report: an evaluation's per-task figures beside the published baselines, with a
// plain-language line and a verdict against a reference model the user picks, exported as HTML
// or CSV by the same code the Results view shows. No display needed.
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "services/task_words.h"

#include <array>
#include <optional>

namespace shoptuner::store {
class ProjectStore;
struct Evaluation;
} // namespace shoptuner::store

namespace shoptuner::services {

// Published scores (resources/baselines/ecellm_baselines.json).
struct Baselines
{
    QStringList models; // in the file's order
    QMap<QString, QString> kindOf; // model -> "general LLM", "fine-tuned on ECInstruct", ...
    QMap<QString, QString> sourceOf; // model -> source note
    QMap<QString, QString> metricOf; // task -> the published metric's name in our figures
    QMap<QString, double> scores; // key(model, group "IND"/"OOD", task) -> value
    static QString key(const QString &model, const QString &group, const QString &task);
    std::optional<double> score(const QString &model, const QString &group, const QString &task) const;
};
Baselines parseBaselines(const QByteArray &json); // throws std::runtime_error on a malformed file
Baselines bundledBaselines(); // the published tables shipped with ShopTuner

struct ReportRow
{
    QString task;
    QString setting;
    QString group; // IND or OOD
    QString metric;
    double value = 0;
    double ciLow = 0, ciHigh = 0;
    qint64 n = 0;
    qint64 invalid = 0;
    qint64 right = -1; // answers with full marks (right, for the classification tasks); -1 when not known
    std::optional<qint64> baseRight; // the same before training
    bool tooFew = false; // fewer test questions than a verdict against the published model needs
    bool comparable = false; // the published metric is the one we computed
    std::optional<double> reference; // the reference model's published score
    std::optional<double> baseValue; // the same model before training, when it was tested too
    QString plain; // "Right on 83 of 100 questions, up from 20 before training."
    QString verdict; // "Clearly above GPT-4 Turbo", "Too few questions to tell …", "Not compared: …"
    bool good = false; // at or above the reference (only meaningful with a reference and enough questions)
    QList<std::array<QString, 3>> mistakes; // input, expected, produced: the worst answers, worst first
};

// A test marked "running" whose process is gone (killed, crashed, the computer switched off) was
// stopped before it finished; its figures cover only the tasks scored by then.
enum class EvaluationState { Finished, Running, Interrupted, Cancelled, Failed };
EvaluationState evaluationState(const store::Evaluation &evaluation);
// What a test's answers were computed in, as people read it: "BF16 on the processor"; empty for a
// test from a version that did not keep it. F32 and BF16 answers can differ slightly.
QString evaluationComputedIn(const store::Evaluation &evaluation);
QString evaluationStateText(EvaluationState state); // translated: "still running", "stopped before it finished"

struct Report
{
    std::int64_t evaluationId = 0;
    EvaluationState state = EvaluationState::Finished;
    QString createdAt;
    QString modelPath;
    QString adapterPath;
    QString computedIn; // evaluationComputedIn()
    QString referenceModel;
    std::int64_t baseEvaluationId = 0; // the latest test of the base model alone, 0 when none
    // The test questions are ECInstruct's own (the project holds imported ECInstruct records and
    // no shop data): the published figures were measured on the same questions. Otherwise they
    // are the shop's kept-aside questions, and the published figures only a rough guide.
    bool publicBenchmark = false;
    QList<ReportRow> rows;
};

// What a report's figures say in a sentence or two: what training changed on the same
// questions (when the model before training was tested too), then the published model as like
// for like (public benchmark) or as a rough guide (the shop's own questions). Translated.
QString reportHeadline(const Report &report);

// The latest evaluation when evaluationId is 0; an empty report when there is none.
Report buildReport(store::ProjectStore &store, std::int64_t evaluationId, const Baselines &baselines,
    const QString &referenceModel = QStringLiteral("GPT-4 Turbo"), int mistakesPerRow = 3);
// `chartSource`: an <img> source for the chart (a data: URL for files, a resource name for
// QTextDocument); none when empty.
QString reportHtml(const Report &report, const Baselines &baselines, const QString &chartSource = {});
QString reportCsv(const Report &report, const Baselines &baselines);
// Below this many test questions a task gets no verdict against the published model.
inline constexpr qint64 kMinQuestionsToTell = 30;
// A score as a percentage in the user's language: "52%" ("52 %" in German).
QString percentText(double value);
// A time stored as ISO 8601 UTC ("2026-12-07T21:05:09Z"), in the user's time zone and short
// date format ("07.12.26 22:05" in Germany); the text as stored when it does not parse.
QString dateTimeText(const QString &isoUtc);

// Shared by the report and the comparison exports.
QString formatScore(double value); // "0.516"
QString csvField(const QString &value); // quoted when it holds a comma, quote or line break
// The start of an export's HTML page up to <body>, with the tables' style plus `extraStyle`.
QString htmlPageStart(const QString &title, const QString &extraStyle);

} // namespace shoptuner::services
