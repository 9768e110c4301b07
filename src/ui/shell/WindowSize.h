#pragma once

#include <QSize>

class QWidget;

namespace opieka::ui {

// The size a window opens at: the size it was laid out for, but never more than the free part
// of the screen it opens on (many centres have 1024×768 screens), less room for the window
// manager's frame and title bar, so that no edge and no column is off the screen.
QSize fittedToScreen(const QWidget* window, QSize designed);
void resizeToFitScreen(QWidget* window, QSize designed);

} // namespace opieka::ui
