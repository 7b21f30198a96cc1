#include "compare_panel.h"

#include "chart_layout.h"
#include "project_context.h"
#include "report_export.h"
#include "services/report.h"
#include "services/task_words.h"
#include "store/eval_tables.h"
#include "store/project_store.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace shoptuner::ui {
namespace {

// Colour-blind-safe (Okabe–Ito) colours for the compared models' bars.
const QColor kBarColours[] = {QColor(0, 114, 178), QColor(230, 159, 0), QColor(0, 158, 115), QColor(204, 121, 167),
    QColor(86, 180, 233), QColor(213, 94, 0), QColor(240, 228, 66), QColor(0, 0, 0)};
const Qt::PenStyle kLineStyles[] = {Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::SolidLine};

} // namespace

ComparePanel::ComparePanel(ProjectContext *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_evaluations(new QListWidget(this))
    , m_group(new QComboBox(this))
    , m_published(new QToolButton(this))
    , m_publishedMenu(new QMenu(this))
    , m_hint(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_chart(new QCustomPlot(this))
{
    buildControls();
    buildPublishedMenu();
    buildLayout();
    connectSignals();
}

void ComparePanel::buildControls()
{
    m_evaluations->setObjectName(QStringLiteral("compareEvaluations"));
    m_evaluations->setAccessibleName(tr("Tests to compare"));
    m_evaluations->setToolTip(tr("Tick the tests to set side by side: the base model, trained runs, other models"));
    m_group->setObjectName(QStringLiteral("compareGroup"));
    m_group->setAccessibleName(tr("Test sets"));
    m_group->addItem(tr("All test sets"), QString());
    m_group->addItem(tr("Your products (in-domain)"), QStringLiteral("IND"));
    m_group->addItem(tr("New categories (out-of-domain)"), QStringLiteral("OOD"));
    m_group->setToolTip(tr("In-domain: products like those trained on. Out-of-domain: product categories kept out of "
                           "training, to see whether the model generalises"));
    m_hint->setObjectName(QStringLiteral("compareHint"));
    m_hint->setWordWrap(true);
    m_chart->setObjectName(QStringLiteral("compareChart"));
    m_chart->setLocale(QLocale()); // tick labels in the reader's number format
    m_chart->setAccessibleName(tr("Scores per task and model"));
    m_chart->setMinimumHeight(200);
    placeLegendBelow(m_chart);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setAccessibleName(tr("Scores per task and model"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void ComparePanel::buildPublishedMenu()
{
    try {
        m_baselines = services::bundledBaselines();
    } catch (const std::exception &) { }

    m_published->setObjectName(QStringLiteral("comparePublished"));
    m_published->setText(tr("Published &models"));
    m_published->setToolTip(tr("Published scores drawn as reference lines and listed in the table"));
    m_published->setPopupMode(QToolButton::InstantPopup);
    m_published->setMenu(m_publishedMenu);
    for (const QString &m : m_baselines.models) {
        QAction *a = m_publishedMenu->addAction(m);
        a->setCheckable(true);
        a->setChecked(m == QLatin1String("GPT-4 Turbo"));
        a->setToolTip(m_baselines.sourceOf.value(m));
        connect(a, &QAction::toggled, this, &ComparePanel::rebuild);
    }
}

QLayout *ComparePanel::buildTopBar()
{
    auto *top = new QHBoxLayout;
    auto *groupLabel = new QLabel(tr("&Test sets:"), this);
    groupLabel->setBuddy(m_group);
    top->addWidget(groupLabel);
    top->addWidget(m_group);
    top->addWidget(m_published);
    top->addStretch();
    return top;
}

// The exports below the comparison they write (one row with the filters is too wide for a
// laptop at 150%).
QLayout *ComparePanel::buildExportRow()
{
    auto *row = new QHBoxLayout;
    row->addStretch();
    for (const auto &[label, filter, suffix] :
        {std::tuple {tr("Export &HTML…"), tr("Web page (*.html)"), QStringLiteral("html")},
            std::tuple {tr("Export &PDF…"), tr("PDF document (*.pdf)"), QStringLiteral("pdf")},
            std::tuple {tr("Export &CSV…"), tr("Spreadsheet (*.csv)"), QStringLiteral("csv")}}) {
        auto *button = new QPushButton(label, this);
        button->setObjectName(QStringLiteral("compareExport_") + suffix);
        connect(button, &QPushButton::clicked, this, [this, filter, suffix] {
            chooseAndExport(this, QFileInfo(m_project->path()).absolutePath(),
                tr("%1 comparison").arg(m_project->name()), filter, suffix,
                [this](const QString &path) { return exportTo(path); });
        });
        row->addWidget(button);
        m_exports << button;
    }
    return row;
}

void ComparePanel::buildLayout()
{
    QLayout *top = buildTopBar();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *listLabel = new QLabel(tr("T&ests to compare:"), left);
    listLabel->setBuddy(m_evaluations);
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_evaluations, 1);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->setObjectName(QStringLiteral("compareRightSplitter"));
    right->addWidget(scrollingChart(m_chart, this)); // many rows: the chart grows and scrolls
    right->addWidget(m_table);
    right->setStretchFactor(1, 1);
    right->setSizes({420, 300}); // until the user's own sizes are restored
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("compareSplitter"));
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    split->setSizes({220, 880}); // until the user's own sizes are restored

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_hint);
    layout->addWidget(split, 1);
    layout->addLayout(buildExportRow());
}

void ComparePanel::connectSignals()
{
    connect(m_group, &QComboBox::currentIndexChanged, this, &ComparePanel::rebuild);
    connect(m_evaluations, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            rebuild();
    });
    connect(m_project, &ProjectContext::projectChanged, this, &ComparePanel::reload);
    connect(m_project, &ProjectContext::dataChanged, this, &ComparePanel::reload);
}

void ComparePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void ComparePanel::reload()
{
    QSet<qint64> checked;
    bool first = m_evaluations->count() == 0;
    for (int i = 0; i < m_evaluations->count(); ++i)
        if (m_evaluations->item(i)->checkState() == Qt::Checked)
            checked.insert(m_evaluations->item(i)->data(Qt::UserRole).toLongLong());
    m_filling = true;
    m_evaluations->clear();
    std::vector<store::Evaluation> evaluations;
    if (m_project->isOpen()) {
        try {
            store::ProjectStore project(m_project->path());
            evaluations = store::listEvaluations(project);
        } catch (const store::StoreError &) { }
    }
    int finishedShown = 0;
    for (const store::Evaluation &e : evaluations) { // newest first
        auto *item = new QListWidgetItem(services::evaluationLabel(e), m_evaluations);
        item->setData(Qt::UserRole, qlonglong(e.id));
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        const services::EvaluationState state = services::evaluationState(e);
        const bool finished = state == services::EvaluationState::Finished;
        // At first the two latest finished tests are compared (typically the trained model and its base).
        const bool on = first ? finished && finishedShown < 2 : checked.contains(e.id);
        finishedShown += finished;
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        QString tip = tr("%1\nModel: %2\nAdapter: %3\nTested: %4 (%5)")
                          .arg(item->text(), e.modelPath, e.adapterPath.isEmpty() ? tr("none") : e.adapterPath,
                              services::dateTimeText(e.createdAt), services::evaluationStateText(state));
        if (const QString computed = services::evaluationComputedIn(e); !computed.isEmpty())
            tip += QLatin1Char('\n') + tr("Computed in: %1").arg(computed);
        item->setToolTip(tip);
        if (!finished)
            item->setText(item->text() + QStringLiteral(" — ") + services::evaluationStateText(state));
    }
    m_filling = false;
    rebuild();
}

void ComparePanel::rebuild()
{
    QList<std::int64_t> ids;
    for (int i = m_evaluations->count() - 1; i >= 0; --i) // oldest first, as columns read left to right
        if (m_evaluations->item(i)->checkState() == Qt::Checked)
            ids << m_evaluations->item(i)->data(Qt::UserRole).toLongLong();
    QStringList published;
    for (QAction *a : m_publishedMenu->actions())
        if (a->isChecked())
            published << a->text();
    m_comparison = {};
    if (m_project->isOpen() && !ids.isEmpty()) {
        try {
            store::ProjectStore project(m_project->path());
            m_comparison
                = services::buildComparison(project, ids, m_baselines, published, m_group->currentData().toString());
        } catch (const store::StoreError &) { }
    }
    if (m_evaluations->count() == 0)
        m_hint->setText(tr("Nothing to compare yet: test a model on the Results page (Verdict) first."));
    else if (m_comparison.evaluations.isEmpty())
        m_hint->setText(tr("Tick one or more tests on the left."));
    else
        m_hint->setText(tr("%n test(s) compared over %1 task rows. Bold: the best on that row; dashed lines: "
                           "published scores where the metric matches.",
            nullptr, int(m_comparison.evaluations.size()))
                            .arg(m_comparison.rows.size()));
    for (QPushButton *b : m_exports)
        b->setEnabled(!m_comparison.rows.isEmpty());
    fillTable();
    drawChart();
}

void ComparePanel::fillTable()
{
    const services::Comparison &c = m_comparison;
    QStringList headers = {tr("Task"), tr("Test"), tr("Metric")};
    for (const services::ComparedEvaluation &e : c.evaluations)
        headers << e.label;
    headers << c.publishedModels;
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(c.rows.size()));
    for (int r = 0; r < c.rows.size(); ++r) {
        const services::ComparisonRow &row = c.rows[r];
        int column = 0;
        const auto put = [&](const QString &text, const QString &tip = {}) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(tip);
            m_table->setItem(r, column++, item);
            return item;
        };
        put(services::taskTitle(row.task), services::taskReference(row.task));
        put(services::settingWords(row.setting), services::settingExplanation(row.setting));
        put(services::metricName(row.metric),
            services::metricExplanation(row.metric) + QLatin1Char('\n')
                + (row.comparable ? tr("The metric of the published tables")
                                  : tr("Not the published metric: no published scores on this row")));
        for (int i = 0; i < row.cells.size(); ++i) {
            const services::ComparisonCell &cell = row.cells[i];
            if (!cell.value) {
                put(QStringLiteral("–"), tr("This test did not score this task"));
                continue;
            }
            QTableWidgetItem *item
                = put(tr("%1 (%2–%3)")
                          .arg(services::percentText(*cell.value), QLocale().toString(qRound(cell.ciLow * 100)),
                              services::percentText(cell.ciHigh)),
                    tr("%1 questions, %2 answers unusable (they matched none of the allowed answers); in brackets the "
                       "range the true score likely lies in")
                        .arg(cell.n)
                        .arg(cell.invalid));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (i == row.best) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setBackground(QColor(227, 244, 225));
            }
        }
        for (const auto &p : row.published) {
            QTableWidgetItem *item = put(p ? services::percentText(*p) : QStringLiteral("–"));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setForeground(palette().color(QPalette::PlaceholderText));
        }
    }
}

// Grouped bars per task row (one per compared test); each published model a dashed line over the
// tasks where its metric matches.
void ComparePanel::drawChart()
{
    const services::Comparison &c = m_comparison;
    m_chart->clearPlottables();
    m_chart->clearItems();
    QVector<double> ticks;
    QVector<QString> labels;
    for (int r = 0; r < c.rows.size(); ++r) {
        const services::ComparisonRow &row = c.rows[r];
        ticks << double(r + 1);
        QString label = services::taskTitle(row.task);
        if (!row.comparable && row.task == QLatin1String("Answer_Generation"))
            label += QStringLiteral("*");
        // The shop's own products are the usual test; the others say which they are.
        const bool usual = row.group == QLatin1String("IND") && !row.setting.contains(QLatin1String("Unseen"));
        labels << (usual ? label : tr("%1 · %2").arg(label, services::settingWords(row.setting)));
    }
    const int models = int(c.evaluations.size());
    const double width = models > 0 ? 0.8 / models : 0.8;
    if (models > 0) {
        auto *group = new QCPBarsGroup(m_chart);
        group->setSpacing(0);
        for (int i = 0; i < models; ++i) {
            auto *bars = new QCPBars(m_chart->yAxis, m_chart->xAxis); // rows run down the side
            bars->setName(c.evaluations[i].label);
            QVector<double> x, y;
            for (int r = 0; r < c.rows.size(); ++r)
                if (c.rows[r].cells[i].value) {
                    x << double(r + 1);
                    y << *c.rows[r].cells[i].value * 100;
                }
            bars->setData(x, y);
            bars->setWidth(width);
            bars->setBrush(kBarColours[i % std::size(kBarColours)]);
            bars->setPen(Qt::NoPen);
            bars->setBarsGroup(group);
        }
    }
    for (int p = 0; p < c.publishedModels.size(); ++p) {
        QCPGraph *line = m_chart->addGraph(m_chart->yAxis, m_chart->xAxis);
        line->setName(c.publishedModels[p]);
        QVector<double> x, y;
        for (int r = 0; r < c.rows.size(); ++r) {
            if (!c.rows[r].published[p])
                continue;
            // A segment across the row's bars; NaN breaks the line between rows.
            x << r + 1 - 0.45 << r + 1 + 0.45 << r + 1 + 0.5;
            y << *c.rows[r].published[p] * 100 << *c.rows[r].published[p] * 100
              << std::numeric_limits<double>::quiet_NaN();
        }
        line->setData(x, y, true);
        QPen pen(QColor(60, 60, 60), 2, kLineStyles[p % std::size(kLineStyles)]);
        line->setPen(pen);
    }
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    ticker->addTicks(ticks, labels);
    m_chart->yAxis->setTicker(ticker);
    m_chart->yAxis->setRangeReversed(true); // the first row on top, as in the table
    m_chart->yAxis->setRange(0.4, double(ticks.size()) + 0.6);
    m_chart->xAxis->setRange(0, 100);
    m_chart->xAxis->setLabel(tr("Score (100% is perfect)"));
    m_chart->legend->setVisible(m_chart->plottableCount() > 0);
    m_chart->legend->setFont(font());
    // Every row's label readable: the chart grows with the rows (the page scrolls).
    m_chart->setMinimumHeight(std::max(220, 22 * int(ticks.size()) + 90));
    m_chart->replot();
}

int ComparePanel::chartPlottables() const
{
    return m_chart->plottableCount();
}

bool ComparePanel::exportTo(const QString &path)
{
    return exportReport(
        path, [this](const QString &chart) { return services::comparisonHtml(m_comparison, m_baselines, chart); },
        services::comparisonCsv(m_comparison), m_chart, tr("ShopTuner comparison"));
}

} // namespace shoptuner::ui
