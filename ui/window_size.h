// Windows that fit the screen they open on: a 1366×768 laptop (or a larger screen at 125% or 150%
// scaling) has about 1366×728 for a window once the taskbar is there, less its frame. A window
// opens at its preferred size where that fits, smaller where not, centred, never partly off-screen.
#pragma once

#include <QSize>

class QWidget;

namespace shoptuner::ui {

// Resizes and centres `window` on its screen's free area (or the primary screen).
void fitToScreen(QWidget *window, QSize preferred);
// Moves a window whose restored geometry lies partly off every screen (a screen since removed
// or made smaller) back into view, shrinking it where needed.
void keepOnScreen(QWidget *window);
// A page in a frameless scroll area: on a small screen (a laptop at 150%) it scrolls instead of
// squeezing its tables and charts below the size they can be read at; elsewhere it fills the area.
QWidget *scrollable(QWidget *page, QWidget *parent); // the scroll area
// The least height at which a table shows `rows` rows under its header.
int tableHeightFor(int rows, const QWidget *table);

} // namespace shoptuner::ui
