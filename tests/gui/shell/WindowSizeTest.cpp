// Issue 17: the main window opened 1100 pixels wide, wider than the 1024×768 screens many centres
// have, and its right edge (the Status column of every list) was off the screen. Every window
// with a size of its own opens within the free part of its screen.
#include "WindowSize.h"

#include "MainWindow.h"

#include <QScreen>
#include <QWidget>
#include <gtest/gtest.h>

using namespace opieka::ui;

namespace {
QSize room(const QWidget& window)
{
    return window.screen()->availableGeometry().size();
}
} // namespace

TEST(WindowSizeTest, MainWindowOpensWithinTheScreen)
{
    MainWindow window;
    const QSize free = room(window);
    EXPECT_LE(window.width(), free.width()) << "screen " << free.width() << "x" << free.height();
    EXPECT_LE(window.height(), free.height());
}

TEST(WindowSizeTest, AWindowSmallerThanTheScreenKeepsItsDesignedSize)
{
    QWidget window;
    const QSize small(300, 200);
    ASSERT_LT(small.width(), room(window).width());
    EXPECT_EQ(fittedToScreen(&window, small), small);
}

TEST(WindowSizeTest, AWindowLargerThanTheScreenLeavesRoomForTheFrame)
{
    QWidget window;
    const QSize free = room(window);
    const QSize fitted = fittedToScreen(&window, free + QSize(500, 500));
    EXPECT_LT(fitted.width(), free.width());
    EXPECT_LT(fitted.height(), free.height());
}
