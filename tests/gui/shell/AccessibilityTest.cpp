// Every interactive widget of the social worker's screens has an objectName (for tests and
// automation) and an accessible name (for screen readers).
#include "AccessibilityCheck.h"
#include "FamilyRecordWindow.h"
#include "GuiTestDatabase.h"
#include "MainWindow.h"
#include "ModalHelper.h"
#include "RecordTestHelpers.h"

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
class AccessibilityTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db.load(DataSet::Workers, "id,first_name,last_name,role,fte\n"
                                  "1,Cezary,Przykładowy,social_worker,1\n"
                                  "2,Ewa,Próbna,foster_care_coordinator,1\n");
        db.load(DataSet::Families, familiesCsv(2));
        db.load(DataSet::Assignments, assignmentsCsv(1, 1, 2));
        ASSERT_TRUE(window.openDatabase(db.path()));
        window.show();
        record = window.openFamily(1);
        ASSERT_NE(record, nullptr);
    }

    void expectDialogNamed(const char* button, const QString& dialogName)
    {
        bool seen = false;
        whenModal([&](QWidget* modal) {
            seen = true;
            EXPECT_EQ(modal->objectName(), dialogName);
            expectNamed(modal);
            modal->close();
        });
        click(record, button);
        EXPECT_TRUE(seen) << button;
    }

    GuiTestDatabase db;
    ui::MainWindow window;
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

    bool seen = false;
    whenModal([&](QWidget* modal) {
        seen = true;
        expectNamed(modal);
        modal->close();
    });
    child<QAction>(&window, "newFamilyAction")->trigger();
    EXPECT_TRUE(seen);
}

TEST_F(AccessibilityTest, ImportDialogFromTheFileMenu)
{
    bool seen = false;
    whenModal([&](QWidget* modal) {
        seen = true;
        EXPECT_EQ(modal->objectName(), QStringLiteral("importDialog"));
        expectNamed(modal);
        modal->close();
    });
    child<QAction>(&window, "importAction")->trigger();
    EXPECT_TRUE(seen);
}
