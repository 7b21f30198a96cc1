// The main window: the frame every page of the app lives in.
#pragma once

#include <QMainWindow>

namespace shoptuner::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showAbout();
};

} // namespace shoptuner::ui
