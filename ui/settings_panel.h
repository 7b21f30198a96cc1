// Settings for everyone: the language (from the next start), the device and the number of
// compute threads used for training, testing and chat, and the default folder for projects.
#pragma once

#include <QWidget>

class QComboBox;
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

    static AppSettings load();
    void save() const;
};

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

    QComboBox *m_language;
    QComboBox *m_device;
    QSpinBox *m_threads;
    QLineEdit *m_folder;
    QLabel *m_note;
    QPushButton *m_restart;
};

} // namespace shoptuner::ui
