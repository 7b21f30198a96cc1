// Settings for everyone: the language (from the next start), the device and the number of
// compute threads used for training, testing and chat, the default folder for projects, and
// where models are downloaded from (a Hugging Face mirror) with the access token for gated ones.
#pragma once

#include "hub/hub_client.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QLineEdit;
class QSpinBox;

namespace shoptuner::ui {

// What the settings say, read where work starts.
struct AppSettings
{
    QString language; // "" = the system's
    QString device = QStringLiteral("auto"); // auto, cpu, cuda
    int threads = 0; // 0 = all cores but one
    QString projectsFolder;
    QString hubMirror; // a Hugging Face mirror's address; empty: HF_ENDPOINT, else huggingface.co

    static AppSettings load();
    void save() const;
};

// Folders the file dialogs open in, never the program's own folder (a dialog given a folder that
// does not exist opens in the working directory): the user's Documents, made when missing, and
// Downloads, where shop exports usually land; the home folder when neither can be had.
QString documentsFolder();
QString downloadsFolder();

// Where downloads go and with which token: the environment as huggingface_hub reads it (HF_ENDPOINT
// wins), the mirror set here otherwise.
hub::HubSettings appHubSettings();

class SettingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPanel(QWidget *parent = nullptr);
    QComboBox *languageBox() const { return m_language; }
    QPushButton *restartButton() const { return m_restart; }

Q_SIGNALS:
    // The user asked to restart now, to see the new language (the window closes as usual first).
    void restartRequested();

private:
    void save();
    void buildHubRows(QFormLayout *form);
    void showToken(); // whether a token is kept, and where

    QComboBox *m_language;
    QComboBox *m_device;
    QSpinBox *m_threads;
    QLineEdit *m_folder;
    QLineEdit *m_mirror;
    QLabel *m_token;
    QPushButton *m_removeToken;
    QLabel *m_note;
    QPushButton *m_restart;
};

} // namespace shoptuner::ui
