// Opening a family's record from outside its team is in the audit; its own worker's is not.
#include "AuditRepository.h"
#include "FamilyService.h"
#include "TestWorkspace.h"

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

    FamilyService families(ws.database());
    EXPECT_FALSE(*families.recordOpening(own, 1, QDate(2024, 6, 1)));
    EXPECT_EQ(openings(ws.database(), 1), 0);
    EXPECT_TRUE(*families.recordOpening(colleague, 1, QDate(2024, 6, 1)));
    EXPECT_TRUE(*families.recordOpening(manager, 1, QDate(2024, 6, 1)));
    EXPECT_EQ(openings(ws.database(), 1), 2);
    // Before her assignment began, Anna was not on the team either.
    EXPECT_TRUE(*families.recordOpening(own, 1, QDate(2020, 6, 1)));
    auto entries =
        AuditRepository(ws.database()).forEntity(QStringLiteral("family"), QStringLiteral("1"));
    EXPECT_EQ(entries->last().userLogin, QStringLiteral("anna"));
}
