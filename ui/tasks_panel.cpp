#include "tasks_panel.h"

#include "services/task_words.h"

#include "job_progress.h"
#include "jobs/build_tasks_job.h"
#include "message_box.h"
#include "project_context.h"
#include "store/project_store.h"
#include "store/record_tables.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QSqlQuery>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

namespace shoptuner::ui {
namespace {

enum Column { TaskColumn, StatusColumn, TrainColumn, ValColumn, TestColumn, ColumnCount };

// JSON indented for reading, keys in their stored order (the order ECInstruct uses).
QString prettyJson(const QString &text)
{
    try {
        const auto doc = nlohmann::ordered_json::parse(text.toStdString());
        if (doc.is_object() || doc.is_array())
            return QString::fromStdString(doc.dump(2));
    } catch (const nlohmann::json::exception &) { }
    return text;
}

QString preBlock(const QString &text)
{
    return QStringLiteral("<pre style=\"white-space: pre-wrap\">%1</pre>").arg(text.toHtmlEscaped());
}

} // namespace

QString recordHtml(const QString &instruction, const QString &input, const QString &optionsJson, const QString &output)
{
    // Options are stored as their JSON value: a string (as ECInstruct has them), a list or null.
    QString options;
    try {
        const auto v = nlohmann::ordered_json::parse(optionsJson.toStdString());
        if (v.is_string())
            options = prettyJson(QString::fromStdString(v.get<std::string>()));
        else if (!v.is_null())
            options = QString::fromStdString(v.dump(2));
    } catch (const nlohmann::json::exception &) {
        options = optionsJson;
    }
    QString html
        = QStringLiteral("<p><b>%1</b> %2</p>").arg(TasksPanel::tr("Instruction:"), instruction.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p>").arg(TasksPanel::tr("Input:")) + preBlock(prettyJson(input));
    if (!options.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(TasksPanel::tr("Options:")) + preBlock(options);
    html += QStringLiteral("<p><b>%1</b></p>").arg(TasksPanel::tr("Expected answer:")) + preBlock(prettyJson(output));
    return html;
}

TasksPanel::TasksPanel(ProjectContext *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_build(new QPushButton(tr("&Build training examples"), this))
    , m_progress(new JobProgress(this))
    , m_advanced(new QGroupBox(tr("How examples are made"), this))
    , m_oodCategories(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_tasks(new QTreeWidget(this))
    , m_samples(new QTextBrowser(this))
{
    auto *intro = new QLabel(tr("ShopTuner turns your data into practice examples for ten shop tasks, and keeps some "
                                "examples aside to test the model later. Products never appear in both."),
        this);
    intro->setWordWrap(true);
    m_build->setObjectName(QStringLiteral("buildTasks"));
    m_build->setToolTip(tr("Make the examples again from the data imported so far"));

    m_advanced->setObjectName(QStringLiteral("advancedBuild"));
    m_advanced->setVisible(false);
    auto *advancedToggle = new QToolButton(this);
    advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
    advancedToggle->setText(tr("Advanced"));
    advancedToggle->setCheckable(true);
    advancedToggle->setArrowType(Qt::RightArrow);
    advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    advancedToggle->setAutoRaise(true);
    connect(advancedToggle, &QToolButton::toggled, this, [this, advancedToggle](bool on) {
        advancedToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_advanced->setVisible(on);
    });
    auto *advanced = new QFormLayout(m_advanced);
    m_oodCategories->setObjectName(QStringLiteral("oodCategories"));
    m_oodCategories->setMaximumHeight(100);
    m_oodCategories->setToolTip(tr("Products of these categories are kept out of training and only used to test how "
                                   "well the model handles products it has never seen (\"out of domain\")."));
    advanced->addRow(tr("Test-only categories:"), m_oodCategories);
    const QList<std::pair<QString, QString>> behaviours = {{"purchased", tr("A search led to a purchase:")},
        {"added", tr("Added to the cart:")}, {"clicked", tr("Clicked:")}, {"shown", tr("Shown, not clicked:")}};
    const QStringList defaults = {"E", "S", "S", "I"};
    for (int i = 0; i < behaviours.size(); ++i) {
        auto *combo = new QComboBox(m_advanced);
        combo->setObjectName(QStringLiteral("searchLabel_") + behaviours[i].first);
        combo->addItem(tr("exactly what was searched"), QStringLiteral("E"));
        combo->addItem(tr("a substitute"), QStringLiteral("S"));
        combo->addItem(tr("a complement"), QStringLiteral("C"));
        combo->addItem(tr("irrelevant"), QStringLiteral("I"));
        combo->setCurrentIndex(combo->findData(defaults[i]));
        combo->setToolTip(
            tr("How relevant a product counts for a search when this happened (used by the search tasks)"));
        advanced->addRow(behaviours[i].second, combo);
        m_searchLabels.append({behaviours[i].first, combo});
    }

    m_summary->setObjectName(QStringLiteral("buildSummary"));
    m_summary->setWordWrap(true);
    m_tasks->setObjectName(QStringLiteral("taskTable"));
    m_tasks->setAccessibleName(tr("Tasks"));
    m_tasks->setColumnCount(ColumnCount);
    m_tasks->setHeaderLabels({tr("Task"), tr("Status"), tr("Training"), tr("Validation"), tr("Test")});
    m_tasks->setRootIsDecorated(false);
    m_tasks->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tasks->header()->setSectionResizeMode(TaskColumn, QHeaderView::Stretch);
    m_tasks->header()->setStretchLastSection(false);
    m_samples->setObjectName(QStringLiteral("taskSamples"));
    m_samples->setAccessibleName(tr("Example records"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("tasksSplitter"));
    split->addWidget(m_tasks);
    split->addWidget(m_samples);
    auto *top = new QHBoxLayout;
    top->addWidget(intro, 1);
    top->addWidget(m_build);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(advancedToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_advanced);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_build, &QPushButton::clicked, this, &TasksPanel::startBuild);
    connect(m_tasks, &QTreeWidget::currentItemChanged, this, &TasksPanel::showTask);
    connect(m_project, &ProjectContext::projectChanged, this, &TasksPanel::reload);
    connect(m_project, &ProjectContext::dataChanged, this, &TasksPanel::reload);
    reload();
}

void TasksPanel::loadCategories()
{
    QStringList checked;
    for (int i = 0; i < m_oodCategories->count(); ++i)
        if (m_oodCategories->item(i)->checkState() == Qt::Checked)
            checked << m_oodCategories->item(i)->text();
    QStringList categories;
    try {
        store::ProjectStore project(m_project->path());
        QSqlQuery q = project.prepare(QStringLiteral("SELECT DISTINCT category_json FROM products LIMIT 2000"));
        store::ProjectStore::run(q);
        while (q.next()) {
            const QJsonArray path = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array();
            if (!path.isEmpty() && !categories.contains(path.last().toString()))
                categories << path.last().toString();
        }
    } catch (const store::StoreError &) { }
    categories.sort(Qt::CaseInsensitive);
    m_oodCategories->clear();
    for (const QString &c : categories) {
        auto *item = new QListWidgetItem(c, m_oodCategories);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(c) ? Qt::Checked : Qt::Unchecked);
    }
}

void TasksPanel::reload()
{
    m_report = {};
    m_hasRecords = false;
    if (m_project->isOpen()) {
        try {
            store::ProjectStore project(m_project->path());
            if (const auto build = store::latestTaskBuild(project))
                m_report = QJsonDocument::fromJson(build->reportJson.toUtf8()).object();
            m_hasRecords = project.scalar(QStringLiteral("SELECT count(*) FROM records")).toLongLong() > 0;
        } catch (const store::StoreError &) { }
        loadCategories();
    }
    m_build->setEnabled(m_project->isOpen() && !isBuilding());
    m_tasks->clear();
    const QJsonArray tasks = m_report.value(QLatin1String("tasks")).toArray();
    if (tasks.isEmpty()) {
        m_summary->setText(
            m_project->isOpen() ? tr("No training examples yet. Import your files, then build them here.") : QString());
        m_samples->clear();
        return;
    }
    int ready = 0;
    for (const QJsonValue &v : tasks) {
        const QJsonObject t = v.toObject();
        const QJsonObject counts = t.value(QLatin1String("counts")).toObject();
        auto *item = new QTreeWidgetItem(m_tasks);
        item->setText(TaskColumn, services::taskTitle(t.value(QLatin1String("task")).toString()));
        item->setToolTip(TaskColumn, services::taskReference(t.value(QLatin1String("task")).toString()));
        item->setData(TaskColumn, Qt::UserRole, t);
        const auto count = [&](const char *key) { return counts.value(QLatin1String(key)).toInteger(); };
        const qint64 examples = count("train") + count("val") + count("test") + count("test OOD");
        // A task the builders found possible but that yielded nothing is not ready: it says why.
        const bool available = t.value(QLatin1String("available")).toBool() && examples > 0;
        const QJsonArray warnings = t.value(QLatin1String("warnings")).toArray();
        QStringList why;
        for (const QJsonValue &x : warnings)
            why << x.toString();
        ready += available;
        if (!t.value(QLatin1String("available")).toBool()) {
            item->setText(StatusColumn, tr("Not possible"));
            item->setToolTip(StatusColumn, t.value(QLatin1String("reason")).toString());
        } else if (!available) {
            item->setText(StatusColumn, tr("No examples"));
            item->setToolTip(StatusColumn,
                why.isEmpty() ? tr("Your data gave no examples for this task") : why.join(QLatin1Char('\n')));
        } else if (!warnings.isEmpty()) {
            item->setText(StatusColumn, tr("Ready, %n warning(s)", nullptr, int(warnings.size())));
            item->setToolTip(StatusColumn, why.join(QLatin1Char('\n')));
        } else
            item->setText(StatusColumn, tr("Ready"));
        item->setText(TrainColumn, QString::number(count("train")));
        item->setText(ValColumn, QString::number(count("val")));
        item->setText(TestColumn, QString::number(count("test") + count("test OOD")));
        for (int c = TrainColumn; c <= TestColumn; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    const QJsonObject c = m_report.value(QLatin1String("cleaning")).toObject();
    const auto n = [&](const char *key) { return int(c.value(QLatin1String(key)).toInteger()); };
    m_summary->setText(tr("%1 of 10 tasks can be learned from your data (%n example(s) in all).", nullptr,
                           int(m_report.value(QLatin1String("total_records")).toInteger()))
                           .arg(ready)
        + QLatin1Char(' ')
        + tr("To protect your customers, ShopTuner removed %1 e-mail addresses, %2 phone numbers, %3 order numbers "
             "and %4 reviewers' names from their texts, and left out %5 duplicate reviews.")
              .arg(n("emails"))
              .arg(n("phone_numbers"))
              .arg(n("order_numbers"))
              .arg(n("names"))
              .arg(n("exact_duplicate_reviews") + n("near_duplicate_reviews")));
    m_tasks->setCurrentItem(m_tasks->topLevelItem(0));
}

void TasksPanel::showTask()
{
    const QTreeWidgetItem *item = m_tasks->currentItem();
    if (!item) {
        m_samples->clear();
        return;
    }
    const QJsonObject t = item->data(TaskColumn, Qt::UserRole).toJsonObject();
    QString html = QStringLiteral("<h3>%1</h3>").arg(item->text(TaskColumn).toHtmlEscaped());
    if (!t.value(QLatin1String("available")).toBool()) {
        html += QStringLiteral("<p>%1</p>").arg(t.value(QLatin1String("reason")).toString().toHtmlEscaped());
        m_samples->setHtml(html);
        return;
    }
    for (const QJsonValue &w : t.value(QLatin1String("warnings")).toArray())
        html += QStringLiteral("<p>⚠ %1</p>").arg(w.toString().toHtmlEscaped());
    const QJsonArray samples = t.value(QLatin1String("samples")).toArray();
    for (int i = 0; i < samples.size(); ++i) {
        const QJsonObject s = samples[i].toObject();
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Example %1").arg(i + 1));
        html += recordHtml(s.value(QLatin1String("instruction")).toString(), s.value(QLatin1String("input")).toString(),
            s.value(QLatin1String("options")).toString(), s.value(QLatin1String("output")).toString());
    }
    m_samples->setHtml(html);
}

void TasksPanel::startBuild()
{
    if (isBuilding() || !m_project->isOpen())
        return;
    jobs::BuildTasksJobParams p;
    p.projectPath = m_project->path();
    if (m_advanced->isVisible()) {
        for (int i = 0; i < m_oodCategories->count(); ++i)
            if (m_oodCategories->item(i)->checkState() == Qt::Checked)
                p.build.oodCategories << m_oodCategories->item(i)->text();
        for (const auto &[behaviour, combo] : m_searchLabels) {
            const QChar label = combo->currentData().toString().at(0);
            if (behaviour == QLatin1String("purchased"))
                p.build.searchLabels.purchased = label;
            else if (behaviour == QLatin1String("added"))
                p.build.searchLabels.added = label;
            else if (behaviour == QLatin1String("clicked"))
                p.build.searchLabels.clicked = label;
            else
                p.build.searchLabels.shownOnly = label;
        }
    }
    auto *job = new jobs::BuildTasksJob(p, this);
    m_job = job;
    m_build->setEnabled(false);
    m_progress->follow(job);
    connect(job, &jobs::Job::ended, this, &TasksPanel::finishBuild);
    job->start();
}

void TasksPanel::finishBuild()
{
    jobs::BuildTasksJob *job = m_job;
    m_job = nullptr;
    if (job->outcome() == jobs::Job::Outcome::Failed)
        showError(this, tr("Could not build the examples"), job->error().message, job->error().details);
    job->wait();
    job->deleteLater();
    reload();
    if (job->outcome() == jobs::Job::Outcome::Succeeded) {
        m_project->notifyDataChanged();
        Q_EMIT built();
    }
}

} // namespace shoptuner::ui
