// The loss chart of a training run: training losses as dots, their smoothed line, validation
// losses, a dashed line where training began, other runs laid over it for comparison, and a
// sentence that says what the figures mean. Axes fit every point shown, in whole learning steps.
#pragma once

#include <QList>
#include <QVector>
#include <QWidget>

#include <cstdint>

class QCPGraph;
class QCustomPlot;
class QLabel;

namespace shoptuner::ui {

class LossChart : public QWidget
{
    Q_OBJECT

public:
    // Another run's curve, drawn dashed beside the shown one.
    struct Overlay
    {
        std::int64_t runId = 0;
        QVector<double> steps, losses; // training losses
        QVector<double> valSteps, valLosses;
    };

    explicit LossChart(QWidget *parent = nullptr);

    void clear(); // no run shown
    void setTotalSteps(std::int64_t steps) { m_totalSteps = steps; }
    // One point each; the smoothed line follows without being drawn again from the start.
    void addTrainingLoss(double step, double loss);
    void addValidationLoss(double step, double loss);
    void setOverlays(const QList<Overlay> &runs);
    void setSmoothed(bool on);
    void refresh(); // axes, the starting line, the note and a replot, after points were added

    QCustomPlot *plot() const { return m_plot; }
    int trainPoints() const;
    int validationPoints() const;
    int overlayCurves() const { return int(m_overlayGraphs.size()); }

private:
    QCustomPlot *m_plot;
    QLabel *m_note; // what the loss figures mean, in words
    QList<QCPGraph *> m_overlayGraphs;
    std::int64_t m_totalSteps = 0;
    double m_ema = 0, m_emaWeight = 0; // the smoothed line's running state
};

// The training losses as the smoothed line draws them: an exponential moving average (weight 0.9)
// corrected for its start, so the first value is the first loss.
QVector<double> smoothedLosses(const QVector<double> &losses);

} // namespace shoptuner::ui
