#include "chat_panel.h"

#include "project_context.h"
#include "settings_panel.h"
#include "store/project_store.h"
#include "store/run_tables.h"
#include "store/shop_tables.h"

#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace shoptuner::ui {

ChatPanel::ChatPanel(ProjectContext *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_session(new jobs::ChatSession(this))
    , m_model(new QComboBox(this))
    , m_examples(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_transcript(new QTextBrowser(this))
    , m_input(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_stop(new QPushButton(tr("S&top"), this))
    , m_copy(new QPushButton(tr("&Copy answer"), this))
    , m_clear(new QPushButton(tr("New c&onversation"), this))
    , m_temperature(new QDoubleSpinBox(this))
    , m_maxTokens(new QSpinBox(this))
{
    m_model->setObjectName(QStringLiteral("chatModel"));
    m_model->setAccessibleName(tr("Answer with"));
    m_examples->setObjectName(QStringLiteral("chatExamples"));
    m_examples->setAccessibleName(tr("Example questions"));
    m_status->setObjectName(QStringLiteral("chatStatus"));
    m_transcript->setObjectName(QStringLiteral("chatTranscript"));
    m_transcript->setAccessibleName(tr("Conversation"));
    m_input->setObjectName(QStringLiteral("chatInput"));
    m_input->setPlaceholderText(tr("Ask something, e.g. about a product or a review… (Ctrl+Enter sends)"));
    m_input->setAccessibleName(tr("Your message"));
    m_input->setMaximumHeight(90);
    m_input->installEventFilter(this);
    m_send->setObjectName(QStringLiteral("chatSend"));
    m_stop->setObjectName(QStringLiteral("chatStop"));
    m_copy->setObjectName(QStringLiteral("chatCopy"));

    // The small settings menu.
    auto *settings = new QToolButton(this);
    settings->setText(tr("Settings"));
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

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Answer with:"), this));
    top->addWidget(m_model, 2);
    top->addWidget(m_examples, 3);
    top->addWidget(settings);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    for (QPushButton *b : {m_clear, m_copy, m_stop, m_send})
        buttons->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_transcript, 1);
    layout->addWidget(m_input);
    layout->addLayout(buttons);

    connect(m_model, &QComboBox::currentIndexChanged, this, &ChatPanel::loadChosen);
    connect(m_examples, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            m_input->setPlainText(m_examples->itemData(index).toString());
        m_examples->setCurrentIndex(0);
        m_input->setFocus();
    });
    connect(m_send, &QPushButton::clicked, this, [this] { send(m_input->toPlainText()); });
    connect(m_stop, &QPushButton::clicked, this, &ChatPanel::stop);
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(lastAnswer()); });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_turns.clear();
        render();
    });
    connect(m_session, &jobs::ChatSession::loaded, this, [this](const QString &d) {
        m_status->setText(tr("Ready: %1").arg(d));
        render();
    });
    connect(m_session, &jobs::ChatSession::failed, this, [this](const QString &m) {
        m_status->setText(tr("Problem: %1").arg(m));
        m_streaming.clear();
        render();
    });
    connect(m_session, &jobs::ChatSession::piece, this, [this](const QString &p) {
        m_streaming += p;
        render();
    });
    connect(m_session, &jobs::ChatSession::answered, this, [this](const QString &text, double tps, bool stopped) {
        m_turns.append({QStringLiteral("assistant"), text});
        m_streaming.clear();
        m_status->setText(stopped ? tr("Stopped.") : tr("%1 tokens per second").arg(qRound(tps)));
        render();
    });
    connect(m_project, &ProjectContext::projectChanged, this, [this] {
        m_turns.clear();
        reloadChoices();
    });
    render();
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

void ChatPanel::reloadChoices()
{
    const QString current = m_model->currentData().toString();
    QSignalBlocker block(m_model);
    m_model->clear();
    if (m_project->isOpen()) {
        try {
            store::ProjectStore project(m_project->path());
            const QString model = project.info(QStringLiteral("model_path"));
            for (const store::TrainingRun &run : store::listTrainingRuns(project))
                if (!run.adapterPath.isEmpty()
                    && (run.status == QLatin1String("finished") || run.status == QLatin1String("paused")))
                    m_model->addItem(tr("Trained model, run %1 (%2)")
                                         .arg(run.id)
                                         .arg(run.createdAt.left(16).replace(QLatin1Char('T'), QLatin1Char(' '))),
                        QStringList {run.modelPath, run.adapterPath}.join(QLatin1Char('\n')));
            if (!model.isEmpty())
                m_model->addItem(tr("Base model, untrained (%1)").arg(QFileInfo(model).fileName()), model);
        } catch (const store::StoreError &) { }
    }
    const int index = m_model->findData(current);
    m_model->setCurrentIndex(index >= 0 ? index : 0);
    if (m_model->count() == 0)
        m_status->setText(tr("Choose a model (and train it) first."));
    fillExamples();
    loadChosen();
}

void ChatPanel::loadChosen()
{
    const QString key = m_model->currentData().toString();
    if (key.isEmpty() || key == m_loadedKey || m_session->isBusy())
        return;
    m_loadedKey = key;
    const QStringList parts = key.split(QLatin1Char('\n'));
    m_status->setText(tr("Loading the model…"));
    const AppSettings app = AppSettings::load();
    m_session->load(
        parts.value(0), parts.value(1), app.threads, app.device == QLatin1String("auto") ? QString() : app.device);
    render();
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
        for (std::size_t i = 0; i < products.size() && i < 3; ++i) {
            const QString title = products[i * std::max<std::size_t>(1, products.size() / 3)].title;
            m_examples->addItem(tr("Colour, size and material of a product"),
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

void ChatPanel::send(const QString &text)
{
    if (text.trimmed().isEmpty() || !isReady())
        return;
    m_turns.append({QStringLiteral("user"), text.trimmed()});
    m_input->clear();
    jobs::ChatSettings settings;
    settings.temperature = m_temperature->value();
    settings.maxNewTokens = m_maxTokens->value();
    m_session->send(m_turns, settings);
    m_status->setText(tr("Answering…"));
    render();
}

void ChatPanel::stop()
{
    m_session->stop();
}

QString ChatPanel::lastAnswer() const
{
    for (auto it = m_turns.crbegin(); it != m_turns.crend(); ++it)
        if (it->role == QLatin1String("assistant"))
            return it->text;
    return {};
}

void ChatPanel::render()
{
    QString html;
    for (const jobs::ChatTurn &t : m_turns)
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(t.role == QLatin1String("user") ? tr("You") : tr("Model"),
                        t.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    if (m_session->isBusy() && !m_turns.isEmpty() && m_turns.constLast().role == QLatin1String("user"))
        html += QStringLiteral("<p><b>%1</b><br>%2▍</p>")
                    .arg(tr("Model"), m_streaming.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    m_transcript->setHtml(html);
    m_transcript->verticalScrollBar()->setValue(m_transcript->verticalScrollBar()->maximum());
    m_send->setEnabled(isReady());
    m_stop->setEnabled(m_session->isBusy() && m_session->isLoaded());
    m_copy->setEnabled(!lastAnswer().isEmpty());
}

} // namespace shoptuner::ui
