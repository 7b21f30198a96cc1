#include "records_browser.h"

#include "project_context.h"
#include "services/task_words.h"
#include "store/project_store.h"
#include "tasks_panel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace shoptuner::ui {
namespace {

enum Column { IdColumn, TaskColumn, SplitColumn, SettingColumn, InputColumn, OutputColumn };

// The records as stored, shown in a shop owner's words: task and setting names in plain words,
// the text with its JSON escapes turned into the characters they stand for.
class ReadableRecords : public QSqlQueryModel
{
public:
    using QSqlQueryModel::QSqlQueryModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const QVariant value = QSqlQueryModel::data(index, role == Qt::ToolTipRole ? Qt::DisplayRole : role);
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return value;
        const QString text = value.toString();
        switch (index.column()) {
        case TaskColumn:
            return role == Qt::DisplayRole ? services::taskTitle(text) : services::taskReference(text);
        case SplitColumn:
            return role == Qt::DisplayRole ? services::splitWords(text) : QVariant();
        case SettingColumn:
            return role == Qt::DisplayRole ? services::settingWords(text) : services::settingExplanation(text);
        case InputColumn:
        case OutputColumn:
            return role == Qt::DisplayRole ? services::readableText(text) : QVariant();
        default:
            return role == Qt::DisplayRole ? value : QVariant();
        }
    }
};

} // namespace

RecordsBrowser::RecordsBrowser(ProjectContext *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_task(new QComboBox(this))
    , m_split(new QComboBox(this))
    , m_setting(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new QTextBrowser(this))
    , m_model(new ReadableRecords(this))
{
    m_task->setObjectName(QStringLiteral("recordTask"));
    m_task->setAccessibleName(tr("Task"));
    m_split->setObjectName(QStringLiteral("recordSplit"));
    m_split->setAccessibleName(tr("Used for"));
    m_split->addItem(tr("All uses"), QString());
    for (const char *split : {"train", "val", "test"})
        m_split->addItem(services::splitWords(QLatin1String(split)), QLatin1String(split));
    m_setting->setObjectName(QStringLiteral("recordSetting"));
    m_setting->setAccessibleName(tr("Questions from"));
    m_search->setObjectName(QStringLiteral("recordSearch"));
    m_search->setPlaceholderText(tr("Search the examples…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_count->setObjectName(QStringLiteral("recordCount"));
    m_table->setObjectName(QStringLiteral("recordTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_detail->setObjectName(QStringLiteral("recordDetail"));
    m_detail->setAccessibleName(tr("The selected example"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_task, 2);
    filters->addWidget(m_split, 1);
    filters->addWidget(m_setting, 1);
    filters->addWidget(m_search, 3);
    filters->addWidget(m_count);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("recordsSplitter"));
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    // Typing waits a moment before searching, so each key does not run a query.
    auto *searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, &RecordsBrowser::requery);
    for (QComboBox *c : {m_task, m_split, m_setting})
        connect(c, &QComboBox::currentIndexChanged, this, &RecordsBrowser::requery);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RecordsBrowser::showCurrent);
    connect(m_project, &ProjectContext::projectChanged, this, &RecordsBrowser::reopen);
    connect(m_project, &ProjectContext::dataChanged, this, &RecordsBrowser::reopen);
    reopen();
}

RecordsBrowser::~RecordsBrowser()
{
    m_model->clear(); // the model's query must end before its connection closes
}

void RecordsBrowser::reopen()
{
    m_model->clear();
    m_store.reset();
    if (m_project->isOpen()) {
        try {
            m_store = std::make_unique<store::ProjectStore>(m_project->path());
        } catch (const store::StoreError &) { }
    }
    const QString task = m_task->currentData().toString();
    const QString setting = m_setting->currentData().toString();
    QSignalBlocker b1(m_task), b2(m_setting);
    m_task->clear();
    m_task->addItem(tr("All tasks"), QString());
    m_setting->clear();
    m_setting->addItem(tr("All kinds of questions"), QString());
    if (m_store) {
        QSqlQuery q(m_store->database());
        q.exec(QStringLiteral("SELECT DISTINCT task FROM records ORDER BY task"));
        while (q.next())
            m_task->addItem(services::taskTitle(q.value(0).toString()), q.value(0));
        q.exec(QStringLiteral("SELECT DISTINCT setting FROM records ORDER BY setting"));
        while (q.next())
            m_setting->addItem(services::settingWords(q.value(0).toString()), q.value(0));
    }
    m_task->setCurrentIndex(std::max(0, m_task->findData(task)));
    m_setting->setCurrentIndex(std::max(0, m_setting->findData(setting)));
    requery();
}

void RecordsBrowser::requery()
{
    m_detail->clear();
    if (!m_store) {
        m_model->clear();
        m_count->clear();
        m_matches = 0;
        return;
    }
    QString where = QStringLiteral(" WHERE 1");
    QVariantList binds;
    const auto filter = [&](const char *column, const QString &value) {
        if (!value.isEmpty()) {
            where += QStringLiteral(" AND %1 = ?").arg(QLatin1String(column));
            binds << value;
        }
    };
    filter("task", m_task->currentData().toString());
    filter("split", m_split->currentData().toString());
    filter("setting", m_setting->currentData().toString());
    const QString text = m_search->text().trimmed();
    if (!text.isEmpty()) {
        // The text as typed, and as the records store it ("Müller" is kept as "M\u00fcller").
        QStringList forms = {text};
        if (const QString escaped = services::storedEscapes(text); escaped != text)
            forms << escaped;
        QStringList any;
        for (QString pattern : forms) {
            any << QStringLiteral(
                "input LIKE ? ESCAPE '\\' OR output LIKE ? ESCAPE '\\' OR instruction LIKE ? ESCAPE '\\'");
            pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                .replace(QLatin1Char('%'), QStringLiteral("\\%"))
                .replace(QLatin1Char('_'), QStringLiteral("\\_"));
            pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
            binds << pattern << pattern << pattern;
        }
        where += QStringLiteral(" AND (%1)").arg(any.join(QStringLiteral(" OR ")));
    }
    QSqlQuery count(m_store->database());
    count.prepare(QStringLiteral("SELECT count(*) FROM records") + where);
    for (const QVariant &b : binds)
        count.addBindValue(b);
    m_matches = count.exec() && count.next() ? count.value(0).toInt() : 0;
    m_count->setText(tr("%n example(s)", nullptr, m_matches));

    QSqlQuery q(m_store->database());
    q.prepare(
        QStringLiteral("SELECT id, task, split, setting, substr(input, 1, 300), substr(output, 1, 200) FROM records")
        + where + QStringLiteral(" ORDER BY id"));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.exec();
    m_model->setQuery(std::move(q));
    const QStringList headers
        = {tr("#"), tr("Task"), tr("Used for"), tr("Questions from"), tr("Input"), tr("Expected answer")};
    for (int c = 0; c < headers.size(); ++c)
        m_model->setHeaderData(c, Qt::Horizontal, headers[c]);
    m_table->setColumnWidth(IdColumn, 60);
    m_table->setColumnWidth(TaskColumn, 200);
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto widest = [&](const QStringList &texts) {
        int w = 0;
        for (const QString &t : texts)
            w = std::max(w, metrics.horizontalAdvance(t));
        return w + 16;
    };
    m_table->setColumnWidth(SplitColumn,
        widest({services::splitWords(QStringLiteral("train")), services::splitWords(QStringLiteral("val")),
            services::splitWords(QStringLiteral("test"))}));
    m_table->setColumnWidth(SettingColumn,
        widest({services::settingWords(QStringLiteral("IND_Diverse_Instruction")),
            services::settingWords(QStringLiteral("IND_Unseen_Instruction")),
            services::settingWords(QStringLiteral("OOD_Diverse_Instruction"))}));
    m_table->setColumnWidth(InputColumn, 380);
}

void RecordsBrowser::showCurrent()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid() || !m_store) {
        m_detail->clear();
        return;
    }
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT instruction, input, options_json, output FROM records WHERE id = ?"));
    q.addBindValue(m_model->data(m_model->index(index.row(), IdColumn)));
    if (q.exec() && q.next())
        m_detail->setHtml(
            recordHtml(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()));
}

} // namespace shoptuner::ui
