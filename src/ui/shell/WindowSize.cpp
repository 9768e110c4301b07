#include "WindowSize.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace opieka::ui {

namespace {
// The frame a window manager draws around a window: borders and the title bar.
constexpr int kFrameWidth = 16;
constexpr int kFrameHeight = 48;
} // namespace

QSize fittedToScreen(const QWidget* window, QSize designed)
{
    const QScreen* screen = window->screen();
    if (screen == nullptr)
        screen = QGuiApplication::primaryScreen();
    if (screen == nullptr)
        return designed;
    const QSize room = screen->availableGeometry().size() - QSize(kFrameWidth, kFrameHeight);
    return designed.boundedTo(room).expandedTo(window->minimumSize());
}

void resizeToFitScreen(QWidget* window, QSize designed)
{
    window->resize(fittedToScreen(window, designed));
}

} // namespace opieka::ui
