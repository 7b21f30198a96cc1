#include "verdict_panel.h"
#include "window_size.h"

#include "benchmark_runner.h"
#include "chart_layout.h"
#include "export_dialog.h"
#include "help_dialog.h"
#include "job_progress.h"
#include "jobs/eval_job.h"
#include "message_box.h"
#include "model_downloads.h"
#include "project_context.h"
#include "report_export.h"
#include "settings_panel.h"
#include "store/project_store.h"
#include "store/run_tables.h"
#include "wheel_guard.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace shoptuner::ui {
namespace {

enum Column {
    TaskColumn,
    SettingColumn,
    QuestionsColumn,
    UnusableColumn,
    ValueColumn,
    BaseColumn,
    ReferenceColumn,
    MeaningColumn,
    ColumnCount
};

// The row's sentence and its verdict against the published model, as one text.
QString meaning(const services::ReportRow &r)
{
    return r.plain + QLatin1Char(' ') + r.verdict + QLatin1Char('.');
}

} // namespace

QString verdictNumbersHelp()
{
    QString html = VerdictPanel::tr(
        "<h3>What the Verdict's numbers mean</h3>"
        "<p>ShopTuner kept some of your examples aside before training. The test asks the trained model those "
        "questions, which it has never seen, and scores each answer.</p>"
        "<p><b>Questions from</b>: <i>your products</i> are questions about your own catalogue; <i>new wording</i> "
        "asks them in a way the model never saw; <i>new categories</i> are about kinds of products it was not "
        "trained on, to see whether what it learned carries over.</p>"
        "<p><b>Unusable answers</b> matched none of the answers a question allows (not one of the options, not "
        "yes or no, no list where a list was asked for). They count as wrong. Many of them mean the model needs "
        "more training.</p>"
        "<p><b>Your model</b> and <b>Before training</b> are scores out of 100%; hover over one to see the likely "
        "range. With few questions that range is wide, so below %1 questions ShopTuner does not say whether a "
        "model is better or worse than the published one.</p>"
        "<p><b>Published</b> is the score a well-known model reached in the eCeLLM study, on ECInstruct's "
        "questions rather than yours: a rough guide, unless you test on the public benchmark.</p>"
        "<h4>The scores</h4><ul>")
                       .arg(services::kMinQuestionsToTell);
    for (const char *metric : {"accuracy", "f1", "macro_f1", "ndcg", "rouge_l_f1", "bertscore_f1"})
        html += QStringLiteral("<li><b>%1</b>: %2</li>")
                    .arg(services::metricName(QLatin1String(metric)).toHtmlEscaped(),
                        services::metricExplanation(QLatin1String(metric)).toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

VerdictPanel::VerdictPanel(ProjectContext *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_summary(new QLabel(this))
    , m_help(new QLabel(this))
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
    m_chart->setLocale(QLocale()); // tick labels in the reader's number format
    m_chart->setAccessibleName(tr("Scores per task"));
    m_chart->setMinimumHeight(180);
    // The legend in a column of its own right of the plot, so it never covers a bar.
    auto *side = new QCPLayoutGrid;
    m_chart->plotLayout()->addElement(0, 1, side);
    m_chart->plotLayout()->setColumnStretchFactor(1, 0.001);
    side->addElement(0, 0, m_chart->legend);
    side->addElement(1, 0, new QCPLayoutElement(m_chart)); // takes the height the legend does not need
    side->setRowStretchFactor(0, 0.001);
    m_chart->legend->setBorderPen(Qt::NoPen);
    m_mistakes->setObjectName(QStringLiteral("mistakes"));
    m_mistakes->setMinimumHeight(4 * m_mistakes->fontMetrics().height());
    m_mistakes->setAccessibleName(tr("Wrong answers"));
    try {
        m_baselines = services::bundledBaselines();
    } catch (const std::exception &) {
        // A build without its resources; the table then shows no published scores.
    }
    m_summary->setObjectName(QStringLiteral("verdictSummary"));
    m_summary->setWordWrap(true);
    m_help->setObjectName(QStringLiteral("numbersHelp"));
    m_help->setText(
        QStringLiteral("<a href=\"#numbers\">%1</a>").arg(tr("What do these numbers mean?").toHtmlEscaped()));
    m_help->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_help, &QLabel::linkActivated, this, &VerdictPanel::showNumbersHelp);
    ignoreWheelUnlessFocused(m_limit);
    ignoreWheelUnlessFocused(m_reference);
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
    // The published model on a row of its own: one row for both is wider than a laptop at 150%.
    auto *compareRow = new QHBoxLayout;
    compareRow->addWidget(new QLabel(tr("Compare with:"), this));
    compareRow->addWidget(m_reference);
    compareRow->addStretch();
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
    layout->addLayout(compareRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_help);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("verdictSplitter"));
    split->setChildrenCollapsible(false); // the scores never shrink out of sight
    // The scores task by task (with their sentences) or as a chart, one at a time so each has
    // room on a laptop screen; the chosen task's meaning and worst answers below.
    auto *views = new QTabWidget(this);
    views->setObjectName(QStringLiteral("verdictViews"));
    views->setDocumentMode(true);
    views->addTab(m_table, tr("Task by task"));
    views->addTab(scrollingChart(m_chart, this), tr("As a chart"));
    split->addWidget(views);
    split->addWidget(m_mistakes);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    // The further tests below the results they add to.
    layout->addWidget(m_encoderRow);
    layout->addWidget(m_benchmark);
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
    const std::pair<QString, QString> headers[] = {
        {tr("Task"), tr("What the model was asked to do")},
        {tr("Questions from"), tr("Your own products, new wording or new kinds of products")},
        {tr("Questions"), tr("How many test questions were asked; more questions give a surer verdict")},
        {tr("Unusable"), tr("Answers that matched none of the allowed answers; they count as wrong")},
        {tr("Your model"), tr("The trained model's score out of 100%; hover over a score for its likely range")},
        {tr("Before training"), tr("The same model before training, on the same questions")},
        {tr("Published"), tr("The published model's score in the eCeLLM study, on ECInstruct's questions")},
        {tr("What it means"), tr("The score in words, and how it compares with the published model")},
    };
    for (int c = 0; c < ColumnCount; ++c) {
        auto *item = new QTableWidgetItem(headers[c].first);
        item->setToolTip(headers[c].second);
        m_table->setHorizontalHeaderItem(c, item);
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TaskColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(MeaningColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setMinimumHeight(tableHeightFor(4, m_table)); // on a small screen the page scrolls instead
}

void VerdictPanel::buildEncoderRow()
{
    // Without roberta-large, answer generation is scored with ROUGE-L and not compared with the
    // published BERTScore figures: offered here, where that matters.
    auto *encoderNote = new QLabel(tr("Answers to customer questions are scored by their wording here. The "
                                      "published figures score them by meaning, with an encoder (1.3 GB): get it to "
                                      "compare them too."),
        m_encoderRow);
    encoderNote->setObjectName(QStringLiteral("encoderNote"));
    encoderNote->setWordWrap(true);
    m_encoder->setSingleModel(QStringLiteral("FacebookAI/roberta-large"), tr("&Get the encoder"));
    auto *encoderLayout = new QHBoxLayout(m_encoderRow);
    encoderLayout->setContentsMargins(0, 0, 0, 0);
    encoderLayout->addWidget(encoderNote, 1);
    encoderLayout->addWidget(m_encoder, 1);
    connect(m_encoder, &ModelDownloads::downloaded, this, [encoderNote] {
        encoderNote->setText(tr("The encoder is ready: answers to customer questions are scored by meaning, as the "
                                "published figures are, from the next test on."));
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
            if (r.reference && !r.tooFew)
                item->setBackground(r.good ? QColor(227, 244, 225) : QColor(251, 231, 227));
            m_table->setItem(i, column, item);
            return item;
        };
        cell(TaskColumn, services::taskTitle(r.task))->setToolTip(services::taskReference(r.task));
        cell(SettingColumn, services::settingWords(r.setting))->setToolTip(services::settingExplanation(r.setting));
        cell(QuestionsColumn, QLocale().toString(r.n))->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *unusable = cell(UnusableColumn, QLocale().toString(r.invalid));
        unusable->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (r.n > 0 && r.invalid * 2 > r.n)
            unusable->setForeground(QColor(170, 40, 20));
        cell(ValueColumn, services::percentText(r.value))
            ->setToolTip(tr("%1: %2\nWith %3 questions the true score likely lies between %4 and %5.")
                             .arg(services::metricName(r.metric), services::metricExplanation(r.metric))
                             .arg(r.n)
                             .arg(services::percentText(r.ciLow), services::percentText(r.ciHigh)));
        cell(BaseColumn, r.baseValue ? services::percentText(*r.baseValue) : QStringLiteral("–"))
            ->setToolTip(tr("The same model before training, on the same questions"));
        cell(ReferenceColumn, r.reference ? services::percentText(*r.reference) : QStringLiteral("–"))
            ->setToolTip(m_reference->currentText());
        cell(MeaningColumn, meaning(r))->setToolTip(meaning(r));
    }
    m_table->resizeColumnToContents(TaskColumn);
    m_table->setColumnWidth(TaskColumn, std::min(m_table->columnWidth(TaskColumn), 260));
    for (QPushButton *b : m_exports)
        b->setEnabled(m_report.evaluationId != 0);
    drawChart();
    if (m_table->currentRow() < 0 && m_table->rowCount() > 0)
        m_table->setCurrentCell(0, 0); // the first task's meaning and answers shown at once
    showMistakes();
    if (m_report.evaluationId != 0)
        m_summary->setText(services::reportHeadline(m_report));
    else if (!trained)
        m_summary->setText(tr("Train a model first; then test it here on the examples kept aside."));
    else
        m_summary->setText(tr("The model has not been tested yet."));
    m_help->setVisible(m_report.evaluationId != 0);
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
        startEvaluation(*p, m_withBase->isChecked() ? Stage::TrainedThenBase : Stage::TrainedOnly);
}

// The trained model first; then, when asked, the same model without the adapter on the same items.
void VerdictPanel::startEvaluation(const jobs::EvalJobParams &params, Stage stage)
{
    auto *job = new jobs::EvalJob(params, this);
    m_job = job;
    m_evaluate->setEnabled(false);
    // Two tests in a row: each part says which it is, so the bar starting again makes sense.
    m_progress->follow(job,
        stage == Stage::TrainedThenBase ? tr("Part 1 of 2, the trained model")
            : stage == Stage::Base      ? tr("Part 2 of 2, the model before training")
                                        : QString());
    const bool thenBase = stage == Stage::TrainedThenBase;
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
            startEvaluation(base, Stage::Base);
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

// Horizontal bars, one group per task on the shop's own products (in-domain): this model, the
// model before training when it was tested (to see what training changed) and the reference
// model's published score. Task names read left of the bars; the legend sits below the plot.
void VerdictPanel::drawChart()
{
    m_chart->clearPlottables();
    QVector<double> ticks, ours, before, beforeTicks, theirs, theirTicks;
    QVector<QString> labels;
    for (const services::ReportRow &r : m_report.rows) {
        if (r.group != QLatin1String("IND") || r.setting.contains(QLatin1String("Unseen")))
            continue;
        const double y = double(ticks.size() + 1);
        ticks << y;
        labels << services::taskTitle(r.task);
        ours << r.value * 100;
        if (r.baseValue) {
            beforeTicks << y;
            before << *r.baseValue * 100;
        }
        if (r.reference) {
            theirTicks << y;
            theirs << *r.reference * 100;
        }
    }
    auto *group = new QCPBarsGroup(m_chart);
    const auto addBars
        = [&](const QString &name, const QVector<double> &keys, const QVector<double> &values, const QColor &colour) {
              auto *bars = new QCPBars(m_chart->yAxis, m_chart->xAxis); // keys run down the side
              bars->setName(name);
              bars->setData(keys, values);
              bars->setBrush(colour);
              bars->setPen(Qt::NoPen);
              bars->setWidth(0.8 / 3);
              bars->setBarsGroup(group);
              if (keys.isEmpty())
                  bars->removeFromLegend();
          };
    addBars(tr("Your model"), ticks, ours, QColor(30, 90, 180));
    if (!beforeTicks.isEmpty())
        addBars(tr("Before training"), beforeTicks, before, QColor(150, 180, 225));
    addBars(m_reference->currentText(), theirTicks, theirs, QColor(190, 190, 190));
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    ticker->addTicks(ticks, labels);
    m_chart->yAxis->setTicker(ticker);
    m_chart->yAxis->setRangeReversed(true); // the first task on top, as in the table
    m_chart->yAxis->setRange(0.4, double(ticks.size()) + 0.6);
    m_chart->xAxis->setRange(0, 100);
    m_chart->xAxis->setLabel(tr("Score (100% is perfect)"));
    m_chart->legend->setVisible(!ticks.isEmpty());
    m_chart->setMinimumHeight(ticks.isEmpty() ? 120 : 20 * int(ticks.size()) + 50); // every task's label readable
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
        m_mistakes->setHtml(tr("<p>Choose a task above to see what its score means and some of the answers the "
                               "model got wrong.</p>"));
        return;
    }
    const services::ReportRow &r = m_report.rows[row];
    QString html = QStringLiteral("<h4>%1 (%2)</h4><p>%3</p>")
                       .arg(services::taskTitle(r.task).toHtmlEscaped(),
                           services::settingWords(r.setting).toHtmlEscaped(), meaning(r).toHtmlEscaped());
    if (r.mistakes.isEmpty()) {
        m_mistakes->setHtml(html + tr("<p>No wrong answers among the questions tested for this task.</p>"));
        return;
    }
    html += tr("<p><b>The worst answers:</b></p>");
    for (const auto &m : r.mistakes)
        html += tr("<p><b>Question:</b> %1<br><b>Expected:</b> %2<br><b>The model said:</b> %3</p>")
                    .arg(m[0].left(500).toHtmlEscaped(), m[1].left(300).toHtmlEscaped(),
                        m[2].trimmed().isEmpty() ? tr("<i>(nothing)</i>") : m[2].left(300).toHtmlEscaped());
    m_mistakes->setHtml(html);
}

void VerdictPanel::showNumbersHelp()
{
    HelpDialog::showTopic(this, QStringLiteral("numbers"));
}

} // namespace shoptuner::ui
