#include "WorkPlanService.h"

#include "AssessmentService.h"
#include "AssistantDeskService.h"
#include "ChronologyService.h"
#include "SettingsService.h"
#include "TestWorkspace.h"

#include <gtest/gtest.h>

using namespace opieka;
using test::kToday;

namespace {

PlanAction action(const QString& what, std::optional<QDate> deadline = std::nullopt)
{
    PlanAction a;
    a.description = what;
    a.responsibleKind = Responsible::FamilyMember;
    a.responsible = QStringLiteral("matka");
    a.deadline = deadline;
    a.expectedEffect = QStringLiteral("poprawa");
    return a;
}

class WorkPlanServiceTest : public ::testing::Test
{
protected:
    void SetUp() override { ws.loadAssistantWithFamily("Wiśniewscy"); }

    // A draft with two goals and three actions.
    qint64 draftWithContent(const QDate& on = QDate(2024, 1, 10))
    {
        auto id = plans.createDraft(1, on, QStringLiteral("matka, asystentka"));
        EXPECT_TRUE(id.ok());
        WorkPlan p = *plans.plan(*id);
        p.goals = {PlanGoal{0,
                            QStringLiteral("Regularna nauka dzieci"),
                            {action(QStringLiteral("Kontakt ze szkołą"), QDate(2024, 5, 20)),
                             action(QStringLiteral("Odrabianie lekcji"), QDate(2024, 6, 5))}},
                   PlanGoal{0,
                            QStringLiteral("Uregulowanie czynszu"),
                            {action(QStringLiteral("Plan spłaty"))}}};
        EXPECT_TRUE(plans.saveDraft(p).ok());
        return *id;
    }

    test::TestWorkspace ws;
    WorkPlanService plans{ws.session(ws.manager())};
};
} // namespace

TEST_F(WorkPlanServiceTest, AgreeingNeedsTheFamilyAndTheSocialWorker)
{
    const qint64 id = draftWithContent();
    EXPECT_FALSE(plans.agree(id, QDate(2024, 1, 20), false, true).ok());
    EXPECT_FALSE(plans.agree(id, QDate(2024, 1, 20), true, false).ok());
    ASSERT_TRUE(plans.agree(id, QDate(2024, 1, 20), true, true).ok());
    const WorkPlan agreed = *plans.plan(id);
    EXPECT_EQ(agreed.status, PlanStatus::Agreed);
    EXPECT_EQ(agreed.agreedOn, QDate(2024, 1, 20));
    EXPECT_TRUE(agreed.familyTookPart && agreed.socialWorkerConsulted);
    EXPECT_EQ(agreed.goals.size(), 2);
    EXPECT_EQ(agreed.actionCount(), 3);
}

TEST_F(WorkPlanServiceTest, AnEmptyPlanCannotBeAgreed)
{
    auto id = plans.createDraft(1, QDate(2024, 1, 10));
    ASSERT_TRUE(id.ok());
    EXPECT_FALSE(plans.agree(*id, QDate(2024, 1, 20), true, true).ok());
}

TEST_F(WorkPlanServiceTest, AnAgreedPlanChangesOnlyByANewVersionAndKeepsTheOldOne)
{
    const qint64 v1 = draftWithContent();
    ASSERT_TRUE(plans.agree(v1, QDate(2024, 1, 20), true, true).ok());
    WorkPlan edited = *plans.plan(v1);
    edited.goals[0].description = QStringLiteral("Zmieniony cel");
    EXPECT_FALSE(plans.saveDraft(edited).ok()) << "an agreed plan is not edited in place";
    EXPECT_FALSE(plans.createDraft(1, QDate(2024, 2, 1)).ok()) << "one plan series per family";

    auto v2 = plans.newVersion(v1, QDate(2024, 3, 1));
    ASSERT_TRUE(v2.ok()) << v2.error().message.toStdString();
    EXPECT_FALSE(plans.newVersion(v1, QDate(2024, 3, 2)).ok()) << "one draft successor at a time";
    WorkPlan draft = *plans.plan(*v2);
    EXPECT_EQ(draft.version, 2);
    EXPECT_EQ(draft.status, PlanStatus::Draft);
    EXPECT_EQ(draft.actionCount(), 3) << "the new version starts as a copy";
    draft.goals[1].actions[0].description = QStringLiteral("Plan spłaty w ratach");
    ASSERT_TRUE(plans.saveDraft(draft).ok());
    ASSERT_TRUE(plans.agree(*v2, QDate(2024, 3, 5), true, true).ok());

    EXPECT_EQ(plans.plan(v1)->goals[1].actions[0].description, QStringLiteral("Plan spłaty"))
        << "version 1 stays readable";
    auto rows = plans.compare(v1, *v2);
    ASSERT_TRUE(rows.ok());
    int changed = 0;
    for (const PlanComparisonRow& r : *rows)
        if (r.change == PlanComparisonRow::Change::Changed) {
            ++changed;
            EXPECT_EQ(r.older, QStringLiteral("Plan spłaty"));
            EXPECT_EQ(r.newer, QStringLiteral("Plan spłaty w ratach"));
        }
    EXPECT_EQ(changed, 1);

    // Progress goes on the current version; the replaced one is frozen.
    const qint64 oldAction = plans.plan(v1)->goals[0].actions[0].id;
    EXPECT_FALSE(plans.updateAction(oldAction, ActionStatus::Done).ok());
    const qint64 newAction = plans.plan(*v2)->goals[0].actions[0].id;
    ASSERT_TRUE(
        plans.updateAction(newAction, ActionStatus::Done, QStringLiteral("Spotkanie odbyte")).ok());
    const PlanAction done = plans.plan(*v2)->goals[0].actions[0];
    EXPECT_EQ(done.status, ActionStatus::Done);
    EXPECT_TRUE(done.progressNotes.contains(QStringLiteral("Spotkanie odbyte")));
    EXPECT_FALSE(plans.updateAction(newAction, ActionStatus::Abandoned).ok())
        << "a reason is required";
}

TEST_F(WorkPlanServiceTest, AClosedPlanNoLongerChanges)
{
    const qint64 id = draftWithContent();
    ASSERT_TRUE(plans.agree(id, QDate(2024, 1, 20), true, true).ok());
    ASSERT_TRUE(plans.close(id, QDate(2024, 5, 1)).ok());
    const qint64 actionId = plans.plan(id)->goals[0].actions[0].id;
    auto progress = plans.updateAction(actionId, ActionStatus::Done);
    ASSERT_FALSE(progress.ok());
    EXPECT_EQ(progress.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(progress.error().message.contains(QStringLiteral("closed")));
    EXPECT_FALSE(plans.newVersion(id, QDate(2024, 5, 2)).ok());
    EXPECT_FALSE(plans.close(id, QDate(2024, 5, 3)).ok());
}

TEST_F(WorkPlanServiceTest, PrintedPlanHoldsTheFamilyTheGoalsAndSignatureLines)
{
    const qint64 id = draftWithContent();
    ASSERT_TRUE(SettingsService(ws.session(ws.manager()))
                    .setCentreName(QStringLiteral("MOPS w Bochni"))
                    .ok());
    auto html = plans.printableHtml(id, isoDates());
    ASSERT_TRUE(html.ok());
    EXPECT_TRUE(html->contains(QStringLiteral("MOPS w Bochni")));
    EXPECT_TRUE(html->contains(QStringLiteral("Wiśniewscy")));
    EXPECT_TRUE(html->contains(QStringLiteral("Regularna nauka dzieci")));
    EXPECT_TRUE(html->contains(QStringLiteral("Uregulowanie czynszu")));
    EXPECT_TRUE(html->contains(QStringLiteral("Social worker (consulted)")));
}

TEST_F(WorkPlanServiceTest, AssessmentsAreDueFromTheFirstAgreedPlanAndShowOnTheStartPage)
{
    const qint64 id = draftWithContent(QDate(2023, 11, 2));
    AssessmentService assessments(ws.session(ws.manager()));
    EXPECT_FALSE(assessments.schedule(1, kToday)->nextDue.has_value()) << "no agreed plan yet";
    ASSERT_TRUE(plans.agree(id, QDate(2023, 11, 30), true, true).ok());
    auto schedule = assessments.schedule(1, kToday);
    ASSERT_TRUE(schedule.ok());
    EXPECT_EQ(schedule->nextDue, QDate(2024, 5, 30));
    EXPECT_TRUE(schedule->overdue);

    auto page = AssistantDeskService(ws.session(ws.manager())).forWorker(2, kToday);
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page->families.size(), 1);
    EXPECT_TRUE(page->families[0].assessmentOverdue);
    EXPECT_EQ(page->families[0].actionsOverdue, 1) << "contact with the school was due 2024-05-20";
    EXPECT_EQ(page->families[0].actionsDueThisWeek, 1) << "homework is due 2024-06-05";
    ASSERT_TRUE(page->capacity.has_value());
    EXPECT_EQ(page->capacity->load.cases, 1);
    EXPECT_EQ(page->capacity->load.limit, 15); // u.w.r.s.p.z. art. 15 ust. 4 since 2015

    FamilyAssessment a;
    a.familyId = 1;
    a.assessedOn = QDate(2024, 5, 31);
    a.workerId = 2;
    a.findings = QStringLiteral("Sytuacja się poprawia.");
    a.sentToSocialWorkerOn = QDate(2024, 5, 31);
    ASSERT_TRUE(assessments.record(a, kToday).ok());
    schedule = assessments.schedule(1, kToday);
    EXPECT_EQ(schedule->nextDue, QDate(2024, 11, 30));
    EXPECT_FALSE(schedule->overdue);

    ASSERT_TRUE(SettingsService(ws.session(ws.manager())).setAssessmentIntervalMonths(3).ok());
    EXPECT_EQ(assessments.schedule(1, kToday)->nextDue, QDate(2024, 8, 31));

    auto chronology =
        ChronologyService(ws.session(ws.manager())).forFamily(1, {ChronologyKind::Plan});
    ASSERT_TRUE(chronology.ok());
    EXPECT_EQ(chronology->size(), 3) << "drafted, agreed, assessed";
}
