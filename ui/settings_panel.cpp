#include "settings_panel.h"

#include "message_box.h"
#include "token_store.h"
#include "translations.h"

#include "services/training_plan.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

namespace shoptuner::ui {

QString documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QDir().mkpath(documents) ? documents : QDir::homePath();
}

QString downloadsFolder()
{
    const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    return !downloads.isEmpty() && QFileInfo(downloads).isDir() ? downloads : documentsFolder();
}

AppSettings AppSettings::load()
{
    QSettings s;
    AppSettings a;
    a.language = s.value(QStringLiteral("settings/language")).toString();
    a.device = s.value(QStringLiteral("settings/device"), QStringLiteral("auto")).toString();
    a.threads = s.value(QStringLiteral("settings/threads"), 0).toInt();
    a.projectsFolder = s.value(QStringLiteral("settings/projectsFolder")).toString();
    if (a.projectsFolder.isEmpty() || !QFileInfo(a.projectsFolder).isDir())
        a.projectsFolder = documentsFolder(); // unset, or a folder since removed
    a.hubMirror = s.value(QStringLiteral("settings/hubMirror")).toString();
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("settings/language"), language);
    s.setValue(QStringLiteral("settings/device"), device);
    s.setValue(QStringLiteral("settings/threads"), threads);
    s.setValue(QStringLiteral("settings/projectsFolder"), projectsFolder);
    s.setValue(QStringLiteral("settings/hubMirror"), hubMirror);
}

hub::HubSettings appHubSettings()
{
    hub::HubSettings s = hub::HubSettings::fromEnvironment();
    QString mirror = AppSettings::load().hubMirror.trimmed();
    while (mirror.endsWith(QLatin1Char('/')))
        mirror.chop(1);
    if (qEnvironmentVariable("HF_ENDPOINT").trimmed().isEmpty() && !mirror.isEmpty())
        s.endpoint = mirror;
    s.token = loadHubToken(); // the environment, else the keychain, else the token file
    return s;
}

SettingsPanel::SettingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_language(new QComboBox(this))
    , m_device(new QComboBox(this))
    , m_threads(new QSpinBox(this))
    , m_folder(new QLineEdit(this))
    , m_mirror(new QLineEdit(this))
    , m_token(new QLabel(this))
    , m_removeToken(new QPushButton(tr("Re&move"), this))
    , m_note(new QLabel(this))
{
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("हिन्दी"), QStringLiteral("hi"));
    m_device->setObjectName(QStringLiteral("device"));
    m_device->addItem(tr("Automatic (the GPU when there is one)"), QStringLiteral("auto"));
    m_device->addItem(tr("Processor (CPU) only"), QStringLiteral("cpu"));
    m_device->addItem(tr("Graphics card (CUDA)"), QStringLiteral("cuda"));
    m_device->setToolTip(tr("Where training, testing and chat compute"));
    m_threads->setObjectName(QStringLiteral("threads"));
    m_threads->setRange(0, std::max(1, QThread::idealThreadCount()));
    m_threads->setSpecialValueText(tr("automatic (%1)").arg(std::max(1, QThread::idealThreadCount())));
    m_threads->setToolTip(tr("Processor cores used for computing. Automatic uses every core other programs leave "
                             "free; the window still answers at once, because computing gives way to it."));
    m_folder->setObjectName(QStringLiteral("projectsFolder"));
    auto *browse = new QPushButton(tr("Choose…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    m_note->setObjectName(QStringLiteral("settingsNote"));
    m_note->setWordWrap(true);
    m_restart = new QPushButton(tr("&Restart now"), this);
    m_restart->setObjectName(QStringLiteral("restartNow"));
    m_restart->setToolTip(tr("Close ShopTuner and open it again with the same project, in the new language"));
    m_restart->hide();
    connect(m_restart, &QPushButton::clicked, this, &SettingsPanel::restartRequested);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Compute on:"), m_device);
    form->addRow(tr("Processor co&res:"), m_threads);
    auto *folderLabel = new QLabel(tr("Projects &folder:"), this);
    folderLabel->setBuddy(m_folder); // the row is a layout, so the form cannot link the shortcut itself
    form->addRow(folderLabel, folderRow);
    buildHubRows(form);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_restart, 0, Qt::AlignLeft);
    layout->addStretch();

    const AppSettings a = AppSettings::load();
    m_language->setCurrentIndex(std::max(0, m_language->findData(a.language)));
    m_device->setCurrentIndex(std::max(0, m_device->findData(a.device)));
    m_threads->setValue(a.threads);
    m_folder->setText(a.projectsFolder);
    m_mirror->setText(a.hubMirror);
    showToken();

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for new projects"), m_folder->text());
        if (!dir.isEmpty()) {
            m_folder->setText(dir);
            save();
        }
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        save();
        const QString code = m_language->currentData().toString();
        if (!hasFontFor(code.isEmpty() ? QLocale() : QLocale(code))) {
            // Every label would be a row of boxes: say so in the language still shown.
            m_note->setText(tr("No font on this computer can show %1, so ShopTuner stays in English. Install one "
                               "first (on Debian or Ubuntu: sudo apt install fonts-noto-core), then start "
                               "ShopTuner again.")
                                .arg(m_language->currentText()));
            m_restart->hide();
            return;
        }
        m_note->setText(tr("The new language is used from the next start of ShopTuner."));
        m_restart->show();
    });
    connect(m_device, &QComboBox::currentIndexChanged, this, &SettingsPanel::save);
    connect(m_threads, &QSpinBox::valueChanged, this, &SettingsPanel::save);
    connect(m_folder, &QLineEdit::editingFinished, this, &SettingsPanel::save);
}

// Where models come from: a mirror's address and the access token for gated models.
void SettingsPanel::buildHubRows(QFormLayout *form)
{
    m_mirror->setObjectName(QStringLiteral("hubMirror"));
    m_mirror->setPlaceholderText(tr("huggingface.co (or a mirror's address, e.g. https://hf-mirror.example)"));
    m_mirror->setToolTip(tr("Where models are downloaded from, for networks where huggingface.co is blocked; the "
                            "HF_ENDPOINT environment variable, when set, wins"));
    form->addRow(tr("&Download models from:"), m_mirror);
    m_token->setObjectName(QStringLiteral("hubToken"));
    m_token->setWordWrap(true);
    auto *setToken = new QPushButton(tr("Set &token…"), this);
    setToken->setObjectName(QStringLiteral("setHubToken"));
    setToken->setToolTip(tr("A Hugging Face access token, for models that need an account (Llama 3.2)"));
    m_removeToken->setObjectName(QStringLiteral("removeHubToken"));
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(setToken);
    tokenRow->addWidget(m_removeToken);
    form->addRow(tr("Hugging Face token:"), tokenRow);
    connect(setToken, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString token = QInputDialog::getText(this, tr("Hugging Face access token"),
            tr("Paste an access token (huggingface.co → Settings → Access Tokens; “Read” is enough):"),
            QLineEdit::Password, {}, &ok);
        if (!ok || token.trimmed().isEmpty())
            return;
        try {
            saveHubToken(token);
        } catch (const std::exception &e) {
            showError(this, tr("The token could not be saved"), QString::fromUtf8(e.what()));
        }
        showToken();
    });
    connect(m_removeToken, &QPushButton::clicked, this, [this] {
        removeHubToken();
        showToken();
    });
    connect(m_mirror, &QLineEdit::editingFinished, this, [this] {
        const QString text = m_mirror->text().trimmed();
        const QUrl url(text, QUrl::StrictMode);
        if (!text.isEmpty()
            && (!url.isValid() || url.host().isEmpty()
                || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))) {
            m_note->setText(tr("“%1” is not a web address; a mirror's address starts with https://").arg(text));
            return;
        }
        m_note->clear();
        save();
    });
}

void SettingsPanel::showToken()
{
    const QString place = hubTokenPlace();
    m_token->setText(place.isEmpty() ? tr("none kept") : tr("kept in %1 (readable by you only)").arg(place));
    m_removeToken->setEnabled(!place.isEmpty());
}

void SettingsPanel::save()
{
    AppSettings a;
    a.language = m_language->currentData().toString();
    a.device = m_device->currentData().toString();
    a.threads = m_threads->value();
    a.projectsFolder = m_folder->text();
    a.hubMirror = m_mirror->text().trimmed();
    a.save();
}

} // namespace shoptuner::ui
