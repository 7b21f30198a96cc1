// The project the window works on: its file, its name, the recent projects, and a signal
// whenever its data changes so every page can refresh. Pages never open the file themselves
// on the GUI thread for long work; they start jobs.
#pragma once

#include <QObject>
#include <QStringList>

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

Q_SIGNALS:
    void projectChanged();
    void dataChanged();

private:
    void remember(const QString &path);
    QString m_path;
};

} // namespace shoptuner::ui
