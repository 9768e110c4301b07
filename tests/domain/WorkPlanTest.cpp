#include "WorkPlan.h"

#include <gtest/gtest.h>

using namespace opieka;

TEST(AssessmentDue, SixMonthsFromTheFirstAgreedPlanThenFromTheLastAssessment)
{
    EXPECT_FALSE(nextAssessmentDue(std::nullopt, std::nullopt, 6).has_value())
        << "no plan, no due date";
    EXPECT_EQ(nextAssessmentDue(QDate(2024, 1, 15), std::nullopt, 6), QDate(2024, 7, 15));
    EXPECT_EQ(nextAssessmentDue(QDate(2024, 1, 15), QDate(2024, 6, 30), 6), QDate(2024, 12, 30));
    EXPECT_EQ(nextAssessmentDue(QDate(2024, 1, 15), QDate(2023, 12, 1), 6), QDate(2024, 7, 15))
        << "an assessment older than the plan does not count";
    EXPECT_EQ(nextAssessmentDue(QDate(2024, 1, 15), std::nullopt, 3), QDate(2024, 4, 15))
        << "the interval is a setting";
}

TEST(AssessmentDue, MonthEndsAndLeapYears)
{
    EXPECT_EQ(nextAssessmentDue(QDate(2023, 8, 31), std::nullopt, 6), QDate(2024, 2, 29))
        << "leap February";
    EXPECT_EQ(nextAssessmentDue(QDate(2022, 8, 31), std::nullopt, 6), QDate(2023, 2, 28));
    EXPECT_EQ(nextAssessmentDue(QDate(2024, 2, 29), std::nullopt, 6), QDate(2024, 8, 29));
    EXPECT_EQ(nextAssessmentDue(QDate(2023, 12, 31), std::nullopt, 6), QDate(2024, 6, 30));
    EXPECT_EQ(nextAssessmentDue(QDate(2024, 3, 31), std::nullopt, 6), QDate(2024, 9, 30));
    EXPECT_EQ(nextAssessmentDue(QDate(2024, 2, 29), std::nullopt, 12), QDate(2025, 2, 28));
}

TEST(PlanComparison, MarksChangedAddedAndRemovedRows)
{
    WorkPlan v1;
    v1.goals = {PlanGoal{0,
                         QStringLiteral("Regularna nauka dzieci"),
                         {PlanAction{0,
                                     QStringLiteral("Kontakt ze szkołą"),
                                     Responsible::Assistant,
                                     {},
                                     {},
                                     {},
                                     {},
                                     {},
                                     {}},
                          PlanAction{0,
                                     QStringLiteral("Odrabianie lekcji"),
                                     Responsible::FamilyMember,
                                     {},
                                     {},
                                     {},
                                     {},
                                     {},
                                     {}}}},
                PlanGoal{0, QStringLiteral("Uregulowanie czynszu"), {}}};
    WorkPlan v2 = v1;
    v2.goals[0].actions[1].description = QStringLiteral("Odrabianie lekcji codziennie");
    v2.goals[0].actions.removeLast();
    v2.goals[0].actions << PlanAction{0,
                                      QStringLiteral("Odrabianie lekcji codziennie"),
                                      Responsible::FamilyMember,
                                      {},
                                      {},
                                      {},
                                      {},
                                      {},
                                      {}};
    v2.goals.removeLast();
    v2.goals << PlanGoal{0, QStringLiteral("Praca dla ojca"), {}};
    v2.goals << PlanGoal{0, QStringLiteral("Zdrowie matki"), {}};

    const auto rows = comparePlans(v1, v2);
    ASSERT_EQ(rows.size(), 5);
    EXPECT_EQ(rows[0].change, PlanComparisonRow::Change::Same);
    EXPECT_EQ(rows[1].change, PlanComparisonRow::Change::Same);
    EXPECT_EQ(rows[2].change, PlanComparisonRow::Change::Changed);
    EXPECT_EQ(rows[2].newer, QStringLiteral("Odrabianie lekcji codziennie"));
    EXPECT_EQ(rows[3].change, PlanComparisonRow::Change::Changed);
    EXPECT_EQ(rows[3].older, QStringLiteral("Uregulowanie czynszu"));
    EXPECT_EQ(rows[4].change, PlanComparisonRow::Change::Added);
    EXPECT_TRUE(rows[4].older.isEmpty());
}
