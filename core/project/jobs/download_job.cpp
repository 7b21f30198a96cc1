#include "download_job.h"

#include "engine/base/error.h"
#include "engine/formats/safetensors.h"
#include "engine/model/model_config.h"
#include "engine/tokenizer/tokenizer.h"
#include "hub/model_catalogue.h"
#include "services/training_plan.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStorageInfo>
#include <QThread>

namespace shoptuner::jobs {
using hub::HubError;

DownloadJob::DownloadJob(DownloadJobParams params, QObject *parent)
    : Job(parent)
    , m_params(std::move(params))
{ }

DownloadJob::~DownloadJob()
{
    stopAndWait();
}

// Runs `attempt`, trying again after a connection failure with doubling waits; other errors
// (not found, gated, corrupt, disk full) are not retried.
template <typename F> auto DownloadJob::withRetries(const QString &what, F &&attempt) -> decltype(attempt())
{
    int wait = m_params.firstRetryWaitMs;
    for (int tryNumber = 1;; ++tryNumber) {
        try {
            return attempt();
        } catch (const HubError &e) {
            if (!e.retryable() || tryNumber >= m_params.retries || isCancelRequested())
                throw;
            reportProgress(m_totalBytes > 0 ? double(m_doneBytes) / double(m_totalBytes) : -1,
                QStringLiteral("%1: %2; trying again in %3 s (try %4 of %5)")
                    .arg(what, e.message())
                    .arg(wait / 1000.0, 0, 'g', 2)
                    .arg(tryNumber + 1)
                    .arg(m_params.retries));
            for (int waited = 0; waited < wait && !isCancelRequested(); waited += 50)
                QThread::msleep(50);
            if (isCancelRequested())
                throw HubError(HubError::Kind::Cancelled, QStringLiteral("stopped"));
            wait *= 2;
        }
    }
}

QList<hub::RepoFile> DownloadJob::chooseFiles(const hub::RepoInfo &info) const
{
    QList<hub::RepoFile> chosen;
    for (const hub::RepoFile &f : info.files)
        if (m_params.files.isEmpty() ? hub::isNeededModelFile(f.name) : m_params.files.contains(f.name))
            chosen << f;
    QStringList names;
    for (const hub::RepoFile &f : chosen)
        names << f.name;
    for (const QString &wanted : m_params.files)
        if (!names.contains(wanted))
            throw HubError(HubError::Kind::NotFound, QStringLiteral("%1 has no file %2").arg(m_params.repoId, wanted));
    if (m_params.type == hub::RepoType::Model) {
        if (!names.contains(QStringLiteral("config.json")))
            throw HubError(HubError::Kind::NotFound,
                QStringLiteral("%1 has no config.json: it is not a model ShopTuner can use").arg(m_params.repoId));
        if (!std::any_of(names.cbegin(), names.cend(), [](const QString &n) { return n.endsWith(".safetensors"); }))
            throw HubError(HubError::Kind::NotFound,
                QStringLiteral("%1 has no safetensors weights (ShopTuner does not load pickled .bin weights); "
                               "look for a version of it with model.safetensors")
                    .arg(m_params.repoId));
    }
    for (const hub::RepoFile &f : chosen)
        if (f.size < 0 || f.etag().isEmpty())
            throw HubError(HubError::Kind::Server,
                QStringLiteral("the Hub gave no size or hash for %1, so it could not be checked").arg(f.name));
    return chosen;
}

void DownloadJob::checkDiskSpace(const hub::RepoCache &cache, const QList<hub::RepoFile> &files) const
{
    qint64 needed = 0;
    for (const hub::RepoFile &f : files) {
        if (QFileInfo(cache.blobPath(f.etag())).size() == f.size)
            continue;
        needed += f.size - std::min(f.size, QFileInfo(cache.incompletePath(f.etag())).size());
    }
    QDir().mkpath(cache.folder() + QStringLiteral("/blobs"));
    const QStorageInfo disk(cache.folder());
    const qint64 margin = 100'000'000; // room left for the project, the checkpoints, the system
    if (disk.isValid() && needed > 0 && disk.bytesAvailable() < needed + margin)
        throw HubError(HubError::Kind::DiskFull,
            QStringLiteral("%1 needs %2 more on %3, which has %4 free; free some space or set HF_HUB_CACHE to a "
                           "folder on a larger disk")
                .arg(m_params.repoId, services::formatBytes(needed), disk.rootPath(),
                    services::formatBytes(disk.bytesAvailable())));
}

void DownloadJob::reportBytes(const QString &file)
{
    const qint64 elapsed = std::max<qint64>(1, m_clock.elapsed());
    const double perSecond = double(m_result.downloadedBytes) * 1000.0 / double(elapsed);
    const double fraction = m_totalBytes > 0 ? double(m_doneBytes) / double(m_totalBytes) : -1;
    QString message
        = QStringLiteral("Downloading %1 (%2): %3 of %4")
              .arg(m_params.repoId, file, services::formatBytes(m_doneBytes), services::formatBytes(m_totalBytes));
    if (elapsed > 1000 && perSecond > 0)
        message += QStringLiteral(" at %1/s").arg(services::formatBytes(qint64(perSecond)));
    reportProgress(fraction, message);
}

void DownloadJob::fetchFile(
    hub::HubClient &client, const hub::RepoCache &cache, const QString &commit, const hub::RepoFile &file)
{
    const QString blob = cache.blobPath(file.etag());
    if (QFileInfo(blob).size() == file.size)
        return; // already here (from an earlier download, or huggingface_hub's)
    QFile part(cache.incompletePath(file.etag()));
    // Unbuffered: what arrived is on disk at once, for a resume after a crash or a stop.
    if (!part.open(QIODevice::ReadWrite | QIODevice::Unbuffered))
        throw HubError(
            HubError::Kind::DiskFull, QStringLiteral("cannot write %1: %2").arg(part.fileName(), part.errorString()));
    if (part.size() > file.size)
        part.resize(0);
    const qint64 resumedFrom = part.size();
    m_doneBytes += resumedFrom;
    qint64 counted = resumedFrom; // of this file, in m_doneBytes
    // An LFS file's SHA-256 is taken as its bytes arrive (the part kept from before first), so
    // checking it costs no second read of the file; small files are hashed afterwards.
    std::optional<QCryptographicHash> sha;
    if (!file.sha256.isEmpty()) {
        sha.emplace(QCryptographicHash::Sha256);
        part.seek(0);
        QByteArray chunk;
        while (!(chunk = part.read(4 << 20)).isEmpty())
            sha->addData(chunk);
    }
    withRetries(QStringLiteral("Downloading %1").arg(file.name), [&] {
        part.seek(part.size());
        const qint64 offset = part.size();
        if (offset >= file.size)
            return;
        bool restarted = false;
        client.download(
            m_params.type, m_params.repoId, commit, file.name, part, offset,
            [&](qint64 written) {
                const qint64 now = (restarted ? 0 : offset) + written;
                m_doneBytes += now - counted;
                m_result.downloadedBytes += now - counted;
                counted = now;
                reportBytes(file.name);
            },
            &restarted, sha ? &*sha : nullptr);
        if (part.size() < file.size) // the connection ended early
            throw HubError(HubError::Kind::Network,
                QStringLiteral("%1 ended after %2 of %3")
                    .arg(file.name, services::formatBytes(part.size()), services::formatBytes(file.size)));
    });
    reportProgress(double(m_doneBytes) / double(std::max<qint64>(1, m_totalBytes)),
        QStringLiteral("Checking %1 against the Hub's checksum").arg(file.name));
    const QString actual = sha ? QString::fromLatin1(sha->result().toHex()) : hub::gitBlobHash(part);
    if (part.size() != file.size || actual != file.etag()) {
        part.remove();
        m_doneBytes -= counted;
        throw HubError(HubError::Kind::Corrupt,
            QStringLiteral("%1 arrived damaged (%2 bytes, checksum %3 where the Hub says %4 bytes, %5); it was "
                           "deleted: download it again")
                .arg(file.name)
                .arg(part.size())
                .arg(actual.left(12), QString::number(file.size), file.etag().left(12)));
    }
    part.close();
    QFile::remove(blob);
    if (!QFile::rename(part.fileName(), blob))
        throw HubError(HubError::Kind::DiskFull, QStringLiteral("cannot move %1 into place").arg(file.name));
}

bool DownloadJob::useCachedSnapshot(const hub::RepoCache &cache)
{
    const auto commit = cache.commitOf(m_params.revision);
    if (!commit)
        return false;
    const QString folder = cache.snapshotFolder(*commit);
    QStringList files;
    for (const QFileInfo &f : QDir(folder).entryInfoList(QDir::Files))
        files << f.fileName();
    if (m_params.type == hub::RepoType::Model && !files.contains(QStringLiteral("config.json")))
        return false;
    for (const QString &wanted : m_params.files)
        if (!QFileInfo::exists(folder + QLatin1Char('/') + wanted))
            return false;
    m_result.folder = folder;
    m_result.commit = *commit;
    m_result.files = files;
    m_result.fromCache = true;
    return true;
}

// Loads what ShopTuner will load: the configuration (for a language model), the tokenizer,
// and every weight file's header and tensor table.
void DownloadJob::verifyModelFolder()
{
    const std::filesystem::path folder = m_result.folder.toStdString();
    reportProgress(1.0, QStringLiteral("Loading %1 once to check it").arg(m_params.repoId));
    QFile configFile(m_result.folder + QStringLiteral("/config.json"));
    configFile.open(QIODevice::ReadOnly);
    const QJsonArray architectures
        = QJsonDocument::fromJson(configFile.readAll()).object().value(QStringLiteral("architectures")).toArray();
    const bool causal
        = architectures.isEmpty() || architectures.first().toString().endsWith(QLatin1String("ForCausalLM"));
    try {
        if (causal) {
            const engine::ModelConfig c = engine::loadModelConfig(folder);
            m_result.verified
                << QStringLiteral("configuration: %1 layers, hidden size %2").arg(c.numLayers).arg(c.hiddenSize);
        }
        const auto tokenizer = engine::loadTokenizer(folder);
        m_result.verified << QStringLiteral("tokenizer: %1 tokens").arg(tokenizer->vocabSize());
        const engine::Checkpoint weights = engine::Checkpoint::openFolder(folder);
        m_result.verified << QStringLiteral("weights: %1 tensors readable").arg(weights.tensors().size());
    } catch (const engine::EngineError &e) {
        throw HubError(HubError::Kind::Corrupt,
            QStringLiteral("%1 downloaded, but ShopTuner cannot load it: %2")
                .arg(m_params.repoId, QString::fromStdString(e.message())));
    }
}

bool DownloadJob::execute()
{
    m_clock.start();
    const hub::HubSettings settings = m_params.settings ? *m_params.settings : hub::HubSettings::fromEnvironment();
    const QString repoId = hub::normalizedRepoId(m_params.repoId);
    if (repoId.isEmpty())
        throw HubError(HubError::Kind::NotFound,
            QStringLiteral("\"%1\" is not a Hugging Face repository name (it looks like Org/Name)")
                .arg(m_params.repoId));
    m_params.repoId = repoId;
    const hub::RepoCache cache(settings.cache(), m_params.type, repoId);
    hub::HubClient client(settings, cancelFlag());
    reportProgress(0, QStringLiteral("Asking the Hub for %1").arg(repoId));
    hub::RepoInfo info;
    try {
        if (settings.offline)
            throw HubError(
                HubError::Kind::Offline, QStringLiteral("ShopTuner is set to work offline (HF_HUB_OFFLINE)"));
        info = withRetries(QStringLiteral("Asking for %1").arg(repoId),
            [&] { return client.repoInfo(m_params.type, repoId, m_params.revision); });
    } catch (const HubError &e) {
        if (e.kind() == HubError::Kind::Cancelled)
            return false;
        // Offline or unreachable: what the cache has for this revision is what there is.
        if ((e.kind() == HubError::Kind::Offline || e.kind() == HubError::Kind::Network) && useCachedSnapshot(cache)) {
            m_result.verified << QStringLiteral("the Hub could not be reached (%1); the copy on this computer is used")
                                     .arg(e.message());
            return true;
        }
        if (e.kind() == HubError::Kind::Offline || e.kind() == HubError::Kind::Network)
            throw HubError(e.kind(), e.message() + QStringLiteral(", and %1 is not on this computer").arg(repoId));
        throw;
    }
    const QList<hub::RepoFile> files = chooseFiles(info);
    for (const hub::RepoFile &f : files)
        m_totalBytes += f.size;
    checkDiskSpace(cache, files);
    for (const hub::RepoFile &f : files) {
        if (QFileInfo(cache.blobPath(f.etag())).size() == f.size)
            m_doneBytes += f.size;
    }
    m_result.commit = info.commit;
    try {
        for (const hub::RepoFile &f : files) {
            fetchFile(client, cache, info.commit, f);
            cache.link(info.commit, f.name, f.etag());
            m_result.files << f.name;
        }
        if (!hub::isCommitHash(m_params.revision) || m_params.revision != info.commit)
            cache.writeRef(m_params.revision, info.commit);
    } catch (const HubError &e) {
        if (e.kind() == HubError::Kind::Cancelled)
            return false;
        throw;
    } catch (const std::runtime_error &e) {
        throw HubError(HubError::Kind::DiskFull, QString::fromUtf8(e.what()));
    }
    m_result.folder = cache.snapshotFolder(info.commit);
    m_result.bytes = m_totalBytes;
    m_result.fromCache = m_result.downloadedBytes == 0;
    m_result.verified << QStringLiteral("%1 files, %2, each matching the Hub's checksum")
                             .arg(files.size())
                             .arg(services::formatBytes(m_totalBytes));
    if (m_params.type == hub::RepoType::Model)
        verifyModelFolder();
    reportProgress(1.0, QStringLiteral("%1 is ready").arg(repoId));
    return true;
}

} // namespace shoptuner::jobs
