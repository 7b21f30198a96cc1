#include "window_size.h"

#include <QScrollArea>

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

QWidget *scrollable(QWidget *page, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setObjectName(
        page->objectName().isEmpty() ? QStringLiteral("pageScroll") : page->objectName() + QStringLiteral("Scroll"));
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setWidget(page);
    return area;
}

int tableHeightFor(int rows, const QWidget *table)
{
    const int row = table->fontMetrics().height() + 8;
    return row * (rows + 1) + 4; // the header is about one row
}

} // namespace shoptuner::ui
