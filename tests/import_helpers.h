// Importing a shop file as a shop owner would in the tests: the mapping the app proposes for it,
// unchanged.
#pragma once

#include "data/importer.h"
#include "store/project_store.h"

#include <QFileInfo>

#include <stdexcept>

namespace testing {

// Imports the file with the proposed mapping; throws with the file's name and the reason when the
// mapping has problems or the import fails.
inline shoptuner::data::ImportResult importAsProposed(
    shoptuner::store::ProjectStore &project, const QString &path, shoptuner::store::DataKind kind)
{
    using namespace shoptuner::data;
    try {
        const FilePreview preview = previewFile(path, 200);
        const ColumnMapping mapping = proposeMapping(project, kind, preview);
        const QStringList problems = mapping.problems(preview.columns);
        if (!problems.isEmpty())
            throw std::runtime_error(problems.join(QLatin1Char(' ')).toStdString());
        return importFile(project, {path, mapping});
    } catch (const std::exception &e) {
        throw std::runtime_error(QString("%1: %2").arg(QFileInfo(path).fileName(), e.what()).toStdString());
    }
}

} // namespace testing
