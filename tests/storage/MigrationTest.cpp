#include "Database.h"
#include "FamilyRepository.h"
#include "SchemaMigrator.h"
#include "SqlHelpers.h"
#include "TestDatabase.h"
#include "Workspace.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace opieka;

namespace {
std::unique_ptr<Database> openRaw(const QString& path)
{
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    EXPECT_TRUE(db.ok());
    return db ? std::move(*db) : nullptr;
}

QString pragma(Database& db, const char* name)
{
    auto q = sql::run(db, QStringLiteral("PRAGMA ") + QLatin1String(name));
    return q && q->next() ? q->value(0).toString() : QString();
}
} // namespace

TEST(Migrations, NewDatabaseGetsTheLatestSchemaAndDefaultRules)
{
    test::TestDatabase fresh;
    auto ws = Workspace::open(fresh.location(), Workspace::OpenMode::CreateIfMissing);
    ASSERT_TRUE(ws.ok()) << ws.error().message.toStdString();
    SchemaMigrator migrator((*ws)->database());
    EXPECT_EQ(*migrator.currentVersion(), SchemaMigrator::latestVersion());
    EXPECT_GE(SchemaMigrator::latestVersion(), 2);
    auto q = sql::run(
        (*ws)->database(),
        QStringLiteral("SELECT role, case_limit, prorated FROM caseload_rules ORDER BY case_limit, "
                       "role"));
    ASSERT_TRUE(q.ok());
    QStringList rules;
    while (q->next())
        rules << q->value(0).toString() + QLatin1Char(':') + q->value(1).toString() +
                     QLatin1Char(':') + q->value(2).toString();
    // The statute's history (migration 013): 20 and 30 of 2011, 15 and 15 from 2015.
    EXPECT_EQ(rules, (QStringList{QStringLiteral("family_assistant:15:0"),
                                  QStringLiteral("foster_care_coordinator:15:0"),
                                  QStringLiteral("family_assistant:20:0"),
                                  QStringLiteral("foster_care_coordinator:30:0"),
                                  QStringLiteral("social_worker:50:1")}));
}

TEST(Migrations, ConnectionIsDurableWithForeignKeysAndWal)
{
    OPIEKA_SQLITE_ONLY("SQLite's pragmas");
    QTemporaryDir dir;
    auto db = openRaw(dir.filePath(QStringLiteral("p.sqlite")));
    ASSERT_TRUE(db);
    EXPECT_EQ(pragma(*db, "foreign_keys"), QStringLiteral("1"));
    EXPECT_EQ(pragma(*db, "journal_mode"), QStringLiteral("wal"));
    EXPECT_EQ(pragma(*db, "synchronous"), QStringLiteral("2")); // FULL
    EXPECT_EQ(pragma(*db, "busy_timeout"), QStringLiteral("5000"));
}

TEST(Migrations, AnOldDatabaseIsUpgradedAndKeepsItsData)
{
    test::TestDatabase old;
    const QString path = old.location();
    {
        auto db = openRaw(path);
        SchemaMigrator migrator(*db);
        ASSERT_TRUE(migrator.migrate(1).ok());
        EXPECT_EQ(*migrator.currentVersion(), 1);
        EXPECT_FALSE(db->connection().tables().contains(QStringLiteral("caseload_rules")));
        ASSERT_TRUE(sql::run(*db, QStringLiteral(
                                      "INSERT INTO workers (id, first_name, last_name, role, fte) "
                                      "VALUES (7, 'Ewa', 'Testowa', 'family_assistant', 1)"))
                        .ok());
    }
    auto ws = Workspace::open(path, Workspace::OpenMode::MustExist);
    ASSERT_TRUE(ws.ok()) << ws.error().message.toStdString();
    EXPECT_TRUE((*ws)->wasUpgraded());
    SchemaMigrator migrator((*ws)->database());
    EXPECT_EQ(*migrator.currentVersion(), SchemaMigrator::latestVersion());
    auto q =
        sql::run((*ws)->database(), QStringLiteral("SELECT last_name FROM workers WHERE id = 7"));
    ASSERT_TRUE(q.ok() && q->next());
    EXPECT_EQ(q->value(0).toString(), QStringLiteral("Testowa"));
    EXPECT_TRUE((*ws)->database().connection().tables().contains(QStringLiteral("caseload_rules")));

    // Opening again changes nothing.
    auto again = Workspace::open(path, Workspace::OpenMode::MustExist);
    ws->reset();
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE((*again)->wasUpgraded());
}

TEST(Migrations, ANewerDatabaseIsRefusedAndLeftAlone)
{
    test::TestDatabase newer;
    const QString path = newer.location();
    {
        auto ws = Workspace::open(path, Workspace::OpenMode::CreateIfMissing);
        ASSERT_TRUE(ws.ok());
        ASSERT_TRUE(
            sql::run((*ws)->database(), QStringLiteral("UPDATE schema_version SET version = 99"))
                .ok());
    }
    auto ws = Workspace::open(path, Workspace::OpenMode::MustExist);
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().kind, ErrorKind::Storage);
    EXPECT_TRUE(ws.error().message.contains(QStringLiteral("newer version")))
        << ws.error().message.toStdString();
    EXPECT_TRUE(ws.error().message.contains(QStringLiteral("99")));
    auto db = openRaw(path);
    EXPECT_EQ(*SchemaMigrator(*db).currentVersion(), 99);
}

TEST(Migrations, AFileThatIsNotADatabaseIsRefusedClearly)
{
    OPIEKA_SQLITE_ONLY("about files");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    auto ws = Workspace::open(path, Workspace::OpenMode::MustExist);
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().kind, ErrorKind::Storage);
    EXPECT_TRUE(ws.error().message.contains(path)) << ws.error().message.toStdString();
    QFile check(path);
    ASSERT_TRUE(check.open(QIODevice::ReadOnly));
    EXPECT_EQ(check.readAll(), QByteArray(4096, 'x')) << "the file must be left as it was";
}

TEST(Migrations, AnotherProgramsDatabaseIsRefused)
{
    test::TestDatabase other;
    const QString path = other.location();
    {
        auto db = openRaw(path);
        ASSERT_TRUE(sql::run(*db, QStringLiteral("CREATE TABLE invoices (id INTEGER)")).ok());
    }
    auto ws = Workspace::open(path, Workspace::OpenMode::MustExist);
    ASSERT_FALSE(ws.ok());
    EXPECT_TRUE(ws.error().message.contains(QStringLiteral("not an Opieka database")));
}

TEST(Migrations, AMissingFileIsNotCreatedWhenItMustExist)
{
    OPIEKA_SQLITE_ONLY("about files");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("typo.sqlite"));
    auto ws = Workspace::open(path, Workspace::OpenMode::MustExist);
    ASSERT_FALSE(ws.ok());
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_TRUE(ws.error().message.contains(QStringLiteral("init")));
}

TEST(Migrations, FamiliesFromBeforeSearchTextBecomeSearchableAfterTheUpgrade)
{
    test::TestDatabase v2;
    const QString path = v2.location();
    {
        auto db = openRaw(path);
        ASSERT_TRUE(SchemaMigrator(*db).migrate(2).ok());
        ASSERT_TRUE(
            sql::run(*db, QStringLiteral(
                              "INSERT INTO families (id, name, municipality, category, "
                              "opened_on) VALUES (5, 'Łącki', 'Żabno', 'coping', '2020-01-01')"))
                .ok());
    }
    auto ws = Workspace::open(path, Workspace::OpenMode::MustExist);
    ASSERT_TRUE(ws.ok()) << ws.error().message.toStdString();
    auto q = sql::run((*ws)->database(),
                      QStringLiteral("SELECT search_text FROM families WHERE id = 5"));
    ASSERT_TRUE(q.ok() && q->next());
    EXPECT_TRUE(q->value(0).toString().contains(QStringLiteral("lacki zabno")))
        << q->value(0).toString().toStdString();
}

// Migration 23 runs a $$-quoted block on PostgreSQL only: the server gets the trigram index that
// serves search as you type (the test server has postgresql-contrib, as a centre's has), and a
// file skips it without error. The search itself must be answered from the index.
TEST(Migrations, OnTheServerSearchTextHasATrigramIndexAndTheFileSkipsIt)
{
    test::TestDatabase fresh;
    auto ws = Workspace::open(fresh.location(), Workspace::OpenMode::CreateIfMissing);
    ASSERT_TRUE(ws.ok()) << ws.error().message.toStdString();
    Database& db = (*ws)->database();
    EXPECT_GE(SchemaMigrator::latestVersion(), 23);
    if (db.dialect().isSqlite()) {
        auto q = sql::run(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                             "'families_search_trigram'"));
        ASSERT_TRUE(q.ok() && q->next());
        EXPECT_EQ(q->value(0).toInt(), 0);
        return;
    }
    auto index = sql::run(db, QStringLiteral("SELECT indexdef FROM pg_indexes WHERE indexname = "
                                             "'families_search_trigram'"));
    ASSERT_TRUE(index.ok() && index->next()) << "no trigram index on families.search_text";
    EXPECT_TRUE(index->value(0).toString().contains(QStringLiteral("gin_trgm_ops")));
    index->finish();
    ASSERT_TRUE(sql::run(db, QStringLiteral("SET enable_seqscan = off")).ok());
    auto plan = sql::run(db, QStringLiteral("EXPLAIN SELECT id FROM families WHERE search_text "
                                            "LIKE '%xylofon%'"));
    ASSERT_TRUE(plan.ok());
    QString text;
    while (plan->next())
        text += plan->value(0).toString() + QLatin1Char('\n');
    plan->finish();
    ASSERT_TRUE(sql::run(db, QStringLiteral("SET enable_seqscan = on")).ok());
    EXPECT_TRUE(text.contains(QStringLiteral("families_search_trigram"))) << text.toStdString();
}

// Families get their address key when an upgrade finds them without one (schema 17); a family
// with no address has no key to get, and an upgrade must not rewrite it again and again (every
// family of a centre without addresses was updated, one statement each, at every upgrade).
TEST(Migrations, AnUpgradeFillsAddressKeysOnlyForFamiliesWithAnAddress)
{
    test::TestDatabase fresh;
    auto ws = Workspace::open(fresh.location(), Workspace::OpenMode::CreateIfMissing);
    ASSERT_TRUE(ws.ok()) << ws.error().message.toStdString();
    Database& db = (*ws)->database();
    ASSERT_TRUE(sql::run(db, QStringLiteral("INSERT INTO families (id, name, municipality, "
                                            "category, opened_on, address) VALUES (7, 'Testowa', "
                                            "'Żabno', 'coping', '2020-01-01', NULL), (8, "
                                            "'Próbna', 'Żabno', 'coping', '2020-01-01', "
                                            "'ul. Polna 3')"))
                    .ok());
    auto filled = FamilyRepository(db).fillMissingMatchKeys();
    ASSERT_TRUE(filled.ok()) << filled.error().message.toStdString();
    EXPECT_EQ(*filled, 1); // the family at ul. Polna 3
    auto again = FamilyRepository(db).fillMissingMatchKeys();
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, 0);
    auto key = sql::run(db, QStringLiteral("SELECT address_key FROM families WHERE id = 8"));
    ASSERT_TRUE(key.ok() && key->next());
    EXPECT_TRUE(key->value(0).toString().startsWith(QStringLiteral("a:")));
}
