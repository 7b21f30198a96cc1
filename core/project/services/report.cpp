#include "report.h"

#include "engine/base/atomic_file.h"
#include "services/training_plan.h"
#include "shoptuner/tasks.h"
#include "store/eval_tables.h"
#include "store/project_store.h"
#include "store/shop_tables.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSysInfo>
#include <QTimeZone>

#include <cmath>
#include <stdexcept>

namespace shoptuner::services {
namespace {

QString number(double v)
{
    return formatScore(v);
}

// How the score moved since before training, as the end of a sentence: ", up from 20 before training".
QString changeSinceBase(qint64 now, std::optional<qint64> before)
{
    if (!before)
        return {};
    if (now == *before)
        return QCoreApplication::translate("Report", ", the same as before training");
    return (now > *before ? QCoreApplication::translate("Report", ", up from %1 before training")
                          : QCoreApplication::translate("Report", ", down from %1 before training"))
        .arg(*before);
}

QString scoreBefore(std::optional<double> before)
{
    if (!before)
        return {};
    return QCoreApplication::translate("Report", " (%1 before training)").arg(percentText(*before));
}

// What the figure means for a shop owner, in a sentence or two.
QString plainLine(const ReportRow &r)
{
    QString line;
    if (r.metric.startsWith(QLatin1String("bertscore")))
        // bert_score's rescale baseline for roberta-large, layer 17: F 0.831 for unrelated sentences.
        line = QCoreApplication::translate("Report",
            "Its answers are %1 close in meaning to the shop's own answers%2; unrelated sentences score "
            "about 83%.")
                   .arg(percentText(r.value), scoreBefore(r.baseValue));
    else if (r.metric == QLatin1String("rouge_l_f1"))
        line = QCoreApplication::translate(
            "Report", "Its answers share %1 of their wording with the shop's own answers%2.")
                   .arg(percentText(r.value), scoreBefore(r.baseValue));
    else if (r.metric == QLatin1String("ndcg"))
        line = QCoreApplication::translate("Report", "Ranking quality %1 over %2 searches%3.")
                   .arg(percentText(r.value))
                   .arg(r.n)
                   .arg(scoreBefore(r.baseValue));
    else if (r.right >= 0)
        line = QCoreApplication::translate("Report", "Right on %1 of %2 questions%3.")
                   .arg(r.right)
                   .arg(r.n)
                   .arg(changeSinceBase(r.right, r.baseRight));
    else
        line = QCoreApplication::translate("Report", "Scored %1 over %2 questions%3.")
                   .arg(percentText(r.value))
                   .arg(r.n)
                   .arg(scoreBefore(r.baseValue));
    if (r.n > 0 && r.invalid == r.n)
        line += QLatin1Char(' ')
            + QCoreApplication::translate(
                "Report", "None of its answers could be used: each matched none of the answers this question allows.");
    else if (r.invalid > 0)
        line += QLatin1Char(' ')
            + QCoreApplication::translate("Report",
                "%1 of %2 answers could not be used (they matched none of the allowed answers) and count as wrong.")
                  .arg(r.invalid)
                  .arg(r.n);
    return line;
}

// The row against the reference model's published score, or why there is no such comparison.
void judge(ReportRow &row, const Baselines &baselines, const QString &referenceModel)
{
    row.tooFew = row.n < kMinQuestionsToTell;
    row.good = row.reference && row.value >= *row.reference; // a reference exists only where comparable
    if (!row.comparable) {
        const QString published = baselines.metricOf.value(row.task);
        row.verdict = published.startsWith(QLatin1String("bertscore"))
            ? QCoreApplication::translate("Report",
                "Not compared: the published figures measure closeness in meaning with BERTScore, which needs the "
                "roberta-large encoder")
            : QCoreApplication::translate("Report", "Not compared: the published figure is measured as %1")
                  .arg(metricName(published));
    } else if (!row.reference) {
        row.verdict = QCoreApplication::translate("Report", "%1 published no score for this").arg(referenceModel);
    } else if (row.tooFew) {
        row.verdict = QCoreApplication::translate(
            "Report", "Too few questions to tell how it compares with %1 (%2 tested, at least %3 needed)")
                          .arg(referenceModel)
                          .arg(row.n)
                          .arg(kMinQuestionsToTell);
    } else {
        // The interval says whether the difference could be chance with this many test items.
        const bool clear = row.good ? row.ciLow > *row.reference : row.ciHigh < *row.reference;
        row.verdict = (clear
                ? (row.good ? QCoreApplication::translate("Report", "Clearly above %1 (%2)")
                            : QCoreApplication::translate("Report", "Clearly below %1 (%2)"))
                : QCoreApplication::translate("Report", "About level with %1 (%2): the difference could be chance"))
                          .arg(referenceModel, percentText(*row.reference));
    }
}

} // namespace

QString formatScore(double value)
{
    return QString::number(value, 'f', 3);
}

QString csvField(const QString &v)
{
    if (!v.contains(QLatin1Char(',')) && !v.contains(QLatin1Char('"')) && !v.contains(QLatin1Char('\n')))
        return v;
    return QLatin1Char('"') + QString(v).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString htmlPageStart(const QString &title, const QString &extraStyle)
{
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                          "<style>body{font-family:sans-serif}table{border-collapse:collapse}"
                          "td,th{border:1px solid #bbb;padding:3px 8px;text-align:right}"
                          "td.l,th.l{text-align:left}%2</style></head><body>")
        .arg(title, extraStyle);
}

QString percentText(double value)
{
    return QCoreApplication::translate("Report", "%1%").arg(QLocale().toString(qRound(value * 100)));
}

QString dateTimeText(const QString &isoUtc)
{
    QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!t.isValid())
        return isoUtc;
    if (t.timeSpec() == Qt::LocalTime) // stored without a zone: written as UTC
        t.setTimeZone(QTimeZone::utc());
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

QString Baselines::key(const QString &model, const QString &group, const QString &task)
{
    return model + QLatin1Char('\x1f') + group + QLatin1Char('\x1f') + task;
}

std::optional<double> Baselines::score(const QString &model, const QString &group, const QString &task) const
{
    const auto it = scores.constFind(key(model, group, task));
    return it == scores.constEnd() ? std::nullopt : std::optional<double>(*it);
}

Baselines parseBaselines(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    if (root.value(QLatin1String("format_version")).toInt() != 1)
        throw std::runtime_error("baselines file: not format 1 (" + error.errorString().toStdString() + ")");
    Baselines b;
    const QJsonObject metrics = root.value(QLatin1String("headline_metrics")).toObject();
    for (auto it = metrics.begin(); it != metrics.end(); ++it)
        b.metricOf.insert(it.key(), it.value().toString());
    const QJsonObject sources = root.value(QLatin1String("sources")).toObject();
    for (const QJsonValue &v : root.value(QLatin1String("models")).toArray()) {
        const QJsonObject m = v.toObject();
        const QString name = m.value(QLatin1String("name")).toString();
        b.models << name;
        b.kindOf.insert(name, m.value(QLatin1String("kind")).toString());
        const QJsonObject source = sources.value(m.value(QLatin1String("source")).toString()).toObject();
        const QString note = source.value(QLatin1String("note")).toString();
        b.sourceOf.insert(name,
            source.value(QLatin1String("title")).toString()
                + (note.isEmpty() ? QString() : QStringLiteral(" — ") + note));
        for (const char *group : {"IND", "OOD"}) {
            const QJsonObject scores = m.value(QLatin1String(group)).toObject();
            for (auto it = scores.begin(); it != scores.end(); ++it)
                if (it.value().isDouble())
                    b.scores.insert(Baselines::key(name, QLatin1String(group), it.key()), it.value().toDouble());
        }
    }
    if (b.models.isEmpty())
        throw std::runtime_error("baselines file: no models");
    return b;
}

Baselines bundledBaselines()
{
    QFile f(QStringLiteral(":/shoptuner/baselines/ecellm_baselines.json"));
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("the bundled baselines are missing from this build");
    return parseBaselines(f.readAll());
}

EvaluationState evaluationState(const store::Evaluation &e)
{
    if (e.status == QLatin1String("finished"))
        return EvaluationState::Finished;
    if (e.status == QLatin1String("cancelled"))
        return EvaluationState::Cancelled;
    if (e.status != QLatin1String("running"))
        return EvaluationState::Failed;
    const QJsonObject params = QJsonDocument::fromJson(e.paramsJson.toUtf8()).object();
    if (!params.contains(QLatin1String("pid")))
        return EvaluationState::Interrupted; // from a version that did not record its process
    if (params.value(QLatin1String("host")).toString() != QSysInfo::machineHostName())
        return EvaluationState::Running; // another computer's process: cannot tell, assume it runs
    return engine::processIsRunning(static_cast<long>(params.value(QLatin1String("pid")).toInteger()))
        ? EvaluationState::Running
        : EvaluationState::Interrupted;
}

QString evaluationComputedIn(const store::Evaluation &e)
{
    const QJsonObject params = QJsonDocument::fromJson(e.paramsJson.toUtf8()).object();
    const QString dtype = params.value(QLatin1String("dtype")).toString();
    if (dtype.isEmpty())
        return {};
    //: %1 is a number format (F32, BF16), %2 the device: "the processor", "the graphics card (cuda:0)"
    return QCoreApplication::translate("Report", "%1 on %2")
        .arg(dtype.toUpper(), deviceWords(params.value(QLatin1String("device")).toString()));
}

QString evaluationStateText(EvaluationState state)
{
    switch (state) {
    case EvaluationState::Finished:
        return QCoreApplication::translate("Report", "finished");
    case EvaluationState::Running:
        return QCoreApplication::translate("Report", "still running");
    case EvaluationState::Interrupted:
        return QCoreApplication::translate("Report", "stopped before it finished");
    case EvaluationState::Cancelled:
        return QCoreApplication::translate("Report", "cancelled");
    case EvaluationState::Failed:
        return QCoreApplication::translate("Report", "failed");
    }
    return {};
}

Report buildReport(store::ProjectStore &project, std::int64_t evaluationId, const Baselines &baselines,
    const QString &referenceModel, int mistakesPerRow)
{
    Report report;
    report.referenceModel = referenceModel;
    // By default the latest finished test of a trained model (an adapter), else of any model.
    const std::vector<store::Evaluation> evaluations = store::listEvaluations(project);
    const store::Evaluation *chosen = nullptr;
    for (int pass = 0; pass < 2 && !chosen; ++pass)
        for (const store::Evaluation &e : evaluations)
            if (evaluationId ? e.id == evaluationId
                             : e.status == QLatin1String("finished") && (pass == 1 || !e.adapterPath.isEmpty())) {
                chosen = &e;
                break;
            }
    if (chosen) {
        report.evaluationId = chosen->id;
        report.state = evaluationState(*chosen);
        report.createdAt = chosen->createdAt;
        report.modelPath = chosen->modelPath;
        report.adapterPath = chosen->adapterPath;
        report.computedIn = evaluationComputedIn(*chosen);
    }
    if (report.evaluationId == 0)
        return report;
    bool ecInstruct = false, shopData = false;
    for (const store::ImportInfo &i : store::listImports(project))
        (i.kind == store::DataKind::EcInstruct ? ecInstruct : shopData) = true;
    report.publicBenchmark = ecInstruct && !shopData;
    // The base model tested alone (no adapter) on the same model, to show what training changed.
    QMap<QString, double> baseValues;
    QMap<QString, qint64> baseRight;
    const QMap<QString, qint64> right = store::fullMarks(project, report.evaluationId);
    if (!report.adapterPath.isEmpty())
        for (const store::Evaluation &e : evaluations)
            if (e.status == QLatin1String("finished") && e.adapterPath.isEmpty() && e.modelPath == report.modelPath) {
                report.baseEvaluationId = e.id;
                for (const store::EvalResult &b : store::evalResults(project, e.id))
                    baseValues.insert(b.task + QLatin1Char('\x1f') + b.setting, b.value);
                baseRight = store::fullMarks(project, e.id);
                break;
            }
    for (const store::EvalResult &r : store::evalResults(project, report.evaluationId)) {
        ReportRow row;
        row.task = r.task;
        row.setting = r.setting;
        row.group = r.setting.startsWith(QLatin1String("OOD")) ? QStringLiteral("OOD") : QStringLiteral("IND");
        row.metric = r.metric;
        row.value = r.value;
        row.ciLow = r.ciLow.value_or(r.value);
        row.ciHigh = r.ciHigh.value_or(r.value);
        row.n = r.n;
        row.invalid = r.invalid;
        row.comparable = baselines.metricOf.value(r.task) == r.metric;
        if (const auto it = baseValues.constFind(r.task + QLatin1Char('\x1f') + r.setting); it != baseValues.constEnd())
            row.baseValue = *it;
        row.reference = row.comparable ? baselines.score(referenceModel, row.group, r.task) : std::nullopt;
        if (const auto it = right.constFind(r.task + QLatin1Char('\x1f') + r.setting); it != right.constEnd())
            row.right = *it;
        if (const auto it = baseRight.constFind(r.task + QLatin1Char('\x1f') + r.setting); it != baseRight.constEnd())
            row.baseRight = *it;
        judge(row, baselines, referenceModel);
        row.plain = plainLine(row);
        for (const store::Mistake &m : store::mistakes(project, report.evaluationId, r.task, r.setting, mistakesPerRow))
            row.mistakes.append({readableText(m.input), readableText(m.expected), readableText(m.produced)});
        report.rows << row;
    }
    return report;
}

QString reportHeadline(const Report &report)
{
    int withBase = 0, improved = 0, clearly = 0, compared = 0, atOrAbove = 0, tooFew = 0;
    qint64 answers = 0, unusable = 0;
    for (const ReportRow &r : report.rows) {
        answers += r.n;
        unusable += r.invalid;
        if (r.baseValue) {
            ++withBase;
            improved += r.value > *r.baseValue;
            clearly += !r.tooFew && r.ciLow > *r.baseValue;
        }
        if (r.reference && r.tooFew)
            ++tooFew;
        else if (r.reference) {
            ++compared;
            atOrAbove += r.good;
        }
    }
    QStringList text;
    if (answers > 0 && unusable == answers)
        text << QCoreApplication::translate("Report",
            "None of the model's %1 answers could be used: each matched none of the answers its question allows. "
            "It needs more training: train for longer or on more examples, then test again.")
                    .arg(answers);
    else if (unusable * 5 > answers)
        text << QCoreApplication::translate("Report",
            "%1 of the model's %2 answers could not be used (they matched none of the allowed answers); they count "
            "as wrong.")
                    .arg(unusable)
                    .arg(answers);
    if (withBase > 0)
        text << (clearly > 0 ? QCoreApplication::translate("Report",
                     "Training made the model better on %1 of %2 tests, on the same questions (on %3 "
                     "of them by more than chance explains).")
                                   .arg(improved)
                                   .arg(withBase)
                                   .arg(clearly)
                             : QCoreApplication::translate(
                                 "Report", "Training made the model better on %1 of %2 tests, on the same questions.")
                                   .arg(improved)
                                   .arg(withBase));
    else if (!report.adapterPath.isEmpty())
        text << QCoreApplication::translate(
            "Report", "Test the model before training too (the same questions) to see what training changed.");
    if (compared > 0) {
        const QString published = report.publicBenchmark
            ? QCoreApplication::translate("Report",
                "On ECInstruct's public test, the questions of the published table, it is at or above %1 on %2 of "
                "%3 tests.")
            : QCoreApplication::translate("Report",
                "As a rough guide only: %1's published scores come from ECInstruct's questions, not your shop's; "
                "on %2 of %3 tests yours is at or above them.");
        text << published.arg(report.referenceModel).arg(atOrAbove).arg(compared);
        if (tooFew > 0)
            text << QCoreApplication::translate(
                "Report", "Tests with too few questions (under %2) to compare with the published scores: %1.")
                        .arg(tooFew)
                        .arg(kMinQuestionsToTell);
    } else if (tooFew > 0) {
        const QString published = report.publicBenchmark
            ? QCoreApplication::translate("Report",
                "On ECInstruct's public test, the questions of the published table, every test had too few "
                "questions (under %2) to compare with %1.")
            : QCoreApplication::translate("Report",
                "As a rough guide only: %1's published scores come from ECInstruct's questions, not your shop's; "
                "every test had too few questions (under %2) to compare with them.");
        text << published.arg(report.referenceModel).arg(kMinQuestionsToTell);
    }
    return text.join(QLatin1Char(' '));
}

QString reportCsv(const Report &report, const Baselines &baselines)
{
    QStringList header
        = {"task", "setting", "metric", "value", "ci95_low", "ci95_high", "n", "invalid", "before_training"};
    for (const QString &m : baselines.models)
        header << m;
    QStringList lines = {header.join(QLatin1Char(','))};
    for (const ReportRow &r : report.rows) {
        QStringList f = {taskAbbreviation(r.task), r.setting, r.metric, QString::number(r.value, 'g', 12),
            QString::number(r.ciLow, 'g', 12), QString::number(r.ciHigh, 'g', 12), QString::number(r.n),
            QString::number(r.invalid), r.baseValue ? QString::number(*r.baseValue, 'g', 12) : QString()};
        for (const QString &m : baselines.models) {
            const auto v = r.comparable ? baselines.score(m, r.group, r.task) : std::nullopt;
            f << (v ? QString::number(*v, 'g', 6) : QString());
        }
        for (QString &x : f)
            x = csvField(x);
        lines << f.join(QLatin1Char(','));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

namespace {

QString escapedTr(const char *text) // translated in the Report context, escaped for HTML
{
    return QCoreApplication::translate("Report", text).toHtmlEscaped();
}

QString th(const QString &text, bool left = false)
{
    return QStringLiteral("<th%1>%2</th>").arg(left ? QStringLiteral(" class=\"l\"") : QString(), text);
}

// The title: which model, when, compared with what; and a warning when the test is unfinished.
QString htmlHeading(const Report &report)
{
    QString html;
    const QString model = QFileInfo(report.modelPath).fileName().toHtmlEscaped()
        + (report.adapterPath.isEmpty()
                ? QString()
                : QCoreApplication::translate("Report", " with adapter %1").arg(report.adapterPath).toHtmlEscaped());
    const QString computed = report.computedIn.isEmpty()
        ? QString()
        : QStringLiteral("<br>%1 %2")
              .arg(escapedTr(QT_TRANSLATE_NOOP("Report", "Computed in:")), report.computedIn.toHtmlEscaped());
    html += QStringLiteral("<h1>%1</h1><p>%2 %3<br>%4 %5%8<br>%6 %7</p>")
                .arg(escapedTr(QT_TRANSLATE_NOOP("Report", "How well the model does your shop's tasks")),
                    escapedTr(QT_TRANSLATE_NOOP("Report", "Model:")), model,
                    escapedTr(QT_TRANSLATE_NOOP("Report", "Evaluated:")), report.createdAt.toHtmlEscaped(),
                    escapedTr(QT_TRANSLATE_NOOP("Report", "Compared with:")), report.referenceModel.toHtmlEscaped(),
                    computed);
    if (report.state != EvaluationState::Finished)
        html += QStringLiteral("<p class=\"bad\"><b>%1</b></p>")
                    .arg(QCoreApplication::translate("Report",
                        "This test is not finished (%1): the figures below cover only the tasks scored so far.")
                             .arg(evaluationStateText(report.state))
                             .toHtmlEscaped());
    if (const QString headline = reportHeadline(report); !headline.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(headline.toHtmlEscaped());
    return html;
}

// This model's score per task and test set, against the reference model.
QString htmlResults(const Report &report)
{
    QString html;
    html += QStringLiteral("<table><tr>") + th(escapedTr(QT_TRANSLATE_NOOP("Report", "Task")), true)
        + th(escapedTr(QT_TRANSLATE_NOOP("Report", "Test set")), true)
        + th(escapedTr(QT_TRANSLATE_NOOP("Report", "Metric")))
        + th(escapedTr(QT_TRANSLATE_NOOP("Report", "This model")))
        + th(escapedTr(QT_TRANSLATE_NOOP("Report", "95% interval")))
        + th(escapedTr(QT_TRANSLATE_NOOP("Report", "Invalid")))
        + th(escapedTr(QT_TRANSLATE_NOOP("Report", "Before training"))) + th(report.referenceModel.toHtmlEscaped())
        + th(escapedTr(QT_TRANSLATE_NOOP("Report", "In plain words")), true) + QStringLiteral("</tr>");
    for (const ReportRow &r : report.rows) {
        html += QStringLiteral("<tr class=\"%1\"><td class=\"l\">%2</td><td class=\"l\">%3</td><td>%4</td><td>%5</td>"
                               "<td>%6–%7</td><td>%8</td><td>%9</td><td>%10</td><td class=\"l\">%11 %12.</td></tr>")
                    .arg(r.reference && !r.tooFew ? (r.good ? "good" : "bad") : "",
                        QStringLiteral("%1 (%2)").arg(taskTitle(r.task), taskAbbreviation(r.task)).toHtmlEscaped(),
                        QStringLiteral("%1 (%2)").arg(settingWords(r.setting), r.setting).toHtmlEscaped(), r.metric,
                        number(r.value), number(r.ciLow), number(r.ciHigh),
                        QCoreApplication::translate("Report", "%1 of %2").arg(r.invalid).arg(r.n).toHtmlEscaped(),
                        r.baseValue ? number(*r.baseValue) : QStringLiteral("–"))
                    .arg(r.reference ? number(*r.reference) : QStringLiteral("–"), r.plain.toHtmlEscaped(),
                        r.verdict.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    return html;
}

// Every published score, one table per test-set kind, for comparing with other models too.
QString htmlPublishedScores(const Report &report, const Baselines &baselines)
{
    QString html;
    QStringList tasks;
    for (const ReportRow &r : report.rows)
        if (r.comparable && !tasks.contains(r.task))
            tasks << r.task;
    for (const char *group : {"IND", "OOD"}) {
        html += QStringLiteral("<h2>%1</h2><table><tr>")
                    .arg(QLatin1String(group) == QLatin1String("IND")
                            ? escapedTr(QT_TRANSLATE_NOOP("Report", "Published scores, in-domain test sets"))
                            : escapedTr(QT_TRANSLATE_NOOP("Report", "Published scores, out-of-domain test sets")))
            + th(escapedTr(QT_TRANSLATE_NOOP("Report", "Model")), true);
        for (const QString &task : tasks)
            html += th(taskAbbreviation(task));
        html += QStringLiteral("</tr>");
        for (const QString &m : baselines.models) {
            html += QStringLiteral("<tr><td class=\"l\">%1</td>").arg(m.toHtmlEscaped());
            for (const QString &task : tasks) {
                const auto v = baselines.score(m, QLatin1String(group), task);
                html += QStringLiteral("<td>%1</td>").arg(v ? number(*v) : QStringLiteral("–"));
            }
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

// The model's worst answers per task, so the numbers can be checked against reality.
QString htmlWorstAnswers(const Report &report)
{
    QString html;
    bool anyMistakes = false;
    for (const ReportRow &r : report.rows) {
        if (r.mistakes.isEmpty())
            continue;
        if (!anyMistakes)
            html += QStringLiteral("<h2>%1</h2>").arg(escapedTr(QT_TRANSLATE_NOOP("Report", "The worst answers")));
        anyMistakes = true;
        html += QStringLiteral("<h3>%1, %2</h3><table><tr>")
                    .arg(taskTitle(r.task).toHtmlEscaped(), settingWords(r.setting).toHtmlEscaped())
            + th(escapedTr(QT_TRANSLATE_NOOP("Report", "Question")), true)
            + th(escapedTr(QT_TRANSLATE_NOOP("Report", "Expected")), true)
            + th(escapedTr(QT_TRANSLATE_NOOP("Report", "The model said")), true) + QStringLiteral("</tr>");
        for (const auto &m : r.mistakes)
            html += QStringLiteral("<tr><td class=\"l\">%1</td><td class=\"l\">%2</td><td class=\"l\">%3</td></tr>")
                        .arg(m[0].left(400).toHtmlEscaped(), m[1].left(200).toHtmlEscaped(),
                            m[2].left(200).toHtmlEscaped());
        html += QStringLiteral("</table>");
    }
    return html;
}

// Where the published scores come from, and how to read the table.
QString htmlSources(const Report &report, const Baselines &baselines)
{
    QString html;
    html += QStringLiteral("<h2>%1</h2><ul>")
                .arg(escapedTr(QT_TRANSLATE_NOOP("Report", "Sources of the published scores")));
    QStringList seen;
    for (const QString &m : baselines.models) {
        const QString source = baselines.sourceOf.value(m);
        if (!seen.contains(source)) {
            seen << source;
            html += QStringLiteral("<li>%1</li>").arg(source.toHtmlEscaped());
        }
    }
    QStringList answerNotes;
    for (const ReportRow &r : report.rows) {
        if (r.task != QLatin1String("Answer_Generation"))
            continue;
        const QString note = r.metric == QLatin1String("bertscore_f1")
            ? escapedTr(QT_TRANSLATE_NOOP("Report",
                "Answer generation is scored with BERTScore F1 (roberta-large, layer 17), as the published "
                "figures are."))
            : r.metric.startsWith(QLatin1String("bertscore"))
            ? escapedTr(QT_TRANSLATE_NOOP("Report",
                "Answer generation is scored with BERTScore on another encoder or layer than the published "
                "figures (roberta-large, layer 17), so it is not compared with them."))
            : escapedTr(QT_TRANSLATE_NOOP("Report",
                "Answer generation is scored with ROUGE-L because no roberta-large encoder is installed for "
                "BERTScore; it is not compared with the published BERTScore figures."));
        if (!answerNotes.contains(note))
            answerNotes << note;
    }
    answerNotes.prepend(
        escapedTr(QT_TRANSLATE_NOOP("Report", "Invalid: answers the metric could not read (eCeLLM's rules).")));
    html += QStringLiteral("</ul><p>%1</p>").arg(answerNotes.join(QLatin1Char(' ')));
    return html;
}

} // namespace

QString reportHtml(const Report &report, const Baselines &baselines, const QString &chartSource)
{
    QString html = htmlPageStart(escapedTr(QT_TRANSLATE_NOOP("Report", "ShopTuner report")),
        QStringLiteral(".good{background:#e3f4e1}.bad{background:#fbe7e3}"));
    html += htmlHeading(report) + htmlResults(report);
    if (!chartSource.isEmpty())
        html += QStringLiteral("<p><img src=\"%1\" width=\"800\"></p>").arg(chartSource.toHtmlEscaped());
    html += htmlPublishedScores(report, baselines) + htmlWorstAnswers(report) + htmlSources(report, baselines);
    return html + QStringLiteral("</body></html>\n");
}

} // namespace shoptuner::services
