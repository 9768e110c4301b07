// A family's work plan and the help plans of its children in foster care are visible from each
// other: the family record's Work plan tab lists the placed child's help plan, and the help plan
// dialog opened from the Foster care tab shows the family's agreed work plan.
#include "ChildCareService.h"
#include "FamilyRecordWindow.h"
#include "FosterCareTab.h"
#include "FosterRegisterService.h"
#include "MemberService.h"
#include "ModalHelper.h"
#include "PlacementService.h"
#include "RecordTestHelpers.h"
#include "WindowTest.h"
#include "WorkPlanTab.h"

#include <QGroupBox>
#include <QLabel>
#include <QTabWidget>
#include <QTreeWidget>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::test;

namespace {
constexpr qint64 kFamily = 1;
const QString kFamilyGoal = QStringLiteral("Mama utrzymuje abstynencję i stałą pracę");
const QString kChildGoal = QStringLiteral("Ala wraca do domu rodzinnego");

// Every text of the tree, all columns, depth first.
QStringList treeTexts(const QTreeWidget* tree)
{
    QStringList texts;
    std::function<void(const QTreeWidgetItem*)> walk = [&](const QTreeWidgetItem* item) {
        for (int column = 0; column < tree->columnCount(); ++column)
            texts << item->text(column);
        for (int i = 0; i < item->childCount(); ++i)
            walk(item->child(i));
    };
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        walk(tree->topLevelItem(i));
    return texts;
}

bool containsText(const QStringList& texts, const QString& part)
{
    for (const QString& text : texts)
        if (text.contains(part))
            return true;
    return false;
}

class PlansVisibilityTest : public WindowTest
{
protected:
    void SetUp() override
    {
        db.loadStaff({staff::cezary, staff::ewa});
        db.loadFamilies(1);
        Database& database = db.workspace().database();
        const QDate today = QDate::currentDate();

        Member child;
        child.familyId = kFamily;
        child.firstName = QStringLiteral("Ala");
        child.lastName = QStringLiteral("Family-1");
        child.relation = Relation::Child;
        child.pesel = Pesel::compose(today.addYears(-8), 11, Sex::Female);
        auto childId = MemberService(Session(database, db.manager())).add(child);
        ASSERT_TRUE(childId.ok()) << childId.error().message.toStdString();
        childMember = *childId;

        // The family's agreed work plan with one goal and action.
        const qint64 planId =
            db.draftPlan(kFamily, today, kFamilyGoal, QStringLiteral("Terapia uzależnień"));
        ASSERT_NE(planId, 0);
        ASSERT_TRUE(db.agreePlan(planId, today));

        // The child placed in a foster family, with a help plan item.
        FosterRegisterService fosterRegister(Session(database, db.manager()));
        PlacementService placementService(Session(database, db.manager()));
        ChildCareService childCare(Session(database, db.manager()));
        FosterFamily family;
        family.name = QStringLiteral("Rodzina Zastępcza Nowak");
        family.kind = FosterFamilyKind::NonProfessional;
        family.municipality = QStringLiteral("Testowo");
        family.openedOn = today.addYears(-2);
        family.healthCertificateOn = today.addMonths(-1);
        family.psychologistOpinionOn = today.addMonths(-1);
        auto fosterId = fosterRegister.registerFamily(family);
        ASSERT_TRUE(fosterId.ok()) << fosterId.error().message.toStdString();
        Placement placement;
        placement.childMemberId = childMember;
        placement.fosterFamilyId = *fosterId;
        placement.from = today.addMonths(-2);
        placement.courtOrder = QStringLiteral("III Nsm 9/24");
        placement.courtOrderDate = placement.from;
        auto placed = placementService.place(placement);
        ASSERT_TRUE(placed.ok()) << placed.error().message.toStdString();
        HelpPlanItem item;
        item.childMemberId = childMember;
        item.goal = kChildGoal;
        item.task = QStringLiteral("Spotkania z mamą co tydzień");
        item.responsible = QStringLiteral("Asystent rodziny");
        item.deadline = today.addMonths(3);
        ASSERT_TRUE(childCare.saveHelpPlan(childMember, {item}).ok());

        ASSERT_TRUE(openWindow());
    }

    qint64 childMember = 0;
};
} // namespace

TEST_F(PlansVisibilityTest, WorkPlanTabShowsThePlacedChildsHelpPlan)
{
    ui::FamilyRecordWindow* record = window.openFamily(kFamily);
    ASSERT_NE(record, nullptr);
    record->showTab(ui::FamilyRecordWindow::Tab::WorkPlan);
    ui::WorkPlanTab* tab = record->workPlanTab();
    ASSERT_NE(tab, nullptr);

    auto* group = child<QGroupBox>(tab, "childrenPlansGroup");
    ASSERT_NE(group, nullptr);
    EXPECT_TRUE(group->isVisible());
    auto* tree = child<QTreeWidget>(tab, "childrenPlansTree");
    ASSERT_NE(tree, nullptr);
    const QStringList texts = treeTexts(tree);
    EXPECT_TRUE(containsText(texts, kChildGoal)) << texts.join(u'|').toStdString();
    EXPECT_TRUE(containsText(texts, QStringLiteral("Ala Family-1")))
        << texts.join(u'|').toStdString();
}

TEST_F(PlansVisibilityTest, WorkPlanTabSaysWhenAPlacedChildHasNoHelpPlan)
{
    ASSERT_TRUE(ChildCareService(db.session(db.manager())).saveHelpPlan(childMember, {}).ok());
    ui::FamilyRecordWindow* record = window.openFamily(kFamily);
    ASSERT_NE(record, nullptr);
    record->showTab(ui::FamilyRecordWindow::Tab::WorkPlan);
    auto* tree = child<QTreeWidget>(record->workPlanTab(), "childrenPlansTree");
    ASSERT_NE(tree, nullptr);
    EXPECT_TRUE(containsText(treeTexts(tree), QStringLiteral("No help plan recorded yet")));
}

TEST_F(PlansVisibilityTest, HelpPlanDialogShowsTheFamilysWorkPlan)
{
    ui::FosterCareTab* tab = window.fosterCareTab();
    ASSERT_NE(tab, nullptr);
    window.tabs()->setCurrentWidget(tab);
    ASSERT_TRUE(tab->selectChild(childMember));
    bool seen = false;
    whenDialog(QStringLiteral("helpPlanDialog"), seen, [&](QWidget* modal) {
        auto* tree = child<QTreeWidget>(modal, "familyPlanTree");
        ASSERT_NE(tree, nullptr);
        EXPECT_TRUE(tree->isVisible());
        const QStringList texts = treeTexts(tree);
        EXPECT_TRUE(containsText(texts, kFamilyGoal)) << texts.join(u'|').toStdString();
        EXPECT_TRUE(containsText(texts, QStringLiteral("Terapia uzależnień")));
        auto* state = child<QLabel>(modal, "familyPlanStateLabel");
        ASSERT_NE(state, nullptr);
        EXPECT_TRUE(state->text().contains(QStringLiteral("version 1")))
            << state->text().toStdString();
        click(modal, "cancelButton");
    });
    click(tab, "helpPlanButton");
    EXPECT_TRUE(seen);
}
