#include "export_dialog.h"

#include "job_progress.h"
#include "message_box.h"
#include "project_context.h"
#include "settings_panel.h"
#include "store/project_store.h"
#include "store/run_tables.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace shoptuner::ui {
namespace {

struct Choice
{
    const char *format;
    const char *title;
    const char *description;
};

const Choice kChoices[] = {
    {"ollama", QT_TRANSLATE_NOOP("shoptuner::ui::ExportDialog", "Ollama"),
        QT_TRANSLATE_NOOP("shoptuner::ui::ExportDialog",
            "A folder with the model file and a Modelfile; then run: ollama create my-shop -f Modelfile")},
    {"lmstudio", QT_TRANSLATE_NOOP("shoptuner::ui::ExportDialog", "LM Studio"),
        QT_TRANSLATE_NOOP("shoptuner::ui::ExportDialog",
            "Placed straight into LM Studio's models folder; it appears in LM Studio's model list")},
    {"gguf", QT_TRANSLATE_NOOP("shoptuner::ui::ExportDialog", "llama.cpp (one GGUF file)"),
        QT_TRANSLATE_NOOP("shoptuner::ui::ExportDialog",
            "One file for llama.cpp, llama-server, GPT4All, Jan and other tools that read GGUF")},
    {"merged", QT_TRANSLATE_NOOP("shoptuner::ui::ExportDialog", "Hugging Face folder"),
        QT_TRANSLATE_NOOP("shoptuner::ui::ExportDialog",
            "The model with the training merged in, for Transformers, vLLM or uploading to the Hub")},
    {"peft", QT_TRANSLATE_NOOP("shoptuner::ui::ExportDialog", "The adapter alone (PEFT)"),
        QT_TRANSLATE_NOOP("shoptuner::ui::ExportDialog",
            "A few megabytes: only what training changed, with a model card; needs the base model to run")},
};

} // namespace

ExportDialog::ExportDialog(
    ProjectContext *project, QString modelDir, QString adapterDir, std::optional<std::int64_t> runId, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_modelDir(std::move(modelDir))
    , m_adapterDir(std::move(adapterDir))
    , m_runId(runId)
    , m_formats(new QListWidget(this))
    , m_type(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_destination(new QLineEdit(this))
    , m_choose(new QPushButton(tr("C&hoose…"), this))
    , m_export(new QPushButton(tr("&Export"), this))
    , m_openFolder(new QPushButton(tr("&Open the folder"), this))
    , m_progress(new JobProgress(this))
    , m_result(new QTextBrowser(this))
{
    setWindowTitle(tr("Export the model"));
    setObjectName(QStringLiteral("exportDialog"));
    auto *intro = new QLabel(m_adapterDir.isEmpty()
            ? tr("Export %1 (not trained) for the program that will run it.").arg(QFileInfo(m_modelDir).fileName())
            : tr("Export %1 with what training run %2 taught it, for the program that will run it.")
                  .arg(QFileInfo(m_modelDir).fileName())
                  .arg(m_runId ? QString::number(*m_runId) : QFileInfo(m_adapterDir).fileName()),
        this);
    intro->setWordWrap(true);
    m_formats->setObjectName(QStringLiteral("exportFormats"));
    m_formats->setAccessibleName(tr("Where the model will run"));
    for (const Choice &c : kChoices) {
        if (QLatin1String(c.format) == QLatin1String("peft") && m_adapterDir.isEmpty())
            continue;
        auto *item = new QListWidgetItem(tr(c.title) + QStringLiteral("\n    ") + tr(c.description), m_formats);
        item->setData(Qt::UserRole, QString::fromLatin1(c.format));
        item->setToolTip(tr(c.description));
    }
    m_formats->setCurrentRow(0);
    m_formats->setMinimumHeight(200);
    m_type->setObjectName(QStringLiteral("exportType"));
    m_type->setAccessibleName(tr("Precision"));
    m_name->setObjectName(QStringLiteral("exportName"));
    QString name = QFileInfo(m_modelDir).fileName();
    if (m_runId)
        name += QStringLiteral("-run%1").arg(*m_runId);
    // A name that works as a file name and as an Ollama model name: letters, digits, . _ -
    name = name.toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9._-]+")), QStringLiteral("-"));
    m_name->setText(name.remove(QRegularExpression(QStringLiteral("^-+|-+$"))));
    m_name->setToolTip(tr("The model's name in the files (and in Ollama or LM Studio)"));
    m_destination->setObjectName(QStringLiteral("exportDestination"));
    m_destination->setAccessibleName(tr("Save to"));
    m_export->setObjectName(QStringLiteral("startExport"));
    m_export->setDefault(true);
    m_openFolder->setObjectName(QStringLiteral("openExportFolder"));
    m_openFolder->setEnabled(false);
    m_result->setObjectName(QStringLiteral("exportResult"));
    m_result->setMinimumHeight(110);

    auto *destination = new QHBoxLayout;
    destination->addWidget(m_destination, 1);
    destination->addWidget(m_choose);
    auto *form = new QFormLayout;
    form->addRow(tr("&Precision:"), m_type);
    form->addRow(tr("&Name:"), m_name);
    auto *saveTo = new QLabel(tr("&Save to:"), this);
    saveTo->setBuddy(m_destination); // a row holding a layout gets no buddy by itself
    form->addRow(saveTo, destination);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_openFolder, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_formats, 1);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(640, 560);

    connect(m_formats, &QListWidget::currentRowChanged, this, &ExportDialog::formatChanged);
    connect(m_name, &QLineEdit::textEdited, this, &ExportDialog::formatChanged);
    connect(m_choose, &QPushButton::clicked, this, &ExportDialog::chooseDestination);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        if (!m_files.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_files.first()).absolutePath()));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_job)
            m_job->requestCancel(); // the job ends soon; the dialog closes when it has
        else
            reject();
    });
    formatChanged();
}

QString ExportDialog::format() const
{
    return m_formats->currentItem() ? m_formats->currentItem()->data(Qt::UserRole).toString() : QString();
}

void ExportDialog::formatChanged()
{
    const QString f = format();
    const QString previousType = m_type->currentData().toString();
    m_type->clear();
    if (f == QLatin1String("merged")) {
        m_type->addItem(tr("Half precision (F16), the usual choice"), QStringLiteral("f16"));
        m_type->addItem(tr("BF16"), QStringLiteral("bf16"));
        m_type->addItem(tr("Full precision (F32), twice the size"), QStringLiteral("f32"));
    } else if (f != QLatin1String("peft")) {
        m_type->addItem(tr("8-bit (Q8_0): half the size of F16, answers nearly the same"), QStringLiteral("q8_0"));
        m_type->addItem(tr("4-bit (Q4_0): a third of F16's size, answers may change a little"), QStringLiteral("q4_0"));
        m_type->addItem(tr("Half precision (F16)"), QStringLiteral("f16"));
        m_type->addItem(tr("BF16"), QStringLiteral("bf16"));
        m_type->addItem(tr("Full precision (F32), largest"), QStringLiteral("f32"));
    }
    if (const int i = m_type->findData(previousType); i >= 0)
        m_type->setCurrentIndex(i);
    m_type->setEnabled(m_type->count() > 0);
    const QString folder = m_project->isOpen() ? QFileInfo(m_project->path()).absolutePath() : QDir::homePath();
    const QString name = m_name->text().trimmed();
    if (f == QLatin1String("lmstudio"))
        m_destination->setText(jobs::ExportJob::lmStudioFolder());
    else if (f == QLatin1String("gguf"))
        m_destination->setText(folder + QLatin1Char('/') + name + QStringLiteral(".gguf"));
    else
        m_destination->setText(folder + QLatin1Char('/') + name + QLatin1Char('-') + f);
}

void ExportDialog::chooseDestination()
{
    const QString f = format();
    QString path;
    if (f == QLatin1String("gguf"))
        path = QFileDialog::getSaveFileName(this, tr("Save the GGUF file"), m_destination->text(), tr("GGUF (*.gguf)"));
    else
        path = QFileDialog::getExistingDirectory(this,
            f == QLatin1String("lmstudio") ? tr("LM Studio's models folder") : tr("The folder to create it in"),
            f == QLatin1String("lmstudio") ? m_destination->text() : QFileInfo(m_destination->text()).absolutePath());
    if (path.isEmpty())
        return;
    if (f != QLatin1String("gguf") && f != QLatin1String("lmstudio"))
        path += QLatin1Char('/') + QFileInfo(m_destination->text()).fileName();
    m_destination->setText(path);
}

void ExportDialog::startExport()
{
    if (isExporting())
        return;
    jobs::ExportJobParams p;
    p.projectPath = m_project->isOpen() ? m_project->path() : QString();
    p.modelDir = m_modelDir;
    p.adapterDir = m_adapterDir;
    p.format = format();
    p.out = m_destination->text().trimmed();
    p.type = m_type->currentData().toString();
    if (p.type.isEmpty())
        p.type = QStringLiteral("f16");
    p.name = m_name->text().trimmed();
    p.trainingRunId = m_runId;
    p.threads = AppSettings::load().threads;
    if (p.out.isEmpty() || p.name.isEmpty()) {
        showError(this, tr("Cannot export"), tr("Give the model a name and a place to save it."));
        return;
    }
    if (p.format != QLatin1String("lmstudio") && QFileInfo::exists(p.out)) {
        showError(this, tr("Cannot export"),
            tr("%1 exists already. Choose another name; ShopTuner never overwrites an export.").arg(p.out));
        return;
    }
    auto *job = new jobs::ExportJob(p, this);
    m_job = job;
    m_files.clear();
    m_result->clear();
    for (QWidget *w :
        {static_cast<QWidget *>(m_export), static_cast<QWidget *>(m_formats), static_cast<QWidget *>(m_type),
            static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_destination), static_cast<QWidget *>(m_choose)})
        w->setEnabled(false);
    m_progress->follow(job);
    connect(job, &jobs::Job::ended, this, [this, job] {
        job->wait();
        job->deleteLater();
        m_job = nullptr;
        for (QWidget *w :
            {static_cast<QWidget *>(m_export), static_cast<QWidget *>(m_formats), static_cast<QWidget *>(m_name),
                static_cast<QWidget *>(m_destination), static_cast<QWidget *>(m_choose)})
            w->setEnabled(true);
        m_type->setEnabled(m_type->count() > 0);
        switch (job->outcome()) {
        case jobs::Job::Outcome::Succeeded: {
            m_files = job->result().files;
            QString html = tr("<p><b>Done.</b> Checked before saying so:</p><ul>");
            for (const QString &v : job->result().verified)
                html += QStringLiteral("<li>%1</li>").arg(v.toHtmlEscaped());
            html += QStringLiteral("</ul><p>%1</p>").arg(tr("Files:"));
            for (const QString &f : m_files)
                html += QStringLiteral("<code>%1</code><br>").arg(f.toHtmlEscaped());
            if (format() == QLatin1String("ollama"))
                html += tr("<p>In a terminal: <code>cd \"%1\" &amp;&amp; ollama create %2 -f Modelfile</code>, then "
                           "<code>ollama run %2</code>.</p>")
                            .arg(QFileInfo(m_files.first()).absolutePath().toHtmlEscaped(),
                                m_name->text().trimmed().toLower().toHtmlEscaped());
            m_result->setHtml(html);
            m_openFolder->setEnabled(true);
            break;
        }
        case jobs::Job::Outcome::Failed:
            m_result->setHtml(tr("<p><b>The export did not finish;</b> nothing was left under its name.</p>"));
            showError(this, tr("The export stopped"), job->error().message, job->error().details);
            break;
        case jobs::Job::Outcome::Cancelled:
            m_result->setHtml(tr("<p>Cancelled; nothing was left under its name.</p>"));
            break;
        case jobs::Job::Outcome::Pending:
            break;
        }
    });
    job->start();
}

QString ExportDialog::resultText() const
{
    return m_result->toPlainText();
}

ExportDialog *ExportDialog::openForRun(ProjectContext *project, std::int64_t runId, QWidget *parent)
{
    if (!project->isOpen())
        return nullptr;
    try {
        store::ProjectStore store(project->path());
        std::optional<store::TrainingRun> run;
        if (runId != 0) {
            run = store::trainingRun(store, runId);
        } else {
            for (const store::TrainingRun &candidate : store::listTrainingRuns(store))
                if (candidate.status == QLatin1String("finished") && !candidate.adapterPath.isEmpty()) {
                    run = candidate;
                    break;
                }
        }
        if (!run || run->adapterPath.isEmpty())
            return nullptr;
        auto *dialog = new ExportDialog(project, run->modelPath, run->adapterPath, run->id, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return dialog;
    } catch (const store::StoreError &e) {
        showError(parent, tr("Cannot export"), e.message());
        return nullptr;
    }
}

} // namespace shoptuner::ui
