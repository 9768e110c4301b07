// Issue 19: the statute's caseload limits on their own dates, the differences between a centre's
// rules and the statute's, and the social workers' norm of art. 110 ust. 11 u.p.s.
#include "CaseloadEngine.h"

#include <gtest/gtest.h>

using namespace opieka;

namespace {
const QString kAssistant2011 = QStringLiteral("u.w.r.s.p.z. art. 15 ust. 4 (2011)");
const QString kAssistant2015 = QStringLiteral("u.w.r.s.p.z. art. 15 ust. 4 (2015)");

// The statute's history as migration 013 ships it (sources shortened).
RuleBook statute()
{
    return RuleBook({{1, Role::SocialWorker, 50, true, QDate(2000, 1, 1), QStringLiteral("u.p.s.")},
                     {2, Role::FamilyAssistant, 20, false, QDate(2000, 1, 1), kAssistant2011},
                     {3, Role::FosterCareCoordinator, 30, false, QDate(2000, 1, 1),
                      QStringLiteral("art. 77 ust. 4 (2011)")},
                     {4, Role::FamilyAssistant, 15, false, QDate(2015, 1, 1), kAssistant2015},
                     {5, Role::FosterCareCoordinator, 15, false, QDate(2015, 1, 1),
                      QStringLiteral("art. 77 ust. 4 (2015)")}});
}

Worker assistant()
{
    Worker w;
    w.id = 7;
    w.firstName = QStringLiteral("Iga");
    w.lastName = QStringLiteral("Próbna");
    w.role = Role::FamilyAssistant;
    return w;
}
} // namespace

TEST(StatuteRules, TheLimitsChangeOnTheFirstOfJanuary2015)
{
    const RuleBook rules = statute();
    const QDate lastOld(2014, 12, 31);
    const QDate firstNew(2015, 1, 1);
    EXPECT_EQ(rules.ruleFor(Role::FamilyAssistant, lastOld)->limit, 20);
    EXPECT_EQ(rules.ruleFor(Role::FamilyAssistant, firstNew)->limit, 15);
    EXPECT_EQ(rules.ruleFor(Role::FamilyAssistant, firstNew)->source, kAssistant2015);
    EXPECT_EQ(rules.ruleFor(Role::FosterCareCoordinator, lastOld)->limit, 30);
    EXPECT_EQ(rules.ruleFor(Role::FosterCareCoordinator, firstNew)->limit, 15);
    EXPECT_EQ(rules.ruleFor(Role::SocialWorker, lastOld)->limit, 50);
    EXPECT_EQ(rules.ruleFor(Role::SocialWorker, firstNew)->limit, 50);
    EXPECT_FALSE(rules.ruleFor(Role::SocialWorker, firstNew)->isCentresOwn());
}

TEST(StatuteRules, AnAssistantWithSixteenFamiliesIsWithinTwentyButOverFifteen)
{
    const RuleBook rules = statute();
    const WorkerCaseload before =
        CaseloadEngine::caseloadOf(assistant(), 16, rules, QDate(2014, 12, 31));
    EXPECT_EQ(before.load.limit, 20);
    EXPECT_EQ(before.load.status, LoadStatus::Ok);
    const WorkerCaseload onTheDay =
        CaseloadEngine::caseloadOf(assistant(), 16, rules, QDate(2015, 1, 1));
    EXPECT_EQ(onTheDay.load.limit, 15);
    EXPECT_EQ(onTheDay.load.status, LoadStatus::Over);
    const WorkerCaseload after =
        CaseloadEngine::caseloadOf(assistant(), 16, rules, QDate(2015, 6, 1));
    EXPECT_EQ(after.load.status, LoadStatus::Over);
}

TEST(StatuteRules, AnAssignmentRunningIntoTheNewLimitIsRefusedOnItsFirstDay)
{
    // 15 families from 2014: the 16th, assigned in December 2014, fits under 20 that day but not
    // under 15 from 1 January 2015; the engine names the day and the limit.
    QList<CountedAssignment> existing;
    for (int i = 0; i < 15; ++i)
        existing << CountedAssignment{QDate(2014, 1, 1), std::nullopt, QDate(2014, 1, 1),
                                      std::nullopt};
    const CountedAssignment proposed{QDate(2014, 12, 1), std::nullopt, QDate(2014, 1, 1),
                                     std::nullopt};
    const AssignmentVerdict verdict =
        CaseloadEngine::checkAssignment(assistant(), existing, proposed, statute());
    EXPECT_FALSE(verdict.allowed);
    EXPECT_EQ(verdict.checkedOn, QDate(2015, 1, 1));
    EXPECT_EQ(verdict.limit, 15);
    EXPECT_EQ(verdict.casesAfter, 16);
}

TEST(StatuteRules, ACentreApplyingTheStatuteDiffersInNothing)
{
    EXPECT_TRUE(differencesFromStatute(statute(), statute(), QDate(2014, 12, 31)).isEmpty());
    EXPECT_TRUE(differencesFromStatute(statute(), statute(), QDate(2015, 1, 1)).isEmpty());
}

TEST(StatuteRules, ACentresOwnRuleIsNamedWhereItDiffers)
{
    QList<CaseloadRule> list = statute().rules();
    list << CaseloadRule{9, Role::FamilyAssistant, 12, false, QDate(2016, 1, 1), QString()};
    const RuleBook centre(list);
    EXPECT_TRUE(differencesFromStatute(centre, statute(), QDate(2015, 12, 31)).isEmpty());
    const auto differences = differencesFromStatute(centre, statute(), QDate(2016, 1, 1));
    ASSERT_EQ(differences.size(), 1);
    EXPECT_EQ(differences[0].role, Role::FamilyAssistant);
    EXPECT_EQ(differences[0].applied->limit, 12);
    EXPECT_TRUE(differences[0].applied->isCentresOwn());
    EXPECT_EQ(differences[0].statute->limit, 15);
    EXPECT_TRUE(differences[0].stricter());
}

TEST(StatuteRules, ACentreStillOnTheOldLimitDiffersFromTheNewDayOn)
{
    // A database upgraded with its own 2016 rule of 18 keeps 20 through 2015: both differ.
    const RuleBook centre(
        {{1, Role::SocialWorker, 50, true, QDate(2000, 1, 1), QStringLiteral("u.p.s.")},
         {2, Role::FamilyAssistant, 20, false, QDate(2000, 1, 1), kAssistant2011},
         {3, Role::FamilyAssistant, 18, false, QDate(2016, 1, 1), QString()},
         {4, Role::FosterCareCoordinator, 15, false, QDate(2015, 1, 1),
          QStringLiteral("art. 77 ust. 4 (2015)")}});
    EXPECT_TRUE(differencesFromStatute(centre, statute(), QDate(2014, 12, 31)).size() == 1)
        << "the coordinator's 30 of 2011 is missing from this centre's set before 2015";
    const auto in2015 = differencesFromStatute(centre, statute(), QDate(2015, 1, 1));
    ASSERT_EQ(in2015.size(), 1);
    EXPECT_EQ(in2015[0].applied->limit, 20);
    EXPECT_FALSE(in2015[0].stricter());
    const auto in2016 = differencesFromStatute(centre, statute(), QDate(2016, 1, 1));
    ASSERT_EQ(in2016.size(), 1);
    EXPECT_EQ(in2016[0].applied->limit, 18);
}

TEST(SocialWorkerNorm, ByResidentsRoundsUpAndNeverBelowThree)
{
    using namespace social_worker_norm;
    EXPECT_EQ(neededByResidents(std::nullopt), std::nullopt) << "not recorded: empty, not 0";
    EXPECT_EQ(neededByResidents(1), 3);
    EXPECT_EQ(neededByResidents(6000), 3);
    EXPECT_EQ(neededByResidents(6001), 4);
    EXPECT_EQ(neededByResidents(10000), 5);
    EXPECT_EQ(neededByResidents(10001), 6);
}

TEST(SocialWorkerNorm, ByFamiliesRoundsUpAndNeverBelowThree)
{
    using namespace social_worker_norm;
    EXPECT_EQ(neededByFamilies(0), 3);
    EXPECT_EQ(neededByFamilies(150), 3);
    EXPECT_EQ(neededByFamilies(151), 4);
    EXPECT_EQ(neededByFamilies(177000), 3540) << "seed 004: Mazowsze at the end of 2013";
}
