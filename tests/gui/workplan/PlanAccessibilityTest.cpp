// The family assistant's screens and dialogs: every interactive widget has an objectName and an
// accessible name (the same check as AccessibilityTest, over the work plan's dialogs).
#include "AccessibilityCheck.h"
#include "AssessmentsTab.h"
#include "FamilyRecordWindow.h"
#include "GuiTestDatabase.h"
#include "MainWindow.h"
#include "ModalHelper.h"
#include "RecordTestHelpers.h"
#include "WorkPlanService.h"
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
class PlanAccessibilityTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db.load(DataSet::Workers, "id,first_name,last_name,role,fte\n"
                                  "1,Cezary,Przykładowy,social_worker,1\n"
                                  "2,Anna,Testowa,family_assistant,1\n");
        db.load(DataSet::Families, familiesCsv(1));
        db.load(DataSet::Assignments, assignmentsCsv(2, 1, 1));
        WorkPlanService plans(db.workspace().database());
        auto id = plans.createDraft(db.manager(), 1, QDate::currentDate());
        ASSERT_TRUE(id.ok());
        auto draft = plans.plan(db.manager(), *id);
        ASSERT_TRUE(draft.ok());
        PlanGoal goal{0, QStringLiteral("Goal"), {}};
        PlanAction action;
        action.description = QStringLiteral("Action");
        goal.actions << action;
        draft->goals << goal;
        ASSERT_TRUE(plans.saveDraft(db.manager(), *draft).ok());
        ASSERT_TRUE(window.openDatabase(db.path()));
        window.show();
        record = window.openFamily(1);
        ASSERT_NE(record, nullptr);
        record->showTab(ui::FamilyRecordWindow::Tab::WorkPlan);
    }

    void expectDialogNamed(const QObject* parent, const char* button, const QString& dialogName)
    {
        bool seen = false;
        whenModal([&](QWidget* modal) {
            seen = true;
            EXPECT_EQ(modal->objectName(), dialogName);
            expectNamed(modal);
            modal->close();
        });
        click(parent, button);
        EXPECT_TRUE(seen) << button;
    }

    GuiTestDatabase db;
    ui::MainWindow window;
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

    WorkPlanService plans(db.workspace().database());
    ASSERT_TRUE(
        plans.agree(db.manager(), tab->versions().first().id, QDate::currentDate(), true, true)
            .ok());
    tab->reload();
    ASSERT_TRUE(tab->selectItem(1, 1));
    expectDialogNamed(tab, "progressNoteButton", QStringLiteral("actionProgressDialog"));
    click(tab, "newVersionButton");
    expectDialogNamed(tab, "compareButton", QStringLiteral("planCompareDialog"));

    record->showTab(ui::FamilyRecordWindow::Tab::Assessments);
    expectDialogNamed(record->assessmentsTab(), "recordAssessmentButton",
                      QStringLiteral("assessmentDialog"));

    bool seen = false;
    whenModal([&](QWidget* modal) {
        seen = true;
        EXPECT_EQ(modal->objectName(), QStringLiteral("centreSettingsDialog"));
        expectNamed(modal);
        modal->close();
    });
    child<QAction>(&window, "centreSettingsAction")->trigger();
    EXPECT_TRUE(seen);
}
