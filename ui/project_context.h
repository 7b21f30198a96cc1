// The project the window works on: its file, its name, the recent projects, and a signal
// whenever its data changes so every page can refresh. Pages never open the file themselves
// on the GUI thread for long work; they start jobs.
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace shoptuner::jobs {
class TrainJob;
}

namespace shoptuner::ui {

class ProjectContext : public QObject
{
    Q_OBJECT

public:
    explicit ProjectContext(QObject *parent = nullptr);

    bool isOpen() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    QString name() const; // the file name without ".shoptuner"

    // Creates or opens the file (migrating it); on failure returns false and sets *error
    // (message, details) and keeps the current project.
    bool open(const QString &path, bool create, QString *error, QString *details = nullptr);
    void close();

    QStringList recentProjects() const; // existing files only, newest first
    static QString demoProjectPath(); // in the user's data folder

    // What the wizard should show next time: "import", "tasks", ...
    QString wizardStep() const;
    void setWizardStep(const QString &step);

    // Jobs that changed the project call this; pages reload.
    void notifyDataChanged();

    // The training job running on this project in this app, whichever page started it (the
    // wizard's or the main window's): every Training page follows it, so all show one run, one
    // status and one time left, and none starts a second. Null when none runs.
    jobs::TrainJob *trainingJob() const;
    void setTrainingJob(jobs::TrainJob *job); // by the page that starts it; cleared when it ends

Q_SIGNALS:
    void projectChanged();
    void dataChanged();
    void trainingJobChanged();

private:
    void remember(const QString &path);
    QString m_path;
    QPointer<QObject> m_trainingJob;
};

} // namespace shoptuner::ui
