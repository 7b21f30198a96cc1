#include "benchmark_runner.h"

#include "job_progress.h"
#include "jobs/download_job.h"
#include "jobs/import_job.h"
#include "message_box.h"
#include "project_context.h"
#include "settings_panel.h"
#include "store/project_store.h"
#include "store/shop_tables.h"

#include <QDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace shoptuner::ui {
namespace {

const QString kBenchmarkRepo = QStringLiteral("NingLab/ECInstruct");
const QString kBenchmarkFile = QStringLiteral("dataset.json");

} // namespace

BenchmarkRunner::BenchmarkRunner(
    ProjectContext *project, std::function<std::optional<jobs::EvalJobParams>()> trainedModel, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_trainedModel(std::move(trainedModel))
    , m_start(new QPushButton(tr("Test on the public &benchmark"), this))
    , m_show(new QPushButton(tr("Show the benchmark report"), this))
    , m_result(new QLabel(this))
    , m_progress(new JobProgress(this))
    , m_baselines(services::bundledBaselines())
{
    m_start->setObjectName(QStringLiteral("testOnBenchmark"));
    m_start->setToolTip(tr("ECInstruct's own test questions, the ones the published figures were measured on: a "
                           "like-for-like comparison (about 530 MB downloaded once)"));
    m_show->setObjectName(QStringLiteral("showBenchmarkReport"));
    m_show->hide();
    m_result->setObjectName(QStringLiteral("benchmarkResult"));
    m_result->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_start);
    row->addWidget(m_result, 1);
    row->addWidget(m_show);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_progress);
    connect(m_start, &QPushButton::clicked, this, [this] { start(m_reference); });
    connect(m_show, &QPushButton::clicked, this, &BenchmarkRunner::showReport);
}

BenchmarkRunner::~BenchmarkRunner()
{
    if (m_job)
        m_job->requestCancel();
}

QString BenchmarkRunner::benchmarkProjectPath(const QString &projectPath)
{
    const QFileInfo f(projectPath);
    return f.absolutePath() + QLatin1Char('/') + f.completeBaseName() + QStringLiteral(" public benchmark.shoptuner");
}

QString BenchmarkRunner::resultText() const
{
    return m_result->text();
}

void BenchmarkRunner::start(const QString &referenceModel)
{
    if (isRunning() || !m_project->isOpen())
        return;
    m_reference = referenceModel.isEmpty() ? QStringLiteral("GPT-4 Turbo") : referenceModel;
    const std::optional<jobs::EvalJobParams> params = m_trainedModel();
    if (!params) {
        m_result->setText(tr("Train a model first; then test it here on the public benchmark."));
        return;
    }
    m_params = *params;
    m_params.projectPath = benchmarkProjectPath(m_project->path());
    m_params.trainingRunId.reset(); // the run belongs to the shop's project, not the benchmark's
    m_start->setEnabled(false);
    m_show->hide();
    if (hasTestSet())
        evaluate();
    else
        fetch();
}

bool BenchmarkRunner::hasTestSet() const
{
    if (!QFileInfo::exists(m_params.projectPath))
        return false;
    try {
        store::ProjectStore project(m_params.projectPath, store::ProjectStore::OpenMode::ReadOnly);
        for (const store::ImportInfo &i : store::listImports(project))
            if (i.kind == store::DataKind::EcInstruct && i.rowCount > 0)
                return true;
    } catch (const store::StoreError &) { }
    return false;
}

void BenchmarkRunner::follow(jobs::Job *job, const std::function<void(jobs::Job *)> &then)
{
    m_job = job;
    m_progress->follow(job);
    connect(job, &jobs::Job::ended, this, [this, job, then] {
        job->wait();
        job->deleteLater();
        m_job = nullptr;
        if (job->outcome() == jobs::Job::Outcome::Succeeded) {
            then(job);
            return;
        }
        m_start->setEnabled(true);
        if (job->outcome() == jobs::Job::Outcome::Cancelled)
            m_result->setText(tr("Stopped; what was downloaded is kept for the next try."));
        Q_EMIT finished();
    });
    job->start();
}

void BenchmarkRunner::fail(const QString &title, const jobs::Job &job)
{
    m_result->setText(job.error().message);
    showError(this, title, job.error().message, job.error().details);
}

void BenchmarkRunner::fetch()
{
    m_result->setText(tr("Fetching ECInstruct's test questions from Hugging Face…"));
    jobs::DownloadJobParams p;
    p.repoId = kBenchmarkRepo;
    p.type = hub::RepoType::Dataset;
    p.files = {kBenchmarkFile};
    p.settings = appHubSettings();
    auto *job = new jobs::DownloadJob(p, this);
    connect(job, &jobs::Job::failed, this, [this, job] { fail(tr("The benchmark could not be downloaded"), *job); });
    follow(job, [this](jobs::Job *done) {
        importTestSet(static_cast<jobs::DownloadJob *>(done)->result().folder + QLatin1Char('/') + kBenchmarkFile);
    });
}

void BenchmarkRunner::importTestSet(const QString &file)
{
    m_result->setText(tr("Reading the test questions into %1…").arg(QFileInfo(m_params.projectPath).fileName()));
    data::ColumnMapping mapping;
    mapping.kind = store::DataKind::EcInstruct;
    jobs::ImportJobParams p {m_params.projectPath, file, mapping};
    p.ecInstructSplits = {QStringLiteral("test")};
    auto *job = new jobs::ImportJob(p, this);
    connect(job, &jobs::Job::failed, this, [this, job] { fail(tr("The benchmark could not be read"), *job); });
    follow(job, [this](jobs::Job *) { evaluate(); });
}

void BenchmarkRunner::evaluate()
{
    m_result->setText(tr("Testing the model on the public benchmark…"));
    auto *job = new jobs::EvalJob(m_params, this);
    connect(job, &jobs::Job::failed, this, [this, job] { fail(tr("The benchmark test stopped with an error"), *job); });
    follow(job, [this](jobs::Job *done) {
        const std::int64_t id = static_cast<jobs::EvalJob *>(done)->result().evaluationId;
        try {
            store::ProjectStore project(m_params.projectPath, store::ProjectStore::OpenMode::ReadOnly);
            m_report = services::buildReport(project, id, m_baselines, m_reference);
        } catch (const store::StoreError &e) {
            m_result->setText(e.message());
            m_start->setEnabled(true);
            return;
        }
        m_result->setText(services::reportHeadline(m_report));
        m_show->show();
        m_start->setEnabled(true);
        Q_EMIT finished();
    });
}

void BenchmarkRunner::showReport()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("benchmarkReport"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("The public benchmark"));
    auto *view = new QTextBrowser(dialog);
    view->setHtml(services::reportHtml(m_report, m_baselines));
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view);
    dialog->resize(900, 650);
    dialog->show();
}

} // namespace shoptuner::ui
