// Where a shop owner brings in their exported files: one row per kind of file with what has
// been imported, a preview of the chosen file, its column mapping, and the import as a job.
// Files can also be dropped on it.
#pragma once

#include "data/importer.h"

#include "data/product_links.h"

#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QThread;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace shoptuner::jobs {
class ImportJob;
class PreviewJob;
} // namespace shoptuner::jobs

namespace shoptuner::ui {

class JobProgress;
class MappingEditor;
class ProjectContext;

class ImportPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ImportPanel(ProjectContext *project, QWidget *parent = nullptr);
    ~ImportPanel() override;

    // Reads the file's first rows in the background, then shows them with the proposed mapping
    // (fileOpened) or says why it cannot (fileOpenFailed); kind unset: guessed from its columns,
    // asked when unsure. A file chosen while another is being read replaces it.
    void openFile(const QString &path, std::optional<data::DataKind> kind = std::nullopt);
    bool isOpeningFile() const;
    void startImport();
    bool isImporting() const;
    int importedKinds() const; // how many kinds have data
    MappingEditor *mappingEditor() const { return m_mapping; }
    QTableWidget *previewTable() const { return m_preview; }
    QString linkSummary() const; // what the link check found, as shown
    bool isCheckingLinks() const;

Q_SIGNALS:
    void imported(); // a file was imported into the project
    void fileOpened(const QString &path); // shown with its mapping, ready to import
    void fileOpenFailed(const QString &path); // unreadable, or the user did not say what it holds

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

    QStringList problems() const { return m_problems; } // the last import's, as listed

private:
    void showProblems();
    void buildControls();
    QWidget *buildKindRows(); // one row per kind of file: title, Choose file…, status
    void buildFileDetail(); // m_right's pages: the hint until a file is chosen, then its preview and mapping
    void buildLayout();
    void connectSignals();
    void refreshStatus();
    void chooseFile(data::DataKind kind);
    void showOpenedFile(jobs::PreviewJob *job);
    void restoreFileView();
    void showFileLabel();
    void showPreview(const data::FilePreview &preview);
    void updateImportButton();
    void finishImport();
    void updateLinks();
    void stopLinkCheck();
    QString linkText(const data::LinkMeasure &measure, bool wholeFile) const;
    QString linkSources(const data::LinkMeasure &measure) const;

    ProjectContext *m_project;
    QList<std::tuple<data::DataKind, QLabel *, QPushButton *>> m_rows;
    QStackedWidget *m_right;
    QLabel *m_fileLabel;
    QTableWidget *m_preview;
    MappingEditor *m_mapping;
    QPushButton *m_import;
    JobProgress *m_progress;
    QLabel *m_result;
    QPushButton *m_showProblems; // the last import's problems, one per line
    QStringList m_problems;
    QLabel *m_link;
    data::FilePreview m_filePreview;
    std::shared_ptr<const data::ProductResolver> m_resolver;
    QPointer<QThread> m_linkThread;
    std::shared_ptr<std::atomic<bool>> m_linkCancel;
    QString m_path;
    data::DataKind m_kind = data::DataKind::Catalog;
    QPointer<jobs::ImportJob> m_job;
    QPointer<jobs::PreviewJob> m_previewJob; // the file being read for its preview
    QStringList m_queue; // dropped files waiting their turn
};

QString dataKindTitle(data::DataKind kind); // "Product catalog", translated

} // namespace shoptuner::ui
