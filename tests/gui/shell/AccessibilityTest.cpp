// Every interactive widget of the social worker's screens has an objectName (for tests and
// automation) and an accessible name (for screen readers).
#include "AccessibilityCheck.h"
#include "FamilyRecordWindow.h"
#include "RecordTestHelpers.h"
#include "WindowTest.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTextEdit>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::test;

namespace {
class AccessibilityTest : public WindowTest
{
protected:
    void SetUp() override
    {
        db.loadStaff({staff::cezary, staff::ewa});
        db.loadFamilies(2);
        db.assign(1, 1, 2);
        record = openRecord(1);
        ASSERT_NE(record, nullptr);
    }

    void expectDialogNamed(const char* button, const QString& dialogName)
    {
        test::expectDialogNamed(record, button, dialogName);
    }

    ui::FamilyRecordWindow* record = nullptr;
};
} // namespace

TEST_F(AccessibilityTest, MainWindowAndFamilyRecord)
{
    expectNamed(&window);
    expectNamed(record);
}

TEST_F(AccessibilityTest, Dialogs)
{
    record->showTab(ui::FamilyRecordWindow::Tab::Members);
    expectDialogNamed("addMemberButton", QStringLiteral("memberDialog"));
    record->showTab(ui::FamilyRecordWindow::Tab::Contacts);
    expectDialogNamed("logContactButton", QStringLiteral("contactDialog"));
    record->showTab(ui::FamilyRecordWindow::Tab::Team);
    expectDialogNamed("assignButton", QStringLiteral("assignDialog"));
    expectDialogNamed("addCoordinatorButton", QStringLiteral("addCoordinatorDialog"));
    child<QTableView>(record, "currentTeamTable")->selectRow(0);
    expectDialogNamed("transferButton", QStringLiteral("assignDialog"));

    expectModalNamed([&] { child<QAction>(&window, "newFamilyAction")->trigger(); });
}

TEST_F(AccessibilityTest, ImportDialogFromTheFileMenu)
{
    expectModalNamed([&] { child<QAction>(&window, "importAction")->trigger(); },
                     QStringLiteral("importDialog"));
}
