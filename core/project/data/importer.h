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
    // Catalogs: products made from the rows, and rows that were variants of a product.
    qint64 products = 0;
    qint64 variantRows = 0;
    // A catalog file other than one imported before (an offers report after the flat file):
    // products the catalog already has, by key or under another id (a child SKU of a parent).
    // They keep what they have, gain what they lacked and this file's ids as other names;
    // `products` counts only the new ones. A newer export of the same file replaces instead.
    qint64 mergedProducts = 0;
    // Catalogs: rows of files imported earlier that now link to one of its products.
    qint64 relinkedRows = 0;
    // Other files, when a catalog is in the project: rows whose product was found in it, and not.
    qint64 linked = 0;
    qint64 unlinked = 0;
    QStringList unlinkedExamples; // the first values that named no product
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

// The mapping to offer for a file: the one confirmed last time for this header, else the
// suggestion from the header (and the platform layout it shows); for files other than the
// catalog, the product column is the one whose values name the catalog's products best.
ColumnMapping proposeMapping(store::ProjectStore &store, DataKind kind, const FilePreview &preview);

// The SHA-256 of a file's bytes as hex, to tell later whether it changed; empty if unreadable.
QString fileSha256(const QString &path);

// onProgress is called every few thousand rows; returning false cancels (nothing is kept).
ImportResult importFile(store::ProjectStore &store, const ImportRequest &request,
    const std::function<bool(const ImportProgress &)> &onProgress = {});

} // namespace shoptuner::data
