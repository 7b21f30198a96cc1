#include "project_context.h"

#include "jobs/train_job.h"

#include "store/project_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace shoptuner::ui {
namespace {

const QString kRecentKey = QStringLiteral("projects/recent");
constexpr int kMaxRecent = 8;

} // namespace

ProjectContext::ProjectContext(QObject *parent)
    : QObject(parent)
{ }

QString ProjectContext::name() const
{
    return QFileInfo(m_path).completeBaseName();
}

bool ProjectContext::open(const QString &path, bool create, QString *error, QString *details)
{
    QString file = path;
    if (create && !file.endsWith(QLatin1String(".shoptuner")))
        file += QStringLiteral(".shoptuner");
    try {
        const QString dir = QFileInfo(file).absolutePath();
        if (create && !QDir().mkpath(dir))
            throw store::StoreError(
                tr("Cannot create the folder %1.").arg(dir), tr("Choose a folder you can write to."));
        store::ProjectStore project(file,
            create ? store::ProjectStore::OpenMode::CreateIfMissing : store::ProjectStore::OpenMode::OpenExisting);
        if (create && project.info(QStringLiteral("created_with")).isEmpty())
            project.setInfo(QStringLiteral("created_with"), QStringLiteral("ShopTuner"));
    } catch (const store::StoreError &e) {
        if (error)
            *error = e.hint().isEmpty() ? e.message() : e.message() + QLatin1Char('\n') + e.hint();
        if (details)
            *details = QString::fromUtf8(e.what());
        return false;
    }
    m_path = QFileInfo(file).absoluteFilePath();
    remember(m_path);
    Q_EMIT projectChanged();
    return true;
}

void ProjectContext::close()
{
    m_path.clear();
    Q_EMIT projectChanged();
}

QStringList ProjectContext::recentProjects() const
{
    QStringList out;
    for (const QString &p : QSettings().value(kRecentKey).toStringList())
        if (QFileInfo::exists(p))
            out << p;
    return out;
}

QString ProjectContext::demoProjectPath()
{
    const QString file = QStringLiteral("/demo/Kettle & Loom (demo).shoptuner");
    // <user data>/ShopTuner/demo (~/.local/share, AppData/Local, Library/Application Support).
    const QString path = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QLatin1Char('/')
        + QCoreApplication::applicationName() + file;
    // Earlier versions used AppDataLocation, which names ShopTuner twice (organisation and
    // application); a demo made there, with its runs, stays in use.
    const QString earlier = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + file;
    if (!QFileInfo::exists(path) && QFileInfo::exists(earlier))
        return earlier;
    return path;
}

QString ProjectContext::wizardStep() const
{
    if (!isOpen())
        return {};
    try {
        store::ProjectStore project(m_path);
        return project.info(QStringLiteral("wizard_step"));
    } catch (const store::StoreError &) {
        return {};
    }
}

void ProjectContext::setWizardStep(const QString &step)
{
    if (!isOpen())
        return;
    try {
        store::ProjectStore project(m_path);
        project.setInfo(QStringLiteral("wizard_step"), step);
    } catch (const store::StoreError &) {
        // Losing the wizard's position is harmless; the next open starts at the import step.
    }
}

void ProjectContext::notifyDataChanged()
{
    Q_EMIT dataChanged();
}

void ProjectContext::remember(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
}

jobs::TrainJob *ProjectContext::trainingJob() const
{
    return qobject_cast<jobs::TrainJob *>(m_trainingJob.data());
}

void ProjectContext::setTrainingJob(jobs::TrainJob *job)
{
    m_trainingJob = job;
    if (job)
        connect(job, &jobs::Job::ended, this, [this, job] {
            if (m_trainingJob == job) {
                m_trainingJob.clear();
                Q_EMIT trainingJobChanged();
            }
        });
    Q_EMIT trainingJobChanged();
}

} // namespace shoptuner::ui
