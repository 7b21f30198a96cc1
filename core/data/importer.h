// Imports one shop file (catalog, reviews, questions, searches or orders) into the project file
// as one transaction: rows that cannot be used are reported with line and column and left out;
// a file that is mostly unusable, unreadable or cancelled leaves the project as it was.
#pragma once

#include "column_mapping.h"
#include "table_reader.h"

#include <functional>

namespace shoptuner::store {
class ProjectStore;
}

namespace shoptuner::data {

struct ImportRequest
{
    QString path;
    ColumnMapping mapping; // its kind says what the file holds
};

struct ImportProgress
{
    double fraction = 0; // of the file's bytes
    qint64 rows = 0;
};

struct ImportResult
{
    std::int64_t importId = 0;
    qint64 rows = 0; // imported
    qint64 skipped = 0;
    QList<FileIssue> issues; // the first kMaxIssues problems
    qint64 issueCount = 0; // all of them
    TableFormat format;
    bool cancelled = false;
};

inline constexpr int kMaxReportedIssues = 200;

// The first rows of a file, for choosing the mapping (and the wizard's preview table).
struct FilePreview
{
    QStringList columns;
    QList<QStringList> rows;
    TableFormat format;
    QList<FileIssue> issues;
};
FilePreview previewFile(const QString &path, int maxRows = 50);

// onProgress is called every few thousand rows; returning false cancels (nothing is kept).
ImportResult importFile(store::ProjectStore &store, const ImportRequest &request,
    const std::function<bool(const ImportProgress &)> &onProgress = {});

} // namespace shoptuner::data
