// shoptuner-make-icons: renders the one source SVG into every icon a platform wants:
// freedesktop hicolor PNGs, a Windows .ico and a macOS .icns (both hold PNG images).
// Build-time tool only; it needs Qt Svg and no display (it renders offscreen).
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>

namespace {

QByteArray renderPng(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        std::fprintf(stderr, "shoptuner-make-icons: cannot write %s: %s\n", qPrintable(path), qPrintable(f.errorString()));
        return false;
    }
    return true;
}

template <typename T> void append(QByteArray &out, T value)
{
    out.append(reinterpret_cast<const char *>(&value), sizeof value);
}

// ICO (Windows Vista and later take PNG images in it): ICONDIR, one ICONDIRENTRY per image, the images.
QByteArray makeIco(QSvgRenderer &svg, const QList<int> &sizes)
{
    QList<QByteArray> images;
    for (int size : sizes)
        images.append(renderPng(svg, size));
    QByteArray out;
    append<quint16>(out, qToLittleEndian<quint16>(0)); // reserved
    append<quint16>(out, qToLittleEndian<quint16>(1)); // type: icon
    append<quint16>(out, qToLittleEndian<quint16>(quint16(images.size())));
    quint32 offset = 6 + 16 * quint32(images.size());
    for (qsizetype i = 0; i < images.size(); ++i) {
        const int size = sizes[i];
        out.append(char(size >= 256 ? 0 : size)); // width, 0 means 256
        out.append(char(size >= 256 ? 0 : size)); // height
        out.append(char(0));                      // no palette
        out.append(char(0));                      // reserved
        append<quint16>(out, qToLittleEndian<quint16>(1));  // colour planes
        append<quint16>(out, qToLittleEndian<quint16>(32)); // bits per pixel
        append<quint32>(out, qToLittleEndian<quint32>(quint32(images[i].size())));
        append<quint32>(out, qToLittleEndian<quint32>(offset));
        offset += quint32(images[i].size());
    }
    for (const QByteArray &png : images)
        out.append(png);
    return out;
}

// ICNS: "icns", total length, then (type, length, PNG) chunks; all big-endian.
// The types are the PNG-capable ones macOS 10.7 and later read.
QByteArray makeIcns(QSvgRenderer &svg)
{
    const struct
    {
        const char *type;
        int size;
    } kinds[] = {{"icp4", 16}, {"icp5", 32}, {"icp6", 64}, {"ic07", 128}, {"ic08", 256}, {"ic09", 512},
        {"ic10", 1024}, {"ic11", 32}, {"ic12", 64}, {"ic13", 256}, {"ic14", 512}};
    QByteArray chunks;
    for (const auto &k : kinds) {
        const QByteArray png = renderPng(svg, k.size);
        chunks.append(k.type, 4);
        append<quint32>(chunks, qToBigEndian<quint32>(quint32(8 + png.size())));
        chunks.append(png);
    }
    QByteArray out("icns", 4);
    append<quint32>(out, qToBigEndian<quint32>(quint32(8 + chunks.size())));
    out.append(chunks);
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: shoptuner-make-icons SOURCE.svg NAME OUTDIR\n"
                             "writes OUTDIR/hicolor/SIZExSIZE/apps/NAME.png, OUTDIR/NAME.ico and OUTDIR/NAME.icns\n");
        return 2;
    }
    const QString name = args[2];
    const QDir out(args[3]);
    QSvgRenderer svg(args[1]);
    if (!svg.isValid()) {
        std::fprintf(stderr, "shoptuner-make-icons: %s is not a readable SVG\n", qPrintable(args[1]));
        return 1;
    }
    // The sizes the freedesktop icon theme specification lists for applications' icons.
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        const QString path = out.filePath(QStringLiteral("hicolor/%1x%1/apps/%2.png").arg(size).arg(name));
        if (!writeFile(path, renderPng(svg, size)))
            return 1;
    }
    if (!writeFile(out.filePath(name + QStringLiteral(".ico")), makeIco(svg, {16, 24, 32, 48, 64, 256})))
        return 1;
    if (!writeFile(out.filePath(name + QStringLiteral(".icns")), makeIcns(svg)))
        return 1;
    return 0;
}
