// A stand-in for the Hugging Face Hub on 127.0.0.1, for tests without the internet. It speaks
// the part of the Hub's protocol ShopTuner uses: the model API with blobs=true, resolve/ with
// small files served directly and LFS files redirected to a "CDN" path, HTTP Range, gated
// repositories (401 without a token, 403 for a token not granted), and faults on request: a
// connection dropped half-way, a stalled one, and bytes that do not match their hash.
// It serves from its own thread, so a test may block on a job or a CLI process meanwhile.
#pragma once

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <QSet>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

namespace testing {

class FakeHub : public QObject
{
public:
    struct Repo
    {
        QString commit;
        QMap<QString, QByteArray> files; // name -> bytes
        QSet<QString> lfs; // names stored in LFS (served through the CDN path)
        bool gated = false;
    };
    enum class Fault { None, DropHalfway, StallHalfway, WrongBytes };

    FakeHub()
    {
        m_thread.start();
        moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_server = new QTcpServer(this);
                QObject::connect(m_server, &QTcpServer::newConnection, this, [this] {
                    while (QTcpSocket *s = m_server->nextPendingConnection())
                        serve(s);
                });
                m_server->listen(QHostAddress::LocalHost, 0);
                m_port = m_server->serverPort();
            },
            Qt::BlockingQueuedConnection);
    }
    ~FakeHub() override
    {
        QMetaObject::invokeMethod(
            this, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    QString endpoint() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    void addRepo(const QString &id, Repo repo)
    {
        QMutexLocker lock(&m_mutex);
        m_repos.insert(id, std::move(repo));
    }
    void setToken(const QString &token) // the one token granted access to gated repositories
    {
        QMutexLocker lock(&m_mutex);
        m_token = token;
    }
    // The next request for the file (through the CDN) fails this way; `times` requests in a row.
    void setFault(const QString &file, Fault fault, int times = 1)
    {
        QMutexLocker lock(&m_mutex);
        m_faults[file] = {fault, times};
    }
    QStringList requests() const // "GET /path [Range: bytes=N-] [auth]"
    {
        QMutexLocker lock(&m_mutex);
        return m_log;
    }
    void clearRequests()
    {
        QMutexLocker lock(&m_mutex);
        m_log.clear();
    }
    static QString sha256(const QByteArray &bytes)
    {
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }
    static QString gitHash(const QByteArray &bytes)
    {
        return QString::fromLatin1(QCryptographicHash::hash(
            "blob " + QByteArray::number(bytes.size()) + '\0' + bytes, QCryptographicHash::Sha1)
                                       .toHex());
    }

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            buffer->remove(0, end + 4);
            QHash<QByteArray, QByteArray> headers;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines[i].trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
            }
            const QList<QByteArray> request = lines.value(0).trimmed().split(' ');
            respond(socket, QString::fromLatin1(request.value(0)), QUrl::fromEncoded(request.value(1)), headers);
        });
    }

    void send(QTcpSocket *s, int status, const QByteArray &body, const QList<QByteArray> &extra = {},
        qint64 contentLength = -1)
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n";
        for (const QByteArray &h : extra)
            head += h + "\r\n";
        head += "Content-Length: " + QByteArray::number(contentLength >= 0 ? contentLength : body.size()) + "\r\n";
        head += "Connection: keep-alive\r\n\r\n";
        s->write(head + body);
    }

    void respond(QTcpSocket *s, const QString &method, const QUrl &url, const QHash<QByteArray, QByteArray> &headers)
    {
        QMutexLocker lock(&m_mutex);
        const QByteArray auth = headers.value("authorization");
        const QByteArray range = headers.value("range");
        m_log << QStringLiteral("%1 %2%3%4")
                     .arg(method, url.path(QUrl::FullyEncoded),
                         range.isEmpty() ? QString() : QStringLiteral(" Range: ") + QString::fromLatin1(range),
                         auth.isEmpty() ? QString() : QStringLiteral(" auth"));
        const QString path = url.path();
        QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (parts.value(0) == QLatin1String("datasets")) // datasets/<org>/<name>/resolve/...: as a model's
            parts.removeFirst();
        if (parts.value(0) == QLatin1String("cdn"))
            return serveBlob(s, parts.value(1), range);
        const bool api = parts.value(0) == QLatin1String("api");
        const QString id = api ? parts.value(2) + QLatin1Char('/') + parts.value(3)
                               : parts.value(0) + QLatin1Char('/') + parts.value(1);
        if (!m_repos.contains(id))
            return send(s, 401, "{\"error\":\"Repository not found\"}", {"X-Error-Code: RepoNotFound"});
        const Repo &repo = m_repos[id];
        if (repo.gated && auth != "Bearer " + m_token.toUtf8()) {
            if (auth.isEmpty())
                return send(
                    s, 401, "{}", {"X-Error-Code: GatedRepo", "X-Error-Message: Access to model is restricted."});
            return send(
                s, 403, "{}", {"X-Error-Code: GatedRepo", "X-Error-Message: You are not in the authorized list."});
        }
        const QString revision = api ? parts.value(5) : parts.value(3);
        if (revision != QLatin1String("main") && revision != repo.commit)
            return send(s, 404, "{}", {"X-Error-Code: RevisionNotFound"});
        if (api) {
            QJsonArray siblings;
            for (auto it = repo.files.cbegin(); it != repo.files.cend(); ++it) {
                QJsonObject f {{"rfilename", it.key()}, {"size", it.value().size()}, {"blobId", gitHash(it.value())}};
                if (repo.lfs.contains(it.key()))
                    f.insert("lfs",
                        QJsonObject {
                            {"sha256", sha256(it.value())}, {"size", it.value().size()}, {"pointerSize", 134}});
                siblings.append(f);
            }
            const QJsonObject o {{"id", id}, {"sha", repo.commit},
                {"gated", repo.gated ? QJsonValue("manual") : QJsonValue(false)}, {"siblings", siblings}};
            return send(s, 200, QJsonDocument(o).toJson(QJsonDocument::Compact), {"Content-Type: application/json"});
        }
        const QString file = parts.mid(4).join(QLatin1Char('/'));
        if (!repo.files.contains(file))
            return send(s, 404, "{}", {"X-Error-Code: EntryNotFound", "X-Repo-Commit: " + repo.commit.toLatin1()});
        const QByteArray bytes = repo.files[file];
        if (repo.lfs.contains(file)) {
            const QString sha = sha256(bytes);
            m_blobs.insert(sha, {file, bytes});
            return send(s, 302, {},
                // Another host name, as the Hub's CDN is: no token may follow the redirect.
                {"Location: " + QStringLiteral("http://localhost:%1/cdn/%2").arg(m_port).arg(sha).toLatin1(),
                    "X-Repo-Commit: " + repo.commit.toLatin1(), "X-Linked-Etag: \"" + sha.toLatin1() + "\"",
                    "X-Linked-Size: " + QByteArray::number(bytes.size())});
        }
        send(
            s, 200, bytes, {"ETag: \"" + gitHash(bytes).toLatin1() + "\"", "X-Repo-Commit: " + repo.commit.toLatin1()});
    }

    void serveBlob(QTcpSocket *s, const QString &sha, const QByteArray &range)
    {
        if (!m_blobs.contains(sha))
            return send(s, 404, "{}");
        const auto &[file, original] = m_blobs[sha];
        QByteArray bytes = original;
        Fault fault = Fault::None;
        if (auto it = m_faults.find(file); it != m_faults.end() && it->second > 0) {
            fault = it->first;
            --it->second;
        }
        if (fault == Fault::WrongBytes && !bytes.isEmpty())
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x5A);
        qint64 from = 0;
        if (range.startsWith("bytes="))
            from = range.mid(6, range.indexOf('-') - 6).toLongLong();
        if (from >= bytes.size() && from > 0)
            return send(s, 416, {}, {"Content-Range: bytes */" + QByteArray::number(bytes.size())});
        const QByteArray body = bytes.mid(from);
        const QList<QByteArray> extra = from > 0
            ? QList<QByteArray> {"Content-Range: bytes " + QByteArray::number(from) + '-'
                + QByteArray::number(bytes.size() - 1) + '/' + QByteArray::number(bytes.size())}
            : QList<QByteArray> {};
        const int status = from > 0 ? 206 : 200;
        if (fault == Fault::DropHalfway || fault == Fault::StallHalfway) {
            send(s, status, body.left(body.size() / 2), extra, body.size());
            s->flush();
            if (fault == Fault::DropHalfway)
                s->disconnectFromHost();
            return; // stalled: the rest never comes, the connection stays open
        }
        send(s, status, body, extra);
    }

    QThread m_thread;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QHash<QString, Repo> m_repos;
    QHash<QString, std::pair<QString, QByteArray>> m_blobs; // sha256 -> (file, bytes)
    QHash<QString, std::pair<Fault, int>> m_faults;
    QString m_token;
    QStringList m_log;
};

} // namespace testing
