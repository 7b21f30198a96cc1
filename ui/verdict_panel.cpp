#include "verdict_panel.h"

#include "benchmark_runner.h"
#include "export_dialog.h"
#include "job_progress.h"
#include "jobs/eval_job.h"
#include "message_box.h"
#include "model_downloads.h"
#include "project_context.h"
#include "report_export.h"
#include "settings_panel.h"
#include "store/project_store.h"
#include "store/run_tables.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace shoptuner::ui {
namespace {

enum Column { TaskColumn, SettingColumn, ValueColumn, BaseColumn, ReferenceColumn, VerdictColumn, ColumnCount };

} // namespace

QString settingWords(const QString &setting)
{
    if (setting.startsWith(QLatin1String("OOD")))
        return VerdictPanel::tr("new categories");
    if (setting.contains(QLatin1String("Unseen")))
        return VerdictPanel::tr("new wording");
    return VerdictPanel::tr("your products");
}

VerdictPanel::VerdictPanel(ProjectContext *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_summary(new QLabel(this))
    , m_encoderRow(new QWidget(this))
    , m_encoder(new ModelDownloads(this))
    , m_benchmark(new BenchmarkRunner(
          project, [this] { return trainedModelParams(); }, this))
    , m_evaluate(new QPushButton(tr("&Test the trained model"), this))
    , m_exportModel(new QPushButton(tr("E&xport the model…"), this))
    , m_limit(new QSpinBox(this))
    , m_reference(new QComboBox(this))
    , m_progress(new JobProgress(this))
    , m_table(new QTableWidget(this))
    , m_chart(new QCustomPlot(this))
    , m_mistakes(new QTextBrowser(this))
    , m_withBase(new QCheckBox(tr("Also test the model &before training"), this))
{
    m_withBase->setObjectName(QStringLiteral("withBase"));
    m_withBase->setToolTip(tr("Shows what training changed; takes about as long again"));
    m_chart->setObjectName(QStringLiteral("verdictChart"));
    m_chart->setAccessibleName(tr("Scores per task"));
    m_chart->setMinimumHeight(180);
    m_mistakes->setObjectName(QStringLiteral("mistakes"));
    m_mistakes->setAccessibleName(tr("Wrong answers"));
    try {
        m_baselines = services::bundledBaselines();
    } catch (const std::exception &) {
        // A build without its resources; the table then shows no published scores.
    }
    m_summary->setObjectName(QStringLiteral("verdictSummary"));
    m_summary->setWordWrap(true);
    m_evaluate->setObjectName(QStringLiteral("evaluate"));
    m_evaluate->setToolTip(tr("Ask the trained model every kept-aside test question and score its answers the way the "
                              "published benchmark does"));
    m_limit->setObjectName(QStringLiteral("testLimit"));
    m_limit->setRange(0, 100000);
    m_limit->setValue(100);
    m_limit->setSpecialValueText(tr("all"));
    m_limit->setToolTip(tr("How many test questions per task; more gives a surer verdict but takes longer"));
    m_limit->setAccessibleName(tr("Test questions per task"));
    m_reference->setObjectName(QStringLiteral("referenceModel"));
    m_reference->addItems(m_baselines.models);
    m_reference->setToolTip(tr("The published model to measure yours against"));
    m_reference->setAccessibleName(tr("Compare with"));
    buildTable();

    auto *top = new QHBoxLayout;
    top->addWidget(m_evaluate);
    top->addWidget(new QLabel(tr("Questions per task:"), this));
    top->addWidget(m_limit);
    top->addWidget(m_withBase);
    top->addStretch();
    top->addWidget(new QLabel(tr("Compare with:"), this));
    top->addWidget(m_reference);
    auto *exports = new QHBoxLayout;
    exports->addWidget(m_exportModel); // the model itself, left of the report's exports
    exports->addStretch();
    for (const auto &[label, filter, suffix] :
        {std::tuple {tr("Export &HTML…"), tr("Web page (*.html)"), QStringLiteral("html")},
            std::tuple {tr("Export &PDF…"), tr("PDF document (*.pdf)"), QStringLiteral("pdf")},
            std::tuple {tr("Export &CSV…"), tr("Spreadsheet (*.csv)"), QStringLiteral("csv")}}) {
        auto *button = new QPushButton(label, this);
        button->setObjectName(QStringLiteral("export_") + suffix);
        connect(button, &QPushButton::clicked, this, [this, filter, suffix] { chooseExport(filter, suffix); });
        exports->addWidget(button);
        m_exports << button;
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_encoderRow);
    layout->addWidget(m_benchmark);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("verdictSplitter"));
    split->addWidget(m_chart);
    split->addWidget(m_table);
    split->addWidget(m_mistakes);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    layout->addLayout(exports);

    buildEncoderRow();
    connect(m_evaluate, &QPushButton::clicked, this, &VerdictPanel::evaluate);
    m_exportModel->setObjectName(QStringLiteral("exportModel"));
    m_exportModel->setToolTip(tr("Write the trained model for Ollama, LM Studio, llama.cpp or Hugging Face"));
    connect(m_exportModel, &QPushButton::clicked, this, &VerdictPanel::exportModel);
    connect(m_table, &QTableWidget::currentCellChanged, this, &VerdictPanel::showMistakes);
    connect(m_reference, &QComboBox::currentIndexChanged, this, &VerdictPanel::reload);
    connect(m_project, &ProjectContext::projectChanged, this, &VerdictPanel::reload);
}

void VerdictPanel::buildTable()
{
    m_table->setObjectName(QStringLiteral("verdictTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Task"), tr("Test"), tr("Your model"), tr("Before training"), tr("Published"), tr("Verdict")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(VerdictColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
}

void VerdictPanel::buildEncoderRow()
{
    // Without roberta-large, answer generation is scored with ROUGE-L and not compared with the
    // published BERTScore figures: offered here, where that matters.
    auto *encoderNote = new QLabel(tr("Answer generation (AG) is scored with ROUGE-L here, so it is not compared "
                                      "with the published figures, which use BERTScore with the roberta-large "
                                      "encoder (1.3 GB). Get it to score AG as they do:"),
        m_encoderRow);
    encoderNote->setObjectName(QStringLiteral("encoderNote"));
    encoderNote->setWordWrap(true);
    m_encoder->setSingleModel(QStringLiteral("FacebookAI/roberta-large"), tr("&Get the encoder"));
    auto *encoderLayout = new QVBoxLayout(m_encoderRow);
    encoderLayout->setContentsMargins(0, 0, 0, 0);
    encoderLayout->addWidget(encoderNote);
    encoderLayout->addWidget(m_encoder);
    connect(m_encoder, &ModelDownloads::downloaded, this, [encoderNote] {
        encoderNote->setText(tr("The encoder is ready: answer generation is scored with BERTScore, as the published "
                                "figures are, from the next test on."));
    });
}

void VerdictPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    showEncoderOffer();
    if (!isEvaluating())
        reload();
}

void VerdictPanel::showEncoderOffer()
{
    m_encoderRow->setVisible(m_encoder->isDownloading() || jobs::installedBertScoreEncoder().isEmpty());
}

void VerdictPanel::reload()
{
    m_benchmark->setReferenceModel(m_reference->currentText());
    m_report = {};
    bool trained = false;
    if (m_project->isOpen()) {
        try {
            store::ProjectStore project(m_project->path());
            m_report = services::buildReport(project, 0, m_baselines, m_reference->currentText());
            for (const store::TrainingRun &run : store::listTrainingRuns(project))
                trained = trained || run.status == QLatin1String("finished");
        } catch (const store::StoreError &) { }
    }
    m_evaluate->setEnabled(trained && !isEvaluating());
    m_exportModel->setEnabled(trained);
    m_table->setRowCount(int(m_report.rows.size()));
    for (int i = 0; i < m_report.rows.size(); ++i) {
        const services::ReportRow &r = m_report.rows[i];
        const auto cell = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            if (r.reference)
                item->setBackground(r.good ? QColor(227, 244, 225) : QColor(251, 231, 227));
            m_table->setItem(i, column, item);
            return item;
        };
        cell(TaskColumn, services::taskAbbreviation(r.task))->setToolTip(r.task);
        cell(SettingColumn, settingWords(r.setting))->setToolTip(r.setting);
        cell(ValueColumn,
            QStringLiteral("%1 (%2–%3)").arg(r.value, 0, 'f', 3).arg(r.ciLow, 0, 'f', 2).arg(r.ciHigh, 0, 'f', 2))
            ->setToolTip(tr("%1; %2 of %3 answers could not be read").arg(r.metric).arg(r.invalid).arg(r.n));
        cell(BaseColumn, r.baseValue ? QString::number(*r.baseValue, 'f', 3) : QStringLiteral("–"))
            ->setToolTip(tr("The same model before training, on the same questions"));
        cell(ReferenceColumn, r.reference ? QString::number(*r.reference, 'f', 3) : QStringLiteral("–"));
        cell(VerdictColumn, r.plain + QStringLiteral("; ") + r.verdict);
    }
    for (QPushButton *b : m_exports)
        b->setEnabled(m_report.evaluationId != 0);
    drawChart();
    showMistakes();
    if (!trained)
        m_summary->setText(tr("Train a model first; then test it here on the examples kept aside."));
    else if (m_report.evaluationId == 0)
        m_summary->setText(tr("The model has not been tested yet."));
    else
        m_summary->setText(services::reportHeadline(m_report));
}

void VerdictPanel::exportModel()
{
    ExportDialog::openForRun(m_project, 0, this); // the newest finished run, the one the verdict is about
}

// The newest finished run's model and adapter, tested as the settings say; empty when nothing
// is trained (or the project cannot be read, said in a message).
std::optional<jobs::EvalJobParams> VerdictPanel::trainedModelParams()
{
    jobs::EvalJobParams p;
    p.projectPath = m_project->path();
    p.limit = m_limit->value();
    const AppSettings app = AppSettings::load();
    p.threads = app.threads;
    p.device = app.device;
    try {
        store::ProjectStore project(m_project->path());
        for (const store::TrainingRun &run : store::listTrainingRuns(project))
            if (run.status == QLatin1String("finished")) {
                p.modelDir = run.modelPath;
                p.adapterDir = run.adapterPath;
                p.trainingRunId = run.id;
                break;
            }
    } catch (const store::StoreError &e) {
        showError(this, tr("Cannot start the test"), e.message());
        return std::nullopt;
    }
    if (p.modelDir.isEmpty())
        return std::nullopt;
    return p;
}

void VerdictPanel::evaluate()
{
    if (isEvaluating() || !m_project->isOpen())
        return;
    if (const std::optional<jobs::EvalJobParams> p = trainedModelParams())
        startEvaluation(*p, m_withBase->isChecked());
}

// The trained model first; then, when asked, the same model without the adapter on the same items.
void VerdictPanel::startEvaluation(const jobs::EvalJobParams &params, bool thenBase)
{
    auto *job = new jobs::EvalJob(params, this);
    m_job = job;
    m_evaluate->setEnabled(false);
    m_progress->follow(job);
    connect(job, &jobs::Job::ended, this, [this, job, params, thenBase] {
        job->wait();
        job->deleteLater();
        m_job = nullptr;
        if (job->outcome() == jobs::Job::Outcome::Failed)
            showError(this, tr("The test stopped with an error"), job->error().message, job->error().details);
        if (job->outcome() == jobs::Job::Outcome::Succeeded && thenBase) {
            jobs::EvalJobParams base = params;
            base.adapterDir.clear();
            base.trainingRunId.reset();
            startEvaluation(base, false);
            return;
        }
        reload();
        if (job->outcome() == jobs::Job::Outcome::Succeeded)
            Q_EMIT evaluated();
    });
    job->start();
}

bool VerdictPanel::exportTo(const QString &path)
{
    return exportReport(
        path, [this](const QString &chart) { return services::reportHtml(m_report, m_baselines, chart); },
        services::reportCsv(m_report, m_baselines), m_chart, tr("ShopTuner report"));
}

void VerdictPanel::chooseExport(const QString &filter, const QString &suffix)
{
    chooseAndExport(this, QFileInfo(m_project->path()).absolutePath(), tr("%1 report").arg(m_project->name()), filter,
        suffix, [this](const QString &path) { return exportTo(path); });
}

// Bars: this model's score per task on the shop's own products (in-domain), beside the reference
// model's published score for the same metric.
void VerdictPanel::drawChart()
{
    m_chart->clearPlottables();
    QVector<double> ticks, ours, theirs, theirTicks;
    QVector<QString> labels;
    for (const services::ReportRow &r : m_report.rows) {
        if (r.group != QLatin1String("IND") || r.setting.contains(QLatin1String("Unseen")))
            continue;
        const double x = double(ticks.size() + 1);
        ticks << x;
        labels << services::taskAbbreviation(r.task);
        ours << r.value;
        if (r.reference) {
            theirTicks << x;
            theirs << *r.reference;
        }
    }
    auto *group = new QCPBarsGroup(m_chart);
    auto *mine = new QCPBars(m_chart->xAxis, m_chart->yAxis);
    mine->setName(tr("Your model"));
    mine->setData(ticks, ours);
    mine->setBrush(QColor(30, 90, 180));
    mine->setPen(Qt::NoPen);
    mine->setBarsGroup(group);
    auto *reference = new QCPBars(m_chart->xAxis, m_chart->yAxis);
    reference->setName(m_reference->currentText());
    reference->setData(theirTicks, theirs);
    reference->setBrush(QColor(200, 200, 200));
    reference->setPen(Qt::NoPen);
    reference->setBarsGroup(group);
    for (QCPBars *bars : {mine, reference})
        bars->setWidth(0.35);
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    ticker->addTicks(ticks, labels);
    m_chart->xAxis->setTicker(ticker);
    m_chart->xAxis->setRange(0.3, double(ticks.size()) + 0.7);
    m_chart->yAxis->setRange(0, 1);
    m_chart->yAxis->setLabel(tr("Score (1 is perfect)"));
    m_chart->legend->setVisible(!ticks.isEmpty());
    m_chart->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    m_chart->replot();
}

int VerdictPanel::chartBars() const
{
    return m_chart->plottableCount() > 0 ? static_cast<QCPBars *>(m_chart->plottable(0))->data()->size() : 0;
}

void VerdictPanel::showMistakes()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_report.rows.size()) {
        m_mistakes->setHtml(tr("<p>Choose a task above to see some of the answers the model got wrong.</p>"));
        return;
    }
    const services::ReportRow &r = m_report.rows[row];
    if (r.mistakes.isEmpty()) {
        m_mistakes->setHtml(tr("<p>No wrong answers among the questions tested for this task.</p>"));
        return;
    }
    QString html = tr("<h4>The worst answers: %1</h4>").arg(services::taskAbbreviation(r.task));
    for (const auto &m : r.mistakes)
        html
            += tr("<p><b>Question:</b> %1<br><b>Expected:</b> %2<br><b>The model said:</b> %3</p>")
                   .arg(m[0].left(500).toHtmlEscaped(), m[1].left(300).toHtmlEscaped(), m[2].left(300).toHtmlEscaped());
    m_mistakes->setHtml(html);
}

} // namespace shoptuner::ui
