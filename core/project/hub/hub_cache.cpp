#include "hub_cache.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSaveFile>

#include <filesystem>
#include <stdexcept>

namespace shoptuner::hub {
namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name).trimmed();
}

} // namespace

QString repoTypePlural(RepoType type)
{
    return type == RepoType::Dataset ? QStringLiteral("datasets") : QStringLiteral("models");
}

bool isCommitHash(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{40}$"));
    return hex.match(text).hasMatch();
}

QString normalizedRepoId(const QString &text)
{
    QString id = text.trimmed();
    for (const QString &prefix : {QStringLiteral("https://huggingface.co/"), QStringLiteral("hf.co/")})
        if (id.startsWith(prefix))
            id = id.mid(prefix.size());
    while (id.endsWith(QLatin1Char('/')))
        id.chop(1);
    // Hub names: letters, digits, '-', '_', '.'; one organisation and one name.
    static const QRegularExpression repo(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$"));
    if (!repo.match(id).hasMatch() || id.contains(QLatin1String("..")) || id.contains(QLatin1String("--")))
        return {};
    return id;
}

QString huggingFaceHome()
{
    if (const QString home = env("HF_HOME"); !home.isEmpty())
        return QDir::cleanPath(home);
    if (const QString xdg = env("XDG_CACHE_HOME"); !xdg.isEmpty())
        return QDir::cleanPath(xdg + QStringLiteral("/huggingface"));
    return QDir::homePath() + QStringLiteral("/.cache/huggingface");
}

QString defaultCacheFolder()
{
    for (const char *name : {"HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE"})
        if (const QString folder = env(name); !folder.isEmpty())
            return QDir::cleanPath(folder);
    return huggingFaceHome() + QStringLiteral("/hub");
}

RepoCache::RepoCache(QString cacheFolder, RepoType type, QString repoId)
    : m_folder(QDir::cleanPath(cacheFolder) + QLatin1Char('/') + repoTypePlural(type) + QStringLiteral("--")
        + repoId.replace(QLatin1Char('/'), QStringLiteral("--")))
{ }

QString RepoCache::folder() const
{
    return m_folder;
}

QString RepoCache::blobPath(const QString &etag) const
{
    return m_folder + QStringLiteral("/blobs/") + etag;
}

QString RepoCache::incompletePath(const QString &etag) const
{
    return blobPath(etag) + QStringLiteral(".incomplete");
}

QString RepoCache::snapshotFolder(const QString &commit) const
{
    return m_folder + QStringLiteral("/snapshots/") + commit;
}

std::optional<QString> RepoCache::commitOf(const QString &revision) const
{
    if (isCommitHash(revision))
        return QDir(snapshotFolder(revision)).exists() ? std::optional(revision) : std::nullopt;
    QFile ref(m_folder + QStringLiteral("/refs/") + revision);
    if (!ref.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QString commit = QString::fromLatin1(ref.readAll()).trimmed();
    if (!isCommitHash(commit) || !QDir(snapshotFolder(commit)).exists())
        return std::nullopt;
    return commit;
}

void RepoCache::writeRef(const QString &revision, const QString &commit) const
{
    const QString path = m_folder + QStringLiteral("/refs/") + revision;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    // As huggingface_hub writes it: the commit alone, no line break.
    if (!f.open(QIODevice::WriteOnly) || f.write(commit.toLatin1()) != commit.size() || !f.commit())
        throw std::runtime_error("cannot write " + path.toStdString() + ": " + f.errorString().toStdString());
}

void RepoCache::link(const QString &commit, const QString &file, const QString &etag) const
{
    namespace fs = std::filesystem;
    const fs::path pointer = fs::path(snapshotFolder(commit).toStdString()) / file.toStdString();
    const fs::path blob = blobPath(etag).toStdString();
    std::error_code ec;
    fs::create_directories(pointer.parent_path(), ec);
    if (ec)
        throw std::runtime_error("cannot create " + pointer.parent_path().string() + ": " + ec.message());
    fs::remove(pointer, ec);
    fs::create_symlink(blob.lexically_relative(pointer.parent_path()), pointer, ec);
    if (!ec)
        return;
    fs::copy_file(blob, pointer, fs::copy_options::overwrite_existing, ec);
    if (ec)
        throw std::runtime_error("cannot place " + pointer.string() + ": " + ec.message());
}

} // namespace shoptuner::hub
