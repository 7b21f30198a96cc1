#include "wheel_guard.h"

#include <QEvent>
#include <QWidget>

namespace shoptuner::ui {
namespace {

class WheelGuard : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Wheel) {
            auto *widget = static_cast<QWidget *>(watched);
            if (!widget->hasFocus()) {
                event->ignore(); // on to the parent: the scroll area scrolls
                return true;
            }
        }
        return false;
    }
};

} // namespace

void ignoreWheelUnlessFocused(QWidget *widget)
{
    static WheelGuard *guard = new WheelGuard(); // one for the application, never deleted before it ends
    widget->setFocusPolicy(Qt::StrongFocus); // a wheel turn alone no longer gives it the focus
    widget->installEventFilter(guard);
}

} // namespace shoptuner::ui
