// Reads a shop file's first rows and proposes how to import it: what kind of file it is, its
// column mapping (saved earlier for this layout, else suggested) and how its rows link to the
// catalog — all off the GUI thread, so choosing a large or slow file never freezes the page.
#pragma once

#include "data/importer.h"
#include "data/product_links.h"
#include "job.h"

#include <memory>
#include <optional>

namespace shoptuner::jobs {

struct PreviewJobParams
{
    QString projectPath; // empty or unreadable: the mapping comes from the file alone
    QString filePath;
    std::optional<data::DataKind> kind; // unset: guessed from the columns
    int maxRows = 200;
};

struct PreviewJobResult
{
    data::FilePreview preview;
    std::optional<data::DataKind> kind; // unset: the file did not say; ask the user
    data::ColumnMapping mapping; // when kind is set
    // Reviews, questions, orders, searches: the catalog their rows are linked to.
    std::shared_ptr<const data::ProductResolver> resolver;
};

class PreviewJob : public Job
{
    Q_OBJECT

public:
    explicit PreviewJob(PreviewJobParams params, QObject *parent = nullptr);
    ~PreviewJob() override;
    const PreviewJobParams &params() const { return m_params; }
    const PreviewJobResult &result() const { return m_result; }

protected:
    bool execute() override;

private:
    PreviewJobParams m_params;
    PreviewJobResult m_result;
};

} // namespace shoptuner::jobs
