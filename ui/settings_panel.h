// Settings for everyone: the language (from the next start), the device and the number of
// compute threads used for training, testing and chat, and the default folder for projects.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
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

private:
    void save();

    QComboBox *m_language;
    QComboBox *m_device;
    QSpinBox *m_threads;
    QLineEdit *m_folder;
    QLabel *m_note;
};

} // namespace shoptuner::ui
