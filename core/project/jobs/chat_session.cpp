#include "chat_session.h"
#include "job.h"

#include "engine/model/language_model.h"
#include "engine/tokenizer/chat_template.h"
#include "services/training_plan.h"

#include <QFileInfo>

namespace shoptuner::jobs {

// Runs on the session's thread; owns the model.
class ChatWorker : public QObject
{
    Q_OBJECT

public:
    explicit ChatWorker(std::shared_ptr<std::atomic<bool>> stop)
        : m_stop(std::move(stop))
    { }

    void load(const QString &modelDir, const QString &adapterDir, int threads, const QString &device)
    {
        try {
            engine::LoadOptions options;
            options.adapter = adapterDir.toStdString();
            options.threads = services::computeThreads(threads);
            if (!device.isEmpty())
                options.device = device.toStdString();
            m_model = engine::LanguageModel::load(modelDir.toStdString(), options);
            const engine::ModelInfo info = m_model->info();
            QString text = QFileInfo(modelDir).fileName();
            if (!adapterDir.isEmpty())
                text += QStringLiteral(" + ") + QFileInfo(adapterDir).fileName();
            Q_EMIT loaded(QStringLiteral("%1, on %2").arg(text, QString::fromStdString(info.device)));
        } catch (const std::exception &e) {
            m_model.reset();
            Q_EMIT failed(QString::fromUtf8(e.what()));
        }
    }

    void answer(const QList<ChatTurn> &conversation, const ChatSettings &settings)
    {
        if (!m_model) {
            Q_EMIT failed(QStringLiteral("no model is loaded"));
            return;
        }
        try {
            std::vector<engine::ChatMessage> messages;
            for (const ChatTurn &t : conversation)
                messages.push_back({t.role.toStdString(), t.text.toStdString()});
            const auto ids = m_model->chatTemplate().render(m_model->tokenizer(), messages, true);
            engine::GenerationParams params;
            params.maxNewTokens = settings.maxNewTokens;
            params.sampling.temperature = float(settings.temperature);
            params.sampling.topP = float(settings.topP);
            params.sampling.seed = settings.seed;
            const engine::GenerationResult r = m_model->generate(
                ids, params, [this](const std::string &piece) { Q_EMIT this->piece(QString::fromStdString(piece)); },
                m_stop.get());
            const double seconds = r.stats.prefillSeconds + r.stats.decodeSeconds;
            Q_EMIT answered(QString::fromStdString(r.text), seconds > 0 ? double(r.stats.generatedTokens) / seconds : 0,
                r.reason == engine::StopReason::Cancelled);
        } catch (const std::exception &e) {
            Q_EMIT failed(QString::fromUtf8(e.what()));
        }
    }

Q_SIGNALS:
    void loaded(const QString &description);
    void failed(const QString &message);
    void piece(const QString &text);
    void answered(const QString &text, double tokensPerSecond, bool stopped);

private:
    std::shared_ptr<std::atomic<bool>> m_stop;
    std::unique_ptr<engine::LanguageModel> m_model;
};

ChatSession::ChatSession(QObject *parent)
    : QObject(parent)
    , m_stop(std::make_shared<std::atomic<bool>>(false))
{
    qRegisterMetaType<QList<ChatTurn>>();
    qRegisterMetaType<ChatSettings>();
    m_worker = new ChatWorker(m_stop);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ChatWorker::loaded, this, [this](const QString &d) {
        m_busy = false;
        m_loaded = true;
        Q_EMIT loaded(d);
    });
    connect(m_worker, &ChatWorker::failed, this, [this](const QString &m) {
        m_busy = false;
        Q_EMIT failed(m);
    });
    connect(m_worker, &ChatWorker::piece, this, &ChatSession::piece);
    connect(m_worker, &ChatWorker::answered, this, [this](const QString &t, double tps, bool stopped) {
        m_busy = false;
        Q_EMIT answered(t, tps, stopped);
    });
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [] { lowerThisThreadsPriority(); }); // the chat computes like a job
}

ChatSession::~ChatSession()
{
    m_stop->store(true);
    m_thread.quit();
    m_thread.wait();
}

void ChatSession::load(const QString &modelDir, const QString &adapterDir, int threads, const QString &device)
{
    m_busy = true;
    m_loaded = false;
    QMetaObject::invokeMethod(m_worker,
        [w = m_worker, modelDir, adapterDir, threads, device] { w->load(modelDir, adapterDir, threads, device); });
}

void ChatSession::send(const QList<ChatTurn> &conversation, const ChatSettings &settings)
{
    m_busy = true;
    m_stop->store(false);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, conversation, settings] { w->answer(conversation, settings); });
}

void ChatSession::stop()
{
    m_stop->store(true);
}

} // namespace shoptuner::jobs

#include "chat_session.moc"
