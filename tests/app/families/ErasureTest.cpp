// Erasing a person's data on a GDPR request: the member goes, the audit records about them are
// blanked but still chained, and the erasure is recorded without naming them.
#include "AuditRepository.h"
#include "MemberService.h"
#include "PlacementService.h"
#include "SqlHelpers.h"
#include "TestWorkspace.h"
#include "VerifyService.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace opieka;

namespace {
const QString kPesel = QStringLiteral("02070803628");

QString allAuditValues(Database& db)
{
    auto q = sql::run(db, QStringLiteral("SELECT COALESCE(old_values, '') || '|' || "
                                         "COALESCE(new_values, '') FROM audit_log"));
    QString all;
    while (q && q->next())
        all += q->value(0).toString() + QLatin1Char('\n');
    return all;
}
} // namespace

TEST(Erasure, APersonsDataLeavesTheDatabaseAndTheAuditStillVerifies)
{
    test::TestWorkspace ws;
    ws.load(DataSet::Families, test::familiesCsv(1));
    ws.load(DataSet::Members, "family_id,pesel,first_name,last_name,birth_date,sex,relation\n"
                              "1," +
                                  kPesel.toUtf8() +
                                  ",Zuzanna,Testowa,,,child\n1,,Ewa,Testowa,1980-01-01,F,parent\n");
    MemberService members(ws.session(ws.manager()));
    Member zuzanna = members.members(1)->first();
    zuzanna.firstName = QStringLiteral("Zuzia");
    ASSERT_TRUE(members.update(zuzanna).ok());
    ASSERT_TRUE(allAuditValues(ws.database()).contains(kPesel));

    const User worker = ws.addUser(QStringLiteral("pracownik"), Role::SocialWorker);
    EXPECT_EQ(MemberService(ws.session(worker))
                  .erase(zuzanna.id, QStringLiteral("RODO/1/2026"))
                  .error()
                  .kind,
              ErrorKind::Refused);
    EXPECT_EQ(members.erase(zuzanna.id, QString()).error().kind, ErrorKind::BadInput);

    auto blanked = members.erase(zuzanna.id, QStringLiteral("RODO/1/2026"));
    ASSERT_TRUE(blanked.ok()) << blanked.error().message.toStdString();
    EXPECT_EQ(*blanked, 2) << "the import and the update";

    EXPECT_EQ(members.members(1)->size(), 1) << "Ewa stays";
    const QString audit = allAuditValues(ws.database());
    EXPECT_FALSE(audit.contains(kPesel));
    EXPECT_FALSE(audit.contains(QStringLiteral("Zuzanna")));
    EXPECT_FALSE(audit.contains(QStringLiteral("Zuzia")));
    EXPECT_TRUE(audit.contains(QStringLiteral("RODO/1/2026"))) << "the erasure is recorded";
    EXPECT_TRUE(audit.contains(QStringLiteral("Ewa"))) << "nobody else's records are touched";

    auto report = VerifyService(ws.database()).verify();
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->ok()) << "blanked records still fit the chain";

    // Nothing of her is left in the file's bytes either: not in free pages, not in the log.
    if (test::onPostgres())
        return; // the server's files are not ours to read
    ws.close();
    QByteArray bytes;
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(ws.path() + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    EXPECT_FALSE(bytes.contains(kPesel.toLatin1()));
    EXPECT_FALSE(bytes.contains("Zuzanna"));
    EXPECT_FALSE(bytes.contains("zuzanna")) << "nor in the family's search text";
    EXPECT_TRUE(bytes.contains("Ewa"));
}

TEST(Erasure, AnErasedRecordGivenValuesAgainIsFoundByVerify)
{
    test::TestWorkspace ws;
    ws.loadFamilyWithChild("Zuzanna");
    MemberService members(ws.session(ws.manager()));
    const qint64 id = members.members(1)->first().id;
    ASSERT_TRUE(members.erase(id, QStringLiteral("RODO/2/2026")).ok());
    ASSERT_TRUE(sql::run(ws.database(),
                         QStringLiteral("UPDATE audit_log SET new_values = '{\"x\":1}' WHERE "
                                        "erased_at IS NOT NULL"))
                    .ok());
    auto report = VerifyService(ws.database()).verify();
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->chain.brokenAt.has_value());
    EXPECT_EQ(report->chain.problem, AuditChainProblem::Edited);
}

TEST(Erasure, APlacedChildsRecordsAreKept)
{
    test::TestWorkspace ws;
    ws.loadFamilyWithChild("Ola");
    ws.load(DataSet::FosterFamilies,
            "id,name,kind,municipality,opened_on,closed_on\n1,Z,kinship,X,2019-01-01,\n");
    const qint64 child = MemberService(ws.session(ws.manager())).members(1)->first().id;
    ASSERT_TRUE(PlacementService(ws.session(ws.manager()))
                    .place(test::courtPlacement(child, 1, QDate(2024, 3, 1),
                                                QStringLiteral("III Nsm 1/24"), QDate(2024, 2, 27)))
                    .ok());
    auto erased = MemberService(ws.session(ws.manager())).erase(child, QStringLiteral("RODO/3"));
    ASSERT_FALSE(erased.ok());
    EXPECT_EQ(erased.error().kind, ErrorKind::Refused);
    EXPECT_EQ(MemberService(ws.session(ws.manager())).members(1)->size(), 1);
}
