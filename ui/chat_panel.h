// Talking to the model: the base model or a trained run, answers streaming as they come, Stop,
// several turns, example prompts made from the shop's own products and reviews, copy, and a
// small settings menu (temperature, answer length).
#pragma once

#include "jobs/chat_session.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace shoptuner::ui {

class ProjectContext;

class ChatPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChatPanel(ProjectContext *project, QWidget *parent = nullptr);

    void send(const QString &text);
    void stop();
    bool isAnswering() const { return m_session->isBusy(); }
    bool isReady() const { return m_session->isLoaded() && !m_session->isBusy(); }
    QComboBox *modelChoice() const { return m_model; }
    QTextBrowser *transcript() const { return m_transcript; }
    QString lastAnswer() const;

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reloadChoices();
    void loadChosen();
    void render();
    void fillExamples();

    ProjectContext *m_project;
    jobs::ChatSession *m_session;
    QComboBox *m_model;
    QComboBox *m_examples;
    QLabel *m_status;
    QTextBrowser *m_transcript;
    QPlainTextEdit *m_input;
    QPushButton *m_send, *m_stop, *m_copy, *m_clear;
    QDoubleSpinBox *m_temperature;
    QSpinBox *m_maxTokens;
    QList<jobs::ChatTurn> m_turns;
    QString m_streaming; // the answer arriving now
    QString m_loadedKey;
};

} // namespace shoptuner::ui
