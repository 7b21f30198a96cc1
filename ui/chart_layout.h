// Layout shared by the app's charts: a legend in a row of its own below the plot (it never covers
// a point or a bar), and a chart in a scroll area, so a chart with many rows keeps every label
// readable by growing taller instead of squeezing them.
#pragma once

class QCustomPlot;
class QScrollArea;
class QWidget;

namespace shoptuner::ui {

void placeLegendBelow(QCustomPlot *chart);
QScrollArea *scrollingChart(QCustomPlot *chart, QWidget *parent);

} // namespace shoptuner::ui
