// Rules a person met in the real window (issue 17): dates of what has happened cannot lie after
// today, the assessment interval is at most six months, a PESEL error never gives the right digit,
// and a member without a PESEL needs the sex chosen.
#include "Clock.h"
#include "FamilyService.h"
#include "MemberService.h"
#include "PastDates.h"
#include "PlacementService.h"
#include "SettingsService.h"
#include "TestWorkspace.h"
#include "WorkPlanService.h"

#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace opieka;

namespace {
// A day that has not come yet, whatever day the tests run.
QDate nineDaysAhead()
{
    return QDate::currentDate().addDays(9);
}

class RecordRulesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ws.loadAssistantWithFamily("Testowi");
        ws.load(DataSet::FosterFamilies, "id,name,kind,municipality,opened_on,closed_on\n"
                                         "1,Zastępczy,non_professional,Bochnia,2019-01-01,\n");
    }

    Member child(const QString& first, Sex sex, int serial)
    {
        Member m;
        m.familyId = 1;
        m.firstName = first;
        m.lastName = QStringLiteral("Testowa");
        m.pesel = Pesel::compose(QDate(2015, 4, 1), serial, sex);
        m.relation = Relation::Child;
        return m;
    }

    // A draft with one goal and one action, ready to agree.
    qint64 draft()
    {
        auto id = plans.createDraft(1, QDate(2024, 1, 10));
        EXPECT_TRUE(id.ok());
        WorkPlan p = *plans.plan(*id);
        PlanAction a;
        a.description = QStringLiteral("Kontakt ze szkołą");
        a.responsibleKind = Responsible::FamilyMember;
        a.responsible = QStringLiteral("matka");
        a.deadline = nineDaysAhead().addMonths(1); // a deadline plans: it may lie ahead
        a.expectedEffect = QStringLiteral("poprawa");
        p.goals = {PlanGoal{0, QStringLiteral("Regularna nauka"), {a}}};
        EXPECT_TRUE(plans.saveDraft(p).ok());
        return *id;
    }

    test::TestWorkspace ws;
    FamilyService families{ws.session(ws.manager())};
    MemberService members{ws.session(ws.manager())};
    WorkPlanService plans{ws.session(ws.manager())};
};
} // namespace

TEST_F(RecordRulesTest, APlanIsNotAgreedOnADayThatHasNotComeYet)
{
    const qint64 id = draft();
    auto agreed = plans.agree(id, nineDaysAhead(), true, true);
    ASSERT_FALSE(agreed.ok()) << "a plan agreed nine days ahead was accepted";
    EXPECT_EQ(agreed.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(agreed.error().message.contains(QStringLiteral("has not come yet")))
        << agreed.error().message.toStdString();
    EXPECT_EQ(plans.plan(id)->status, PlanStatus::Draft);
    EXPECT_TRUE(plans.agree(id, QDate::currentDate(), true, true).ok())
        << "today is a day that has come";
}

TEST_F(RecordRulesTest, ACaseIsNotOpenedOrClosedNextMonth)
{
    Family f;
    f.name = QStringLiteral("Przyszłowscy");
    f.municipality = QStringLiteral("Bochnia");
    f.openedOn = QDate::currentDate().addMonths(1);
    auto opened = families.create(f);
    ASSERT_FALSE(opened.ok()) << "a case opened next month was accepted";
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("has not come yet")))
        << opened.error().message.toStdString();

    auto closed = families.close(1, nineDaysAhead(), QStringLiteral("Cel osiągnięty"));
    ASSERT_FALSE(closed.ok()) << "a case closed nine days ahead was accepted";
    EXPECT_FALSE(families.family(1)->closedOn.has_value());
}

TEST_F(RecordRulesTest, APlacementStartsOnlyOnADayThatHasCome)
{
    auto childId = members.add(child(QStringLiteral("Ala"), Sex::Female, 1));
    ASSERT_TRUE(childId.ok()) << childId.error().message.toStdString();
    Placement p;
    p.childMemberId = *childId;
    p.fosterFamilyId = 1;
    p.from = nineDaysAhead();
    p.basis = PlacementBasis::CourtOrder;
    p.courtOrder = QStringLiteral("III Nsm 1/26");
    p.courtOrderDate = QDate::currentDate().addDays(-2);
    PlacementService placementService(ws.session(ws.manager()));
    auto placed = placementService.place(p);
    ASSERT_FALSE(placed.ok()) << "a placement starting nine days ahead was accepted";
    EXPECT_TRUE(placementService.placementsOfChild(*childId)->isEmpty());
}

TEST_F(RecordRulesTest, TheAssessmentIntervalIsAtMostSixMonthsAsTheLawSays)
{
    SettingsService settings(ws.session(ws.manager()));
    ASSERT_TRUE(settings.setAssessmentIntervalMonths(6).ok());
    const Status longer = settings.setAssessmentIntervalMonths(7);
    ASSERT_FALSE(longer.ok()) << "an interval of 7 months was accepted";
    EXPECT_EQ(longer.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(longer.error().message.contains(QStringLiteral("art. 15")))
        << longer.error().message.toStdString();
    EXPECT_EQ(*settings.assessmentIntervalMonths(), 6);
    EXPECT_TRUE(settings.setAssessmentIntervalMonths(3).ok()) << "more often is fine";
}

TEST_F(RecordRulesTest, APeselErrorNeverGivesTheRightCheckDigit)
{
    const QString good = Pesel::compose(QDate(2015, 4, 1), 7, Sex::Female);
    const int right = good.right(1).toInt();
    const QString typo = good.left(10) + QString::number((right + 3) % 10);
    Member m = child(QStringLiteral("Ala"), Sex::Female, 7);
    m.pesel = typo;
    auto added = members.add(m);
    ASSERT_FALSE(added.ok());
    QString message = added.error().message;
    EXPECT_TRUE(message.contains(QStringLiteral("not valid"))) << message.toStdString();
    message.remove(typo);
    EXPECT_FALSE(message.contains(QRegularExpression(QStringLiteral("\\d"))))
        << "the message tells a digit: " << message.toStdString();
}

TEST_F(RecordRulesTest, WithoutAPeselTheSexMustBeChosen)
{
    Member zofia;
    zofia.familyId = 1;
    zofia.firstName = QStringLiteral("Zofia");
    zofia.lastName = QStringLiteral("Testowa");
    zofia.relation = Relation::Child;
    auto unset = members.add(zofia);
    ASSERT_FALSE(unset.ok()) << "a member without PESEL and without a chosen sex was stored";
    EXPECT_TRUE(unset.error().message.contains(QStringLiteral("sex")))
        << unset.error().message.toStdString();
    EXPECT_TRUE(members.members(1)->isEmpty());
    zofia.sex = Sex::Female;
    EXPECT_TRUE(members.add(zofia).ok());
}

TEST_F(RecordRulesTest, TheServicesTakeTodayFromTheClockATestCanSet)
{
    const qint64 id = draft();
    const ScopedToday today(QDate(2024, 6, 1));
    auto ahead = plans.agree(id, QDate(2024, 6, 10), true, true);
    ASSERT_FALSE(ahead.ok()) << "agreed nine days after the clock's today";
    EXPECT_TRUE(ahead.error().message.contains(localDate(QDate(2024, 6, 10))))
        << ahead.error().message.toStdString();
    EXPECT_TRUE(plans.agree(id, QDate(2024, 6, 1), true, true).ok());
}

TEST_F(RecordRulesTest, PlannedDatesMayLieAhead)
{
    // The draft's action has a deadline a month ahead: saved without a word.
    const qint64 id = draft();
    ASSERT_TRUE(plans.agree(id, QDate::currentDate(), true, true).ok());
    EXPECT_GT(plans.plan(id)->goals.first().actions.first().deadline, QDate::currentDate());
}
