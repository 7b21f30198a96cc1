#include "demo_shop.h"

#include "data/importer.h"
#include "jobs/build_tasks_job.h"
#include "jobs/import_job.h"
#include "project_context.h"
#include "store/project_store.h"

#include <QFile>

namespace shoptuner::ui {
namespace {

const QList<store::DataKind> kKinds = {store::DataKind::Catalog, store::DataKind::Reviews, store::DataKind::Questions,
    store::DataKind::Searches, store::DataKind::Orders};

bool isComplete(const QString &path)
{
    try {
        store::ProjectStore project(path);
        return project.info(QStringLiteral("demo_complete")) == QLatin1String("1");
    } catch (const store::StoreError &) {
        return false;
    }
}

} // namespace

DemoShop::DemoShop(ProjectContext *project, QObject *parent)
    : QObject(parent)
    , m_project(project)
{ }

QStringList DemoShop::bundledFiles()
{
    QStringList out;
    for (const char *name : {"catalog", "reviews", "questions", "searches", "orders"})
        out << QStringLiteral(":/shoptuner/demo/shop/%1.csv").arg(QLatin1String(name));
    return out;
}

void DemoShop::start(const QString &path)
{
    m_path = path;
    m_step = 0;
    m_cancelled = false;
    QString error;
    if (isComplete(path)) {
        const bool ok = m_project->open(path, false, &error);
        Q_EMIT finished(ok, error);
        return;
    }
    // A demo left half-made (the app was closed meanwhile) is made again from the start.
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    if (!m_project->open(path, true, &error)) {
        Q_EMIT finished(false, error);
        return;
    }
    next();
}

void DemoShop::cancel()
{
    m_cancelled = true;
    if (m_job)
        m_job->requestCancel();
}

void DemoShop::next()
{
    if (m_job) {
        const jobs::Job::Outcome outcome = m_job->outcome();
        const QString message = m_job->error().message;
        m_job->wait();
        m_job->deleteLater();
        m_job = nullptr;
        if (outcome != jobs::Job::Outcome::Succeeded || m_cancelled) {
            Q_EMIT finished(
                false, outcome == jobs::Job::Outcome::Failed ? message : tr("The demo shop was not finished."));
            return;
        }
        m_project->notifyDataChanged();
    }
    const QStringList files = bundledFiles();
    jobs::Job *job = nullptr;
    if (m_step < files.size()) {
        jobs::ImportJobParams params {m_path, files[m_step], {}, kKinds[m_step]};
        job = new jobs::ImportJob(params, this);
    } else if (m_step == files.size()) {
        jobs::BuildTasksJobParams params;
        params.projectPath = m_path;
        params.build.oodCategories = {QStringLiteral("Candles")};
        job = new jobs::BuildTasksJob(params, this);
    } else {
        try {
            store::ProjectStore project(m_path);
            project.setInfo(QStringLiteral("demo_complete"), QStringLiteral("1"));
            project.setInfo(QStringLiteral("wizard_step"), QStringLiteral("tasks"));
        } catch (const store::StoreError &e) {
            Q_EMIT finished(false, e.message());
            return;
        }
        Q_EMIT finished(true, {});
        return;
    }
    ++m_step;
    m_job = job;
    connect(job, &jobs::Job::ended, this, &DemoShop::next, Qt::QueuedConnection);
    Q_EMIT jobStarted(job);
    job->start();
}

} // namespace shoptuner::ui
