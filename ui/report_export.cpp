#include "report_export.h"

#include "message_box.h"

#include <qcustomplot.h>

#include <QBuffer>
#include <QFileDialog>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace shoptuner::ui {
namespace {

constexpr int kChartWidth = 1200;
constexpr int kChartHeight = 420;

QImage chartImage(QCustomPlot *chart)
{
    if (!chart || chart->plottableCount() == 0)
        return {};
    return chart->toPixmap(kChartWidth, kChartHeight, 1.0).toImage();
}

} // namespace

bool exportReport(const QString &path, const std::function<QString(const QString &)> &html, const QString &csv,
    QCustomPlot *chart, const QString &title)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QImage image = suffix == QLatin1String("csv") ? QImage() : chartImage(chart);
    if (suffix == QLatin1String("pdf")) {
        QTextDocument doc;
        QFont font = doc.defaultFont();
        font.setPointSizeF(8);
        doc.setDefaultFont(font);
        const QString source = QStringLiteral("shoptuner-chart.png");
        if (!image.isNull())
            doc.addResource(QTextDocument::ImageResource, QUrl(source), image);
        doc.setHtml(html(image.isNull() ? QString() : source));
        // Written beside the target and renamed, so a failed export leaves no half-written PDF.
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return false;
        {
            QPdfWriter writer(&out);
            writer.setPageOrientation(QPageLayout::Landscape);
            writer.setTitle(title);
            writer.setCreator(QStringLiteral("ShopTuner"));
            doc.print(&writer);
        }
        return out.commit();
    }
    QString text = csv;
    if (suffix != QLatin1String("csv")) {
        QString source;
        if (!image.isNull()) {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            source = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
        }
        text = html(source);
    }
    QSaveFile out(path);
    return out.open(QIODevice::WriteOnly) && out.write(text.toUtf8()) >= 0 && out.commit();
}

void chooseAndExport(QWidget *parent, const QString &folder, const QString &baseName, const QString &filter,
    const QString &suffix, const std::function<bool(const QString &)> &write)
{
    QString path = QFileDialog::getSaveFileName(parent, QObject::tr("Export the report"),
        folder + QLatin1Char('/') + baseName + QLatin1Char('.') + suffix, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix))
        path += QLatin1Char('.') + suffix;
    if (!write(path))
        showError(parent, QObject::tr("Cannot export"),
            QObject::tr("%1 could not be written. Choose another folder.").arg(path));
}

} // namespace shoptuner::ui
