// Imports one shop file, or an ECInstruct JSON-lines file, into a project file.
#pragma once

#include "data/ecinstruct_io.h"
#include "data/importer.h"
#include "job.h"

#include <optional>

namespace shoptuner::jobs {

struct ImportJobParams
{
    QString projectPath;
    QString filePath;
    data::ColumnMapping mapping; // kind EcInstruct: the ECInstruct reader, no mapping needed
    // Set: `mapping` is ignored and the job reads the file's first rows and takes the mapping
    // ShopTuner proposes for this kind (saved earlier for this layout, else suggested), on the
    // job's thread, as the demo shop does.
    std::optional<data::DataKind> proposeMappingFor;
    QStringList ecInstructSplits; // ECInstruct: only records of these splits (empty: all)
};

struct ImportJobResult
{
    std::int64_t importId = 0;
    qint64 rows = 0;
    qint64 skipped = 0;
    QList<data::FileIssue> issues;
    qint64 issueCount = 0;
    QString format; // "CSV, delimiter ';', Windows-1252"
    qint64 products = 0; // catalogs: products made, variant rows rolled into them
    qint64 variantRows = 0;
    qint64 mergedProducts = 0; // catalogs: products already in the catalog under another id (offers reports)
    qint64 relinkedRows = 0; // catalogs: rows of files imported earlier that now link to it
    qint64 linked = 0; // other files: rows linked to a catalog product, and not
    qint64 unlinked = 0;
    QStringList unlinkedExamples;
};

class ImportJob : public Job
{
    Q_OBJECT

public:
    ~ImportJob() override;
    explicit ImportJob(ImportJobParams params, QObject *parent = nullptr);
    const ImportJobResult &result() const { return m_result; }

protected:
    bool execute() override;

private:
    ImportJobParams m_params;
    ImportJobResult m_result;
};

} // namespace shoptuner::jobs
