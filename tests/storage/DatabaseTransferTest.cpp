// Moving a centre's file to a server database (opieka-cli migrate): every row with its id, the
// audit chain intact, counters past the old ids, all or nothing. The source is always an SQLite
// file; the target is the test database: a new database on the PostgreSQL test server in
// core_tests_postgres, another SQLite file in core_tests.
#include "DatabaseTransfer.h"

#include "AccountService.h"
#include "AuditRepository.h"
#include "Database.h"
#include "DemoService.h"
#include "ImportService.h"
#include "RuleRepository.h"
#include "SchemaMigrator.h"
#include "SqlHelpers.h"
#include "TestDatabase.h"
#include "VerifyService.h"
#include "Workspace.h"

#include <QElapsedTimer>
#include <QMap>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <iostream>

using namespace opieka;

namespace {

// A small centre in an SQLite file, made through the services, with values that are easy to
// get wrong on the way: Polish letters, a NULL, a fraction, a flag, and an id deleted at the end.
class SourceCentre
{
public:
    explicit SourceCentre(DemoService::Scale scale = DemoService::Scale::Small) { fill(scale); }

    QString path() const { return m_dir.filePath(QStringLiteral("centre.sqlite")); }
    Database& database() { return m_workspace->database(); }

private:
    void fill(DemoService::Scale scale)
    {
        auto opened = Workspace::open(path(), Workspace::OpenMode::CreateIfMissing);
        if (!opened) {
            ADD_FAILURE() << opened.error().message.toStdString();
            return;
        }
        m_workspace = std::move(*opened);
        auto admin = m_workspace->ensureAdministrator(QStringLiteral("admin"));
        ASSERT_TRUE(admin.ok()) << admin.error().message.toStdString();
        m_admin = *admin;
        auto demo = DemoService(Session(database(), m_admin)).generate(scale, 7, QDate(2025, 3, 3));
        ASSERT_TRUE(demo.ok()) << demo.error().message.toStdString();
        for (const auto& [set, csv] :
             {std::pair{DataSet::Workers,
                        QStringLiteral("id,first_name,last_name,role,fte,unit\n"
                                       "901,Łucja,Bąkowska-Żółć,social_worker,0.5,Zespół "
                                       "Ślężański\n")},
              std::pair{DataSet::Families,
                        QStringLiteral("id,name,municipality,category,opened_on,closed_on\n"
                                       "9001,Rodzina Łąckich,Łódź,at_risk,2019-02-28,\n")}}) {
            auto imported = ImportService(Session(database(), m_admin))
                                .importBytes(set, csv.toUtf8(), QStringLiteral("fixture.csv"),
                                             false, QDate(2025, 3, 3));
            ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
        }
        AccountService accounts(Session(database(), m_admin));
        NewAccount worker{QStringLiteral("lucja"), Role::SocialWorker, 901,
                          QByteArrayLiteral("a-long-enough-password")};
        ASSERT_TRUE(accounts.addAccount(worker).ok());
        ASSERT_TRUE(accounts.disable(QStringLiteral("lucja")).ok());
        // A rule given id 500 and deleted: AUTOINCREMENT never gives 500 again; nor may the server.
        ASSERT_TRUE(
            sql::run(database(), QStringLiteral("INSERT INTO caseload_rules (id, role, case_limit, "
                                                "prorated, valid_from) VALUES (500, "
                                                "'family_assistant', 15, 0, '2030-01-01')"))
                .ok());
        ASSERT_TRUE(
            sql::run(database(), QStringLiteral("DELETE FROM caseload_rules WHERE id = 500")).ok());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    User m_admin;
};

enum class Schema
{
    None,
    Current,
};

std::unique_ptr<Database> openTarget(const test::TestDatabase& target, Schema schema)
{
    auto db = Database::open(target.location(), Database::OpenMode::CreateIfMissing);
    EXPECT_TRUE(db.ok()) << db.error().message.toStdString();
    if (!db)
        return nullptr;
    // A server database made as Content::Migrated has it already; a test file does not.
    if (schema == Schema::Current) {
        EXPECT_TRUE(SchemaMigrator(**db).migrate().ok());
    }
    return std::move(*db);
}

QVariant valueOf(Database& db, const QString& select, const QList<QVariant>& values = {})
{
    auto q = sql::run(db, select, values);
    EXPECT_TRUE(q.ok()) << (q ? std::string() : q.error().message.toStdString());
    if (!q || !q->next())
        return {};
    return q->value(0);
}

qint64 countOf(Database& db, const QString& table)
{
    return valueOf(db, QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong();
}

QStringList tablesOf(Database& db)
{
    QStringList names;
    auto q = sql::run(db, db.dialect().tableNames());
    while (q && q->next())
        names << q->value(0).toString();
    return names;
}

} // namespace

TEST(DatabaseTransfer, MovesEveryRowWithItsIdAndTheAuditChainVerifiesThere)
{
    SourceCentre source;
    test::TestDatabase target;
    auto db = openTarget(target, Schema::None);
    ASSERT_TRUE(db);

    auto report = DatabaseTransfer::copy(source.database(), *db);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();

    // Every table of the schema is covered, none left out, each with the file's row count.
    QStringList copied;
    for (const TableCount& table : report->tables) {
        copied << table.table;
        EXPECT_EQ(table.sourceRows, countOf(source.database(), table.table))
            << table.table.toStdString();
        EXPECT_EQ(table.targetRows, countOf(*db, table.table)) << table.table.toStdString();
    }
    copied.sort();
    EXPECT_EQ(copied, tablesOf(*db));
    EXPECT_GT(countOf(*db, QStringLiteral("members")), 100);
    EXPECT_GT(report->auditRecords, 3);
    // Referenced tables come first.
    EXPECT_LT(copied.indexOf(QStringLiteral("families")), copied.size());
    const QStringList order = [&] {
        QStringList names;
        for (const TableCount& table : report->tables)
            names << table.table;
        return names;
    }();
    EXPECT_LT(order.indexOf(QStringLiteral("families")), order.indexOf(QStringLiteral("members")));
    EXPECT_LT(order.indexOf(QStringLiteral("members")),
              order.indexOf(QStringLiteral("placements")));
    EXPECT_LT(order.indexOf(QStringLiteral("work_plans")),
              order.indexOf(QStringLiteral("plan_goals")));

    // Exact values: Polish letters, a date, a NULL, a fraction, flags.
    EXPECT_EQ(
        valueOf(*db, QStringLiteral("SELECT last_name FROM workers WHERE id = 901")).toString(),
        QStringLiteral("Bąkowska-Żółć"));
    EXPECT_EQ(valueOf(*db, QStringLiteral("SELECT unit FROM workers WHERE id = 901")).toString(),
              QStringLiteral("Zespół Ślężański"));
    EXPECT_DOUBLE_EQ(
        valueOf(*db, QStringLiteral("SELECT fte FROM workers WHERE id = 901")).toDouble(), 0.5);
    EXPECT_EQ(
        valueOf(*db, QStringLiteral("SELECT opened_on FROM families WHERE id = 9001")).toString(),
        QStringLiteral("2019-02-28"));
    EXPECT_EQ(valueOf(*db, QStringLiteral("SELECT municipality FROM families WHERE id = 9001"))
                  .toString(),
              QStringLiteral("Łódź"));
    EXPECT_TRUE(
        valueOf(*db, QStringLiteral("SELECT closed_on FROM families WHERE id = 9001")).isNull());
    EXPECT_EQ(
        valueOf(*db, QStringLiteral("SELECT active FROM users WHERE login = 'lucja'")).toInt(), 0);
    EXPECT_EQ(
        valueOf(*db, QStringLiteral("SELECT worker_id FROM users WHERE login = 'lucja'")).toInt(),
        901);
    EXPECT_EQ(valueOf(*db, QStringLiteral("SELECT prorated FROM caseload_rules WHERE role = "
                                          "'social_worker'"))
                  .toInt(),
              1);
    // The search works on the server as it did in the file.
    EXPECT_EQ(valueOf(*db, QStringLiteral("SELECT search_text FROM families WHERE id = 9001")),
              valueOf(source.database(),
                      QStringLiteral("SELECT search_text FROM families WHERE id = 9001")));

    // The chain, as 'opieka-cli verify' sees it on the server.
    auto verified = VerifyService(*db).verify();
    ASSERT_TRUE(verified.ok()) << verified.error().message.toStdString();
    EXPECT_TRUE(verified->ok());
    EXPECT_EQ(verified->chain.records, report->auditRecords);

    // New rows get ids past the old ones, and past the rule deleted at the end of the file.
    const qint64 lastAudit =
        valueOf(*db, QStringLiteral("SELECT MAX(id) FROM audit_log")).toLongLong();
    AuditEntry entry;
    entry.userLogin = QStringLiteral("admin");
    entry.action = QStringLiteral("test.after_migrate");
    entry.entity = QStringLiteral("database");
    ASSERT_TRUE(AuditRepository(*db).append(entry).ok());
    EXPECT_EQ(valueOf(*db, QStringLiteral("SELECT MAX(id) FROM audit_log")).toLongLong(),
              lastAudit + 1);
    auto rule =
        RuleRepository(*db).insert({0, Role::FamilyAssistant, 15, false, QDate(2031, 1, 1)});
    ASSERT_TRUE(rule.ok()) << rule.error().message.toStdString();
    EXPECT_GT(*rule, 500);
    auto chain = AuditRepository(*db).verifyChain();
    ASSERT_TRUE(chain.ok());
    EXPECT_FALSE(chain->brokenAt);
}

TEST(DatabaseTransfer, ATargetHoldingDataIsRefusedAndLeftAsItWas)
{
    SourceCentre source;
    test::TestDatabase target(test::TestDatabase::Content::Migrated);
    auto db = openTarget(target, Schema::Current);
    ASSERT_TRUE(db);
    // A new, migrated database is empty: the rules and settings the migrations put in do not count.
    auto empty = DatabaseTransfer::tableHoldingData(*db);
    ASSERT_TRUE(empty.ok()) << empty.error().message.toStdString();
    EXPECT_FALSE(*empty);
    ASSERT_TRUE(sql::run(*db, QStringLiteral("INSERT INTO foster_families (id, name, kind, "
                                             "municipality, opened_on) VALUES (1, 'Rodzina "
                                             "Zastępcza', 'kinship', 'Gniezno', '2024-01-01')"))
                    .ok());
    ASSERT_TRUE(sql::run(*db, QStringLiteral("UPDATE settings SET setting_value = 'MOPS Gniezno' "
                                             "WHERE setting_key = 'centre_name'"))
                    .ok());
    QMap<QString, qint64> before;
    for (const QString& table : tablesOf(*db))
        before[table] = countOf(*db, table);

    auto report = DatabaseTransfer::copy(source.database(), *db);
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(report.error().message.contains(QStringLiteral("foster_families")))
        << report.error().message.toStdString();

    for (const QString& table : tablesOf(*db))
        EXPECT_EQ(countOf(*db, table), before.value(table)) << table.toStdString();
    EXPECT_EQ(valueOf(*db, QStringLiteral("SELECT setting_value FROM settings WHERE setting_key = "
                                          "'centre_name'"))
                  .toString(),
              QStringLiteral("MOPS Gniezno"));

    // A changed setting alone is data too: it names the table.
    ASSERT_TRUE(sql::run(*db, QStringLiteral("DELETE FROM foster_families")).ok());
    auto held = DatabaseTransfer::tableHoldingData(*db);
    ASSERT_TRUE(held.ok());
    EXPECT_EQ(held->value_or(QString()), QStringLiteral("settings"));
}

TEST(DatabaseTransfer, AFailureHalfWayLeavesTheTargetEmpty)
{
    SourceCentre source;
    test::TestDatabase target(test::TestDatabase::Content::Migrated);
    auto db = openTarget(target, Schema::Current);
    ASSERT_TRUE(db);
    // The audit log is among the last tables copied: refuse its rows, after many others went in.
    if (test::onPostgres()) {
        ASSERT_TRUE(sql::run(*db, QStringLiteral("CREATE FUNCTION refuse_row() RETURNS trigger "
                                                 "LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION "
                                                 "'refused by the test'; END $$"))
                        .ok());
        ASSERT_TRUE(sql::run(*db, QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON "
                                                 "audit_log FOR EACH ROW EXECUTE FUNCTION "
                                                 "refuse_row()"))
                        .ok());
    } else {
        ASSERT_TRUE(sql::run(*db, QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON "
                                                 "audit_log BEGIN SELECT RAISE(ABORT, 'refused "
                                                 "by the test'); END"))
                        .ok());
    }
    auto report = DatabaseTransfer::copy(source.database(), *db);
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().kind, ErrorKind::Storage);
    EXPECT_TRUE(report.error().message.contains(QStringLiteral("audit_log")))
        << report.error().message.toStdString();

    auto held = DatabaseTransfer::tableHoldingData(*db);
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    EXPECT_FALSE(*held) << held->value_or(QString()).toStdString();
    EXPECT_EQ(countOf(*db, QStringLiteral("workers")), 0);
    EXPECT_EQ(countOf(*db, QStringLiteral("members")), 0);
    EXPECT_EQ(countOf(*db, QStringLiteral("caseload_rules")), 5); // the statute's, as shipped
    // The connection is usable again: nothing is left of the failed transaction.
    EXPECT_FALSE(db->inTransaction());
    EXPECT_TRUE(sql::run(*db, QStringLiteral("SELECT 1")).ok());
}

TEST(DatabaseTransfer, RefusesASourceThatIsNotACurrentOpiekaFile)
{
    QTemporaryDir dir;
    {
        auto older = Database::open(dir.filePath(QStringLiteral("older.sqlite")),
                                    Database::OpenMode::CreateIfMissing);
        ASSERT_TRUE(older.ok());
        ASSERT_TRUE(SchemaMigrator(**older).migrate(SchemaMigrator::latestVersion() - 1).ok());
        const Status checked = DatabaseTransfer::checkSource(**older);
        ASSERT_FALSE(checked.ok());
        EXPECT_EQ(checked.error().kind, ErrorKind::Storage);
        EXPECT_TRUE(checked.error().message.contains(QStringLiteral("verify")))
            << checked.error().message.toStdString();
        // Nothing was upgraded.
        EXPECT_EQ(*SchemaMigrator(**older).currentVersion(), SchemaMigrator::latestVersion() - 1);
    }
    {
        auto foreign = Database::open(dir.filePath(QStringLiteral("other.sqlite")),
                                      Database::OpenMode::CreateIfMissing);
        ASSERT_TRUE(foreign.ok());
        ASSERT_TRUE(sql::run(**foreign, QStringLiteral("CREATE TABLE photos (id INTEGER)")).ok());
        const Status checked = DatabaseTransfer::checkSource(**foreign);
        ASSERT_FALSE(checked.ok());
        EXPECT_TRUE(checked.error().message.contains(QStringLiteral("not an Opieka database")))
            << checked.error().message.toStdString();
    }
    {
        auto newer = Database::open(dir.filePath(QStringLiteral("newer.sqlite")),
                                    Database::OpenMode::CreateIfMissing);
        ASSERT_TRUE(newer.ok());
        ASSERT_TRUE(SchemaMigrator(**newer).migrate().ok());
        ASSERT_TRUE(
            sql::run(**newer, QStringLiteral("UPDATE schema_version SET version = 999")).ok());
        const Status checked = DatabaseTransfer::checkSource(**newer);
        ASSERT_FALSE(checked.ok());
        EXPECT_TRUE(checked.error().message.contains(QStringLiteral("newer")))
            << checked.error().message.toStdString();
    }
}

TEST(DatabaseTransfer, TablesComeAfterTheTablesTheyReferTo)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("order.sqlite")),
                             Database::OpenMode::CreateIfMissing);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(SchemaMigrator(**db).migrate().ok());
    // A table a later migration might add, referring to two others.
    ASSERT_TRUE(
        sql::run(**db, QStringLiteral("CREATE TABLE aa_later (id INTEGER PRIMARY KEY, "
                                      "plan_action_id INTEGER REFERENCES plan_actions (id), "
                                      "member_id INTEGER REFERENCES members (id))"))
            .ok());
    auto order = DatabaseTransfer::tablesInForeignKeyOrder(**db);
    ASSERT_TRUE(order.ok());
    EXPECT_EQ(order->size(), tablesOf(**db).size());
    EXPECT_GT(order->indexOf(QStringLiteral("aa_later")),
              order->indexOf(QStringLiteral("plan_actions")));
    EXPECT_GT(order->indexOf(QStringLiteral("aa_later")),
              order->indexOf(QStringLiteral("members")));
    EXPECT_GT(order->indexOf(QStringLiteral("plan_actions")),
              order->indexOf(QStringLiteral("plan_goals")));
}

// Not a check: how long a county's file takes to move (OPIEKA_MEASURE_MIGRATE=1 to run it).
TEST(DatabaseTransfer, CountyTiming)
{
    if (qEnvironmentVariableIsEmpty("OPIEKA_MEASURE_MIGRATE"))
        GTEST_SKIP() << "a measurement: set OPIEKA_MEASURE_MIGRATE=1";
    SourceCentre source(DemoService::Scale::County);
    test::TestDatabase target;
    auto db = openTarget(target, Schema::None);
    ASSERT_TRUE(db);
    QElapsedTimer timer;
    timer.start();
    auto report = DatabaseTransfer::copy(source.database(), *db);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    std::cout << "county: " << report->rows() << " rows, " << report->auditRecords
              << " audit records in " << timer.elapsed() << " ms" << std::endl;
}
