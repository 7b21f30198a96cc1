#include "model_downloads.h"

#include "hub/model_catalogue.h"
#include "job_progress.h"
#include "jobs/download_job.h"
#include "message_box.h"
#include "settings_panel.h"
#include "token_store.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace shoptuner::ui {
namespace {

enum Column { NameColumn, DownloadColumn, MemoryColumn, LicenceColumn, ColumnCount };
const QString kInterrupted = QStringLiteral("hub/interrupted"); // the repository of a download not finished
constexpr int kRepoRole = Qt::UserRole;
constexpr int kEncoderRole = Qt::UserRole + 1;

services::ModelCandidate shapeOf(const hub::CatalogueModel &m)
{
    return services::modelShape(
        m.name, qint64(m.parametersB * 1e9), m.layers, m.hidden, m.intermediate, m.heads, m.vocab);
}

qint64 trainingMemory(const hub::CatalogueModel &m, const services::HardwareInfo &hardware)
{
    return services::estimateTrainingMemory(
        shapeOf(m), services::presetSettings(services::PlanPreset::Balanced), hardware);
}

// The .incomplete files of a repository in the cache: what a paused download kept.
QFileInfoList partialFiles(const QString &repoId)
{
    const hub::RepoCache cache(hub::HubSettings::fromEnvironment().cache(), hub::RepoType::Model, repoId);
    return QDir(cache.folder() + QStringLiteral("/blobs")).entryInfoList({QStringLiteral("*.incomplete")}, QDir::Files);
}

} // namespace

ModelDownloads::ModelDownloads(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(tr("<b>Download a model</b> (from Hugging Face, checked before use)"), this))
    , m_catalogue(new QTreeWidget(this))
    , m_about(new QLabel(this))
    , m_repo(new QLineEdit(this))
    , m_download(new QPushButton(tr("&Download"), this))
    , m_resume(new QPushButton(tr("&Resume download"), this))
    , m_discard(new QPushButton(tr("Dis&card"), this))
    , m_status(new QLabel(this))
    , m_progress(new JobProgress(this))
{
    buildControls();
    buildLayout();
    connectSignals();
    fillCatalogue();
    showInterrupted();
}

ModelDownloads::~ModelDownloads()
{
    if (m_job)
        m_job->requestCancel(); // what arrived is kept; the job's destructor waits for it
}

void ModelDownloads::buildControls()
{
    m_catalogue->setObjectName(QStringLiteral("modelCatalogue"));
    m_catalogue->setAccessibleName(tr("Models to download"));
    m_catalogue->setRootIsDecorated(false);
    m_catalogue->setColumnCount(ColumnCount);
    m_catalogue->setHeaderLabels({tr("Model"), tr("To download"), tr("Memory to train"), tr("Licence")});
    m_catalogue->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_catalogue->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_about->setObjectName(QStringLiteral("catalogueAbout"));
    m_about->setWordWrap(true);
    m_repo->setObjectName(QStringLiteral("hubModelName"));
    m_repo->setPlaceholderText(tr("or any model on Hugging Face, e.g. HuggingFaceTB/SmolLM2-360M-Instruct"));
    m_repo->setAccessibleName(tr("Hugging Face model name"));
    m_download->setObjectName(QStringLiteral("downloadModel"));
    m_download->setToolTip(tr("Download the chosen model (or the one named) and check it before it is offered"));
    m_resume->setObjectName(QStringLiteral("resumeDownload"));
    m_resume->setToolTip(tr("Continue where the download stopped"));
    m_discard->setObjectName(QStringLiteral("discardDownload"));
    m_discard->setToolTip(tr("Delete what arrived of the unfinished download"));
    m_status->setObjectName(QStringLiteral("downloadStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setStopButton(tr("&Pause"),
        tr("Stop now; what arrived is kept, and Resume continues from there, even after closing ShopTuner"));
    m_resume->hide();
    m_discard->hide();
}

void ModelDownloads::buildLayout()
{
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_repo, 1);
    buttons->addWidget(m_download);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_discard);
    buttons->addStretch(); // takes the room when the name field is hidden (one model only)
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_catalogue, 1);
    layout->addWidget(m_about);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
}

void ModelDownloads::connectSignals()
{
    connect(m_catalogue, &QTreeWidget::currentItemChanged, this, &ModelDownloads::showSelected);
    connect(m_catalogue, &QTreeWidget::itemDoubleClicked, this,
        [this](QTreeWidgetItem *item) { download(item->data(NameColumn, kRepoRole).toString()); });
    connect(m_download, &QPushButton::clicked, this, [this] {
        if (!m_single.isEmpty())
            download(m_single);
        else if (!m_repo->text().trimmed().isEmpty())
            download(m_repo->text());
        else if (QTreeWidgetItem *item = m_catalogue->currentItem())
            download(item->data(NameColumn, kRepoRole).toString());
    });
    connect(m_repo, &QLineEdit::returnPressed, m_download, &QPushButton::click);
    connect(m_resume, &QPushButton::clicked, this, [this] { download(QSettings().value(kInterrupted).toString()); });
    connect(m_discard, &QPushButton::clicked, this, &ModelDownloads::discardInterrupted);
}

void ModelDownloads::setSingleModel(const QString &repoId, const QString &buttonText)
{
    m_single = repoId;
    for (QWidget *w : std::initializer_list<QWidget *> {m_title, m_catalogue, m_about, m_repo})
        w->hide();
    m_download->setText(buttonText);
    m_status->clear();
    m_resume->hide();
    m_discard->hide();
    showInterrupted();
}

void ModelDownloads::setHardware(const services::HardwareInfo &hardware)
{
    m_hardware = hardware;
    m_hardwareKnown = true;
    fillCatalogue();
}

void ModelDownloads::fillCatalogue()
{
    // Recommended: with a graphics card, the strongest open model; on a processor, the largest
    // open one of at most 400 million parameters (larger ones take days there) whose training
    // fits in the free memory with room to spare.
    m_recommended.clear();
    for (const hub::CatalogueModel &m : hub::modelCatalogue()) {
        if (m.gated || m.encoder || !m_hardwareKnown)
            continue;
        if (m_hardware.gpu
            || (m.parametersB <= 0.4
                && double(trainingMemory(m, m_hardware)) < 0.8 * double(m_hardware.ramAvailableBytes)))
            m_recommended = m.repoId;
    }
    const QString current = m_catalogue->currentItem()
        ? m_catalogue->currentItem()->data(NameColumn, kRepoRole).toString()
        : m_recommended;
    QSignalBlocker block(m_catalogue);
    m_catalogue->clear();
    for (const hub::CatalogueModel &m : hub::modelCatalogue()) {
        auto *item = new QTreeWidgetItem(m_catalogue);
        item->setData(NameColumn, kRepoRole, m.repoId);
        item->setData(NameColumn, kEncoderRole, m.encoder);
        item->setText(NameColumn, m.repoId == m_recommended ? tr("%1 (recommended here)").arg(m.name) : m.name);
        QFont font = item->font(NameColumn);
        font.setBold(m.repoId == m_recommended);
        item->setFont(NameColumn, font);
        item->setToolTip(NameColumn, m.repoId);
        item->setText(DownloadColumn, services::formatBytes(m.downloadBytes));
        if (m.encoder)
            item->setText(MemoryColumn, tr("for scoring only"));
        else if (m_hardwareKnown)
            item->setText(MemoryColumn, tr("about %1").arg(services::formatBytes(trainingMemory(m, m_hardware))));
        item->setText(LicenceColumn, m.gated ? tr("%1; account needed").arg(m.licence) : m.licence);
        if (m.repoId == current)
            m_catalogue->setCurrentItem(item);
    }
    showSelected();
}

void ModelDownloads::showSelected()
{
    const QTreeWidgetItem *item = m_catalogue->currentItem();
    const hub::CatalogueModel *m
        = item ? hub::findCatalogueModel(item->data(NameColumn, kRepoRole).toString()) : nullptr;
    if (!m) {
        m_about->clear();
        return;
    }
    QString text = m->repoId == m_recommended ? tr("Recommended for this computer: %1, %2 to download. %3")
                                              : tr("%1, %2 to download. %3");
    text = text.arg(m->name, services::formatBytes(m->downloadBytes),
        QCoreApplication::translate("Catalogue", m->goodFor.toUtf8().constData()));
    if (m->gated)
        text += QLatin1Char(' ')
            + tr("It needs a free Hugging Face account with Meta's licence accepted on the model's page, and "
                 "your access token.");
    m_about->setText(text);
}

void ModelDownloads::download(const QString &repoId)
{
    if (isDownloading())
        return;
    const QString repo = hub::normalizedRepoId(repoId);
    if (repo.isEmpty()) {
        showError(this, tr("Not a model name"),
            tr("“%1” is not a Hugging Face model name. It looks like Organisation/Model, e.g. "
               "HuggingFaceTB/SmolLM2-360M-Instruct.")
                .arg(repoId));
        return;
    }
    jobs::DownloadJobParams p;
    p.repoId = repo;
    p.settings = appHubSettings();
    auto *job = new jobs::DownloadJob(p, this);
    m_job = job;
    QSettings().setValue(kInterrupted, repo);
    m_status->clear();
    m_resume->hide();
    m_discard->hide();
    m_download->setEnabled(false);
    m_progress->follow(job);
    connect(job, &jobs::Job::ended, this, [this, job] { finishDownload(job); });
    job->start();
}

void ModelDownloads::finishDownload(jobs::DownloadJob *job)
{
    job->wait();
    job->deleteLater();
    m_job = nullptr;
    m_download->setEnabled(true);
    const QString repo = job->params().repoId;
    if (job->outcome() == jobs::Job::Outcome::Succeeded) {
        QSettings().remove(kInterrupted);
        const jobs::DownloadJobResult &r = job->result();
        m_status->setText(tr("✓ %1 is ready (%2). Checked: %3.")
                              .arg(repo, services::formatBytes(r.bytes), r.verified.join(QStringLiteral("; "))));
        const hub::CatalogueModel *m = hub::findCatalogueModel(repo);
        Q_EMIT downloaded(r.folder, m && m->encoder);
        return;
    }
    if (job->outcome() == jobs::Job::Outcome::Failed) {
        const QString code = job->error().code;
        if ((code == QLatin1String("hub.needs_access") || code == QLatin1String("hub.bad_token"))
            && askForToken(repo, job->error().message)) {
            download(repo);
            return;
        }
        if (code != QLatin1String("hub.needs_access") && code != QLatin1String("hub.bad_token"))
            showError(this, tr("The download did not finish"), job->error().message, job->error().details);
    }
    showInterrupted();
}

void ModelDownloads::showInterrupted()
{
    const QString repo = QSettings().value(kInterrupted).toString();
    if (repo.isEmpty() || isDownloading() || (!m_single.isEmpty() && repo != m_single))
        return;
    const QFileInfoList parts = partialFiles(repo);
    qint64 kept = 0;
    for (const QFileInfo &f : parts)
        kept += f.size();
    if (parts.isEmpty()) {
        m_status->setText(tr("The download of %1 stopped before anything arrived.").arg(repo));
    } else {
        m_status->setText(tr("The download of %1 is paused; %2 arrived and is kept. Resume continues from there.")
                              .arg(repo, services::formatBytes(kept)));
    }
    m_resume->show();
    m_discard->show();
}

void ModelDownloads::discardInterrupted()
{
    const QString repo = QSettings().value(kInterrupted).toString();
    for (const QFileInfo &f : partialFiles(repo))
        QFile::remove(f.absoluteFilePath());
    QSettings().remove(kInterrupted);
    m_status->setText(tr("The unfinished download of %1 was deleted.").arg(repo));
    m_resume->hide();
    m_discard->hide();
}

// A gated model: where to accept the licence, and a field for the token, which is kept in the
// system keychain (else where huggingface_hub keeps it, readable by this user only), never in
// the project.
bool ModelDownloads::askForToken(const QString &repoId, const QString &problem)
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("hubTokenDialog"));
    dialog.setWindowTitle(tr("This model needs a Hugging Face account"));
    const QString page = appHubSettings().endpoint + QLatin1Char('/') + repoId;
    auto *text = new QLabel(tr("%1.<br><br>1. Open <a href=\"%2\">the model's page</a>, sign in (a free account) and "
                               "accept the licence.<br>2. Create an access token (Settings → Access Tokens, “Read” "
                               "is enough) and paste it here.")
                                .arg(problem.toHtmlEscaped(), page.toHtmlEscaped()),
        &dialog);
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    auto *token = new QLineEdit(&dialog);
    token->setObjectName(QStringLiteral("hubToken"));
    token->setEchoMode(QLineEdit::Password);
    token->setPlaceholderText(QStringLiteral("hf_…"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save the token and download"));
    auto *form = new QFormLayout;
    form->addRow(tr("Access token:"), token);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || token->text().trimmed().isEmpty())
        return false;
    try {
        saveHubToken(token->text());
    } catch (const std::exception &e) {
        showError(this, tr("The token could not be saved"), QString::fromUtf8(e.what()));
        return false;
    }
    return true;
}

} // namespace shoptuner::ui
