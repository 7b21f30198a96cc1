// The analyst's view of results: any evaluations of the project side by side, task by task, with
// published models beside them, filtered to in-domain or out-of-domain test sets, and exported as
// CSV or HTML (the PDF is the HTML printed). Built without a display; the Results page draws it.
#pragma once

#include "report.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace shoptuner::store {
class ProjectStore;
struct Evaluation;
} // namespace shoptuner::store

namespace shoptuner::services {

struct ComparedEvaluation
{
    std::int64_t id = 0;
    QString label; // "#4 SmolLM2-360M + run 2", unique within the comparison
    QString createdAt;
    QString modelPath;
    QString adapterPath;
    QString status;
};

struct ComparisonCell
{
    std::optional<double> value; // empty: this evaluation did not score this row
    double ciLow = 0, ciHigh = 0;
    qint64 n = 0, invalid = 0;
};

struct ComparisonRow
{
    QString task;
    QString setting;
    QString group; // IND or OOD
    QString metric;
    bool comparable = false; // the published tables use this metric
    QList<ComparisonCell> cells; // one per evaluation, in the comparison's order
    QList<std::optional<double>> published; // one per chosen published model
    int best = -1; // the evaluation with the highest value; -1 when fewer than two scored it or the top is a tie
};

struct Comparison
{
    QList<ComparedEvaluation> evaluations;
    QStringList publishedModels;
    QString group; // "", "IND" or "OOD"
    QList<ComparisonRow> rows; // in the paper's task order, then by test set
};

// "#4 SmolLM2-360M + run 2 (adapter)", "#3 SmolLM2-360M (base)".
QString evaluationLabel(const store::Evaluation &evaluation);

// Rows for every (task, test set, metric) any of the evaluations scored; `group` "" keeps both
// kinds of test set. Unknown evaluation ids and published models are left out.
Comparison buildComparison(store::ProjectStore &store, const QList<std::int64_t> &evaluationIds,
    const Baselines &baselines, const QStringList &publishedModels, const QString &group = {});

QString comparisonCsv(const Comparison &comparison);
// `chartSource`: an <img> source for the chart (a data: URL for files, a resource name for
// QTextDocument); none when empty.
QString comparisonHtml(const Comparison &comparison, const Baselines &baselines, const QString &chartSource = {});

} // namespace shoptuner::services
