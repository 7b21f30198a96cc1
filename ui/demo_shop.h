// The demo shop (Kettle & Loom): made into a project from the files bundled with the app — its
// five exports imported with the suggested mappings, then the training examples built — so a
// new user sees every step work before bringing their own files.
#pragma once

#include "jobs/job.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace shoptuner::ui {

class ProjectContext;

class DemoShop : public QObject
{
    Q_OBJECT

public:
    explicit DemoShop(ProjectContext *project, QObject *parent = nullptr);

    // Opens the demo project, making it first when it does not exist or is incomplete.
    void start(const QString &path);
    void cancel();
    static QStringList bundledFiles(); // resource paths, catalog first

Q_SIGNALS:
    void jobStarted(shoptuner::jobs::Job *job); // for a progress display
    void finished(bool ok, const QString &error);

private:
    void next();

    ProjectContext *m_project;
    QString m_path;
    int m_step = 0;
    bool m_cancelled = false;
    QPointer<jobs::Job> m_job;
};

} // namespace shoptuner::ui
