// Talking to the model: the base model or a trained run, answers streaming as they come, Stop,
// several turns, example prompts made from the shop's own products and reviews, copy, a small
// settings menu (temperature, answer length), and "side by side": the same message answered by
// two models (say the trained run and the base model) in two columns, one after the other so
// that each gets every core.
#pragma once

#include "jobs/chat_session.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;
class QToolButton;

namespace shoptuner::ui {

class ProjectContext;

class ChatPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChatPanel(ProjectContext *project, QWidget *parent = nullptr);

    void send(const QString &text);
    void stop();
    bool isAnswering() const; // either column
    bool isReady() const; // every shown column loaded and idle
    QComboBox *modelChoice(int column = 0) const { return m_columns[column].model; }
    QTextBrowser *transcript(int column = 0) const { return m_columns[column].transcript; }
    QString lastAnswer(int column = 0) const;
    void setSideBySide(bool on);
    bool sideBySide() const;

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Column
    {
        QWidget *box = nullptr;
        QComboBox *model = nullptr;
        QToolButton *copy = nullptr;
        QLabel *status = nullptr;
        QTextBrowser *transcript = nullptr;
        jobs::ChatSession *session = nullptr;
        QList<jobs::ChatTurn> turns;
        QString streaming; // the answer arriving now
        QString loadedKey;
        bool waiting = false; // has a message to answer once the other column is done
    };

    void buildAnswerColumns(); // both columns, named; the second hidden until side by side
    void buildControls();
    QToolButton *buildSettingsMenu(); // the small settings menu: temperature, answer length
    void buildLayout();
    void connectSignals();
    void buildColumn(int index);
    void reloadChoices();
    void loadChosen(int column);
    void render(int column);
    void updateButtons();
    void fillExamples();
    void answerNext(); // starts the next waiting column, if any
    jobs::ChatSettings chatSettings() const;

    ProjectContext *m_project;
    Column m_columns[2];
    QComboBox *m_examples;
    QPlainTextEdit *m_input;
    QPushButton *m_send, *m_stop, *m_clear;
    QCheckBox *m_sideBySide;
    QDoubleSpinBox *m_temperature;
    QSpinBox *m_maxTokens;
};

} // namespace shoptuner::ui
