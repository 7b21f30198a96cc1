#include "chart_layout.h"

#include <qcustomplot.h>

#include <QScrollArea>

namespace shoptuner::ui {

void placeLegendBelow(QCustomPlot *chart)
{
    chart->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    chart->legend->setWrap(4);
    chart->legend->setBorderPen(Qt::NoPen);
    chart->plotLayout()->addElement(1, 0, chart->legend);
    chart->plotLayout()->setRowStretchFactor(1, 0.001);
}

QScrollArea *scrollingChart(QCustomPlot *chart, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(chart);
    return scroll;
}

} // namespace shoptuner::ui
