// The Hugging Face cache as huggingface_hub lays it out, so a model ShopTuner downloads is seen
// by transformers and one they downloaded is not fetched again:
//   <cache>/models--Org--Name/blobs/<etag>               the files' bytes (<etag>.incomplete while coming)
//   <cache>/models--Org--Name/snapshots/<commit>/<file>  relative links to the blobs (copies where links fail)
//   <cache>/models--Org--Name/refs/<revision>            the commit a branch or tag stood at
#pragma once

#include <QString>

#include <optional>

namespace shoptuner::hub {

enum class RepoType { Model, Dataset };

QString repoTypePlural(RepoType type); // "models", "datasets" (API paths and folder names)
bool isCommitHash(const QString &text); // 40 hexadecimal digits
// An "Org/Name" repository id, or empty when `text` is not one.
QString normalizedRepoId(const QString &text);

// $HF_HOME, else $XDG_CACHE_HOME/huggingface, else ~/.cache/huggingface.
QString huggingFaceHome();
// Where downloads go: $HF_HUB_CACHE, else $HUGGINGFACE_HUB_CACHE, else <HF home>/hub.
QString defaultCacheFolder();

class RepoCache
{
public:
    RepoCache(QString cacheFolder, RepoType type, QString repoId);

    QString folder() const; // <cache>/models--Org--Name
    QString blobPath(const QString &etag) const;
    QString incompletePath(const QString &etag) const;
    QString snapshotFolder(const QString &commit) const;
    // The commit `revision` names here: a commit with a snapshot, or what refs/<revision> holds.
    std::optional<QString> commitOf(const QString &revision) const;
    void writeRef(const QString &revision, const QString &commit) const;
    // snapshots/<commit>/<file> -> blobs/<etag>, as a relative symbolic link; a copy where the
    // file system cannot link (Windows without developer mode). Throws std::runtime_error.
    void link(const QString &commit, const QString &file, const QString &etag) const;

private:
    QString m_folder;
};

} // namespace shoptuner::hub
