// "Export for…": the trained model (or the base model) written for llama.cpp, Ollama, LM Studio or
// Hugging Face, or the adapter alone. The user picks where it will run; the dialog explains each
// choice, suggests a place, runs the export as a job with progress and Cancel, and then says in
// plain words what was checked and where the files are.
#pragma once

#include "jobs/export_job.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace shoptuner::ui {

class JobProgress;
class ProjectContext;

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(ProjectContext *project, QString modelDir, QString adapterDir, std::optional<std::int64_t> runId,
        QWidget *parent = nullptr);

    // Opens the dialog (modeless, deleted on close) for training run `runId`, or for the newest
    // finished run with an adapter when `runId` is 0; does nothing when there is no such run, and
    // says why when the project cannot be read. Returns the dialog, or null.
    static ExportDialog *openForRun(ProjectContext *project, std::int64_t runId, QWidget *parent);

    QListWidget *formatList() const { return m_formats; }
    QComboBox *typeBox() const { return m_type; }
    QLineEdit *destination() const { return m_destination; }
    QLineEdit *nameEdit() const { return m_name; }
    void startExport();
    bool isExporting() const { return !m_job.isNull(); }
    QString resultText() const;
    QStringList exportedFiles() const { return m_files; }

private:
    QString format() const;
    void formatChanged();
    void chooseDestination();

    ProjectContext *m_project;
    QString m_modelDir, m_adapterDir;
    std::optional<std::int64_t> m_runId;
    QListWidget *m_formats;
    QComboBox *m_type;
    QLineEdit *m_name;
    QLineEdit *m_destination;
    QPushButton *m_choose, *m_export, *m_openFolder;
    JobProgress *m_progress;
    QTextBrowser *m_result;
    QPointer<jobs::ExportJob> m_job;
    QStringList m_files;
};

} // namespace shoptuner::ui
