// Benchmark (not a test): build-tasks on seeded synthetic shops of 25k, 50k and 200k reviews (time
// per task, records, reviews/s, peak memory), and file preview plus mapping suggestion on CSV
// headers of growing width (time per column should stay flat). Prints figures; never fails on time.
//   bench_build_tasks [reviews ...] [--columns n ...]
#include "synthetic_shop.h"

#include "data/build_tasks.h"
#include "data/column_mapping.h"
#include "data/importer.h"
#include "data/shop_data.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace shoptuner;

namespace {

// A digest of every stored record, to check that a faster build writes the same records.
QString recordsDigest(store::ProjectStore &project)
{
    QSqlQuery q = project.prepare(QStringLiteral("SELECT task, setting, split, instruction, input, options_json, "
                                                 "output, extra_json, group_key FROM records ORDER BY id"));
    store::ProjectStore::run(q);
    QCryptographicHash hash(QCryptographicHash::Sha1);
    while (q.next())
        for (int c = 0; c < 9; ++c)
            hash.addData(q.value(c).toString().toUtf8().append('\x1f'));
    return QString::fromLatin1(hash.result().toHex().left(16));
}

// Peak resident memory since the last reset, from /proc (Linux); -1 elsewhere.
double peakMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

// Writing 5 to clear_refs resets VmHWM to the current resident size, so each size gets its own peak.
void resetPeak()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

void benchBuildTasks(int reviews)
{
    QTemporaryDir dir;
    store::ProjectStore project(
        dir.filePath(QStringLiteral("bench.shoptuner")), store::ProjectStore::OpenMode::CreateIfMissing);
    QElapsedTimer timer;
    timer.start();
    const bench::SyntheticShopCounts n = bench::SyntheticShop(42).write(project, 400, reviews);
    std::printf("\n== %d reviews: %lld products, %lld exact and %lld near copies planted, %lld questions, %lld "
                "search events, %lld order lines (written in %.1f s)\n",
        reviews, n.products, n.exactCopies, n.nearCopies, n.questions, n.searchEvents, n.orderLines,
        double(timer.elapsed()) / 1000.0);
    std::fflush(stdout);

    {
        timer.restart();
        const data::ShopData shop = data::loadShopData(project);
        std::printf("loadShopData (read, scrub, drop duplicates): %.2f s; dropped %lld exact, %lld near duplicates\n",
            double(timer.elapsed()) / 1000.0, shop.cleaning.exactDuplicateReviews, shop.cleaning.nearDuplicateReviews);
    }
    resetPeak();

    // The CLI's build-tasks runs this same function (through BuildTasksJob); progress marks each
    // task's start, which times the tasks one by one.
    QList<qint64> starts;
    data::BuildParams params;
    timer.restart();
    const data::BuildReport report = data::buildTasks(project, params, [&](double, const QString &) {
        starts << timer.elapsed();
        return true;
    });
    const double seconds = double(timer.elapsed()) / 1000.0;
    for (qsizetype t = 0; t < report.tasks.size(); ++t) {
        const data::TaskReport &r = report.tasks[t];
        qint64 records = 0;
        for (const qint64 c : r.counts)
            records += c;
        const qint64 until = starts.value(t + 1, starts.constLast()); // the last call comes after the commit
        std::printf("  %-4s %7lld records  %7.2f s%s\n", qPrintable(r.abbreviation), records,
            double(until - starts[t]) / 1000.0, r.available ? "" : "  (not available)");
    }
    std::printf("build-tasks %d reviews: %.2f s (of which loading %.2f s before the first task), %lld records, "
                "%.0f reviews/s, peak RSS %.0f MiB\n",
        reviews, seconds, double(starts.value(0)) / 1000.0, report.totalRecords, double(reviews) / seconds, peakMiB());
    std::printf("records digest %s\n", qPrintable(recordsDigest(project)));
    std::fflush(stdout);
}

// A catalog CSV whose header has `columns` columns (a title, an id, then "attribute N") and three rows.
void benchWideHeader(int columns)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wide.csv"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return;
        QByteArray header = "id,title";
        for (int c = 2; c < columns; ++c)
            header += ",attribute " + QByteArray::number(c);
        f.write(header + '\n');
        for (int row = 0; row < 3; ++row) {
            QByteArray line = QByteArray::number(row) + ",Mug " + QByteArray::number(row);
            for (int c = 2; c < columns; ++c)
                line += c % 2 ? ",red" : ",";
            f.write(line + '\n');
        }
    }
    QElapsedTimer timer;
    timer.start();
    const data::FilePreview preview = data::previewFile(path, 50);
    const double previewSeconds = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    const data::ColumnMapping mapping = data::suggestMapping(data::DataKind::Catalog, preview.columns, preview.rows);
    const double suggestSeconds = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    const QString signature = data::headerSignature(preview.columns);
    const double signatureSeconds = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    const QStringList problems = mapping.problems(preview.columns);
    const double problemsSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double perColumn = 1e6 / double(columns);
    std::printf("%8d columns: preview %7.3f s (%.2f us/col), suggestMapping %7.3f s (%.2f us/col, %lld attributes), "
                "headerSignature %6.3f s, problems %7.3f s (%.2f us/col)\n",
        columns, previewSeconds, previewSeconds * perColumn, suggestSeconds, suggestSeconds * perColumn,
        qint64(mapping.attributeColumns.size()), signatureSeconds, problemsSeconds, problemsSeconds * perColumn);
    std::fflush(stdout);
    Q_UNUSED(signature);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<int> reviews, columns;
    bool widths = false;
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]) == "--columns")
            widths = true;
        else
            (widths ? columns : reviews) << QByteArray(argv[i]).toInt();
    }
    if (reviews.isEmpty() && columns.isEmpty()) {
        reviews = {25000, 50000, 200000};
        columns = {25000, 50000, 100000, 200000};
    }
    for (const int n : reviews)
        benchBuildTasks(n);
    if (!columns.isEmpty())
        std::printf("\nWide CSV headers (linear: the time per column stays about the same)\n");
    for (const int c : columns)
        benchWideHeader(c);
    return 0;
}
