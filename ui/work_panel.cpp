#include "work_panel.h"

#include "job_progress.h"
#include "message_box.h"
#include "project_context.h"
#include "settings_panel.h"
#include "suggestion_model.h"
#include "window_size.h"

#include "data/table_reader.h"
#include "services/report.h"
#include "services/work/work_export.h"
#include "services/work/work_trust.h"
#include "store/project_store.h"
#include "store/run_tables.h"
#include "store/shop_tables.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace shoptuner::ui {
namespace {

using Decision = store::Suggestion::Decision;

QString jobStatusWords(const store::WorkJobRow &job, bool live)
{
    if (live)
        return WorkPanel::tr("running now");
    if (job.status == QLatin1String("finished"))
        return WorkPanel::tr("finished");
    if (job.status == QLatin1String("failed"))
        return WorkPanel::tr("failed");
    // Cancelled, or "running" left by a crash or a closed app: it can continue.
    return WorkPanel::tr("stopped at %1 of %2").arg(job.itemsDone).arg(job.itemsTotal);
}

} // namespace

WorkPanel::WorkPanel(ProjectContext *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_kind(new QComboBox(this))
    , m_model(new QComboBox(this))
    , m_onlyNew(new QCheckBox(tr("Only rows no earlier job looked at"), this))
    , m_since(new QCheckBox(tr("Only from"), this))
    , m_sinceDate(new QDateEdit(QDate::currentDate().addDays(-7), this))
    , m_withoutStars(new QCheckBox(tr("Only reviews without stars"), this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_trust(new QLabel(this))
    , m_progress(new JobProgress(this))
    , m_jobs(new QComboBox(this))
    , m_resume(new QPushButton(tr("C&ontinue"), this))
    , m_search(new QLineEdit(this))
    , m_show(new QComboBox(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_acceptAbove(new QPushButton(tr("&Accept all at or above"), this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_export(new QPushButton(tr("E&xport…"), this))
    , m_suggestions(new SuggestionModel(this))
    , m_filter(new SuggestionFilter(this))
{
    for (const services::WorkKind *k : services::workKinds())
        m_kind->addItem(k->title(), k->name());
    m_kind->setObjectName(QStringLiteral("workKind"));
    m_model->setObjectName(QStringLiteral("workModel"));
    m_onlyNew->setObjectName(QStringLiteral("workOnlyNew"));
    m_onlyNew->setToolTip(tr("After importing this week's reviews or products: ask only about the new ones"));
    m_since->setObjectName(QStringLiteral("workSince"));
    m_since->setToolTip(tr("Ask only about reviews or questions written on this day or later"));
    m_sinceDate->setObjectName(QStringLiteral("workSinceDate"));
    m_sinceDate->setCalendarPopup(true);
    m_sinceDate->setMaximumDate(QDate::currentDate());
    m_sinceDate->setEnabled(false);
    m_sinceDate->setAccessibleName(tr("First day"));
    m_withoutStars->setObjectName(QStringLiteral("workWithoutStars"));
    m_withoutStars->setToolTip(tr("Reviews that came without a star rating, such as comments: the stars of the "
                                  "others already say how they feel"));
    m_run->setObjectName(QStringLiteral("workRun"));
    m_trust->setObjectName(QStringLiteral("workTrust"));
    m_trust->setWordWrap(true);
    m_jobs->setObjectName(QStringLiteral("workJobs"));
    m_jobs->setAccessibleName(tr("Earlier jobs"));
    m_resume->setObjectName(QStringLiteral("workResume"));
    m_resume->setToolTip(tr("Ask about the rows this job has not reached yet"));
    m_search->setObjectName(QStringLiteral("workSearch"));
    m_search->setPlaceholderText(tr("Search the suggestions"));
    m_search->setClearButtonEnabled(true);
    m_show->setObjectName(QStringLiteral("workShow"));
    m_show->addItem(tr("Show all"), -1);
    m_show->addItem(tr("Show those to review"), int(Decision::Pending));
    m_show->addItem(tr("Show accepted"), int(Decision::Accepted));
    m_show->addItem(tr("Show rejected"), int(Decision::Rejected));
    m_threshold->setObjectName(QStringLiteral("workThreshold"));
    m_threshold->setRange(0, 100);
    m_threshold->setDecimals(0);
    m_threshold->setValue(80);
    m_threshold->setSuffix(QLocale().percent());
    m_threshold->setToolTip(tr("How sure the model must have been of a suggestion for it to be accepted"));
    m_acceptAbove->setObjectName(QStringLiteral("workAcceptAbove"));
    m_filter->setSourceModel(m_suggestions);
    m_table->setObjectName(QStringLiteral("workTable"));
    m_table->setMinimumHeight(tableHeightFor(5, m_table));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSectionResizeMode(SuggestionModel::ItemColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setToolTip(tr("Enter accepts, Delete rejects, F2 edits the suggested value"));
    m_table->installEventFilter(this);
    m_summary->setObjectName(QStringLiteral("workSummary"));
    m_summary->setWordWrap(true);
    m_export->setObjectName(QStringLiteral("workExport"));
    m_export->setToolTip(tr("Write the accepted suggestions to a file your shop imports"));
    buildLayout();

    connect(m_since, &QCheckBox::toggled, m_sinceDate, &QDateEdit::setEnabled);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateFilters();
        updateTrust();
        reloadJobs();
    });
    connect(m_model, &QComboBox::currentIndexChanged, this, &WorkPanel::updateTrust);
    connect(m_run, &QPushButton::clicked, this, &WorkPanel::run);
    connect(m_resume, &QPushButton::clicked, this, &WorkPanel::resume);
    connect(m_jobs, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0)
            showJob(m_jobs->itemData(i).toLongLong());
    });
    connect(m_search, &QLineEdit::textChanged, m_filter, &SuggestionFilter::setSearch);
    connect(m_show, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setDecision(m_show->currentData().toInt()); });
    connect(m_acceptAbove, &QPushButton::clicked, this, &WorkPanel::acceptAboveThreshold);
    connect(m_export, &QPushButton::clicked, this, &WorkPanel::exportDialog);
    connect(m_suggestions, &SuggestionModel::decisionsChanged, this, &WorkPanel::updateSummary);
    connect(m_project, &ProjectContext::projectChanged, this, [this] {
        reloadModels();
        reloadJobs();
    });
    updateFilters();
    reloadModels();
    reloadJobs();
}

void WorkPanel::updateFilters()
{
    const services::WorkKind *kind = services::workKind(kindName());
    const int filters = kind ? kind->filters() : 0;
    m_since->setVisible(filters & services::WorkKind::ByDate);
    m_sinceDate->setVisible(filters & services::WorkKind::ByDate);
    m_withoutStars->setVisible(filters & services::WorkKind::WithoutStars);
}

void WorkPanel::buildLayout()
{
    auto *intro = new QLabel(tr("Let the model you trained do shop work: it suggests, you decide. Nothing is written "
                                "to your files until you export."),
        this);
    intro->setWordWrap(true);
    auto *choose = new QGridLayout;
    choose->addWidget(new QLabel(tr("Job:"), this), 0, 0);
    choose->addWidget(m_kind, 0, 1);
    choose->addWidget(new QLabel(tr("Model:"), this), 0, 2);
    choose->addWidget(m_model, 0, 3);
    choose->setColumnStretch(3, 1);
    auto *start = new QHBoxLayout;
    start->addWidget(m_onlyNew);
    start->addSpacing(12);
    start->addWidget(m_since);
    start->addWidget(m_sinceDate);
    start->addSpacing(12);
    start->addWidget(m_withoutStars);
    start->addStretch();
    start->addWidget(m_run);
    auto *earlier = new QHBoxLayout;
    earlier->addWidget(new QLabel(tr("Suggestions of:"), this));
    earlier->addWidget(m_jobs, 1);
    earlier->addWidget(m_resume);
    auto *review = new QHBoxLayout;
    review->addWidget(m_search, 1);
    review->addWidget(m_show);
    review->addSpacing(12);
    review->addWidget(m_acceptAbove);
    review->addWidget(m_threshold);
    auto *end = new QHBoxLayout;
    end->addWidget(m_summary, 1);
    end->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(choose);
    layout->addWidget(m_trust);
    layout->addLayout(start);
    layout->addWidget(m_progress);
    layout->addLayout(earlier);
    layout->addLayout(review);
    layout->addWidget(m_table, 1);
    layout->addLayout(end);
}

void WorkPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!isRunning()) {
        reloadModels();
        reloadJobs();
    }
}

QString WorkPanel::kindName() const
{
    return m_kind->currentData().toString();
}

void WorkPanel::reloadModels()
{
    const QString current = m_model->currentData().toString();
    QSignalBlocker block(m_model);
    m_model->clear();
    if (m_project->isOpen()) {
        try {
            store::ProjectStore project(m_project->path());
            for (const store::TrainingRun &run : store::listTrainingRuns(project))
                if (!run.adapterPath.isEmpty()
                    && (run.status == QLatin1String("finished") || run.status == QLatin1String("paused")))
                    m_model->addItem(
                        tr("Trained model, run %1 (%2)").arg(run.id).arg(services::dateTimeText(run.createdAt)),
                        QStringList {run.modelPath, run.adapterPath, QString::number(run.id)}.join(QLatin1Char('\n')));
            const QString model = project.info(QStringLiteral("model_path"));
            if (!model.isEmpty())
                m_model->addItem(tr("Base model, untrained (%1)").arg(QFileInfo(model).fileName()), model);
        } catch (const store::StoreError &) { }
    }
    const int keep = m_model->findData(current);
    m_model->setCurrentIndex(keep >= 0 ? keep : 0); // else the newest trained run
    updateTrust();
}

void WorkPanel::reloadJobs()
{
    const qlonglong current = m_jobs->currentData().toLongLong();
    {
        QSignalBlocker block(m_jobs);
        m_jobs->clear();
        if (m_project->isOpen()) {
            try {
                store::ProjectStore project(m_project->path());
                for (const store::WorkJobRow &job : store::listWorkJobs(project, kindName())) {
                    const bool live = m_job && m_job->jobId() == job.id;
                    m_jobs->addItem(tr("Job %1, %2: %3")
                                        .arg(job.id)
                                        .arg(services::dateTimeText(job.createdAt), jobStatusWords(job, live)),
                        qlonglong(job.id));
                    m_jobs->setItemData(m_jobs->count() - 1, job.status, Qt::UserRole + 1);
                }
            } catch (const store::StoreError &) { }
        }
        const int keep = m_jobs->findData(current);
        m_jobs->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    showJob(m_jobs->count() ? m_jobs->currentData().toLongLong() : 0);
}

void WorkPanel::showJob(std::int64_t jobId)
{
    if (jobId == 0 || !m_project->isOpen())
        m_suggestions->clear();
    else
        m_suggestions->load(m_project->path(), jobId, kindName());
    m_table->resizeColumnToContents(SuggestionModel::FieldColumn);
    m_table->resizeColumnToContents(SuggestionModel::ConfidenceColumn);
    updateButtons();
}

void WorkPanel::updateTrust()
{
    const QStringList chosen = m_model->currentData().toString().split(QLatin1Char('\n'));
    const services::WorkKind *kind = services::workKind(kindName());
    if (!kind || chosen.first().isEmpty() || !m_project->isOpen()) {
        m_trust->setText(tr("Choose a model and train it first."));
        updateButtons();
        return;
    }
    try {
        store::ProjectStore project(m_project->path());
        const services::WorkTrust trust = services::workTrust(project, chosen.value(0), chosen.value(1), kind->task());
        m_trust->setText(trust.sentence);
        m_trust->setProperty("weak", trust.weak);
        m_trust->setStyleSheet(trust.weak ? QStringLiteral("color: #a33;") : QString());
    } catch (const store::StoreError &e) {
        m_trust->setText(e.message());
    }
    updateButtons();
}

void WorkPanel::updateSummary()
{
    if (!m_suggestions->jobId()) {
        m_summary->setText(tr("No suggestions yet: choose a job and run it."));
        updateButtons();
        return;
    }
    const int all = m_suggestions->rowCount();
    QString text = tr("%n suggestion(s): ", nullptr, all)
        + tr("%1 accepted, %2 rejected, %3 to review.")
              .arg(m_suggestions->count(Decision::Accepted))
              .arg(m_suggestions->count(Decision::Rejected))
              .arg(m_suggestions->count(Decision::Pending));
    if (const int nothing = m_suggestions->nothingFound() - m_suggestions->unusable(); nothing > 0)
        text += QLatin1Char(' ') + tr("For %n more the model found nothing to suggest.", nullptr, nothing);
    if (m_suggestions->unusable())
        text += QLatin1Char(' ')
            + tr("For %n the model's answer could not be read: it needs more training (the Balanced or Thorough "
                 "plan) or more examples of this task.",
                nullptr, m_suggestions->unusable());
    m_summary->setText(text);
    updateButtons();
}

void WorkPanel::updateButtons()
{
    const bool busy = isRunning();
    const bool haveModel = !m_model->currentData().toString().isEmpty();
    m_run->setEnabled(m_project->isOpen() && haveModel && !busy);
    const QString status = m_jobs->currentData(Qt::UserRole + 1).toString();
    m_resume->setEnabled(!busy && m_jobs->count() && !status.isEmpty() && status != QLatin1String("finished"));
    m_acceptAbove->setEnabled(m_suggestions->count(Decision::Pending) > 0);
    m_export->setEnabled(!busy && m_suggestions->jobId() != 0);
    m_kind->setEnabled(!busy);
    m_model->setEnabled(!busy);
}

void WorkPanel::run()
{
    if (isRunning() || !m_project->isOpen())
        return;
    const QStringList chosen = m_model->currentData().toString().split(QLatin1Char('\n'));
    if (chosen.first().isEmpty())
        return;
    if (m_trust->property("weak").toBool()
        && !confirm(this, tr("Run a job the model is weak at?"),
            m_trust->text() + QStringLiteral("\n\n") + tr("You can still run it and check every suggestion."),
            tr("Run anyway")))
        return;
    jobs::WorkJobParams p;
    p.projectPath = m_project->path();
    p.kind = kindName();
    p.modelDir = chosen.value(0);
    p.adapterDir = chosen.value(1);
    if (chosen.size() > 2)
        p.trainingRunId = chosen.value(2).toLongLong();
    p.options.onlyNew = m_onlyNew->isChecked();
    const int filters = services::workKind(p.kind) ? services::workKind(p.kind)->filters() : 0;
    if ((filters & services::WorkKind::ByDate) && m_since->isChecked())
        p.options.since = m_sinceDate->date().toString(Qt::ISODate);
    p.options.withoutStars = (filters & services::WorkKind::WithoutStars) && m_withoutStars->isChecked();
    startJob(p);
}

void WorkPanel::startJob(jobs::WorkJobParams p)
{
    const AppSettings app = AppSettings::load();
    p.threads = app.threads;
    p.device = app.device;
    m_job = new jobs::WorkJob(p, this);
    connect(m_job, &jobs::WorkJob::jobCreated, this, [this](qint64 id) {
        reloadJobs();
        m_jobs->setCurrentIndex(m_jobs->findData(id));
    });
    connect(m_job, &jobs::WorkJob::answersKept, this, [this] {
        // The suggestions so far, at most every two seconds: the owner can start reviewing.
        if (m_job && (!m_shown.isValid() || m_shown.elapsed() > 2000)) {
            showJob(m_job->jobId());
            m_shown.start();
        }
    });
    connect(m_job, &jobs::Job::ended, this, [this, job = m_job.data()] {
        job->wait();
        job->deleteLater();
        if (job->outcome() == jobs::Job::Outcome::Failed)
            showError(this, tr("The job stopped with an error"), job->error().message, job->error().details);
        m_job = nullptr;
        reloadJobs();
    });
    m_progress->follow(m_job);
    m_job->start();
    updateButtons();
}

void WorkPanel::resume()
{
    if (isRunning() || !m_jobs->count())
        return;
    jobs::WorkJobParams p;
    p.projectPath = m_project->path();
    p.resumeJobId = m_jobs->currentData().toLongLong();
    startJob(p);
}

void WorkPanel::acceptAboveThreshold()
{
    const int n = m_suggestions->acceptAbove(m_threshold->value() / 100.0);
    m_summary->setText(m_summary->text() + QLatin1Char(' ') + tr("%n accepted just now.", nullptr, n));
}

void WorkPanel::decideCurrent(int decision)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    m_suggestions->decide(m_filter->mapToSource(current).row(), Decision(decision));
    // The next row, whether or not the one decided stays in the filtered view.
    const int next
        = std::min(current.row() + (m_filter->mapToSource(current).isValid() ? 1 : 0), m_filter->rowCount() - 1);
    if (next >= 0)
        m_table->setCurrentIndex(m_filter->index(next, SuggestionModel::SuggestionColumn));
}

bool WorkPanel::eventFilter(QObject *watched, QEvent *event)
{
    // An open editor takes its own keys (Enter there commits the edit); these reach the table.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            decideCurrent(int(Decision::Accepted));
            return true;
        }
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            decideCurrent(int(Decision::Rejected));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void WorkPanel::exportDialog()
{
    if (!m_suggestions->jobId())
        return;
    QString name
        = kindName() == QLatin1String("fill-attributes") ? tr("catalog with filled attributes") : tr("reviews triaged");
    try {
        store::ProjectStore project(m_project->path());
        for (const store::ImportInfo &i : store::listImports(project))
            if (i.kind == store::DataKind::Catalog && kindName() == QLatin1String("fill-attributes"))
                name = QFileInfo(i.fileName).completeBaseName() + tr("-filled");
    } catch (const store::StoreError &) { }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the suggestions"),
        documentsFolder() + QLatin1Char('/') + name + QStringLiteral(".csv"), tr("CSV files (*.csv *.tsv *.txt)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool WorkPanel::exportTo(const QString &path)
{
    services::WorkExportOptions options;
    for (int attempt = 0; attempt < 3; ++attempt) {
        try {
            store::ProjectStore project(m_project->path());
            const services::WorkExportResult r = services::exportWork(project, m_suggestions->jobId(), path, options);
            QStringList names;
            for (const QString &f : r.files)
                names << QDir::toNativeSeparators(f);
            QString text = tr("Written: %1.").arg(names.join(QStringLiteral(", ")));
            if (!r.notes.isEmpty())
                text += QLatin1Char(' ') + r.notes.join(QLatin1Char(' '));
            m_summary->setText(text);
            return true;
        } catch (const services::SourceChanged &e) {
            if (e.missing()) {
                const QString file = QFileDialog::getOpenFileName(this,
                    tr("Where is the catalog file you imported (%1)?").arg(QFileInfo(e.path()).fileName()),
                    documentsFolder(), tr("Shop files (*.csv *.tsv *.txt)"));
                if (file.isEmpty())
                    return false;
                options.sourceOverride = file;
            } else {
                if (!confirm(this, tr("The catalog file changed"),
                        tr("%1 changed since you imported it. ShopTuner writes a copy of the file as it is now, "
                           "with the accepted values filled in; values it no longer finds are listed, not written.")
                            .arg(QDir::toNativeSeparators(e.path())),
                        tr("Write the copy")))
                    return false;
                options.writeChanged = true;
            }
        } catch (const store::StoreError &e) {
            showError(this, tr("Could not export"), e.message(), e.hint());
            return false;
        } catch (const data::ImportError &e) {
            showError(this, tr("Could not export"), e.issue().message, e.issue().toString());
            return false;
        }
    }
    return false;
}

} // namespace shoptuner::ui
