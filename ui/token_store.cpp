#include "token_store.h"

#include "hub/hub_client.h"

#include <QCoreApplication>
#include <QFile>

#ifdef SHOPTUNER_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QTimer>
#endif

#include <stdexcept>

namespace shoptuner::ui {
namespace {

const QString kService = QStringLiteral("ShopTuner");
const QString kKey = QStringLiteral("huggingface-token");

#ifdef SHOPTUNER_HAVE_KEYCHAIN
// Runs a keychain job to its end (a few seconds at most: a keychain that does not answer is
// treated as none). True when it succeeded.
bool runKeychainJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setKey(kKey);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    return finished && job.error() == QKeychain::NoError;
}

QString keychainToken()
{
    QKeychain::ReadPasswordJob job(kService);
    return runKeychainJob(job) ? job.textData().trimmed() : QString();
}
#endif

QString fileToken()
{
    return hub::readTokenFile(hub::tokenFilePath());
}

} // namespace

QString loadHubToken()
{
    if (const QString env = hub::environmentToken(); !env.isEmpty())
        return env;
#ifdef SHOPTUNER_HAVE_KEYCHAIN
    if (const QString kept = keychainToken(); !kept.isEmpty())
        return kept;
#endif
    return fileToken();
}

QString saveHubToken(const QString &token)
{
#ifdef SHOPTUNER_HAVE_KEYCHAIN
    QKeychain::WritePasswordJob job(kService);
    job.setTextData(token.trimmed());
    if (runKeychainJob(job))
        return QCoreApplication::translate("TokenStore", "the system keychain");
#endif
    hub::saveToken(token);
    return hub::tokenFilePath();
}

void removeHubToken()
{
#ifdef SHOPTUNER_HAVE_KEYCHAIN
    QKeychain::DeletePasswordJob job(kService);
    runKeychainJob(job);
#endif
    QFile::remove(hub::tokenFilePath());
}

QString hubTokenPlace()
{
#ifdef SHOPTUNER_HAVE_KEYCHAIN
    if (!keychainToken().isEmpty())
        return QCoreApplication::translate("TokenStore", "the system keychain");
#endif
    return fileToken().isEmpty() ? QString() : hub::tokenFilePath();
}

} // namespace shoptuner::ui
