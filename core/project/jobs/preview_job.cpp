#include "preview_job.h"

#include "store/project_store.h"

namespace shoptuner::jobs {

PreviewJob::PreviewJob(PreviewJobParams params, QObject *parent)
    : Job(parent)
    , m_params(std::move(params))
{ }

PreviewJob::~PreviewJob()
{
    stopAndWait();
}

bool PreviewJob::execute()
{
    m_result.preview = data::previewFile(m_params.filePath, m_params.maxRows);
    if (isCancelRequested())
        return false;
    const data::FilePreview &preview = m_result.preview;
    m_result.kind = m_params.kind ? m_params.kind : data::guessDataKind(preview.columns, preview.rows);
    if (!m_result.kind)
        return true;
    const data::DataKind kind = *m_result.kind;
    m_result.mapping = data::suggestMapping(kind, preview.columns, preview.rows);
    if (m_params.projectPath.isEmpty())
        return true;
    try {
        store::ProjectStore project(m_params.projectPath, store::ProjectStore::OpenMode::ReadOnly);
        m_result.mapping = data::proposeMapping(project, kind, preview);
        if (kind != data::DataKind::Catalog)
            m_result.resolver = std::make_shared<const data::ProductResolver>(data::ProductResolver::fromStore(project,
                kind == data::DataKind::Reviews ? data::ProductResolver::Orders::Read
                                                : data::ProductResolver::Orders::Skip));
    } catch (const std::exception &) {
        // The project cannot be read now: the suggestion from the header stands.
    }
    return !isCancelRequested();
}

} // namespace shoptuner::jobs
