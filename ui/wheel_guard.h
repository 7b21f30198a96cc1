// Scrolling a page with the mouse wheel must not change a value the pointer happens to pass
// over (a column mapping switching from "Price" to "Status"): combo boxes and spin boxes marked
// here take wheel turns only once they have the keyboard focus (clicked or tabbed into); until
// then the page scrolls.
#pragma once

class QWidget;

namespace shoptuner::ui {

void ignoreWheelUnlessFocused(QWidget *widget);

} // namespace shoptuner::ui
