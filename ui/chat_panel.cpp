#include "chat_panel.h"

#include "project_context.h"
#include "services/report.h"
#include "settings_panel.h"
#include "store/project_store.h"
#include "store/run_tables.h"
#include "store/shop_tables.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFontMetrics>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace shoptuner::ui {

ChatPanel::ChatPanel(ProjectContext *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_examples(new QComboBox(this))
    , m_input(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_stop(new QPushButton(tr("S&top"), this))
    , m_clear(new QPushButton(tr("New c&onversation"), this))
    , m_sideBySide(new QCheckBox(tr("Side &by side"), this))
    , m_temperature(new QDoubleSpinBox(this))
    , m_maxTokens(new QSpinBox(this))
{
    buildAnswerColumns();
    buildControls();
    buildLayout();
    connectSignals();
    for (int c = 0; c < 2; ++c)
        render(c);
}

void ChatPanel::buildAnswerColumns()
{
    buildColumn(0);
    buildColumn(1);
    m_columns[0].model->setObjectName(QStringLiteral("chatModel"));
    m_columns[0].transcript->setObjectName(QStringLiteral("chatTranscript"));
    m_columns[0].status->setObjectName(QStringLiteral("chatStatus"));
    m_columns[0].copy->setObjectName(QStringLiteral("chatCopy"));
    m_columns[1].model->setObjectName(QStringLiteral("chatCompareModel"));
    m_columns[1].transcript->setObjectName(QStringLiteral("chatCompareTranscript"));
    m_columns[1].status->setObjectName(QStringLiteral("chatCompareStatus"));
    m_columns[1].copy->setObjectName(QStringLiteral("chatCompareCopy"));
    m_columns[1].box->hide();
}

void ChatPanel::buildControls()
{
    m_examples->setObjectName(QStringLiteral("chatExamples"));
    m_examples->setAccessibleName(tr("Example questions"));
    m_input->setObjectName(QStringLiteral("chatInput"));
    m_input->setPlaceholderText(tr("Ask something, e.g. about a product or a review… (Ctrl+Enter sends)"));
    m_input->setAccessibleName(tr("Your message"));
    m_input->setMaximumHeight(90);
    m_input->installEventFilter(this);
    m_send->setObjectName(QStringLiteral("chatSend"));
    m_stop->setObjectName(QStringLiteral("chatStop"));
    m_sideBySide->setObjectName(QStringLiteral("chatSideBySide"));
    m_sideBySide->setToolTip(tr("Ask two models the same thing and see their answers next to each other, e.g. the "
                                "trained model and the model before training"));
}

QToolButton *ChatPanel::buildSettingsMenu()
{
    auto *settings = new QToolButton(this);
    settings->setText(tr("Settings"));
    settings->setObjectName(QStringLiteral("chatSettings"));
    settings->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(settings);
    auto *form = new QWidget(menu);
    auto *formLayout = new QFormLayout(form);
    m_temperature->setRange(0, 2);
    m_temperature->setSingleStep(0.1);
    m_temperature->setValue(0.7);
    m_temperature->setToolTip(tr("0 always gives the most likely answer; higher values vary more"));
    m_maxTokens->setRange(16, 2048);
    m_maxTokens->setValue(256);
    m_maxTokens->setToolTip(tr("The longest answer, in tokens"));
    formLayout->addRow(tr("Creativity (temperature):"), m_temperature);
    formLayout->addRow(tr("Longest answer:"), m_maxTokens);
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(form);
    menu->addAction(action);
    settings->setMenu(menu);
    return settings;
}

void ChatPanel::buildLayout()
{
    QToolButton *settings = buildSettingsMenu();

    auto *top = new QHBoxLayout;
    top->addWidget(m_examples, 1);
    top->addWidget(m_sideBySide);
    top->addWidget(settings);
    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->setObjectName(QStringLiteral("chatColumns"));
    columns->addWidget(m_columns[0].box);
    columns->addWidget(m_columns[1].box);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    for (QPushButton *b : {m_clear, m_stop, m_send})
        buttons->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(columns, 1);
    layout->addWidget(m_input);
    layout->addLayout(buttons);
}

void ChatPanel::connectSignals()
{
    connect(m_examples, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            m_input->setPlainText(m_examples->itemData(index).toString());
        m_examples->setCurrentIndex(0);
        m_input->setFocus();
    });
    connect(m_send, &QPushButton::clicked, this, [this] { send(m_input->toPlainText()); });
    connect(m_stop, &QPushButton::clicked, this, &ChatPanel::stop);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        for (int c = 0; c < 2; ++c) {
            m_columns[c].turns.clear();
            render(c);
        }
    });
    connect(m_sideBySide, &QCheckBox::toggled, this, &ChatPanel::setSideBySide);
    connect(m_project, &ProjectContext::projectChanged, this, [this] {
        for (Column &c : m_columns)
            c.turns.clear();
        reloadChoices();
    });
}

void ChatPanel::buildColumn(int index)
{
    Column &c = m_columns[index];
    c.box = new QWidget(this);
    c.model = new QComboBox(c.box);
    c.model->setAccessibleName(index == 0 ? tr("Answer with") : tr("Compare with"));
    c.copy = new QToolButton(c.box);
    c.copy->setText(tr("&Copy answer"));
    c.copy->setToolTip(tr("Copies this column's last answer"));
    c.status = new QLabel(c.box);
    c.status->setWordWrap(true);
    c.transcript = new QTextBrowser(c.box);
    c.transcript->setAccessibleName(index == 0 ? tr("Conversation") : tr("Conversation with the second model"));
    c.session = new jobs::ChatSession(this);
    auto *head = new QHBoxLayout;
    head->addWidget(new QLabel(index == 0 ? tr("Answer with:") : tr("Compare with:"), c.box));
    head->addWidget(c.model, 1);
    head->addWidget(c.copy);
    auto *layout = new QVBoxLayout(c.box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addWidget(c.transcript, 1);
    layout->addWidget(c.status);

    connect(c.model, &QComboBox::currentIndexChanged, this, [this, index] { loadChosen(index); });
    connect(c.copy, &QToolButton::clicked, this,
        [this, index] { QGuiApplication::clipboard()->setText(lastAnswer(index)); });
    connect(c.session, &jobs::ChatSession::loaded, this, [this, index](const QString &d) {
        m_columns[index].status->setText(tr("Ready: %1").arg(d));
        render(index);
        answerNext();
    });
    connect(c.session, &jobs::ChatSession::failed, this, [this, index](const QString &m) {
        Column &col = m_columns[index];
        col.status->setText(tr("Problem: %1").arg(m));
        col.streaming.clear();
        col.waiting = false;
        render(index);
        answerNext();
    });
    connect(c.session, &jobs::ChatSession::piece, this, [this, index](const QString &p) {
        m_columns[index].streaming += p;
        render(index);
    });
    connect(
        c.session, &jobs::ChatSession::answered, this, [this, index](const QString &text, double tps, bool stopped) {
            Column &col = m_columns[index];
            col.turns.append({QStringLiteral("assistant"), text});
            col.streaming.clear();
            col.status->setText(stopped ? tr("Stopped.") : tr("%1 tokens per second").arg(qRound(tps)));
            render(index);
            if (stopped) // Stop ends the round: the other column does not start
                for (Column &other : m_columns)
                    if (other.waiting) {
                        other.waiting = false;
                        other.turns.append({QStringLiteral("assistant"), QString()});
                        other.status->setText(tr("Stopped."));
                    }
            answerNext();
            for (int i = 0; i < 2; ++i)
                render(i);
        });
}

void ChatPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reloadChoices();
}

bool ChatPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() & Qt::ControlModifier) {
            send(m_input->toPlainText());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool ChatPanel::sideBySide() const
{
    return m_sideBySide->isChecked();
}

void ChatPanel::setSideBySide(bool on)
{
    if (m_sideBySide->isChecked() != on) {
        m_sideBySide->setChecked(on); // comes back here through toggled
        return;
    }
    m_columns[1].box->setVisible(on);
    if (on) {
        // The second column starts on the other choice: the base model beside the trained one.
        if (m_columns[1].model->currentIndex() == m_columns[0].model->currentIndex() && m_columns[1].model->count() > 1)
            m_columns[1].model->setCurrentIndex(m_columns[0].model->currentIndex() == 0 ? 1 : 0);
        m_columns[1].turns.clear();
        // The second model is asked the same conversation's questions from now on.
        for (const jobs::ChatTurn &t : m_columns[0].turns)
            if (t.role == QLatin1String("user"))
                m_columns[1].turns.append(t), m_columns[1].turns.append({QStringLiteral("assistant"), QString()});
        loadChosen(1);
    }
    render(1);
    updateButtons();
}

void ChatPanel::reloadChoices()
{
    QList<std::pair<QString, QString>> choices; // label, key (model path, newline, adapter path)
    if (m_project->isOpen()) {
        try {
            store::ProjectStore project(m_project->path());
            const QString model = project.info(QStringLiteral("model_path"));
            for (const store::TrainingRun &run : store::listTrainingRuns(project))
                if (!run.adapterPath.isEmpty()
                    && (run.status == QLatin1String("finished") || run.status == QLatin1String("paused")))
                    choices.append(
                        {tr("Trained model, run %1 (%2)").arg(run.id).arg(services::dateTimeText(run.createdAt)),
                            QStringList {run.modelPath, run.adapterPath}.join(QLatin1Char('\n'))});
            if (!model.isEmpty())
                choices.append({tr("Base model, untrained (%1)").arg(QFileInfo(model).fileName()), model});
        } catch (const store::StoreError &) { }
    }
    for (int c = 0; c < 2; ++c) {
        QComboBox *box = m_columns[c].model;
        const QString current = box->currentData().toString();
        QSet<QString> before;
        for (int i = 0; i < box->count(); ++i)
            before.insert(box->itemData(i).toString());
        QSignalBlocker block(box);
        box->clear();
        for (const auto &[label, key] : choices)
            box->addItem(label, key);
        // A run trained since the list was last filled is what the owner wants to try: the first
        // column moves to it (the newest comes first); otherwise the choice stays.
        const bool newlyTrained = !before.isEmpty() && !choices.isEmpty() && choices.front().second.contains('\n')
            && !before.contains(choices.front().second);
        const int index = c == 0 && newlyTrained ? 0 : box->findData(current);
        box->setCurrentIndex(index >= 0 ? index : std::min(c, int(box->count()) - 1));
    }
    if (choices.isEmpty())
        m_columns[0].status->setText(tr("Choose a model (and train it) first."));
    fillExamples();
    loadChosen(0);
    if (sideBySide())
        loadChosen(1);
}

void ChatPanel::loadChosen(int column)
{
    Column &c = m_columns[column];
    const QString key = c.model->currentData().toString();
    if (key.isEmpty() || key == c.loadedKey || c.session->isBusy() || (column == 1 && !sideBySide()))
        return;
    c.loadedKey = key;
    const QStringList parts = key.split(QLatin1Char('\n'));
    c.status->setText(tr("Loading the model…"));
    const AppSettings app = AppSettings::load();
    c.session->load(
        parts.value(0), parts.value(1), app.threads, app.device == QLatin1String("auto") ? QString() : app.device);
    render(column);
}

void ChatPanel::fillExamples()
{
    m_examples->clear();
    m_examples->addItem(tr("Try an example…"));
    if (!m_project->isOpen())
        return;
    try {
        store::ProjectStore project(m_project->path());
        const auto products = store::loadProducts(project);
        // Three products spread over the catalog, each example named by its product.
        const QFontMetrics metrics = m_examples->fontMetrics();
        for (std::size_t i = 0; i < products.size() && i < 3; ++i) {
            const QString title = products[i * std::max<std::size_t>(1, products.size() / 3)].title;
            m_examples->addItem(
                tr("Colour, size and material of \u201c%1\u201d").arg(metrics.elidedText(title, Qt::ElideRight, 260)),
                tr("Which colour, size and material does this product have? %1").arg(title));
        }
        const auto reviews = store::loadReviews(project);
        if (!reviews.empty())
            m_examples->addItem(tr("How a review feels"),
                tr("Is this review very positive, positive, neutral, negative or very negative? \"%1\"")
                    .arg(reviews.front().text));
        if (!products.empty())
            m_examples->addItem(tr("A customer's question"),
                tr("A customer asks about \"%1\": is it a good gift? Answer in two sentences.")
                    .arg(products.front().title));
    } catch (const store::StoreError &) { }
}

jobs::ChatSettings ChatPanel::chatSettings() const
{
    jobs::ChatSettings settings;
    settings.temperature = m_temperature->value();
    settings.maxNewTokens = m_maxTokens->value();
    return settings;
}

void ChatPanel::send(const QString &text)
{
    if (text.trimmed().isEmpty() || !isReady())
        return;
    const int count = sideBySide() ? 2 : 1;
    for (int c = 0; c < count; ++c) {
        m_columns[c].turns.append({QStringLiteral("user"), text.trimmed()});
        m_columns[c].waiting = true;
        m_columns[c].status->setText(c == 0 ? tr("Answering…") : tr("Waiting for the first answer…"));
    }
    m_input->clear();
    answerNext();
    for (int c = 0; c < 2; ++c)
        render(c);
}

// One model answers at a time, so each gets every core; the second starts when the first is done.
void ChatPanel::answerNext()
{
    for (const Column &c : m_columns)
        if (c.session->isBusy())
            return;
    for (Column &c : m_columns) {
        if (!c.waiting || !c.session->isLoaded())
            continue;
        c.waiting = false;
        c.status->setText(tr("Answering…"));
        // The model sees its own conversation: its own earlier answers, without the questions it
        // was not asked (those it shows only as history, with an empty answer).
        QList<jobs::ChatTurn> conversation;
        for (int i = 0; i < c.turns.size(); ++i) {
            const bool unanswered = c.turns[i].role == QLatin1String("user") && i + 1 < c.turns.size()
                && c.turns[i + 1].role == QLatin1String("assistant") && c.turns[i + 1].text.isEmpty();
            if (unanswered)
                ++i;
            else
                conversation << c.turns[i];
        }
        c.session->send(conversation, chatSettings());
        break;
    }
    updateButtons();
}

void ChatPanel::stop()
{
    for (Column &c : m_columns)
        if (c.session->isBusy())
            c.session->stop();
}

bool ChatPanel::isAnswering() const
{
    for (const Column &c : m_columns)
        if (c.session->isBusy() || c.waiting)
            return true;
    return false;
}

bool ChatPanel::isReady() const
{
    const int count = sideBySide() ? 2 : 1;
    for (int c = 0; c < count; ++c)
        if (!m_columns[c].session->isLoaded() || m_columns[c].session->isBusy() || m_columns[c].waiting)
            return false;
    return true;
}

QString ChatPanel::lastAnswer(int column) const
{
    const auto &turns = m_columns[column].turns;
    for (auto it = turns.crbegin(); it != turns.crend(); ++it)
        if (it->role == QLatin1String("assistant"))
            return it->text;
    return {};
}

void ChatPanel::render(int column)
{
    const Column &c = m_columns[column];
    QString html;
    for (const jobs::ChatTurn &t : c.turns) {
        if (t.role == QLatin1String("assistant") && t.text.isEmpty())
            continue; // a question this model was not asked
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(t.role == QLatin1String("user") ? tr("You") : tr("Model"),
                        t.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    if (c.session->isBusy() && !c.turns.isEmpty() && c.turns.constLast().role == QLatin1String("user"))
        html += QStringLiteral("<p><b>%1</b><br>%2▍</p>")
                    .arg(tr("Model"), c.streaming.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    c.transcript->setHtml(html);
    c.transcript->verticalScrollBar()->setValue(c.transcript->verticalScrollBar()->maximum());
    c.copy->setEnabled(!lastAnswer(column).isEmpty());
    updateButtons();
}

void ChatPanel::updateButtons()
{
    m_send->setEnabled(isReady());
    bool busy = false;
    for (const Column &c : m_columns)
        busy = busy || (c.session->isBusy() && c.session->isLoaded());
    m_stop->setEnabled(busy);
}

} // namespace shoptuner::ui
