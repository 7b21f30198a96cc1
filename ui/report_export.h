// Writes a report to a file the way the user chose by its suffix: CSV as it is, HTML with the
// chart embedded as a PNG data URL, PDF printed from the same HTML with the chart as an image.
// One code path for the verdict and the comparison, so what is exported is what is shown.
#pragma once

#include <QString>

#include <functional>

class QCustomPlot;
class QWidget;

namespace shoptuner::ui {

// `html` builds the page for a given <img> source (empty: no chart). Returns false with nothing
// left under `path` when it cannot be written.
bool exportReport(const QString &path, const std::function<QString(const QString &chartSource)> &html,
    const QString &csv, QCustomPlot *chart, const QString &title);

// Asks for a file name (suggested from `baseName` and `suffix`), exports, and says so when it fails.
void chooseAndExport(QWidget *parent, const QString &folder, const QString &baseName, const QString &filter,
    const QString &suffix, const std::function<bool(const QString &path)> &write);

} // namespace shoptuner::ui
