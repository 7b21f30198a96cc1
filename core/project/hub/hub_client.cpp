#include "hub_client.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileDevice>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QTimer>
#include <QUrl>

namespace shoptuner::hub {
namespace {

bool envFlag(const char *name)
{
    const QString v = qEnvironmentVariable(name).trimmed().toUpper();
    return v == QLatin1String("1") || v == QLatin1String("ON") || v == QLatin1String("YES")
        || v == QLatin1String("TRUE");
}

QString hashOf(QIODevice &file, QCryptographicHash::Algorithm algorithm, const QByteArray &prefix)
{
    QCryptographicHash hash(algorithm);
    hash.addData(prefix);
    file.seek(0);
    QByteArray chunk;
    while (!(chunk = file.read(1 << 20)).isEmpty())
        hash.addData(chunk);
    return QString::fromLatin1(hash.result().toHex());
}

bool isConnectionProblem(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the stall timeout
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownProxyError:
        return true;
    default:
        return false;
    }
}

} // namespace

HubError::HubError(Kind kind, const QString &message)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_message(message)
{ }

QString readTokenFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.read(4096)).simplified().remove(QLatin1Char(' '));
}

QString environmentToken()
{
    for (const char *name : {"HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"})
        if (const QString token = qEnvironmentVariable(name).trimmed(); !token.isEmpty())
            return token;
    return {};
}

QString tokenFilePath()
{
    const QString path = qEnvironmentVariable("HF_TOKEN_PATH").trimmed();
    return path.isEmpty() ? huggingFaceHome() + QStringLiteral("/token") : path;
}

void saveToken(const QString &token)
{
    const QString path = tokenFilePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    const QByteArray bytes = token.trimmed().toUtf8();
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()
        || !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !f.commit())
        throw std::runtime_error("cannot write " + path.toStdString() + ": " + f.errorString().toStdString());
}

HubSettings HubSettings::fromEnvironment()
{
    HubSettings s;
    if (QString endpoint = qEnvironmentVariable("HF_ENDPOINT").trimmed(); !endpoint.isEmpty()) {
        while (endpoint.endsWith(QLatin1Char('/')))
            endpoint.chop(1);
        s.endpoint = endpoint;
    }
    s.token = environmentToken();
    if (s.token.isEmpty())
        s.token = readTokenFile(tokenFilePath());
    s.offline = envFlag("HF_HUB_OFFLINE") || envFlag("TRANSFORMERS_OFFLINE");
    return s;
}

QString gitBlobHash(QIODevice &file)
{
    return hashOf(file, QCryptographicHash::Sha1, "blob " + QByteArray::number(file.size()) + '\0');
}

QString sha256Of(QIODevice &file)
{
    return hashOf(file, QCryptographicHash::Sha256, {});
}

struct HubClient::Impl
{
    QNetworkAccessManager network;
    const std::atomic<bool> *cancel = nullptr;
    QString endpointHost;

    QNetworkRequest request(const QUrl &url, const HubSettings &settings) const
    {
        QNetworkRequest r(url);
        r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        r.setTransferTimeout(settings.stallTimeoutMs);
        r.setRawHeader("User-Agent", "ShopTuner/" SHOPTUNER_VERSION "; hf_hub-compatible");
        r.setRawHeader("Accept-Encoding", "identity");
        // The token goes to the Hub (or the mirror) only, never to the CDN it redirects to.
        if (!settings.token.isEmpty() && url.host() == endpointHost)
            r.setRawHeader("Authorization", "Bearer " + settings.token.toUtf8());
        return r;
    }

    // Runs the reply to its end, feeding its body to onData; aborts it when cancelled.
    void wait(QNetworkReply *reply, const std::function<void(QNetworkReply *)> &onData)
    {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (onData)
            QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] { onData(reply); });
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (cancel && cancel->load())
                reply->abort();
        });
        poll.start(100);
        if (!reply->isFinished())
            loop.exec();
        if (onData && reply->bytesAvailable() > 0)
            onData(reply);
        if (cancel && cancel->load())
            throw HubError(HubError::Kind::Cancelled, QStringLiteral("stopped"));
    }
};

HubClient::HubClient(HubSettings settings, const std::atomic<bool> *cancel)
    : m_settings(std::move(settings))
    , d(std::make_unique<Impl>())
{
    d->cancel = cancel;
    d->endpointHost = QUrl(m_settings.endpoint).host();
}

HubClient::~HubClient() = default;

QString HubClient::fileUrl(RepoType type, const QString &repoId, const QString &revision, const QString &file) const
{
    const QString prefix = type == RepoType::Dataset ? QStringLiteral("datasets/") : QString();
    return m_settings.endpoint + QLatin1Char('/') + prefix + repoId + QStringLiteral("/resolve/")
        + QString::fromLatin1(QUrl::toPercentEncoding(revision)) + QLatin1Char('/')
        + QString::fromLatin1(QUrl::toPercentEncoding(file, "/"));
}

// What an error answer means, in words for the person who asked.
static HubError errorFor(
    QNetworkReply *reply, const QString &repoId, bool haveToken, const QString &what, const QString &file = {})
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray code = reply->rawHeader("X-Error-Code");
    const QString serverMessage = QString::fromUtf8(reply->rawHeader("X-Error-Message")).left(300);
    using Kind = HubError::Kind;
    if (status == 0 || isConnectionProblem(reply->error())) {
        if (reply->error() == QNetworkReply::HostNotFoundError)
            return {Kind::Offline,
                QStringLiteral("%1 cannot be reached (%2); check the internet connection, or set a mirror")
                    .arg(reply->url().host(), reply->errorString())};
        return {Kind::Network, QStringLiteral("the connection failed while %1 (%2)").arg(what, reply->errorString())};
    }
    if (code == "GatedRepo")
        return {Kind::NeedsAccess,
            haveToken ? QStringLiteral("%1 is gated and this account has not been granted access yet: open its "
                                       "page on Hugging Face, accept the licence, and try again once access is given")
                            .arg(repoId)
                      : QStringLiteral("%1 needs a free Hugging Face account: open its page, accept the licence, "
                                       "then give ShopTuner your access token")
                            .arg(repoId)};
    if (status == 401 && haveToken && serverMessage.contains(QLatin1String("Invalid credentials")))
        return {Kind::BadToken, QStringLiteral("the Hugging Face token was refused; paste a current one")};
    if (code == "RevisionNotFound")
        return {Kind::NotFound, QStringLiteral("%1 has no such version (branch, tag or commit)").arg(repoId)};
    if (code == "EntryNotFound")
        return {Kind::NotFound, QStringLiteral("%1 has no file %2").arg(repoId, file)};
    if (status == 401 || status == 404 || code == "RepoNotFound")
        return {Kind::NotFound,
            haveToken
                ? QStringLiteral("%1 does not exist, or this token cannot see it").arg(repoId)
                : QStringLiteral("%1 does not exist, or it is private (then an access token is needed)").arg(repoId)};
    if (status == 403)
        return {Kind::NeedsAccess,
            QStringLiteral("the Hub refused access to %1%2")
                .arg(repoId, serverMessage.isEmpty() ? QString() : QStringLiteral(": ") + serverMessage)};
    return {Kind::Server,
        QStringLiteral("the Hub answered %1 while %2%3")
            .arg(status)
            .arg(what, serverMessage.isEmpty() ? QString() : QStringLiteral(": ") + serverMessage)};
}

RepoInfo HubClient::repoInfo(RepoType type, const QString &repoId, const QString &revision)
{
    if (m_settings.offline)
        throw HubError(HubError::Kind::Offline, QStringLiteral("ShopTuner is set to work offline (HF_HUB_OFFLINE)"));
    QUrl url(m_settings.endpoint + QStringLiteral("/api/") + repoTypePlural(type) + QLatin1Char('/') + repoId
        + QStringLiteral("/revision/") + QString::fromLatin1(QUrl::toPercentEncoding(revision)));
    url.setQuery(QStringLiteral("blobs=true"));
    for (int hop = 0; hop < 5; ++hop) {
        std::unique_ptr<QNetworkReply> reply(d->network.get(d->request(url, m_settings)));
        d->wait(reply.get(), {});
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 300 && status < 400) { // a renamed repository
            url = url.resolved(QUrl(QString::fromUtf8(reply->rawHeader("Location"))));
            continue;
        }
        if (reply->error() != QNetworkReply::NoError || status != 200)
            throw errorFor(reply.get(), repoId, !m_settings.token.isEmpty(), QStringLiteral("asking for its files"));
        QJsonParseError parseError;
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll(), &parseError).object();
        if (parseError.error != QJsonParseError::NoError || !o.value(QStringLiteral("sha")).isString())
            throw HubError(HubError::Kind::Server,
                QStringLiteral("the Hub's answer about %1 could not be read (is %2 a Hugging Face Hub?)")
                    .arg(repoId, m_settings.endpoint));
        RepoInfo info;
        info.commit = o.value(QStringLiteral("sha")).toString();
        const QJsonValue gated = o.value(QStringLiteral("gated"));
        info.gated = gated.isString() || (gated.isBool() && gated.toBool());
        for (const QJsonValue &v : o.value(QStringLiteral("siblings")).toArray()) {
            const QJsonObject s = v.toObject();
            RepoFile f;
            f.name = s.value(QStringLiteral("rfilename")).toString();
            f.size = s.value(QStringLiteral("size")).toInteger(-1);
            f.blobId = s.value(QStringLiteral("blobId")).toString();
            const QJsonObject lfs = s.value(QStringLiteral("lfs")).toObject();
            f.sha256 = lfs.value(QStringLiteral("sha256")).toString();
            if (lfs.contains(QStringLiteral("size")))
                f.size = lfs.value(QStringLiteral("size")).toInteger(f.size);
            if (!f.name.isEmpty())
                info.files << f;
        }
        if (!isCommitHash(info.commit))
            throw HubError(HubError::Kind::Server, QStringLiteral("the Hub named no commit for %1").arg(repoId));
        return info;
    }
    throw HubError(HubError::Kind::Server, QStringLiteral("the Hub redirected too often for %1").arg(repoId));
}

void HubClient::download(RepoType type, const QString &repoId, const QString &commit, const QString &file,
    QIODevice &out, qint64 offset, const std::function<void(qint64)> &received, bool *restarted,
    QCryptographicHash *hash)
{
    if (m_settings.offline)
        throw HubError(HubError::Kind::Offline, QStringLiteral("ShopTuner is set to work offline (HF_HUB_OFFLINE)"));
    QUrl url(fileUrl(type, repoId, commit, file), QUrl::StrictMode);
    qint64 written = 0;
    for (int hop = 0; hop < 10; ++hop) {
        QNetworkRequest request = d->request(url, m_settings);
        if (offset > 0)
            request.setRawHeader("Range", "bytes=" + QByteArray::number(offset) + '-');
        std::unique_ptr<QNetworkReply> reply(d->network.get(request));
        bool writeFailed = false;
        bool checkedStart = false;
        d->wait(reply.get(), [&](QNetworkReply *r) {
            const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status != 200 && status != 206) {
                r->readAll(); // a redirect's or an error's body
                return;
            }
            if (!checkedStart) {
                checkedStart = true;
                if (status == 200 && offset > 0) { // the range was ignored: from the start
                    if (auto *f = qobject_cast<QFileDevice *>(&out))
                        f->resize(0);
                    out.seek(0);
                    offset = 0;
                    if (hash)
                        hash->reset();
                    if (restarted)
                        *restarted = true;
                }
            }
            // Written as it arrives (the file is unbuffered), so a stop or a crash keeps every byte.
            const QByteArray bytes = r->readAll();
            if (writeFailed || bytes.isEmpty())
                return;
            if (out.write(bytes) != bytes.size()) {
                writeFailed = true;
                r->abort();
                return;
            }
            written += bytes.size();
            if (hash)
                hash->addData(bytes);
            if (received)
                received(written);
        });
        if (writeFailed)
            throw HubError(HubError::Kind::DiskFull,
                QStringLiteral("%1 could not be written (%2); the part downloaded is kept and the download resumes "
                               "once there is space")
                    .arg(file, out.errorString()));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 300 && status < 400) {
            const QByteArray location = reply->rawHeader("Location");
            if (location.isEmpty())
                break;
            url = url.resolved(QUrl::fromEncoded(location));
            continue;
        }
        if (status == 416) // nothing left after `offset`: the caller checks the size
            return;
        if (reply->error() != QNetworkReply::NoError || (status != 200 && status != 206))
            throw errorFor(
                reply.get(), repoId, !m_settings.token.isEmpty(), QStringLiteral("downloading ") + file, file);
        return;
    }
    throw HubError(HubError::Kind::Server, QStringLiteral("the Hub redirected too often for %1").arg(file));
}

} // namespace shoptuner::hub
