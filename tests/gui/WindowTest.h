#pragma once

#include "GuiTestDatabase.h"
#include "MainWindow.h"

#include <QAbstractItemModelTester>
#include <gtest/gtest.h>
#include <memory>
#include <vector>

namespace opieka::ui {
class FamilyRecordWindow;
}

namespace opieka::test {

// A widget test's database and the main window over it (the window goes first). The fixture
// fills the database, then opens the window on it.
class WindowTest : public ::testing::Test
{
protected:
    // Opens the test's database in the window and shows it; false when the window refused it.
    [[nodiscard]] bool openWindow();
    // openWindow, then the family's record from it; null when either did not open.
    ui::FamilyRecordWindow* openRecord(qint64 familyId);
    // A QAbstractItemModelTester checks the model (warnings) until the test ends.
    void watch(QAbstractItemModel* model);

    GuiTestDatabase db;
    ui::MainWindow window;

private:
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

} // namespace opieka::test
