// The Hugging Face Hub's HTTP protocol as huggingface_hub speaks it, on Qt Network: a
// repository's files at a revision (/api/<type>s/<id>/revision/<rev>?blobs=true) and a file's
// bytes (/<id>/resolve/<commit>/<file>, redirected to a CDN for large files), resumed with HTTP
// Range. Blocking calls with a cancel flag, for a job's own thread.
#pragma once

#include "hub_cache.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <stdexcept>

class QCryptographicHash;
class QIODevice;

namespace shoptuner::hub {

struct HubSettings
{
    QString endpoint = QStringLiteral("https://huggingface.co"); // a mirror's address, without a trailing /
    QString token; // an access token for gated and private repositories; never logged
    bool offline = false; // only what is on this computer
    QString cacheFolder; // empty: defaultCacheFolder()
    int stallTimeoutMs = 30000; // a connection that sends nothing this long is retried

    // HF_ENDPOINT, HF_TOKEN (or HUGGING_FACE_HUB_TOKEN, else the token file <HF home>/token,
    // HF_TOKEN_PATH), HF_HUB_OFFLINE (or TRANSFORMERS_OFFLINE), HF_HUB_CACHE, as huggingface_hub
    // reads them.
    static HubSettings fromEnvironment();
    QString cache() const { return cacheFolder.isEmpty() ? defaultCacheFolder() : cacheFolder; }
};

// A token from a file as huggingface_hub stores it (spaces and line breaks around it dropped).
QString readTokenFile(const QString &path);
// A token set in the environment: HF_TOKEN, else the older HUGGING_FACE_HUB_TOKEN.
QString environmentToken();
// Where huggingface_hub keeps the access token: $HF_TOKEN_PATH, else <HF home>/token.
QString tokenFilePath();
// Stores the token there (readable by its owner only), as `huggingface-cli login` does, so
// transformers and ShopTuner's CLI find it too. Throws std::runtime_error.
void saveToken(const QString &token);

struct RepoFile
{
    QString name; // "model.safetensors", "onnx/model.onnx"
    qint64 size = -1;
    QString blobId; // git's blob hash
    QString sha256; // LFS files: the content's SHA-256 (their etag); empty for small files
    QString etag() const { return sha256.isEmpty() ? blobId : sha256; }
};

struct RepoInfo
{
    QString commit;
    bool gated = false;
    QList<RepoFile> files;
};

class HubError : public std::runtime_error
{
public:
    enum class Kind {
        NotFound, // no such repository, revision or file
        NeedsAccess, // gated or private: an account, the licence accepted, a token
        BadToken, // the token was refused
        Offline, // offline mode, or the network cannot be reached
        Network, // the connection failed or stalled (retried before it is thrown at a user)
        Corrupt, // the bytes do not match the Hub's hash or size
        DiskFull,
        Server, // the Hub answered with an error of its own
        Cancelled,
    };
    HubError(Kind kind, const QString &message);
    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    bool retryable() const { return m_kind == Kind::Network || m_kind == Kind::Server; }

private:
    Kind m_kind;
    QString m_message;
};

// One connection to the Hub for the calling thread (it needs no running event loop).
class HubClient
{
public:
    explicit HubClient(HubSettings settings, const std::atomic<bool> *cancel = nullptr);
    ~HubClient();
    const HubSettings &settings() const { return m_settings; }

    RepoInfo repoInfo(RepoType type, const QString &repoId, const QString &revision);
    // Writes the file's bytes from `offset` on to `out` (positioned at offset), calling
    // `received` with the bytes written so far in this call, and adding them to `hash` when
    // given. A server that ignores the range restarts the file: `out` is truncated, `hash`
    // reset and `restarted` set.
    void download(RepoType type, const QString &repoId, const QString &commit, const QString &file, QIODevice &out,
        qint64 offset, const std::function<void(qint64)> &received, bool *restarted = nullptr,
        QCryptographicHash *hash = nullptr);

    QString fileUrl(RepoType type, const QString &repoId, const QString &revision, const QString &file) const;

private:
    struct Impl;
    HubSettings m_settings;
    std::unique_ptr<Impl> d;
};

// The hash that names a small file's blob: git's SHA-1 of "blob <size>\0" and the bytes.
QString gitBlobHash(QIODevice &file);
QString sha256Of(QIODevice &file);

} // namespace shoptuner::hub
