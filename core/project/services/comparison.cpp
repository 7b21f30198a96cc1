#include "comparison.h"

#include "engine/model/model_config.h"
#include "shoptuner/tasks.h"
#include "store/eval_tables.h"
#include "store/project_store.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace shoptuner::services {
namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Report", text);
}

QString modelName(const QString &path)
{
    return QString::fromStdString(engine::modelFolderName(path.toStdString()));
}

int settingRank(const QString &setting)
{
    if (setting.startsWith(QLatin1String("IND_Diverse")))
        return 0;
    if (setting.startsWith(QLatin1String("IND")))
        return 1;
    return 2;
}

} // namespace

QString evaluationLabel(const store::Evaluation &e)
{
    QString label = QStringLiteral("#%1 %2").arg(e.id).arg(modelName(e.modelPath));
    if (e.trainingRunId)
        return label + QCoreApplication::translate("Report", " + run %1").arg(*e.trainingRunId);
    if (!e.adapterPath.isEmpty())
        return label + QCoreApplication::translate("Report", " + adapter %1").arg(modelName(e.adapterPath));
    return label + QCoreApplication::translate("Report", " (base)");
}

Comparison buildComparison(store::ProjectStore &project, const QList<std::int64_t> &evaluationIds,
    const Baselines &baselines, const QStringList &publishedModels, const QString &group)
{
    Comparison c;
    c.group = group;
    for (const QString &m : publishedModels)
        if (baselines.models.contains(m))
            c.publishedModels << m;
    const std::vector<store::Evaluation> all = store::listEvaluations(project);
    for (std::int64_t id : evaluationIds) {
        const auto it = std::find_if(all.begin(), all.end(), [id](const store::Evaluation &e) { return e.id == id; });
        if (it == all.end())
            continue;
        c.evaluations << ComparedEvaluation {
            it->id, evaluationLabel(*it), it->createdAt, it->modelPath, it->adapterPath, it->status};
    }
    // One row per (task, test set, metric): two evaluations that scored AG differently stay apart.
    QMap<QString, ComparisonRow> rows;
    for (int i = 0; i < c.evaluations.size(); ++i) {
        for (const store::EvalResult &r : store::evalResults(project, c.evaluations[i].id)) {
            const QString rowGroup
                = r.setting.startsWith(QLatin1String("OOD")) ? QStringLiteral("OOD") : QStringLiteral("IND");
            if (!group.isEmpty() && rowGroup != group)
                continue;
            const int taskRank = shoptuner::taskIndex(r.task.toStdString()); // the paper's order
            const QString key = QStringLiteral("%1|%2|%3|%4")
                                    .arg(taskRank < 0 ? 99 : taskRank, 2, 10, QLatin1Char('0'))
                                    .arg(settingRank(r.setting))
                                    .arg(r.setting, r.metric);
            ComparisonRow &row = rows[key];
            if (row.cells.isEmpty()) {
                row.task = r.task;
                row.setting = r.setting;
                row.group = rowGroup;
                row.metric = r.metric;
                row.comparable = baselines.metricOf.value(r.task) == r.metric;
                row.cells.resize(c.evaluations.size());
                for (const QString &m : c.publishedModels)
                    row.published << (row.comparable ? baselines.score(m, rowGroup, r.task) : std::nullopt);
            }
            ComparisonCell &cell = row.cells[i];
            cell.value = r.value;
            cell.ciLow = r.ciLow.value_or(r.value);
            cell.ciHigh = r.ciHigh.value_or(r.value);
            cell.n = r.n;
            cell.invalid = r.invalid;
        }
    }
    for (ComparisonRow &row : rows) {
        double top = -1;
        int count = 0, scored = 0;
        for (int i = 0; i < row.cells.size(); ++i) {
            if (!row.cells[i].value)
                continue;
            ++scored;
            if (*row.cells[i].value > top) {
                top = *row.cells[i].value;
                row.best = i;
                count = 1;
            } else if (*row.cells[i].value == top) {
                ++count;
            }
        }
        if (count != 1 || scored < 2)
            row.best = -1;
        c.rows << row;
    }
    return c;
}

QString comparisonCsv(const Comparison &c)
{
    QStringList header = {"task", "setting", "metric"};
    for (const ComparedEvaluation &e : c.evaluations)
        for (const char *field : {"", " ci95_low", " ci95_high", " n", " invalid"})
            header << e.label + QLatin1String(field);
    header << c.publishedModels;
    QStringList lines;
    for (QString &h : header)
        h = csvField(h);
    lines << header.join(QLatin1Char(','));
    for (const ComparisonRow &r : c.rows) {
        QStringList f = {taskAbbreviation(r.task), r.setting, r.metric};
        for (const ComparisonCell &cell : r.cells) {
            if (cell.value)
                f << QString::number(*cell.value, 'g', 12) << QString::number(cell.ciLow, 'g', 12)
                  << QString::number(cell.ciHigh, 'g', 12) << QString::number(cell.n) << QString::number(cell.invalid);
            else
                f << QString() << QString() << QString() << QString() << QString();
        }
        for (const auto &p : r.published)
            f << (p ? QString::number(*p, 'g', 6) : QString());
        for (QString &x : f)
            x = csvField(x);
        lines << f.join(QLatin1Char(','));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString comparisonHtml(const Comparison &c, const Baselines &baselines, const QString &chartSource)
{
    const auto t = [](const char *text) { return translated(text).toHtmlEscaped(); };
    QString html = htmlPageStart(t(QT_TRANSLATE_NOOP("Report", "ShopTuner comparison")),
        QStringLiteral(".best{font-weight:bold;background:#e3f4e1}.pub{color:#555}"));
    const QString scope = c.group == QLatin1String("IND")
        ? t(QT_TRANSLATE_NOOP("Report", "in-domain test sets (the shop's own products)"))
        : c.group == QLatin1String("OOD")
        ? t(QT_TRANSLATE_NOOP("Report", "out-of-domain test sets (product categories left out of training)"))
        : t(QT_TRANSLATE_NOOP("Report", "all test sets"));
    html += QStringLiteral("<h1>%1</h1><p>%2 %3</p><ul>")
                .arg(t(QT_TRANSLATE_NOOP("Report", "Models compared task by task")),
                    t(QT_TRANSLATE_NOOP("Report", "Scope:")), scope);
    for (const ComparedEvaluation &e : c.evaluations)
        html += QStringLiteral("<li><b>%1</b>: %2%3, %4</li>")
                    .arg(e.label.toHtmlEscaped(), e.modelPath.toHtmlEscaped(),
                        e.adapterPath.isEmpty() ? QString() : QStringLiteral(" + ") + e.adapterPath.toHtmlEscaped(),
                        e.createdAt.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    if (!chartSource.isEmpty())
        html += QStringLiteral("<p><img src=\"%1\" width=\"900\"></p>").arg(chartSource.toHtmlEscaped());
    html += QStringLiteral("<table><tr><th class=\"l\">%1</th><th class=\"l\">%2</th><th class=\"l\">%3</th>")
                .arg(t(QT_TRANSLATE_NOOP("Report", "Task")), t(QT_TRANSLATE_NOOP("Report", "Test set")),
                    t(QT_TRANSLATE_NOOP("Report", "Metric")));
    for (const ComparedEvaluation &e : c.evaluations)
        html += QStringLiteral("<th>%1</th>").arg(e.label.toHtmlEscaped());
    for (const QString &m : c.publishedModels)
        html += QStringLiteral("<th class=\"pub\">%1</th>").arg(m.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const ComparisonRow &r : c.rows) {
        html += QStringLiteral("<tr><td class=\"l\">%1</td><td class=\"l\">%2</td><td class=\"l\">%3</td>")
                    .arg(QStringLiteral("%1 (%2)").arg(taskTitle(r.task), taskAbbreviation(r.task)).toHtmlEscaped(),
                        QStringLiteral("%1 (%2)").arg(settingWords(r.setting), r.setting).toHtmlEscaped(),
                        r.metric.toHtmlEscaped());
        for (int i = 0; i < r.cells.size(); ++i) {
            const ComparisonCell &cell = r.cells[i];
            html += cell.value ? QStringLiteral("<td%1>%2 <small>(%3–%4)</small></td>")
                                     .arg(i == r.best ? QStringLiteral(" class=\"best\"") : QString(),
                                         formatScore(*cell.value), formatScore(cell.ciLow), formatScore(cell.ciHigh))
                               : QStringLiteral("<td>–</td>");
        }
        for (const auto &p : r.published)
            html += QStringLiteral("<td class=\"pub\">%1</td>").arg(p ? formatScore(*p) : QStringLiteral("–"));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table><p>%1</p><ul>")
                .arg(t(QT_TRANSLATE_NOOP("Report",
                    "In brackets: the 95% interval from resampling the test items. Bold: the best model on that row. "
                    "Published scores appear only where the metric is the one the tables use.")));
    for (const QString &m : c.publishedModels)
        html += QStringLiteral("<li>%1: %2</li>").arg(m.toHtmlEscaped(), baselines.sourceOf.value(m).toHtmlEscaped());
    html += QStringLiteral("</ul></body></html>\n");
    return html;
}

} // namespace shoptuner::services
