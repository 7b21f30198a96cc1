#include "main_window.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QVBoxLayout>

namespace shoptuner::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("ShopTuner"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *title = new QLabel(tr("<h1>ShopTuner</h1>"), central);
    auto *text = new QLabel(tr("Teach a small language model your shop: your products, reviews and questions, "
                               "trained on this computer. Your data never leaves it."),
        central);
    text->setWordWrap(true);
    title->setAlignment(Qt::AlignCenter);
    text->setAlignment(Qt::AlignCenter);
    layout->addStretch();
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addStretch();
    setCentralWidget(central);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ShopTuner"), this, &MainWindow::showAbout);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(900, 640);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ShopTuner"),
        tr("<b>ShopTuner %1</b><br>Fine-tune a small language model on your own shop's data, "
           "on your own computer.")
            .arg(QApplication::applicationVersion()));
}

} // namespace shoptuner::ui
