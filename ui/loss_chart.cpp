#include "loss_chart.h"

#include "chart_layout.h"

#include <qcustomplot.h>

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace shoptuner::ui {
namespace {

enum Graph { TrainGraph, SmoothGraph, ValGraph, StartGraph, GraphCount };
constexpr double kSmoothing = 0.9; // exponential moving average, as TensorBoard's smoothing slider

// The moving average from zero, divided by the weight it has gathered (1 - k^n): it starts at the
// first loss and follows the curve instead of trailing above it (TensorBoard's debiasing).
double smoothStep(double &ema, double &weight, double loss)
{
    ema = kSmoothing * ema + (1 - kSmoothing) * loss;
    weight = kSmoothing * weight + (1 - kSmoothing);
    return ema / weight;
}

} // namespace

QVector<double> smoothedLosses(const QVector<double> &losses)
{
    QVector<double> out;
    out.reserve(losses.size());
    double ema = 0, weight = 0;
    for (const double loss : losses)
        out << smoothStep(ema, weight, loss);
    return out;
}

LossChart::LossChart(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_note(new QLabel(this))
{
    m_plot->setObjectName(QStringLiteral("lossPlot"));
    m_plot->setAccessibleName(tr("Loss curve"));
    m_plot->setMinimumHeight(200); // room for the page on a laptop at 125%
    m_plot->setLocale(QLocale()); // tick labels in the reader's number format ("2,5" in German)
    m_plot->addGraph();
    m_plot->graph(TrainGraph)->setName(tr("Training loss"));
    m_plot->graph(TrainGraph)->setLineStyle(QCPGraph::lsNone);
    m_plot->graph(TrainGraph)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 3));
    m_plot->graph(TrainGraph)->setPen(QPen(QColor(120, 150, 200)));
    m_plot->addGraph();
    m_plot->graph(SmoothGraph)->setName(tr("Training loss, smoothed"));
    m_plot->graph(SmoothGraph)->setPen(QPen(QColor(30, 90, 180), 2));
    m_plot->addGraph();
    m_plot->graph(ValGraph)->setName(tr("Validation loss"));
    m_plot->graph(ValGraph)->setPen(QPen(QColor(220, 110, 30), 2));
    m_plot->graph(ValGraph)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 6));
    m_plot->addGraph();
    m_plot->graph(StartGraph)->setName(tr("Where training began"));
    m_plot->graph(StartGraph)->setPen(QPen(QColor(150, 150, 150), 1, Qt::DashLine));
    QSharedPointer<QCPAxisTickerFixed> wholeSteps(new QCPAxisTickerFixed);
    wholeSteps->setTickStep(1);
    wholeSteps->setScaleStrategy(QCPAxisTickerFixed::ssMultiples); // 1, 2, 5, 10, … steps apart; never 2.5
    m_plot->xAxis->setTicker(wholeSteps);
    m_plot->xAxis->setLabel(tr("Learning step"));
    m_plot->yAxis->setLabel(tr("Loss (lower is better)"));
    m_plot->legend->setVisible(true);
    placeLegendBelow(m_plot);
    m_note->setObjectName(QStringLiteral("lossNote"));
    m_note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_note);
}

int LossChart::trainPoints() const
{
    return m_plot->graph(TrainGraph)->dataCount();
}

int LossChart::validationPoints() const
{
    return m_plot->graph(ValGraph)->dataCount();
}

void LossChart::clear()
{
    for (int g = 0; g < GraphCount; ++g)
        m_plot->graph(g)->data()->clear();
    m_totalSteps = 0;
    m_ema = m_emaWeight = 0;
}

void LossChart::addTrainingLoss(double step, double loss)
{
    if (!std::isfinite(loss))
        return;
    m_plot->graph(TrainGraph)->addData(step, loss);
    m_plot->graph(SmoothGraph)->addData(step, smoothStep(m_ema, m_emaWeight, loss));
}

void LossChart::addValidationLoss(double step, double loss)
{
    if (std::isfinite(loss))
        m_plot->graph(ValGraph)->addData(step, loss);
}

void LossChart::setSmoothed(bool on)
{
    m_plot->graph(SmoothGraph)->setVisible(on);
    refresh();
}

void LossChart::setOverlays(const QList<Overlay> &runs)
{
    for (QCPGraph *g : std::as_const(m_overlayGraphs))
        m_plot->removeGraph(g);
    m_overlayGraphs.clear();
    static const QColor colours[]
        = {QColor(0, 158, 115), QColor(204, 121, 167), QColor(86, 180, 233), QColor(213, 94, 0), QColor(117, 112, 179)};
    int n = 0;
    for (const Overlay &run : runs) {
        const QColor colour = colours[n++ % std::size(colours)];
        QCPGraph *train = m_plot->addGraph();
        train->setName(tr("Run %1, training (smoothed)").arg(run.runId));
        train->setPen(QPen(colour, 2, Qt::DashLine));
        train->setData(run.steps, smoothedLosses(run.losses), true);
        QCPGraph *val = m_plot->addGraph();
        val->setName(tr("Run %1, validation").arg(run.runId));
        val->setPen(QPen(colour, 1.5, Qt::DotLine));
        val->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, 5));
        val->setData(run.valSteps, run.valLosses, true);
        m_overlayGraphs << train << val;
    }
    refresh();
}

// Axes that fit every point shown (a margin so none sits on the edge), whole learning steps from
// 0 to the run's last; the loss where training began as a line to measure progress against, and
// what the figures mean in words.
void LossChart::refresh()
{
    double top = -std::numeric_limits<double>::infinity(), bottom = std::numeric_limits<double>::infinity();
    double lastStep = 1;
    for (int g = 0; g < m_plot->graphCount(); ++g) {
        QCPGraph *graph = m_plot->graph(g);
        if (g == StartGraph || !graph->visible())
            continue;
        for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
            if (std::isfinite(it->value)) {
                top = std::max(top, it->value);
                bottom = std::min(bottom, it->value);
                lastStep = std::max(lastStep, it->key);
            }
    }
    lastStep = std::max(lastStep, double(m_totalSteps));
    m_plot->xAxis->setRange(0, lastStep + std::max(0.5, 0.02 * lastStep)); // the last point not on the edge
    const QCPDataContainer<QCPGraphData> &train = *m_plot->graph(TrainGraph)->data();
    // Where training began: the mean of the first few steps' losses, steadier than the first alone.
    double began = 0;
    int first = 0;
    for (auto it = train.constBegin(); it != train.constEnd() && first < 5; ++it, ++first)
        began += it->value;
    began /= std::max(1, first);
    QCPGraph *start = m_plot->graph(StartGraph);
    start->data()->clear();
    if (!train.isEmpty())
        start->setData({0, lastStep}, {began, began}, true);
    if (std::isfinite(top)) {
        const double margin = std::max(0.05, 0.06 * (top - bottom));
        const double low = bottom - margin;
        m_plot->yAxis->setRange(bottom >= 0 ? std::max(0.0, low) : low, top + margin);
    } else
        m_plot->yAxis->setRange(0, 1);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    if (train.isEmpty()) {
        m_note->clear();
        return;
    }
    const QCPDataContainer<QCPGraphData> &smooth = *m_plot->graph(SmoothGraph)->data();
    const double now = (smooth.constEnd() - 1)->value;
    QString note = tr("Loss measures how far the model's answers are from your shop's own: lower is better, 0 would "
                      "be perfect. It began at %1 and is now about %2.")
                       .arg(QLocale().toString(began, 'f', 2), QLocale().toString(now, 'f', 2));
    if (const auto &val = *m_plot->graph(ValGraph)->data(); !val.isEmpty())
        note += QLatin1Char(' ')
            + tr("On the examples kept aside it is %1; if that rises while the training loss falls, the model is "
                 "memorising rather than learning.")
                  .arg(QLocale().toString((val.constEnd() - 1)->value, 'f', 2));
    m_note->setText(note);
}

} // namespace shoptuner::ui
