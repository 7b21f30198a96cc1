// Models to download from the Hugging Face Hub, on the Model page and the wizard's model step:
// the curated catalogue with the size to download, the memory to train here and the licence,
// the one recommended for this computer, and any other model by its Hub name. A download runs
// in the background with Pause (what arrived is kept, even over a restart), Resume and Discard;
// a gated model asks for an access token.
#pragma once

#include "services/training_plan.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace shoptuner::jobs {
class DownloadJob;
}

namespace shoptuner::ui {

class JobProgress;

class ModelDownloads : public QWidget
{
    Q_OBJECT

public:
    explicit ModelDownloads(QWidget *parent = nullptr);
    ~ModelDownloads() override;

    void setHardware(const services::HardwareInfo &hardware); // memory column and recommendation
    // One model only (the BERTScore encoder on the Verdict page): no catalogue, a button to get it.
    void setSingleModel(const QString &repoId, const QString &buttonText);
    void download(const QString &repoId); // starts it, or resumes what arrived before
    bool isDownloading() const { return !m_job.isNull(); }
    QString recommendedRepo() const { return m_recommended; }
    QTreeWidget *catalogue() const { return m_catalogue; }

Q_SIGNALS:
    void downloaded(const QString &folder, bool encoder); // ready, checked and loaded once

private:
    void buildControls();
    void buildLayout();
    void connectSignals();
    void fillCatalogue();
    void showSelected(); // the chosen entry's sentence, size and licence
    void finishDownload(jobs::DownloadJob *job);
    bool askForToken(const QString &repoId, const QString &problem); // true: saved, try again
    void showInterrupted(); // a download paused or cut off earlier, perhaps before a restart
    void discardInterrupted();

    QLabel *m_title;
    QTreeWidget *m_catalogue;
    QLabel *m_about;
    QLineEdit *m_repo;
    QPushButton *m_download;
    QPushButton *m_resume;
    QPushButton *m_discard;
    QLabel *m_status;
    JobProgress *m_progress;
    QPointer<jobs::DownloadJob> m_job;
    services::HardwareInfo m_hardware;
    bool m_hardwareKnown = false;
    QString m_recommended;
    QString m_single; // setSingleModel's repository
};

} // namespace shoptuner::ui
