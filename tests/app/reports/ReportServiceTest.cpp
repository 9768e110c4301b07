#include "ReportService.h"

#include "MemberService.h"
#include "PlacementService.h"
#include "TestWorkspace.h"

#include <QHash>
#include <gtest/gtest.h>

using namespace opieka;

namespace {
QHash<QString, std::pair<double, double>> byMetric(const QList<StatisticsRow>& rows)
{
    QHash<QString, std::pair<double, double>> out;
    for (const StatisticsRow& r : rows)
        out.insert(r.metric, {r.value, r.yearEarlier});
    return out;
}
} // namespace

TEST(ReportService, StatisticsAgainstHandCountedFiguresAndTheYearBefore)
{
    test::TestWorkspace ws;
    ws.load(DataSet::Workers,
            "id,first_name,last_name,role,fte\n1,A,S,social_worker,1\n2,B,S,social_worker,1\n"
            "3,C,A,family_assistant,1\n4,D,K,foster_care_coordinator,1\n");
    // Four families open now (one opened this year), one closed last spring.
    ws.load(DataSet::Families,
            "id,name,municipality,category,opened_on,closed_on\n"
            "1,A,X,coping,2020-01-01,\n2,B,X,struggling,2020-01-01,\n3,C,X,at_risk,2020-01-01,\n"
            "4,D,X,coping,2024-02-01,\n5,E,X,coping,2020-01-01,2024-04-01\n");
    ws.load(DataSet::FosterFamilies,
            "id,name,kind,municipality,opened_on,closed_on\n1,Z,kinship,X,2019-01-01,\n");
    ws.load(DataSet::Assignments,
            "worker_id,case_kind,case_id,from,to\n1,family,1,2020-01-01,\n1,family,2,2020-01-01,\n"
            "2,family,3,2020-01-01,\n3,family,2,2023-09-01,\n3,family,3,2020-01-01,\n"
            "4,foster_family,1,2020-01-01,\n");
    ws.load(DataSet::Members, "family_id,pesel,first_name,last_name,birth_date,sex,relation\n"
                              "2,,Ala,B,2015-01-01,F,child\n3,,Ola,C,2010-01-01,F,child\n"
                              "1,,Ewa,A,1980-01-01,F,parent\n4,,Kuba,D,2001-01-01,M,child\n");
    auto child = MemberService(ws.session(ws.manager())).members(3);
    ASSERT_TRUE(PlacementService(ws.session(ws.manager()))
                    .place(test::courtPlacement(child->first().id, 1, QDate(2024, 3, 1),
                                                QStringLiteral("III Nsm 9/24"), QDate(2024, 2, 27)))
                    .ok());

    auto rows = ReportService(ws.session(ws.manager())).statistics(QDate(2024, 6, 1));
    ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
    const auto m = byMetric(*rows);
    EXPECT_EQ(m.value(QStringLiteral("families_helped")), std::make_pair(4.0, 4.0))
        << "5 open a year ago, 4 now";
    EXPECT_EQ(m.value(QStringLiteral("families_with_children")).first, 2.0)
        << "Kuba is 23, not a child";
    EXPECT_EQ(m.value(QStringLiteral("families_with_assistant")), std::make_pair(2.0, 1.0));
    EXPECT_DOUBLE_EQ(
        m.value(QStringLiteral("families_with_assistant_pct_of_families_with_children")).first,
        100.0);
    EXPECT_EQ(m.value(QStringLiteral("children_in_care")), std::make_pair(1.0, 0.0));
    EXPECT_EQ(m.value(QStringLiteral("children_in_care_kinship")).first, 1.0);
    EXPECT_EQ(m.value(QStringLiteral("workers_social_worker")).first, 2.0);
    EXPECT_DOUBLE_EQ(m.value(QStringLiteral("cases_per_worker_social_worker")).first, 1.5);
    EXPECT_DOUBLE_EQ(m.value(QStringLiteral("cases_per_worker_foster_care_coordinator")).first,
                     1.0);
    for (const StatisticsRow& r : *rows)
        EXPECT_FALSE(r.metric.contains(QStringLiteral("Ala"))) << "no names in statistics";

    auto deadlines = ReportService(ws.session(ws.manager())).deadlines(QDate(2024, 6, 1));
    ASSERT_TRUE(deadlines.ok());
    bool review = false;
    bool certificate = false;
    for (const DeadlineRow& d : *deadlines) {
        review = review || d.kind == QStringLiteral("child_review");
        certificate = certificate || d.kind == QStringLiteral("health_certificate");
    }
    // Z is a kinship family, which art. 45a does not bind (issue 17: it was "due now").
    EXPECT_FALSE(certificate);
    EXPECT_FALSE(review) << "the review is due 2024-09-01, beyond 14 days";
}
