// Downloads a model (or a dataset's files) from the Hugging Face Hub into the shared Hugging
// Face cache: only the files ShopTuner reads, each checked against the Hub's SHA-256 (or git
// hash) before it is used, a model loaded once (configuration, tokenizer, weights) before it is
// called ready. A stopped or failed download keeps what arrived and resumes from there (HTTP
// Range), even after ShopTuner was closed; a dropped connection is retried with growing waits.
#pragma once

#include "hub/hub_client.h"
#include "job.h"

#include <QElapsedTimer>
#include <QStringList>

#include <optional>

namespace shoptuner::jobs {

struct DownloadJobParams
{
    QString repoId; // "HuggingFaceTB/SmolLM2-360M-Instruct"
    QString revision = QStringLiteral("main");
    hub::RepoType type = hub::RepoType::Model;
    QStringList files; // datasets: the files wanted; models: empty (the files ShopTuner reads)
    std::optional<hub::HubSettings> settings; // unset: from the environment (HF_ENDPOINT, HF_TOKEN, ...)
    int retries = 5; // tries per request when the connection fails
    int firstRetryWaitMs = 1000; // doubled for each further try
};

struct DownloadJobResult
{
    QString folder; // the snapshot folder: a model folder ShopTuner (and transformers) can load
    QString commit;
    QStringList files;
    qint64 bytes = 0; // all the files
    qint64 downloadedBytes = 0; // what came over the network this time
    bool fromCache = false; // nothing had to be fetched, or the Hub could not be reached and the cache had it
    QStringList verified; // what was checked, in plain words
};

class DownloadJob : public Job
{
    Q_OBJECT

public:
    explicit DownloadJob(DownloadJobParams params, QObject *parent = nullptr);
    ~DownloadJob() override;
    const DownloadJobParams &params() const { return m_params; }
    const DownloadJobResult &result() const { return m_result; }

protected:
    bool execute() override;

private:
    template <typename F> auto withRetries(const QString &what, F &&attempt) -> decltype(attempt());
    QList<hub::RepoFile> chooseFiles(const hub::RepoInfo &info) const;
    void checkDiskSpace(const hub::RepoCache &cache, const QList<hub::RepoFile> &files) const;
    void fetchFile(
        hub::HubClient &client, const hub::RepoCache &cache, const QString &commit, const hub::RepoFile &file);
    void verifyModelFolder();
    bool useCachedSnapshot(const hub::RepoCache &cache);
    void reportBytes(const QString &file);

    DownloadJobParams m_params;
    DownloadJobResult m_result;
    qint64 m_doneBytes = 0; // of the files chosen, on disk
    qint64 m_totalBytes = 0;
    QElapsedTimer m_clock; // since this download started, for its speed
};

} // namespace shoptuner::jobs
