#include "import_panel.h"

#include "job_progress.h"
#include "jobs/import_job.h"
#include "jobs/preview_job.h"
#include "mapping_editor.h"
#include "message_box.h"
#include "project_context.h"
#include "settings_panel.h"
#include "store/project_store.h"
#include "store/shop_tables.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace shoptuner::ui {
namespace {

constexpr int kPreviewRows = 20;
const QList<data::DataKind> kKinds = {data::DataKind::Catalog, data::DataKind::Reviews, data::DataKind::Questions,
    data::DataKind::Searches, data::DataKind::Orders};

QString kindHint(data::DataKind kind)
{
    switch (kind) {
    case data::DataKind::Catalog:
        return ImportPanel::tr("Your products: titles, descriptions, brands, prices, categories");
    case data::DataKind::Reviews:
        return ImportPanel::tr("What customers wrote, with their star ratings");
    case data::DataKind::Questions:
        return ImportPanel::tr("Customer questions about products, with your answers");
    case data::DataKind::Searches:
        return ImportPanel::tr("What customers searched for and which products they clicked or bought");
    case data::DataKind::Orders:
        return ImportPanel::tr("Which customer bought what, and when");
    case data::DataKind::EcInstruct:
        return {};
    }
    return {};
}

} // namespace

QString dataKindTitle(data::DataKind kind)
{
    switch (kind) {
    case data::DataKind::Catalog:
        return ImportPanel::tr("Product catalog");
    case data::DataKind::Reviews:
        return ImportPanel::tr("Reviews");
    case data::DataKind::Questions:
        return ImportPanel::tr("Questions and answers");
    case data::DataKind::Searches:
        return ImportPanel::tr("Search log");
    case data::DataKind::Orders:
        return ImportPanel::tr("Orders");
    case data::DataKind::EcInstruct:
        return ImportPanel::tr("ECInstruct records");
    }
    return {};
}

ImportPanel::ImportPanel(ProjectContext *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_right(new QStackedWidget(this))
    , m_fileLabel(new QLabel(this))
    , m_preview(new QTableWidget(this))
    , m_mapping(new MappingEditor(this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_progress(new JobProgress(this))
    , m_result(new QLabel(this))
    , m_showProblems(new QPushButton(tr("Show the &problems…"), this))
    , m_link(new QLabel(this))
{
    buildControls();
    buildLayout();
    connectSignals();
    refreshStatus();
}

void ImportPanel::buildControls()
{
    setAcceptDrops(true);
    m_fileLabel->setWordWrap(true);
    m_fileLabel->setObjectName(QStringLiteral("importFileLabel"));
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setAccessibleName(tr("First rows of the file"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setDefaultSectionSize(140);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 6);
    m_preview->setMinimumHeight(120);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    m_link->setObjectName(QStringLiteral("linkSummary"));
    m_link->setWordWrap(true);
    m_link->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_link->setVisible(false);
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_showProblems->setObjectName(QStringLiteral("showProblems"));
    m_showProblems->setToolTip(tr("Every problem noted in the file, with its line, to fix in the file or the shop"));
    m_showProblems->hide();
    connect(m_showProblems, &QPushButton::clicked, this, &ImportPanel::showProblems);
}

QWidget *ImportPanel::buildKindRows()
{
    auto *kinds = new QWidget(this);
    auto *grid = new QGridLayout(kinds);
    for (int i = 0; i < kKinds.size(); ++i) {
        const data::DataKind kind = kKinds[i];
        auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(dataKindTitle(kind)), kinds);
        title->setToolTip(kindHint(kind));
        auto *status = new QLabel(kinds);
        status->setObjectName(QStringLiteral("status_") + store::dataKindName(kind));
        status->setWordWrap(true);
        auto *choose = new QPushButton(tr("Choose file…"), kinds);
        choose->setObjectName(QStringLiteral("choose_") + store::dataKindName(kind));
        choose->setAccessibleName(tr("Choose a %1 file").arg(dataKindTitle(kind)));
        choose->setToolTip(kindHint(kind));
        grid->addWidget(title, i * 2, 0);
        grid->addWidget(choose, i * 2, 1);
        grid->addWidget(status, i * 2 + 1, 0, 1, 2);
        connect(choose, &QPushButton::clicked, this, [this, kind] { chooseFile(kind); });
        m_rows.append({kind, status, choose});
    }
    grid->setRowStretch(int(kKinds.size()) * 2, 1);
    return kinds;
}

void ImportPanel::buildFileDetail()
{
    auto *empty
        = new QLabel(tr("Choose a file on the left, or drop one here, to see its first rows and how its columns "
                        "will be read."),
            this);
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_mapping);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *split = new QSplitter(Qt::Vertical, detail);
    split->setObjectName(QStringLiteral("importSplitter"));
    split->addWidget(m_preview);
    split->addWidget(scroll);
    split->setStretchFactor(1, 1);
    detailLayout->addWidget(m_fileLabel);
    detailLayout->addWidget(split, 1);
    detailLayout->addWidget(m_link);
    detailLayout->addWidget(m_import, 0, Qt::AlignRight);
    m_right->addWidget(empty);
    m_right->addWidget(detail);
}

void ImportPanel::buildLayout()
{
    auto *intro
        = new QLabel(tr("Add the files your shop system exports. ShopTuner reads CSV, TSV and JSON files in any "
                        "common encoding. You can also drop files on this window."),
            this);
    intro->setWordWrap(true);
    QWidget *kinds = buildKindRows();
    buildFileDetail();

    auto *body = new QSplitter(Qt::Horizontal, this);
    body->setObjectName(QStringLiteral("importBodySplitter"));
    body->addWidget(kinds);
    body->addWidget(m_right);
    body->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(body, 1);
    layout->addWidget(m_progress);
    auto *resultRow = new QHBoxLayout;
    resultRow->addWidget(m_result, 1);
    resultRow->addWidget(m_showProblems, 0, Qt::AlignTop);
    layout->addLayout(resultRow);
}

void ImportPanel::connectSignals()
{
    connect(m_mapping, &MappingEditor::mappingChanged, this, &ImportPanel::updateImportButton);
    connect(m_mapping, &MappingEditor::mappingChanged, this, &ImportPanel::updateLinks);
    connect(m_import, &QPushButton::clicked, this, &ImportPanel::startImport);
    connect(m_project, &ProjectContext::projectChanged, this, [this] {
        m_right->setCurrentIndex(0);
        m_result->clear();
        refreshStatus();
    });
    connect(m_project, &ProjectContext::dataChanged, this, &ImportPanel::refreshStatus);
}

void ImportPanel::refreshStatus()
{
    QMap<data::DataKind, QStringList> files;
    store::ShopCounts counts;
    if (m_project->isOpen()) {
        try {
            store::ProjectStore project(m_project->path());
            for (const store::ImportInfo &i : store::listImports(project))
                files[i.kind] << i.fileName;
            counts = store::shopCounts(project);
        } catch (const store::StoreError &) { }
    }
    const QMap<data::DataKind, qint64> rows = {{data::DataKind::Catalog, counts.products},
        {data::DataKind::Reviews, counts.reviews}, {data::DataKind::Questions, counts.questions},
        {data::DataKind::Searches, counts.searchEvents}, {data::DataKind::Orders, counts.orderLines}};
    const QMap<data::DataKind, QString> units
        = {{data::DataKind::Catalog, tr("%n product(s)", nullptr, int(counts.products))},
            {data::DataKind::Reviews, tr("%n review(s)", nullptr, int(counts.reviews))},
            {data::DataKind::Questions, tr("%n question(s)", nullptr, int(counts.questions))},
            {data::DataKind::Searches, tr("%n search result(s)", nullptr, int(counts.searchEvents))},
            {data::DataKind::Orders, tr("%n order line(s)", nullptr, int(counts.orderLines))}};
    for (const auto &[kind, status, choose] : m_rows) {
        choose->setEnabled(m_project->isOpen() && !isImporting());
        status->setText(rows.value(kind) > 0
                ? tr("✓ %1 from %2").arg(units.value(kind), files.value(kind).join(QStringLiteral(", ")))
                : tr("Not imported yet"));
    }
}

int ImportPanel::importedKinds() const
{
    int n = 0;
    for (const auto &[kind, status, choose] : m_rows)
        n += status->text().startsWith(QStringLiteral("✓"));
    return n;
}

void ImportPanel::chooseFile(data::DataKind kind)
{
    QSettings settings;
    QString dir = settings.value(QStringLiteral("import/lastFolder")).toString();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = downloadsFolder(); // where a shop's exports usually land
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the %1 file").arg(dataKindTitle(kind)), dir,
        tr("Shop exports (*.csv *.tsv *.txt *.json *.jsonl *.ndjson);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/lastFolder"), QFileInfo(path).absolutePath());
    openFile(path, kind);
}

void ImportPanel::openFile(const QString &path, std::optional<data::DataKind> kind)
{
    if (m_previewJob) {
        m_previewJob->requestCancel(); // a newer choice replaces it; its result is dropped
        m_previewJob->disconnect(this);
    }
    auto *job = new jobs::PreviewJob({m_project->isOpen() ? m_project->path() : QString(), path, kind}, this);
    m_previewJob = job;
    m_fileLabel->setText(tr("Reading %1…").arg(QFileInfo(path).fileName().toHtmlEscaped()));
    m_right->setCurrentIndex(1);
    updateImportButton();
    connect(job, &jobs::Job::ended, this, [this, job] { showOpenedFile(job); });
    connect(job, &jobs::Job::ended, job, &QObject::deleteLater);
    job->start();
}

bool ImportPanel::isOpeningFile() const
{
    return !m_previewJob.isNull();
}

void ImportPanel::showOpenedFile(jobs::PreviewJob *job)
{
    m_previewJob = nullptr;
    const QString path = job->params().filePath;
    if (job->outcome() == jobs::Job::Outcome::Cancelled) {
        restoreFileView();
        return;
    }
    if (job->outcome() == jobs::Job::Outcome::Failed) {
        QString message = job->error().message;
        try {
            if (job->exception())
                std::rethrow_exception(job->exception());
        } catch (const data::ImportError &e) {
            // Where it went wrong in the message itself, not behind "Show details".
            const data::FileIssue &issue = e.issue();
            message = issue.line > 0 ? tr("line %1: %2").arg(issue.line).arg(issue.message) : issue.message;
        } catch (const std::exception &) { }
        restoreFileView();
        showError(this, tr("Cannot read this file"),
            tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), message), job->error().details);
        Q_EMIT fileOpenFailed(path);
        return;
    }
    const jobs::PreviewJobResult &r = job->result();
    if (!r.kind) {
        QStringList titles;
        for (data::DataKind k : kKinds)
            titles << dataKindTitle(k);
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("What is in this file?"),
            tr("ShopTuner could not tell what %1 holds. Choose what it is:").arg(QFileInfo(path).fileName()), titles, 0,
            false, &ok);
        if (!ok) {
            restoreFileView();
            Q_EMIT fileOpenFailed(path);
            return;
        }
        openFile(path, kKinds[titles.indexOf(chosen)]);
        return;
    }
    m_path = path;
    m_kind = *r.kind;
    m_filePreview = r.preview;
    m_resolver = r.resolver;
    showFileLabel();
    showPreview(r.preview);
    m_mapping->setFile(r.preview.columns, r.preview.rows, r.mapping);
    m_right->setCurrentIndex(1);
    m_result->clear();
    updateImportButton();
    updateLinks();
    Q_EMIT fileOpened(path);
}

// Back to what the page showed before a file that could not be opened: the file chosen before
// it, or the hint.
void ImportPanel::restoreFileView()
{
    if (m_path.isEmpty()) {
        m_right->setCurrentIndex(0);
    } else {
        showFileLabel();
    }
    updateImportButton();
}

// The shown file: its name, what it holds, its format and its number of columns.
void ImportPanel::showFileLabel()
{
    m_fileLabel->setText(
        tr("<b>%1</b> as %2 — %3, %n column(s)", nullptr, int(m_filePreview.columns.size()))
            .arg(QFileInfo(m_path).fileName().toHtmlEscaped(), dataKindTitle(m_kind), m_filePreview.format.describe()));
}

ImportPanel::~ImportPanel()
{
    stopLinkCheck();
}

void ImportPanel::stopLinkCheck()
{
    if (m_linkCancel)
        m_linkCancel->store(true);
    if (m_linkThread) {
        m_linkThread->wait();
        delete m_linkThread;
    }
    m_linkCancel.reset();
}

bool ImportPanel::isCheckingLinks() const
{
    return m_linkThread && m_linkThread->isRunning();
}

QString ImportPanel::linkSummary() const
{
    return m_link->isVisible() ? m_link->text() : QString();
}

// “product_handle”, then “variant_sku”, then the order in “order_id”: in the user's language.
QString ImportPanel::linkSources(const data::LinkMeasure &m) const
{
    QStringList parts;
    for (const QString &column : m.sources)
        parts << tr("“%1”").arg(column);
    if (!m.orderColumn.isEmpty())
        parts << tr("the order in “%1”").arg(m.orderColumn);
    return parts.isEmpty() ? tr("“%1”").arg(m.column) : parts.join(tr(", then "));
}

QString ImportPanel::linkText(const data::LinkMeasure &m, bool wholeFile) const
{
    const QMap<data::DataKind, QString> rows
        = {{data::DataKind::Reviews, tr("reviews")}, {data::DataKind::Questions, tr("questions")},
            {data::DataKind::Searches, tr("search results")}, {data::DataKind::Orders, tr("order lines")}};
    QString text = wholeFile
        ? tr("%1 of %2 %3 name a product in your catalog (by %4).")
              .arg(m.matched)
              .arg(m.values)
              .arg(rows.value(m_kind), linkSources(m))
        : tr("In the first rows, %1 of %2 %3 name a product in your catalog (by %4); checking the whole file…")
              .arg(m.matched)
              .arg(m.values)
              .arg(rows.value(m_kind), linkSources(m));
    if (!m.unmatched.isEmpty())
        text += QLatin1Char(' ')
            + tr("Not found in the catalog: %1%2")
                  .arg(m.unmatched.mid(0, 8).join(QStringLiteral(", ")),
                      m.unmatched.size() > 8 ? QStringLiteral(", …") : QString());
    if (wholeFile && m.values > 0 && m.matched * 2 < m.values)
        text += QLatin1Char(' ')
            + tr("Most rows do not link: choose the column that holds your products' id, SKU, barcode or title.");
    return text;
}

void ImportPanel::updateLinks()
{
    stopLinkCheck();
    const data::ColumnMapping mapping = m_mapping->mapping();
    const bool namesProducts = !mapping.column(QStringLiteral("product_id")).isEmpty()
        || (m_kind == data::DataKind::Reviews && !mapping.column(QStringLiteral("order_id")).isEmpty());
    if (m_kind == data::DataKind::Catalog || m_path.isEmpty() || !namesProducts) {
        m_link->setVisible(false);
        return;
    }
    m_link->setVisible(true);
    if (!m_resolver || !m_resolver->hasCatalog()) {
        m_link->setText(tr("No catalog has been imported yet, so these rows cannot be linked to products. Import "
                           "the catalog first, or import this file now and the catalog later."));
        return;
    }
    // Measured as the import links: the product column, its fallbacks, a review's order.
    m_link->setText(
        linkText(data::measureLink(*m_resolver, mapping, m_filePreview.columns, m_filePreview.rows), false));
    // The whole file, in the background: the page stays responsive on a file of a million rows.
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    auto result = std::make_shared<std::optional<data::LinkMeasure>>();
    m_linkCancel = cancel;
    m_linkThread = QThread::create([path = m_path, mapping, resolver = m_resolver, cancel, result] {
        try {
            *result = data::measureFileLink(path, mapping, *resolver, cancel.get());
        } catch (const std::exception &) {
            // The file became unreadable; the import will say why.
        }
    });
    connect(m_linkThread, &QThread::finished, this, [this, result, cancel] {
        if (cancel->load() || !result->has_value())
            return;
        m_link->setText(linkText(**result, true));
    });
    m_linkThread->start();
}

void ImportPanel::showPreview(const data::FilePreview &preview)
{
    m_preview->clear();
    m_preview->setColumnCount(int(preview.columns.size()));
    m_preview->setHorizontalHeaderLabels(preview.columns);
    const int rows = int(std::min<qsizetype>(kPreviewRows, preview.rows.size()));
    m_preview->setRowCount(rows);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < preview.columns.size(); ++c) {
            const QString v = c < preview.rows[r].size() ? preview.rows[r][c] : QString();
            auto *item = new QTableWidgetItem(v.simplified().left(200));
            item->setToolTip(v.left(2000));
            m_preview->setItem(r, c, item);
        }
}

void ImportPanel::updateImportButton()
{
    const QStringList problems = m_mapping->problems();
    m_import->setEnabled(
        !m_path.isEmpty() && problems.isEmpty() && !isImporting() && !isOpeningFile() && m_project->isOpen());
    m_import->setToolTip(
        problems.isEmpty() ? tr("Read the whole file into the project") : problems.join(QLatin1Char('\n')));
}

bool ImportPanel::isImporting() const
{
    return !m_job.isNull();
}

void ImportPanel::startImport()
{
    if (isImporting() || m_path.isEmpty() || !m_project->isOpen())
        return;
    auto *job = new jobs::ImportJob({m_project->path(), m_path, m_mapping->mapping()}, this);
    m_job = job;
    m_progress->follow(job);
    m_result->clear();
    updateImportButton();
    refreshStatus();
    connect(job, &jobs::Job::ended, this, &ImportPanel::finishImport);
    job->start();
}

void ImportPanel::finishImport()
{
    jobs::ImportJob *job = m_job;
    m_job = nullptr;
    const QString name = QFileInfo(m_path).fileName();
    m_problems.clear();
    m_showProblems->hide();
    if (job->outcome() == jobs::Job::Outcome::Failed) {
        m_result->setText(tr("Nothing from %1 was imported.").arg(name));
        showError(this, tr("Import failed"), job->error().message, job->error().details);
    } else if (job->outcome() == jobs::Job::Outcome::Cancelled) {
        m_result->setText(tr("Import of %1 stopped; nothing from it was kept.").arg(name));
    } else {
        const jobs::ImportJobResult &r = job->result();
        QString text = tr("Imported %n row(s) from %1.", nullptr, int(r.rows)).arg(name);
        if (r.skipped > 0)
            text += QLatin1Char(' ') + tr("%n row(s) could not be used and were left out.", nullptr, int(r.skipped));
        if (r.variantRows > 0)
            text += QLatin1Char(' ')
                + tr("%n product(s), with %1 variant row(s) added to their products.", nullptr, int(r.products))
                      .arg(r.variantRows);
        if (r.mergedProducts > 0)
            text += QLatin1Char(' ')
                + tr("%n of its products were already in your catalog under another id; that id was added to them.",
                    nullptr, int(r.mergedProducts));
        if (r.relinkedRows > 0)
            text += QLatin1Char(' ')
                + tr("%n row(s) of files imported earlier now link to a product of this catalog.", nullptr,
                    int(r.relinkedRows));
        if (r.linked + r.unlinked > 0)
            text += QLatin1Char(' ')
                + tr("%1 of %2 rows are linked to a product in your catalog.").arg(r.linked).arg(r.linked + r.unlinked);
        if (r.issueCount > 0) {
            for (const data::FileIssue &i : r.issues)
                m_problems << i.toString();
            if (r.issueCount > r.issues.size())
                m_problems << tr("… and %n more, of the same kinds", nullptr, int(r.issueCount - r.issues.size()));
            text += QLatin1Char(' ')
                + tr("%n problem(s) noted (first: %1).", nullptr, int(r.issueCount)).arg(r.issues.first().toString());
            m_showProblems->show();
        }
        m_result->setText(text);
        m_path.clear();
        m_right->setCurrentIndex(0);
        m_project->notifyDataChanged();
        Q_EMIT imported();
    }
    job->wait();
    job->deleteLater();
    refreshStatus();
    updateImportButton();
    if (!m_queue.isEmpty())
        openFile(m_queue.takeFirst());
}

void ImportPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && m_project->isOpen() && !isImporting())
        event->acceptProposedAction();
}

void ImportPanel::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            files << url.toLocalFile();
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    m_queue = files.mid(1);
    openFile(files.first());
}

void ImportPanel::showProblems()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("problemsDialog"));
    dialog.setWindowTitle(tr("Problems noted in the file"));
    auto *list = new QPlainTextEdit(&dialog);
    list->setReadOnly(true);
    list->setLineWrapMode(QPlainTextEdit::NoWrap);
    list->setPlainText(m_problems.join(QLatin1Char('\n')));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("The rows these name were left out or read in part; fix them in the file and "
                                    "import it again to use them."),
        &dialog));
    layout->addWidget(list);
    layout->addWidget(buttons);
    dialog.resize(720, 420);
    dialog.exec();
}

} // namespace shoptuner::ui
