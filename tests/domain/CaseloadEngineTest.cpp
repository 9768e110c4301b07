#include "CaseloadEngine.h"

#include <gtest/gtest.h>

using namespace opieka;

namespace {
const QDate kDay(2024, 6, 1);

RuleBook defaultRules()
{
    return RuleBook({{1, Role::SocialWorker, 50, true, QDate(2000, 1, 1)},
                     {2, Role::FamilyAssistant, 20, false, QDate(2000, 1, 1)},
                     {3, Role::FosterCareCoordinator, 30, false, QDate(2000, 1, 1)}});
}

Worker worker(qint64 id, Role role, double fte = 1.0)
{
    Worker w;
    w.id = id;
    w.firstName = QStringLiteral("Ewa");
    w.lastName = QStringLiteral("Testowa");
    w.role = role;
    w.fte = fte;
    return w;
}

CountedAssignment running(const QDate& from, std::optional<QDate> to = std::nullopt)
{
    return {from, to, QDate(2000, 1, 1), std::nullopt};
}

QList<CountedAssignment> runningCases(int count, const QDate& from = QDate(2021, 1, 1))
{
    QList<CountedAssignment> list;
    for (int i = 0; i < count; ++i)
        list << running(from);
    return list;
}
} // namespace

TEST(LoadStatus, ThresholdsAroundEachDefaultLimit)
{
    // 90 % starts "near"; the limit itself is "full"; above it is "over".
    struct Case
    {
        int limit, cases;
        LoadStatus expected;
    };
    const Case cases[] = {
        {50, 44, LoadStatus::Ok},   {50, 45, LoadStatus::Near}, {50, 49, LoadStatus::Near},
        {50, 50, LoadStatus::Full}, {50, 51, LoadStatus::Over}, {20, 17, LoadStatus::Ok},
        {20, 18, LoadStatus::Near}, {20, 19, LoadStatus::Near}, {20, 20, LoadStatus::Full},
        {20, 21, LoadStatus::Over}, {30, 26, LoadStatus::Ok},   {30, 27, LoadStatus::Near},
        {30, 30, LoadStatus::Full}, {30, 31, LoadStatus::Over}, {25, 22, LoadStatus::Ok},
        {25, 23, LoadStatus::Near}, {0, 0, LoadStatus::Full},   {0, 1, LoadStatus::Over},
    };
    for (const Case& c : cases)
        EXPECT_EQ(CaseloadEngine::statusFor(c.cases, c.limit), c.expected)
            << c.cases << " of " << c.limit;
    EXPECT_EQ(CaseloadEngine::statusFor(500, std::nullopt), LoadStatus::Ok) << "no rule, no limit";
}

TEST(LoadStatus, UtilisationIsCasesOverLimit)
{
    const auto load = CaseloadEngine::assess(45, 50);
    ASSERT_TRUE(load.utilisationPct.has_value());
    EXPECT_DOUBLE_EQ(*load.utilisationPct, 90.0);
    EXPECT_FALSE(CaseloadEngine::assess(3, 0).utilisationPct.has_value());
    EXPECT_EQ(loadStatusName(LoadStatus::Near), QStringLiteral("near"));
}

TEST(Proration, SocialWorkerLimitScalesWithFteButAssistantsDoNot)
{
    const RuleBook rules = defaultRules();
    EXPECT_EQ(CaseloadEngine::limitFor(worker(1, Role::SocialWorker, 1.0), rules, kDay), 50);
    EXPECT_EQ(CaseloadEngine::limitFor(worker(1, Role::SocialWorker, 0.5), rules, kDay), 25);
    EXPECT_EQ(CaseloadEngine::limitFor(worker(1, Role::SocialWorker, 0.75), rules, kDay), 37)
        << "whole families only: 37.5 rounds down";
    EXPECT_EQ(CaseloadEngine::limitFor(worker(1, Role::SocialWorker, 0.3), rules, kDay), 15)
        << "50 * 0.3 must not fall to 14 through floating point";
    EXPECT_EQ(CaseloadEngine::limitFor(worker(2, Role::FamilyAssistant, 0.5), rules, kDay), 20);
    EXPECT_EQ(CaseloadEngine::limitFor(worker(3, Role::FosterCareCoordinator, 0.5), rules, kDay),
              30);
    EXPECT_EQ(CaseloadEngine::limitFor(worker(4, Role::Manager), rules, kDay), std::nullopt);
}

TEST(RuleBook, TheRuleInForceDependsOnTheDay)
{
    RuleBook rules({{1, Role::FamilyAssistant, 20, false, QDate(2012, 1, 1)},
                    {2, Role::FamilyAssistant, 15, false, QDate(2015, 1, 1)},
                    {3, Role::FosterCareCoordinator, 30, false, QDate(2012, 1, 1)}});
    EXPECT_FALSE(rules.ruleFor(Role::FamilyAssistant, QDate(2011, 12, 31)).has_value());
    EXPECT_EQ(rules.ruleFor(Role::FamilyAssistant, QDate(2012, 1, 1))->limit, 20);
    EXPECT_EQ(rules.ruleFor(Role::FamilyAssistant, QDate(2014, 12, 31))->limit, 20);
    EXPECT_EQ(rules.ruleFor(Role::FamilyAssistant, QDate(2015, 1, 1))->limit, 15);
    EXPECT_EQ(rules.ruleFor(Role::FosterCareCoordinator, QDate(2016, 1, 1))->limit, 30);
    EXPECT_EQ(rules.changesAfter(Role::FamilyAssistant, QDate(2013, 1, 1)),
              QList<QDate>{QDate(2015, 1, 1)});
}

TEST(CheckAssignment, AllowedBelowTheLimitRefusedAtIt)
{
    const RuleBook rules = defaultRules();
    const Worker assistant = worker(7, Role::FamilyAssistant);
    const auto proposed = running(kDay);

    const auto at19 = CaseloadEngine::checkAssignment(assistant, runningCases(19), proposed, rules);
    EXPECT_TRUE(at19.allowed);
    EXPECT_EQ(at19.casesAfter, 20);
    EXPECT_EQ(at19.limit, 20);

    const auto at20 = CaseloadEngine::checkAssignment(assistant, runningCases(20), proposed, rules);
    EXPECT_FALSE(at20.allowed);
    EXPECT_EQ(at20.casesAfter, 21);
    EXPECT_TRUE(at20.message.contains(QStringLiteral("Ewa Testowa")));
    EXPECT_TRUE(at20.message.contains(QStringLiteral("21")));
    EXPECT_TRUE(at20.message.contains(QStringLiteral("20")));
}

TEST(CheckAssignment, PartTimeSocialWorkerReachesTheLimitSooner)
{
    const RuleBook rules = defaultRules();
    const Worker halfTime = worker(8, Role::SocialWorker, 0.5);
    EXPECT_TRUE(
        CaseloadEngine::checkAssignment(halfTime, runningCases(24), running(kDay), rules).allowed);
    EXPECT_FALSE(
        CaseloadEngine::checkAssignment(halfTime, runningCases(25), running(kDay), rules).allowed);
    const Worker fullTime = worker(9, Role::SocialWorker, 1.0);
    EXPECT_TRUE(
        CaseloadEngine::checkAssignment(fullTime, runningCases(49), running(kDay), rules).allowed);
    EXPECT_FALSE(
        CaseloadEngine::checkAssignment(fullTime, runningCases(50), running(kDay), rules).allowed);
}

TEST(CheckAssignment, EndedAssignmentsAndClosedCasesDoNotCount)
{
    const RuleBook rules = defaultRules();
    QList<CountedAssignment> existing = runningCases(18);
    existing << running(QDate(2021, 1, 1), QDate(2024, 5, 1)); // ended before the day
    CountedAssignment closedCase = running(QDate(2021, 1, 1));
    closedCase.caseClosed = QDate(2024, 3, 1);
    existing << closedCase;
    const auto verdict = CaseloadEngine::checkAssignment(worker(7, Role::FamilyAssistant), existing,
                                                         running(kDay), rules);
    EXPECT_TRUE(verdict.allowed);
    EXPECT_EQ(verdict.casesAfter, 19);
}

TEST(CheckAssignment, AnAssignmentEndingOnTheDayNoLongerCounts)
{
    // End dates are exclusive: a case released on 1 June is not carried on 1 June.
    const RuleBook rules = defaultRules();
    QList<CountedAssignment> existing = runningCases(19);
    existing << running(QDate(2021, 1, 1), kDay);
    EXPECT_TRUE(CaseloadEngine::checkAssignment(worker(7, Role::FamilyAssistant), existing,
                                                running(kDay), rules)
                    .allowed);
}

TEST(CheckAssignment, ALaterRuleChangeOrLaterStartCanRefuse)
{
    RuleBook rules({{1, Role::FamilyAssistant, 20, false, QDate(2000, 1, 1)},
                    {2, Role::FamilyAssistant, 15, false, QDate(2015, 1, 1)}});
    const Worker assistant = worker(7, Role::FamilyAssistant);
    // 15 now: one more is fine under 20, but from 2015 the limit is 15.
    const auto verdict = CaseloadEngine::checkAssignment(
        assistant, runningCases(15, QDate(2014, 1, 1)), running(QDate(2014, 6, 1)), rules);
    EXPECT_FALSE(verdict.allowed);
    EXPECT_EQ(verdict.checkedOn, QDate(2015, 1, 1));
    EXPECT_EQ(verdict.limit, 15);
    // The same assignment ending before the change is fine.
    const auto shortOne =
        CaseloadEngine::checkAssignment(assistant, runningCases(15, QDate(2014, 1, 1)),
                                        running(QDate(2014, 6, 1), QDate(2014, 12, 1)), rules);
    EXPECT_TRUE(shortOne.allowed);

    // A case already agreed to start next month fills the last place.
    QList<CountedAssignment> existing = runningCases(19, QDate(2013, 1, 1));
    existing << running(QDate(2013, 8, 1));
    EXPECT_FALSE(CaseloadEngine::checkAssignment(
                     assistant, existing, running(QDate(2013, 7, 1)),
                     RuleBook({{1, Role::FamilyAssistant, 20, false, QDate(2000, 1, 1)}}))
                     .allowed);
}

TEST(Summary, CountsWorkersCasesAndMissingFullTimeWorkers)
{
    const RuleBook rules = defaultRules();
    QList<WorkerCaseload> rows;
    rows << CaseloadEngine::caseloadOf(worker(1, Role::SocialWorker), 60, rules, kDay);
    rows << CaseloadEngine::caseloadOf(worker(2, Role::SocialWorker), 46, rules, kDay);
    rows << CaseloadEngine::caseloadOf(worker(3, Role::SocialWorker, 0.5), 25, rules, kDay);
    rows << CaseloadEngine::caseloadOf(worker(4, Role::FamilyAssistant), 10, rules, kDay);

    const RoleSummary social = CaseloadEngine::summarise(Role::SocialWorker, rows, rules, kDay);
    EXPECT_EQ(social.workers, 3);
    EXPECT_EQ(social.cases, 131);
    EXPECT_NEAR(social.casesPerWorker, 43.67, 0.01);
    EXPECT_EQ(social.limit, 50);
    EXPECT_EQ(social.overLimit, 1);
    EXPECT_EQ(social.nearLimit, 1);
    EXPECT_EQ(social.atLimit, 1);
    // 131 cases need 2.62 full-time posts; there are 2.5: one more worker.
    EXPECT_EQ(social.extraWorkersNeeded, 1);

    const RoleSummary assistants =
        CaseloadEngine::summarise(Role::FamilyAssistant, rows, rules, kDay);
    EXPECT_EQ(assistants.workers, 1);
    EXPECT_EQ(assistants.extraWorkersNeeded, 0);
    const RoleSummary none =
        CaseloadEngine::summarise(Role::FosterCareCoordinator, rows, rules, kDay);
    EXPECT_EQ(none.workers, 0);
    EXPECT_EQ(none.casesPerWorker, 0.0);
}

TEST(Summary, SeedFourScaleGivesSeventySevenPerWorkerAndTheMissingStaff)
{
    // Seed 004: 177 thousand families over 2.3 thousand social workers at the end of 2013.
    const RuleBook rules = defaultRules();
    QList<WorkerCaseload> rows;
    for (int i = 0; i < 2300; ++i)
        rows << CaseloadEngine::caseloadOf(worker(i + 1, Role::SocialWorker), i < 2000 ? 77 : 76,
                                           rules, kDay);
    const RoleSummary s = CaseloadEngine::summarise(Role::SocialWorker, rows, rules, kDay);
    EXPECT_EQ(s.cases, 2000 * 77 + 300 * 76);
    EXPECT_NEAR(s.casesPerWorker, 76.87, 0.01);
    EXPECT_EQ(s.overLimit, 2300);
    EXPECT_EQ(s.extraWorkersNeeded, 1236); // 176800 / 50 = 3536 posts needed, 2300 there
}

TEST(WithRoom, LeastLoadedFirstAndFullWorkersLeftOut)
{
    const RuleBook rules = defaultRules();
    QList<WorkerCaseload> rows;
    rows << CaseloadEngine::caseloadOf(worker(1, Role::FamilyAssistant), 20, rules, kDay);
    rows << CaseloadEngine::caseloadOf(worker(2, Role::FamilyAssistant), 12, rules, kDay);
    rows << CaseloadEngine::caseloadOf(worker(3, Role::FamilyAssistant), 5, rules, kDay);
    rows << CaseloadEngine::caseloadOf(worker(4, Role::SocialWorker), 1, rules, kDay);
    const auto room = CaseloadEngine::withRoom(Role::FamilyAssistant, rows);
    ASSERT_EQ(room.size(), 2);
    EXPECT_EQ(room[0].worker.id, 3);
    EXPECT_EQ(room[1].worker.id, 2);
}
