#include "CaseloadService.h"

#include "AuditRepository.h"
#include "SqlHelpers.h"
#include "TestWorkspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace opieka;

namespace {
const QDate kDay(2024, 6, 1);

QByteArray fosterFamiliesCsv(int count)
{
    QByteArray csv = "id,name,kind,municipality,opened_on,closed_on\n";
    for (int i = 1; i <= count; ++i)
        csv += QStringLiteral("%1,Zastępcza %1,non_professional,Testowo,2020-01-01,\n")
                   .arg(i)
                   .toUtf8();
    return csv;
}

class CaseloadServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ws.loadWorkers({{1, "Anna", "Testowa", Role::SocialWorker},
                        {2, "Beata", "Próbna", Role::SocialWorker, 0.5},
                        {3, "Celina", "Wzorcowa", Role::FamilyAssistant},
                        {4, "Dorota", "Fikcyjna", Role::FosterCareCoordinator},
                        {5, "Edward", "Kierowniczy", Role::Manager},
                        {6, "Filip", "Zapasowy", Role::FamilyAssistant}});
        ws.load(DataSet::Families, test::familiesCsv(80, 1, QStringLiteral("2010-01-01")));
        ws.load(DataSet::FosterFamilies, fosterFamiliesCsv(35));
    }

    int casesOf(qint64 workerId, const QDate& day = kDay)
    {
        auto report = service.report(day);
        EXPECT_TRUE(report.ok());
        for (const WorkerCaseload& row : report->rows)
            if (row.worker.id == workerId)
                return row.load.cases;
        return -1;
    }

    int assignmentCount()
    {
        auto q = sql::run(ws.database(), QStringLiteral("SELECT COUNT(*) FROM assignments"));
        return q && q->next() ? q->value(0).toInt() : -1;
    }

    test::TestWorkspace ws;
    CaseloadService service{ws.session(ws.manager())};
};
} // namespace

// The limit in force since 2015-01-01 (u.w.r.s.p.z. art. 15 ust. 4): 15 families. The 2011
// limit of 20 is tested on its own dates in StatuteRulesServiceTest.
TEST_F(CaseloadServiceTest, AssistantTakesFifteenFamiliesAndTheSixteenthIsRefused)
{
    ws.load(DataSet::Assignments, test::assignmentsCsv(3, 1, 14));
    auto fifteenth = service.assign({3, 15, kDay, {}});
    ASSERT_TRUE(fifteenth.ok()) << fifteenth.error().message.toStdString();
    EXPECT_EQ(casesOf(3), 15);

    const int before = assignmentCount();
    auto refused = service.assign({3, 16, kDay, {}});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Refused);
    const QString message = refused.error().message;
    EXPECT_TRUE(message.contains(QStringLiteral("Celina Wzorcowa"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("16"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("limit of 15"))) << message.toStdString();
    EXPECT_EQ(assignmentCount(), before) << "a refused assignment stores nothing";
}

TEST_F(CaseloadServiceTest, HalfTimeSocialWorkerIsFullAtTwentyFive)
{
    ws.load(DataSet::Assignments, test::assignmentsCsv(2, 1, 24));
    EXPECT_TRUE(service.assign({2, 25, kDay, {}}).ok());
    auto report = service.report(kDay);
    ASSERT_TRUE(report.ok());
    const auto row = std::find_if(report->rows.begin(), report->rows.end(),
                                  [](const WorkerCaseload& r) { return r.worker.id == 2; });
    ASSERT_NE(row, report->rows.end());
    EXPECT_EQ(row->load.limit, 25);
    EXPECT_EQ(row->load.status, LoadStatus::Full);
    EXPECT_FALSE(service.assign({2, 26, kDay, {}}).ok());
}

TEST_F(CaseloadServiceTest, CoordinatorsCountFosterFamilies)
{
    // 15 foster families since 2015-01-01 (art. 77 ust. 4; 30 in the 2011 wording).
    QByteArray csv = "worker_id,case_kind,case_id,from,to\n";
    for (int i = 1; i <= 15; ++i)
        csv += QStringLiteral("4,foster_family,%1,2021-01-01,\n").arg(i).toUtf8();
    ws.load(DataSet::Assignments, csv);
    EXPECT_EQ(casesOf(4), 15);
    auto over = service.assign({4, 16, kDay, {}});
    ASSERT_FALSE(over.ok());
    EXPECT_TRUE(over.error().message.contains(QStringLiteral("foster famil")))
        << over.error().message.toStdString();
}

TEST_F(CaseloadServiceTest, ManagerOverrideIsStoredAndAudited)
{
    ws.load(DataSet::Assignments, test::assignmentsCsv(3, 1, 15));
    const User manager = ws.addUser(QStringLiteral("kierownik"), Role::Manager);
    auto id = CaseloadService(ws.session(manager))
                  .assign({3, 21, kDay, QStringLiteral("Zastępstwo za nieobecną asystentkę")});
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_EQ(casesOf(3), 16);

    auto q =
        sql::run(ws.database(),
                 QStringLiteral("SELECT override_reason FROM assignments WHERE id = ?"), {*id});
    ASSERT_TRUE(q.ok() && q->next());
    EXPECT_EQ(q->value(0).toString(), QStringLiteral("Zastępstwo za nieobecną asystentkę"));

    auto audit = AuditRepository(ws.database())
                     .forEntity(QStringLiteral("assignment"), QString::number(*id));
    ASSERT_TRUE(audit.ok());
    ASSERT_EQ(audit->size(), 1);
    EXPECT_EQ(audit->first().action, QStringLiteral("assign.override"));
    EXPECT_EQ(audit->first().userLogin, QStringLiteral("kierownik"));
    const auto values = QJsonDocument::fromJson(audit->first().newValues.toUtf8()).object();
    EXPECT_EQ(values.value(QStringLiteral("override_reason")).toString(),
              QStringLiteral("Zastępstwo za nieobecną asystentkę"));
    EXPECT_EQ(values.value(QStringLiteral("case_id")).toInt(), 21);
}

TEST_F(CaseloadServiceTest, OnlyAManagerMayOverride)
{
    ws.load(DataSet::Assignments, test::assignmentsCsv(3, 1, 15));
    const User social = ws.addUser(QStringLiteral("pracownik"), Role::SocialWorker);
    auto refused =
        CaseloadService(ws.session(social)).assign({3, 21, kDay, QStringLiteral("Bardzo proszę")});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Only a manager")));
    EXPECT_EQ(casesOf(3), 15);
}

TEST_F(CaseloadServiceTest, EveryAssignmentIsAudited)
{
    auto before = AuditRepository(ws.database()).count();
    auto id = service.assign({1, 5, kDay, {}});
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(service.release(1, 5, kDay.addDays(30)).ok());
    auto audit = AuditRepository(ws.database())
                     .forEntity(QStringLiteral("assignment"), QString::number(*id));
    ASSERT_TRUE(audit.ok());
    ASSERT_EQ(audit->size(), 2);
    EXPECT_EQ(audit->at(0).action, QStringLiteral("assign"));
    EXPECT_EQ(audit->at(1).action, QStringLiteral("release"));
    EXPECT_TRUE(audit->at(1).oldValues.contains(QStringLiteral("\"to\":\"\"")));
    EXPECT_TRUE(audit->at(1).newValues.contains(QStringLiteral("\"to\":\"2024-07-01\"")));
    EXPECT_EQ(*AuditRepository(ws.database()).count(), *before + 2);
}

TEST_F(CaseloadServiceTest, ReleasedAndClosedCasesStopCounting)
{
    ws.load(DataSet::Assignments, test::assignmentsCsv(3, 1, 15));
    ASSERT_TRUE(service.release(3, 1, kDay).ok());
    EXPECT_EQ(casesOf(3, kDay.addDays(-1)), 15) << "the day before the release still counts";
    EXPECT_EQ(casesOf(3, kDay), 14) << "the release day no longer counts";
    EXPECT_TRUE(service.assign({3, 21, kDay, {}}).ok()) << "room again";

    // Closing a family frees the place too.
    ASSERT_TRUE(
        sql::run(ws.database(),
                 QStringLiteral("UPDATE families SET closed_on = '2024-07-01' WHERE id = 2"))
            .ok());
    EXPECT_EQ(casesOf(3, QDate(2024, 6, 30)), 15);
    EXPECT_EQ(casesOf(3, QDate(2024, 7, 1)), 14);
    auto closed = service.assign({6, 2, QDate(2024, 7, 2), {}});
    ASSERT_FALSE(closed.ok());
    EXPECT_TRUE(closed.error().message.contains(QStringLiteral("closed")));
}

TEST_F(CaseloadServiceTest, TransferMovesTheCaseInOneStep)
{
    ws.load(DataSet::Assignments, test::assignmentsCsv(3, 1, 5));
    auto id = service.transfer(3, {6, 1, kDay, {}});
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_EQ(casesOf(3), 4);
    EXPECT_EQ(casesOf(6), 1);
    EXPECT_EQ(casesOf(3, kDay.addDays(-1)), 5);
}

TEST_F(CaseloadServiceTest, AFailedTransferChangesNothing)
{
    ws.load(DataSet::Assignments, test::assignmentsCsv(3, 1, 5));
    ws.load(DataSet::Assignments, test::assignmentsCsv(6, 21, 15));
    const int before = assignmentCount();
    auto id = service.transfer(3, {6, 1, kDay, {}}); // assistant 6 is full
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().kind, ErrorKind::Refused);
    EXPECT_EQ(casesOf(3), 5) << "the release is rolled back with the refused assignment";
    EXPECT_EQ(casesOf(6), 15);
    EXPECT_EQ(assignmentCount(), before);
    auto q = sql::run(ws.database(),
                      QStringLiteral("SELECT COUNT(*) FROM assignments WHERE to_date IS NOT NULL"));
    ASSERT_TRUE(q.ok() && q->next());
    EXPECT_EQ(q->value(0).toInt(), 0);
}

// The statute's change of 2015-01-01 is shipped (migration 013); a centre's own stricter rule
// takes effect on its own date too.
TEST_F(CaseloadServiceTest, ReportAsOfADateUsesTheRulesThenInForce)
{
    ws.load(DataSet::Assignments, test::assignmentsCsv(3, 1, 17, QStringLiteral("2014-01-01")));
    ASSERT_TRUE(service.addRule({0, Role::FamilyAssistant, 12, false, QDate(2016, 1, 1)}).ok());

    auto before = service.report(QDate(2014, 12, 31));
    auto after = service.report(QDate(2015, 1, 1));
    ASSERT_TRUE(before.ok() && after.ok());
    auto find = [](const CaseloadReport& r) {
        return *std::find_if(r.rows.begin(), r.rows.end(),
                             [](const WorkerCaseload& w) { return w.worker.id == 3; });
    };
    EXPECT_EQ(find(*before).load.limit, 20);
    EXPECT_EQ(find(*before).load.status, LoadStatus::Ok);
    EXPECT_EQ(find(*after).load.limit, 15);
    EXPECT_EQ(find(*after).load.status, LoadStatus::Over);
    const auto summaryAfter = after->summaries.at(1);
    EXPECT_EQ(summaryAfter.role, Role::FamilyAssistant);
    EXPECT_EQ(summaryAfter.limit, 15);
    EXPECT_EQ(summaryAfter.overLimit, 1);
    EXPECT_EQ(summaryAfter.extraWorkersNeeded, 0) << "17 cases fit in two assistants' 30 places";
    auto local = service.report(QDate(2016, 1, 1));
    ASSERT_TRUE(local.ok());
    EXPECT_EQ(find(*local).load.limit, 12);
    EXPECT_EQ(local->limitSource(Role::FamilyAssistant), QStringLiteral("the centre's own rule"));
}

TEST_F(CaseloadServiceTest, RulesNeedAManagerAndADistinctDate)
{
    const User social = ws.addUser(QStringLiteral("pracownik"), Role::SocialWorker);
    auto refused = CaseloadService(ws.session(social))
                       .addRule({0, Role::FamilyAssistant, 12, false, QDate(2016, 1, 1)});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Refused);
    ASSERT_TRUE(service.addRule({0, Role::FamilyAssistant, 12, false, QDate(2016, 1, 1)}).ok());
    auto twice = service.addRule({0, Role::FamilyAssistant, 10, false, QDate(2016, 1, 1)});
    ASSERT_FALSE(twice.ok());
    auto statutes = // the statute's own date holds the shipped rule already
        service.addRule({0, Role::FamilyAssistant, 15, false, QDate(2015, 1, 1)});
    ASSERT_FALSE(statutes.ok());
    auto manager = service.addRule({0, Role::Manager, 12, false, QDate(2016, 1, 1)});
    ASSERT_FALSE(manager.ok());
    EXPECT_EQ(manager.error().kind, ErrorKind::BadInput);
}

TEST_F(CaseloadServiceTest, WhatNoOverrideCanAllowIsRefusedWithItsReason)
{
    auto unknownWorker = service.assign({99, 1, kDay, {}});
    ASSERT_FALSE(unknownWorker.ok());
    EXPECT_EQ(unknownWorker.error().kind, ErrorKind::BadInput);

    auto unknownCase = service.assign({1, 999, kDay, {}});
    ASSERT_FALSE(unknownCase.ok());
    EXPECT_EQ(unknownCase.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(unknownCase.error().message.contains(QStringLiteral("family 999")));

    auto manager = service.assign({5, 1, kDay, {}});
    ASSERT_FALSE(manager.ok());
    EXPECT_EQ(manager.error().kind, ErrorKind::Refused);

    ASSERT_TRUE(service.assign({1, 1, kDay, {}}).ok());
    auto twice = service.assign({1, 1, kDay.addDays(3), {}});
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().message.contains(QStringLiteral("already")));

    auto beforeOpening = service.assign({1, 2, QDate(2009, 1, 1), {}});
    ASSERT_FALSE(beforeOpening.ok());
}

TEST_F(CaseloadServiceTest, WorkersWithRoomLeastLoadedFirst)
{
    ws.load(DataSet::Assignments, test::assignmentsCsv(3, 1, 15));
    ws.load(DataSet::Assignments, test::assignmentsCsv(6, 21, 4));
    auto room = service.withRoom(Role::FamilyAssistant, kDay);
    ASSERT_TRUE(room.ok());
    ASSERT_EQ(room->size(), 1);
    EXPECT_EQ(room->first().worker.id, 6);
}
