// Opening a family's record from outside its team is in the audit; its own worker's is not.
#include "AuditRepository.h"
#include "ExportService.h"
#include "FamilyService.h"
#include "FosterRegisterService.h"
#include "TestWorkspace.h"

#include <QBuffer>
#include <gtest/gtest.h>

using namespace opieka;

namespace {
int openings(Database& db, qint64 familyId)
{
    auto entries =
        AuditRepository(db).forEntity(QStringLiteral("family"), QString::number(familyId));
    int count = 0;
    for (const AuditEntry& e : *entries)
        count += e.action == QStringLiteral("family.open") ? 1 : 0;
    return count;
}
} // namespace

TEST(OpeningAudit, OnlyOpeningsFromOutsideTheTeamAreRecorded)
{
    test::TestWorkspace ws;
    ws.load(DataSet::Workers, "id,first_name,last_name,role,fte\n1,Anna,Testowa,social_worker,1\n"
                              "2,Ewa,Inna,social_worker,1\n");
    ws.load(DataSet::Families, test::familiesCsv(1));
    ws.load(DataSet::Assignments, test::assignmentsCsv(1, 1, 1));
    User own = ws.addUser(QStringLiteral("anna"), Role::SocialWorker);
    own.workerId = 1;
    User colleague = ws.addUser(QStringLiteral("ewa"), Role::SocialWorker);
    colleague.workerId = 2;
    const User manager = ws.addUser(QStringLiteral("kierownik"), Role::Manager);

    EXPECT_FALSE(*FamilyService(ws.session(own)).recordOpening(1, QDate(2024, 6, 1)));
    EXPECT_EQ(openings(ws.database(), 1), 0);
    EXPECT_TRUE(*FamilyService(ws.session(colleague)).recordOpening(1, QDate(2024, 6, 1)));
    EXPECT_TRUE(*FamilyService(ws.session(manager)).recordOpening(1, QDate(2024, 6, 1)));
    EXPECT_EQ(openings(ws.database(), 1), 2);
    // Before her assignment began, Anna was not on the team either.
    EXPECT_TRUE(*FamilyService(ws.session(own)).recordOpening(1, QDate(2020, 6, 1)));
    auto entries =
        AuditRepository(ws.database()).forEntity(QStringLiteral("family"), QStringLiteral("1"));
    EXPECT_EQ(entries->last().userLogin, QStringLiteral("anna"));
}

TEST(OpeningAudit, AFosterFamilyOpenedByOtherThanItsCoordinatorIsRecorded)
{
    test::TestWorkspace ws;
    ws.load(DataSet::Workers,
            "id,first_name,last_name,role,fte\n1,Ewa,Testowa,foster_care_coordinator,1\n");
    ws.load(DataSet::FosterFamilies, "id,name,kind,municipality,opened_on,closed_on\n"
                                     "1,Zastępcza Jeden,kinship,Testowo,2020-01-01,\n");
    ws.load(DataSet::Assignments,
            "worker_id,case_kind,case_id,from,to\n1,foster_family,1,2021-01-01,\n");
    User coordinator = ws.addUser(QStringLiteral("ewa"), Role::FosterCareCoordinator);
    coordinator.workerId = 1;

    EXPECT_FALSE(
        *FosterRegisterService(ws.session(coordinator)).recordOpening(1, QDate(2024, 6, 1)));
    EXPECT_TRUE(
        *FosterRegisterService(ws.session(ws.manager())).recordOpening(1, QDate(2024, 6, 1)));
    auto entries = AuditRepository(ws.database())
                       .forEntity(QStringLiteral("foster_family"), QStringLiteral("1"));
    ASSERT_TRUE(entries.ok());
    int openings = 0;
    for (const AuditEntry& e : *entries)
        if (e.action == QStringLiteral("foster_family.open")) {
            ++openings;
            EXPECT_EQ(e.userLogin, ws.manager().login);
        }
    EXPECT_EQ(openings, 1);
}

TEST(OpeningAudit, AnExportIsRecordedWithItsDataSetAndRowCount)
{
    test::TestWorkspace ws;
    ws.load(DataSet::Families, test::familiesCsv(3));
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    ASSERT_EQ(*ExportService(ws.session(ws.manager())).exportCsv(DataSet::Families, out), 3);
    auto entries = AuditRepository(ws.database())
                       .forEntity(QStringLiteral("data_set"), QStringLiteral("families"));
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries->size(), 1);
    EXPECT_EQ(entries->first().action, QStringLiteral("export"));
    EXPECT_EQ(entries->first().userLogin, ws.manager().login);
    EXPECT_TRUE(entries->first().newValues.contains(QStringLiteral("\"rows\":3")))
        << entries->first().newValues.toStdString();
}
