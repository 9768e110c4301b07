// The family assistant's screens and dialogs: every interactive widget has an objectName and an
// accessible name (the same check as AccessibilityTest, over the work plan's dialogs).
#include "AccessibilityCheck.h"
#include "AssessmentsTab.h"
#include "FamilyRecordWindow.h"
#include "RecordTestHelpers.h"
#include "WindowTest.h"
#include "WorkPlanTab.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextEdit>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::test;

namespace {
class PlanAccessibilityTest : public WindowTest
{
protected:
    void SetUp() override
    {
        db.loadStaff({staff::cezary, staff::anna});
        db.loadFamilies(1);
        db.assign(2, 1, 1);
        ASSERT_NE(
            db.draftPlan(1, QDate::currentDate(), QStringLiteral("Goal"), QStringLiteral("Action")),
            0);
        record = openRecord(1);
        ASSERT_NE(record, nullptr);
        record->showTab(ui::FamilyRecordWindow::Tab::WorkPlan);
    }

    ui::FamilyRecordWindow* record = nullptr;
};
} // namespace

TEST_F(PlanAccessibilityTest, TabsAndDialogs)
{
    expectNamed(&window);
    expectNamed(record);
    ui::WorkPlanTab* tab = record->workPlanTab();
    expectDialogNamed(tab, "addGoalButton", QStringLiteral("planGoalDialog"));
    ASSERT_TRUE(tab->selectItem(1));
    expectDialogNamed(tab, "addActionButton", QStringLiteral("planActionDialog"));
    expectDialogNamed(tab, "agreeButton", QStringLiteral("agreePlanDialog"));

    ASSERT_TRUE(db.agreePlan(tab->versions().first().id, QDate::currentDate()));
    tab->reload();
    ASSERT_TRUE(tab->selectItem(1, 1));
    expectDialogNamed(tab, "progressNoteButton", QStringLiteral("actionProgressDialog"));
    click(tab, "newVersionButton");
    expectDialogNamed(tab, "compareButton", QStringLiteral("planCompareDialog"));

    record->showTab(ui::FamilyRecordWindow::Tab::Assessments);
    expectDialogNamed(record->assessmentsTab(), "recordAssessmentButton",
                      QStringLiteral("assessmentDialog"));

    expectModalNamed([&] { child<QAction>(&window, "centreSettingsAction")->trigger(); },
                     QStringLiteral("centreSettingsDialog"));
}
