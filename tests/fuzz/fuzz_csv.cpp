// Fuzzes the shop-file readers (decoding, CSV through libcsv, JSON streaming) with arbitrary
// bytes: any input must end in rows or an ImportError, never a crash or a hang.
#include "data/table_reader.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static QTemporaryDir dir;
    // The first byte picks the file name, so both the CSV and the JSON reader are reached.
    const char *names[] = {"f.csv", "f.tsv", "f.json", "f.jsonl"};
    const QString path = dir.filePath(QString::fromLatin1(names[size ? data[0] % 4 : 0]));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    try {
        auto reader = shoptuner::data::TableReader::open(path);
        shoptuner::data::TableRow row;
        qint64 rows = 0;
        while (reader->next(row)) {
            if (row.values.size() != reader->columns().size())
                __builtin_trap(); // rows always align with the header
            ++rows;
        }
        (void)reader->takeIssues();
    } catch (const shoptuner::data::ImportError &) { }
    return 0;
}
