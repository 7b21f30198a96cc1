#include "window_size.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace shoptuner::ui {
namespace {

// The window frame's size is not known before the first show: allow for a usual title bar and
// border.
constexpr QSize kFrame(16, 40);

QRect freeArea(QWidget *window)
{
    QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect(0, 0, 1366, 728);
}

} // namespace

void fitToScreen(QWidget *window, QSize preferred)
{
    const QRect area = freeArea(window);
    const QSize room = area.size() - kFrame;
    const QSize size = preferred.boundedTo(room).expandedTo(window->minimumSize());
    window->resize(size);
    window->move(area.left() + std::max(0, (area.width() - size.width() - kFrame.width()) / 2),
        area.top() + std::max(0, (area.height() - size.height() - kFrame.height()) / 2));
}

void keepOnScreen(QWidget *window)
{
    const QRect area = freeArea(window);
    const QRect frame = window->frameGeometry();
    if (area.contains(frame))
        return;
    fitToScreen(window, window->size());
}

} // namespace shoptuner::ui
