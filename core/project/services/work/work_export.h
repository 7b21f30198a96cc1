// Writing the owner's reviewed suggestions out, only when the owner exports: for missing
// attributes, the catalog file as it was imported with the accepted cells filled (every other
// byte unchanged, so the shop system imports it again) and a change list beside it; for the other
// jobs, one CSV the owner works through (negative reviews first, ...).
#pragma once

#include "store/entities.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <stdexcept>

namespace shoptuner::store {
class ProjectStore;
}

namespace shoptuner::services {

// Whether an imported file is still the one imported (its size and SHA-256).
struct SourceState
{
    enum class Status { Same, Changed, Missing, Unknown }; // Unknown: imported before hashes were kept
    Status status = Status::Unknown;
    QString path;
};
SourceState sourceState(const store::ImportInfo &info);

// The source file changed since it was imported (or is gone): writing it back could undo the
// shop's own edits, so the caller asks the owner first and exports again with writeChanged.
class SourceChanged : public std::runtime_error
{
public:
    SourceChanged(QString path, bool missing);
    QString path() const { return m_path; }
    bool missing() const { return m_missing; }

private:
    QString m_path;
    bool m_missing;
};

struct WorkExportOptions
{
    bool writeChanged = false; // write even though the source changed since it was imported
    QString sourceOverride; // read this file instead of the one imported (moved, or imported before paths were kept)
};

struct WorkExportResult
{
    QStringList files; // what was written: the catalog(s), the change list, or the list
    int accepted = 0; // suggestions the owner accepted
    int written = 0; // of them, cells written into the catalog
    QStringList notes; // what could not be written and why, in plain words
};

// Exports job `jobId`'s accepted suggestions to `outFile` (and, for a catalog, a change list
// named after it: "catalog-changes.csv"). Throws SourceChanged, or StoreError with a message.
WorkExportResult exportWork(
    store::ProjectStore &store, std::int64_t jobId, const QString &outFile, const WorkExportOptions &options = {});

} // namespace shoptuner::services
