// The audit trail is a hash chain: an audit record edited or deleted in the file, outside
// Opieka, is found by VerifyService (opieka-cli verify), and records from before the chain
// existed are sealed into it once, on upgrade.
#include "AuditRepository.h"
#include "Database.h"
#include "SchemaMigrator.h"
#include "SqlHelpers.h"
#include "TestWorkspace.h"
#include "VerifyService.h"

#include <gtest/gtest.h>
#include <initializer_list>

using namespace opieka;

namespace {
// Changes the file as someone with a database tool would, then reopens it through Opieka.
void tamper(test::TestWorkspace& ws, const QString& statement)
{
    ws.close();
    {
        auto db = Database::open(ws.path(), Database::OpenMode::MustExist);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(sql::run(**db, statement).ok()) << statement.toStdString();
    }
    ws.reopen();
}

VerifyReport verified(test::TestWorkspace& ws)
{
    auto report = VerifyService(ws.database()).verify();
    EXPECT_TRUE(report.ok()) << report.error().message.toStdString();
    return report ? *report : VerifyReport{};
}

class AuditChain : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // The administrator's creation, then one record per imported worker: 4 records.
        ws.loadWorkers({{1, "Anna", "Testowa", Role::SocialWorker},
                        {2, "Ewa", "Próbna", Role::SocialWorker},
                        {3, "Jan", "Wzorowy", Role::FamilyAssistant}});
        ASSERT_EQ(*AuditRepository(ws.database()).count(), 4);
    }
    test::TestWorkspace ws;
};
} // namespace

TEST_F(AuditChain, AnUntouchedTrailVerifies)
{
    const VerifyReport report = verified(ws);
    EXPECT_TRUE(report.ok());
    EXPECT_EQ(report.chain.records, 4);
    EXPECT_TRUE(report.integrityProblems.isEmpty());
    // Each record names the hash of the one before it.
    auto entries = AuditRepository(ws.database()).latest(4);
    ASSERT_EQ(entries->size(), 4);
    EXPECT_EQ(entries->at(0).prevHash, entries->at(1).hash);
    EXPECT_EQ(entries->last().prevHash, AuditRepository::chainStart());
}

TEST_F(AuditChain, AnEditedRecordIsFound)
{
    tamper(ws, QStringLiteral("UPDATE audit_log SET new_values = replace(new_values, 'Próbna', "
                              "'Inna') WHERE id = 3"));
    const VerifyReport report = verified(ws);
    EXPECT_FALSE(report.ok());
    EXPECT_EQ(report.chain.brokenAt, 3);
    EXPECT_EQ(report.chain.problem, AuditChainProblem::Edited);
    EXPECT_TRUE(VerifyService::describe(report)
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("record numbered 3")));
}

TEST_F(AuditChain, AnEditedTimeOrAuthorIsFound)
{
    tamper(ws, QStringLiteral("UPDATE audit_log SET user_login = 'ktos' WHERE id = 2"));
    EXPECT_EQ(verified(ws).chain.brokenAt, 2);
}

TEST_F(AuditChain, ADeletedRecordIsFound)
{
    tamper(ws, QStringLiteral("DELETE FROM audit_log WHERE id = 2"));
    const VerifyReport report = verified(ws);
    EXPECT_EQ(report.chain.brokenAt, 3);
    EXPECT_EQ(report.chain.problem, AuditChainProblem::OutOfOrder);
    EXPECT_EQ(report.chain.records, 3);
}

TEST_F(AuditChain, ARecordRehashedAloneStillBreaksTheNext)
{
    // Someone edits record 2 and writes a fitting hash for it, but cannot fix record 3's link.
    auto entries = AuditRepository(ws.database()).latest(4);
    AuditEntry second = entries->at(2);
    ASSERT_EQ(second.id, 2);
    second.newValues = QStringLiteral("{}");
    auto q = sql::run(ws.database(), QStringLiteral("SELECT at FROM audit_log WHERE id = 2"));
    ASSERT_TRUE(q.ok() && q->next());
    const QString values = AuditRepository::valuesHashOf(second);
    const QString hash =
        AuditRepository::linkHash(second, q->value(0).toString(), second.prevHash, values);
    tamper(ws, QStringLiteral("UPDATE audit_log SET new_values = '{}', values_hash = '%1', hash = "
                              "'%2' WHERE id = 2")
                   .arg(values, hash));
    const VerifyReport report = verified(ws);
    EXPECT_EQ(report.chain.brokenAt, 3);
    EXPECT_EQ(report.chain.problem, AuditChainProblem::OutOfOrder);
}

TEST_F(AuditChain, BlankedHashesAreFoundAndNotResealed)
{
    tamper(ws, QStringLiteral("UPDATE audit_log SET hash = NULL, prev_hash = NULL"));
    const VerifyReport report = verified(ws);
    EXPECT_EQ(report.chain.brokenAt, 1);
    EXPECT_EQ(report.chain.problem, AuditChainProblem::MissingHash);
}

// Issue 18, defect 3: what the chain alone could not show. The database keeps the chain's
// length and last hash (its head), written with every record.
namespace {
QString described(const VerifyReport& report)
{
    return VerifyService::describe(report).join(QLatin1Char('\n'));
}

// The verification fails, and what it says holds each of `parts`.
void expectFoundSaying(const VerifyReport& report, std::initializer_list<const char*> parts)
{
    EXPECT_FALSE(report.ok()) << described(report).toStdString();
    for (const char* part : parts)
        EXPECT_TRUE(described(report).contains(QString::fromUtf8(part)))
            << described(report).toStdString();
}
} // namespace

TEST_F(AuditChain, DeletingEveryRecordIsFound)
{
    tamper(ws, QStringLiteral("DELETE FROM audit_log"));
    expectFoundSaying(verified(ws), {"0 records but the chain's head says 4"});
}

TEST_F(AuditChain, DeletingTheLastRecordsIsFound)
{
    tamper(ws, QStringLiteral("DELETE FROM audit_log WHERE id > 2"));
    // "2 audit records are missing after record 2" (the plural's English form comes from the
    // translation file, which the tests do not load).
    expectFoundSaying(verified(ws), {"2 audit record", "missing after record 2"});
}

TEST_F(AuditChain, RecordsAddedAfterTheLastOnesWereDeletedStillShowTheGap)
{
    tamper(ws, QStringLiteral("DELETE FROM audit_log WHERE id > 2"));
    AuditEntry entry;
    entry.userLogin = QStringLiteral("admin");
    entry.action = QStringLiteral("test");
    entry.entity = QStringLiteral("worker");
    ASSERT_TRUE(AuditRepository(ws.database()).append(entry).ok());
    const VerifyReport report = verified(ws);
    EXPECT_FALSE(report.ok()) << described(report).toStdString();
    EXPECT_EQ(report.chain.brokenAt, 5);
    EXPECT_EQ(report.chain.problem, AuditChainProblem::OutOfOrder);
}

TEST_F(AuditChain, AnErasureForgedByHandIsFound)
{
    // Values blanked and erased_at set as MemberService::erase would, without its erasure record.
    tamper(ws, QStringLiteral("UPDATE audit_log SET old_values = NULL, new_values = NULL, "
                              "erased_at = '2026-12-01T10:00:00.000Z' WHERE id = 3"));
    expectFoundSaying(verified(ws), {"record 3 was erased without an erasure record"});
}

TEST_F(AuditChain, TheDatabaseHasAnIdentityOfItsOwn)
{
    test::TestWorkspace other;
    auto mine = AuditRepository(ws.database()).anchor();
    auto theirs = AuditRepository(other.database()).anchor();
    ASSERT_TRUE(mine.ok() && theirs.ok());
    ASSERT_TRUE(mine->has_value() && theirs->has_value());
    EXPECT_EQ((*mine)->databaseId.size(), 32);
    EXPECT_NE((*mine)->databaseId, (*theirs)->databaseId);
    EXPECT_EQ((*mine)->records, 4);
    const VerifyReport report = verified(ws);
    EXPECT_TRUE(described(report).contains((*mine)->databaseId)) << described(report).toStdString();
}

TEST(AuditChainUpgrade, RecordsFromBeforeTheChainAreSealedOnUpgrade)
{
    test::TestDatabase old;
    const QString path = old.location();
    {
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(SchemaMigrator(**db).migrate(6).ok());
        for (int i = 1; i <= 3; ++i)
            ASSERT_TRUE(
                sql::run(**db, QStringLiteral("INSERT INTO audit_log (at, user_login, action, "
                                              "entity, entity_id) VALUES "
                                              "('2025-01-0%1T10:00:00.000Z', 'admin', 'import', "
                                              "'worker', '%1')")
                                   .arg(i))
                    .ok());
    }
    auto ws = Workspace::open(path, Workspace::OpenMode::MustExist);
    ASSERT_TRUE(ws.ok()) << ws.error().message.toStdString();
    ASSERT_TRUE((*ws)->wasUpgraded());
    auto report = VerifyService((*ws)->database()).verify();
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->ok());
    EXPECT_EQ(report->chain.records, 3);
    // New records continue the sealed chain.
    User admin;
    admin.login = QStringLiteral("admin");
    AuditEntry entry;
    entry.userLogin = admin.login;
    entry.action = QStringLiteral("test");
    entry.entity = QStringLiteral("worker");
    ASSERT_TRUE(AuditRepository((*ws)->database()).append(entry).ok());
    EXPECT_TRUE(VerifyService((*ws)->database()).verify()->ok());
}

// A database from before schema 12, its records already chained, gets its identity and a head
// computed from the chain it holds when it is upgraded.
TEST(AuditChainUpgrade, ADatabaseFromBeforeTheAnchorGetsItsHeadOnUpgrade)
{
    test::TestDatabase old;
    auto db = Database::open(old.location(), Database::OpenMode::CreateIfMissing);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(SchemaMigrator(**db).migrate(11).ok());
    QString prev = AuditRepository::chainStart();
    for (int i = 1; i <= 3; ++i) { // chained as schema 11 chained them
        AuditEntry e;
        e.userLogin = QStringLiteral("admin");
        e.action = QStringLiteral("import");
        e.entity = QStringLiteral("worker");
        e.entityId = QString::number(i);
        const QString at = QStringLiteral("2025-01-0%1T10:00:00.000Z").arg(i);
        const QString values = AuditRepository::valuesHashOf(e);
        const QString hash = AuditRepository::linkHash(e, at, prev, values);
        ASSERT_TRUE(sql::run(**db,
                             QStringLiteral("INSERT INTO audit_log (at, user_login, action, "
                                            "entity, entity_id, values_hash, prev_hash, hash) "
                                            "VALUES (?, 'admin', 'import', 'worker', ?, ?, ?, ?)"),
                             {at, e.entityId, values, prev, hash})
                        .ok());
        prev = hash;
    }
    ASSERT_TRUE(SchemaMigrator(**db).migrate(12).ok());
    auto anchor = AuditRepository(**db).anchor();
    ASSERT_TRUE(anchor.ok() && anchor->has_value());
    EXPECT_EQ((*anchor)->records, 3);
    EXPECT_EQ((*anchor)->head, prev);
    EXPECT_EQ((*anchor)->databaseId.size(), 32);
    auto chain = AuditRepository(**db).verifyChain();
    ASSERT_TRUE(chain.ok());
    EXPECT_TRUE(chain->intact());
    // Deleting the last of those records is found from now on.
    ASSERT_TRUE(sql::run(**db, QStringLiteral("DELETE FROM audit_log WHERE id = 3")).ok());
    chain = AuditRepository(**db).verifyChain();
    ASSERT_TRUE(chain.ok());
    EXPECT_FALSE(chain->intact());
}
