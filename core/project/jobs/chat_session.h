// A conversation with a model (and optionally an adapter) that stays loaded between messages:
// the model lives on its own thread, answers stream piece by piece, and Stop ends an answer
// early. The GUI's chat panel and tests use it; it never blocks the caller.
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

namespace shoptuner::jobs {

struct ChatTurn
{
    QString role; // user, assistant, system
    QString text;
};

struct ChatSettings
{
    double temperature = 0.7;
    double topP = 0.9;
    int maxNewTokens = 256;
    quint64 seed = 0;
};

class ChatWorker;

class ChatSession : public QObject
{
    Q_OBJECT

public:
    explicit ChatSession(QObject *parent = nullptr);
    ~ChatSession() override;

    // Loads (replacing any loaded model); emits loaded or failed.
    void load(const QString &modelDir, const QString &adapterDir = {}, int threads = 0, const QString &device = {});
    // Answers the conversation's last user turn; emits piece for each bit of text, then answered.
    void send(const QList<ChatTurn> &conversation, const ChatSettings &settings);
    void stop();
    bool isBusy() const { return m_busy; }
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void loaded(const QString &description); // "SmolLM2-360M with adapter best, on cpu"
    void failed(const QString &message);
    void piece(const QString &text);
    void answered(const QString &text, double tokensPerSecond, bool stopped);

private:
    QThread m_thread;
    ChatWorker *m_worker;
    std::shared_ptr<std::atomic<bool>> m_stop;
    bool m_busy = false;
    bool m_loaded = false;
};

} // namespace shoptuner::jobs

Q_DECLARE_METATYPE(shoptuner::jobs::ChatTurn)
Q_DECLARE_METATYPE(shoptuner::jobs::ChatSettings)
