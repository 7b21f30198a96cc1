#include "import_job.h"

#include "store/project_store.h"

#include <QFileInfo>

namespace shoptuner::jobs {

namespace {
constexpr int kPreviewRows = 200; // as the import page previews
}

ImportJob::~ImportJob()
{
    stopAndWait();
}

ImportJob::ImportJob(ImportJobParams params, QObject *parent)
    : Job(parent)
    , m_params(std::move(params))
{ }

bool ImportJob::execute()
{
    store::ProjectStore project(m_params.projectPath, store::ProjectStore::OpenMode::CreateIfMissing);
    const QString name = QFileInfo(m_params.filePath).fileName();
    reportProgress(0, QStringLiteral("Reading %1").arg(name));
    if (m_params.proposeMappingFor)
        m_params.mapping = data::proposeMapping(
            project, *m_params.proposeMappingFor, data::previewFile(m_params.filePath, kPreviewRows));
    if (m_params.mapping.kind == store::DataKind::EcInstruct) {
        const auto r = data::importEcInstruct(
            project, m_params.filePath,
            [&](double f, qint64 n) {
                reportProgress(f, QStringLiteral("Reading %1: %2 records").arg(name).arg(n));
                return !isCancelRequested();
            },
            m_params.ecInstructSplits);
        if (r.cancelled)
            return false;
        m_result.importId = r.importId;
        m_result.rows = r.records;
        m_result.format = QStringLiteral("ECInstruct JSON lines");
    } else {
        const auto r
            = data::importFile(project, {m_params.filePath, m_params.mapping}, [&](const data::ImportProgress &p) {
                  reportProgress(p.fraction, QStringLiteral("Reading %1: %2 rows").arg(name).arg(p.rows));
                  return !isCancelRequested();
              });
        if (r.cancelled)
            return false;
        m_result = {r.importId, r.rows, r.skipped, r.issues, r.issueCount, r.format.describe(), r.products,
            r.variantRows, r.mergedProducts, r.relinkedRows, r.linked, r.unlinked, r.unlinkedExamples};
    }
    reportProgress(1.0, QStringLiteral("Imported %1").arg(name));
    return true;
}

} // namespace shoptuner::jobs
