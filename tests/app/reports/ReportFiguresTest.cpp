// The manager's caseload report against figures counted by hand on a small centre
// (tests/support/ReportFixture.h), on a day before and a day after the social workers' limit
// falls from 50 to 40, with each filter, the overrides in force and the cases behind a figure.
#include "CaseloadFormat.h"
#include "CaseloadService.h"
#include "ReportDocuments.h"
#include "ReportFixture.h"

#include <gtest/gtest.h>

using namespace opieka;

namespace {
struct Expected
{
    int workers, cases;
    double perWorker;
    int limit, near, full, over, overrides, missing;
};

const RoleSummary* summaryOf(const CaseloadReport& report, Role role)
{
    for (const RoleSummary& s : report.summaries)
        if (s.role == role)
            return &s;
    return nullptr;
}

void expectSummary(const CaseloadReport& report, Role role, const Expected& e)
{
    const RoleSummary* s = summaryOf(report, role);
    ASSERT_NE(s, nullptr) << roleName(role).toStdString();
    SCOPED_TRACE(roleName(role).toStdString());
    EXPECT_EQ(s->workers, e.workers);
    EXPECT_EQ(s->cases, e.cases);
    EXPECT_EQ(caseload_format::oneDecimal(s->casesPerWorker),
              caseload_format::oneDecimal(e.perWorker));
    EXPECT_EQ(s->limit, e.limit);
    EXPECT_EQ(s->nearLimit, e.near);
    EXPECT_EQ(s->atLimit, e.full);
    EXPECT_EQ(s->overLimit, e.over);
    EXPECT_EQ(report.overrideCountOf(role), e.overrides);
    if (report.overridesRead) {
        EXPECT_EQ(report.overridesOf(role).size(), e.overrides);
    }
    EXPECT_EQ(s->extraWorkersNeeded, e.missing);
}

// worker id -> (limit, cases, utilisation with one decimal, status)
void expectWorker(const CaseloadReport& report, qint64 id, int limit, int cases,
                  const char* utilisation, LoadStatus status)
{
    for (const WorkerCaseload& row : report.rows) {
        if (row.worker.id != id)
            continue;
        SCOPED_TRACE(row.worker.displayName().toStdString());
        EXPECT_EQ(row.load.limit, limit);
        EXPECT_EQ(row.load.cases, cases);
        ASSERT_TRUE(row.load.utilisationPct.has_value());
        EXPECT_EQ(caseload_format::oneDecimal(*row.load.utilisationPct),
                  QString::fromLatin1(utilisation));
        EXPECT_EQ(row.load.status, status);
        return;
    }
    ADD_FAILURE() << "worker " << id << " is not in the report";
}

QList<qint64> workerIds(const CaseloadReport& report)
{
    QList<qint64> ids;
    for (const WorkerCaseload& row : report.rows)
        ids << row.worker.id;
    return ids;
}

class ReportFigures : public ::testing::Test
{
protected:
    void SetUp() override { test::loadReportFixture(ws); }
    CaseloadReport report(const QDate& day, const CaseloadFilter& filter = {},
                          CaseloadDetail detail = CaseloadDetail::WithOverrides)
    {
        auto r = CaseloadService(ws.session(ws.manager())).report(day, filter, detail);
        EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
        return r ? *r : CaseloadReport{};
    }
    test::TestWorkspace ws;
};
} // namespace

TEST_F(ReportFigures, BeforeTheRuleChangeEveryFigureIsAsCountedByHand)
{
    const CaseloadReport r = report(test::beforeRuleChange());
    // 121 cases on 2.5 FTE: 48.4 per full-time post, under 50, so no post is missing.
    expectSummary(r, Role::SocialWorker, {3, 121, 121.0 / 3, 50, 1, 1, 1, 0, 0});
    // 16 cases for one assistant with the limit of 15 in force since 2015: one post missing.
    expectSummary(r, Role::FamilyAssistant, {1, 16, 16.0, 15, 0, 0, 1, 1, 1});
    expectSummary(r, Role::FosterCareCoordinator, {1, 12, 12.0, 15, 0, 0, 0, 0, 0});
    expectWorker(r, 1, 50, 45, "90.0", LoadStatus::Near);
    expectWorker(r, 2, 50, 50, "100.0", LoadStatus::Full);
    expectWorker(r, 3, 25, 26, "104.0", LoadStatus::Over);
    expectWorker(r, 4, 15, 16, "106.7", LoadStatus::Over);
    expectWorker(r, 5, 15, 12, "80.0", LoadStatus::Ok);
    ASSERT_EQ(r.overrides.size(), 1);
    EXPECT_EQ(r.overrides.first().workerId, 4);
    EXPECT_EQ(r.overrides.first().caseRef.id, 21);
    EXPECT_EQ(r.overrides.first().overrideReason, QStringLiteral("Wakat do czasu naboru"));
    EXPECT_EQ(r.overrides.first().from, QDate(2025, 6, 1));
}

TEST_F(ReportFigures, TheFiguresAloneCountTheOverridesWithoutListingThem)
{
    const CaseloadReport r = report(test::beforeRuleChange(), {}, CaseloadDetail::Figures);
    EXPECT_FALSE(r.overridesRead);
    EXPECT_TRUE(r.overrides.isEmpty()) << "the list is read only when asked for";
    EXPECT_EQ(r.overrideTotal(), 1);
    EXPECT_EQ(r.overrideCount.value(4), 1);
    expectSummary(r, Role::SocialWorker, {3, 121, 121.0 / 3, 50, 1, 1, 1, 0, 0});
    expectSummary(r, Role::FamilyAssistant, {1, 16, 16.0, 15, 0, 0, 1, 1, 1});

    CaseloadFilter byUnit;
    byUnit.unit = QStringLiteral("Zespół A");
    EXPECT_EQ(report(test::beforeRuleChange(), byUnit, CaseloadDetail::Figures).overrideTotal(), 0)
        << "the override belongs to another unit";
    EXPECT_EQ(report(QDate(2025, 5, 31), {}, CaseloadDetail::Figures).overrideTotal(), 0)
        << "not in force before its day";
}

TEST_F(ReportFigures, AfterTheLimitFallsTo40EverySocialWorkerIsOverAndAPostIsMissing)
{
    const CaseloadReport r = report(test::afterRuleChange());
    // 121 / 40 = 3.025 full-time posts needed, 2.5 there: one missing.
    expectSummary(r, Role::SocialWorker, {3, 121, 121.0 / 3, 40, 0, 0, 3, 0, 1});
    expectWorker(r, 1, 40, 45, "112.5", LoadStatus::Over);
    expectWorker(r, 2, 40, 50, "125.0", LoadStatus::Over);
    expectWorker(r, 3, 20, 26, "130.0", LoadStatus::Over);
    // The other roles' rules did not change.
    expectSummary(r, Role::FamilyAssistant, {1, 16, 16.0, 15, 0, 0, 1, 1, 1});
}

TEST_F(ReportFigures, TheOverrideIsNotInForceBeforeItsDay)
{
    const CaseloadReport r = report(QDate(2025, 5, 31));
    EXPECT_TRUE(r.overrides.isEmpty());
    expectSummary(r, Role::FamilyAssistant, {1, 15, 15.0, 15, 0, 1, 0, 0, 0});
}

TEST_F(ReportFigures, FiltersByRoleUnitAndMunicipality)
{
    CaseloadFilter byRole;
    byRole.role = Role::FosterCareCoordinator;
    CaseloadReport r = report(test::beforeRuleChange(), byRole);
    EXPECT_EQ(workerIds(r), QList<qint64>{5});
    ASSERT_EQ(r.summaries.size(), 1);
    EXPECT_EQ(r.summaries.first().role, Role::FosterCareCoordinator);

    CaseloadFilter byUnit;
    byUnit.unit = QStringLiteral("Zespół A");
    r = report(test::beforeRuleChange(), byUnit);
    EXPECT_EQ(workerIds(r), (QList<qint64>{1, 3}));
    // 71 cases on 1.5 FTE: 47.3 per post, within 50.
    expectSummary(r, Role::SocialWorker, {2, 71, 35.5, 50, 1, 0, 1, 0, 0});
    EXPECT_TRUE(r.overrides.isEmpty()) << "the override belongs to another unit";

    CaseloadFilter byMunicipality;
    byMunicipality.municipality = QStringLiteral("Brzeziny");
    r = report(test::beforeRuleChange(), byMunicipality);
    EXPECT_EQ(workerIds(r), QList<qint64>{2});

    // Aleksandrów: the two social workers and the assistant (her families 1-15 and 21 are there),
    // each with the whole caseload, because the limit is on the worker.
    byMunicipality.municipality = QStringLiteral("Aleksandrów");
    r = report(test::beforeRuleChange(), byMunicipality);
    EXPECT_EQ(workerIds(r), (QList<qint64>{1, 3, 4}));
    expectWorker(r, 4, 15, 16, "106.7", LoadStatus::Over);
    EXPECT_EQ(r.overrides.size(), 1);

    CaseloadService service(ws.session(ws.manager()));
    EXPECT_EQ(*service.units(),
              (QStringList{QStringLiteral("Asystenci"), QStringLiteral("Piecza"),
                           QStringLiteral("Zespół A"), QStringLiteral("Zespół B")}));
    EXPECT_EQ(*service.municipalities(),
              (QStringList{QStringLiteral("Aleksandrów"), QStringLiteral("Brzeziny"),
                           QStringLiteral("Piotrków")}));
}

TEST_F(ReportFigures, TheCasesBehindAFigureAreTheOnesItCounts)
{
    CaseloadService service(ws.session(ws.manager()));
    auto behind = service.casesBehind(test::beforeRuleChange(), {3});
    ASSERT_TRUE(behind.ok());
    ASSERT_EQ(behind->size(), 26);
    for (const CountedCase& c : *behind) {
        EXPECT_EQ(c.workerId, 3);
        EXPECT_EQ(c.caseRef.kind, CaseKind::Family);
        EXPECT_GE(c.caseRef.id, 96);
        EXPECT_LE(c.caseRef.id, 121);
    }
    // A role's "cases" figure: the social workers' 121.
    auto all = service.casesBehind(test::beforeRuleChange(), {1, 2, 3});
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 121);
    auto fosters = service.casesBehind(test::beforeRuleChange(), {5});
    ASSERT_EQ(fosters->size(), 12);
    EXPECT_EQ(fosters->first().caseRef.kind, CaseKind::FosterFamily);
    EXPECT_EQ(fosters->first().municipality, QStringLiteral("Piotrków"));
    // A case released before the day is not behind the figure.
    ASSERT_TRUE(service.release(3, 96, QDate(2025, 12, 1)).ok());
    EXPECT_EQ(service.casesBehind(test::beforeRuleChange(), {3})->size(), 25);
    EXPECT_EQ(service.casesBehind(QDate(2025, 11, 30), {3})->size(), 26);
}

TEST_F(ReportFigures, ThePrintedReportHoldsTheFiguresAndTheOverrideReason)
{
    const QString html = ReportDocuments::caseloadHtml(report(test::beforeRuleChange()),
                                                       QStringLiteral("MOPS"), isoDates());
    for (const char* figure : {"40.3", "104.0 %", "106.7 %", "Wakat do czasu naboru",
                               "Celina Wzorowa", "Zespół A", "2025-12-31"})
        EXPECT_TRUE(html.contains(QString::fromUtf8(figure))) << figure;
}
