// ECInstruct JSON lines (the NingLab/ECInstruct export: instruction, input, options, output,
// task, setting, split and any further fields) into and out of the project file, so the public
// benchmark can be loaded and the shop's records used by other tools. Fields and their order
// survive the round trip.
#pragma once

#include "table_reader.h"

#include <QStringList>

#include <functional>

namespace shoptuner::store {
class ProjectStore;
}

namespace shoptuner::data {

struct EcInstructImportResult
{
    std::int64_t importId = 0;
    qint64 records = 0;
    bool cancelled = false;
};

// JSON lines, or one JSON array of records (the Hub's dataset.json), read record by record. One
// transaction; a malformed record is an ImportError naming its line and field. `onlySplits`:
// only records whose "split" is one of these (e.g. "test" for the public benchmark).
EcInstructImportResult importEcInstruct(store::ProjectStore &store, const QString &path,
    const std::function<bool(double fraction, qint64 records)> &onProgress = {}, const QStringList &onlySplits = {});

struct ExportFilter
{
    QStringList tasks, splits, settings; // empty: all
};

// Writes atomically; returns the number of records written.
qint64 exportEcInstruct(store::ProjectStore &store, const QString &path, const ExportFilter &filter = {},
    const std::function<bool(qint64 records)> &onProgress = {});

// The options as the eCeLLM prompt shows them: a stored string as it is, a list as Python's
// json.dumps writes it, null as "".
QString optionsPromptText(const QString &optionsJson);

} // namespace shoptuner::data
