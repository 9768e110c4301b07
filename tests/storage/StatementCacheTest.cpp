// Statements prepared once per connection and reused (issue 24): the same rows as a statement
// prepared per call, also when the same SQL runs again while its first run is still read, on a
// connection that reconnected, and without holding SQLite's read snapshot once read.
#include "Database.h"
#include "SqlHelpers.h"
#include "TestDatabase.h"

#include <QSqlRecord>
#include <gtest/gtest.h>

using namespace opieka;

namespace {

class StatementCacheTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Database::open(m_file.location(), Database::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_db = std::move(*opened);
        ASSERT_TRUE(sql::run(*m_db, QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, "
                                                   "name TEXT NOT NULL, town TEXT NOT NULL)"))
                        .ok());
        const QStringList names{QStringLiteral("Testowa"), QStringLiteral("Próbna"),
                                QStringLiteral("Przykładowa"), QStringLiteral("Wzorcowa")};
        for (int i = 0; i < names.size(); ++i)
            ASSERT_TRUE(sql::run(*m_db,
                                 QStringLiteral("INSERT INTO people (id, name, town) VALUES (?, "
                                                "?, ?)"),
                                 {i + 1, names[i],
                                  i % 2 == 0 ? QStringLiteral("Kraków") : QStringLiteral("Tarnów")})
                            .ok());
    }

    QStringList namesIn(const QString& town)
    {
        auto names = sql::rows(*m_db, kByTown, {town}, sql::textColumn);
        EXPECT_TRUE(names.ok());
        return names ? *names : QStringList();
    }

    const QString kByTown = QStringLiteral("SELECT name FROM people WHERE town = ? ORDER BY id");
    test::TestDatabase m_file;
    std::unique_ptr<Database> m_db;
};

TEST_F(StatementCacheTest, ASecondRunOfTheSameSqlReusesItsStatementWithTheNewValues)
{
    sql::StatementCache& cache = *m_db->statements();
    const qint64 prepared = cache.preparedCount();
    EXPECT_EQ(namesIn(QStringLiteral("Kraków")),
              (QStringList{QStringLiteral("Testowa"), QStringLiteral("Przykładowa")}));
    EXPECT_EQ(namesIn(QStringLiteral("Tarnów")),
              (QStringList{QStringLiteral("Próbna"), QStringLiteral("Wzorcowa")}));
    EXPECT_EQ(namesIn(QStringLiteral("Gdańsk")), QStringList());
    EXPECT_EQ(cache.preparedCount() - prepared, 1) << "prepared once, run three times";
}

TEST_F(StatementCacheTest, TheSameSqlRunWhileItsFirstRunIsReadGetsAStatementOfItsOwn)
{
    auto outer = sql::run(*m_db, kByTown, {QStringLiteral("Kraków")});
    ASSERT_TRUE(outer.ok());
    ASSERT_TRUE(outer->next());
    EXPECT_EQ(outer->value(0).toString(), QStringLiteral("Testowa"));
    // The families of the other town, read in full while the outer run is half read.
    EXPECT_EQ(namesIn(QStringLiteral("Tarnów")),
              (QStringList{QStringLiteral("Próbna"), QStringLiteral("Wzorcowa")}));
    if (m_db->dialect().isSqlite()) { // a server's forward-only rows go with the next statement
        ASSERT_TRUE(outer->next());
        EXPECT_EQ(outer->value(0).toString(), QStringLiteral("Przykładowa"));
        EXPECT_FALSE(outer->next());
    }
}

TEST_F(StatementCacheTest, AStatementThatFailedIsNotKept)
{
    const QString insert = QStringLiteral("INSERT INTO people (id, name, town) VALUES (?, ?, ?)");
    EXPECT_FALSE(
        sql::run(*m_db, insert, {1, QStringLiteral("Duplikat"), QStringLiteral("Kraków")}).ok());
    EXPECT_TRUE(
        sql::run(*m_db, insert, {5, QStringLiteral("Nowa"), QStringLiteral("Kraków")}).ok());
    EXPECT_EQ(namesIn(QStringLiteral("Kraków")).size(), 3);
}

TEST_F(StatementCacheTest, ChangingATableForgetsTheKeptStatements)
{
    const QString everything = QStringLiteral("SELECT * FROM people WHERE town = ?");
    const auto columns = [&] {
        auto counted = sql::rows(*m_db, everything, {QStringLiteral("Kraków")},
                                 [](const QSqlQuery& q) { return q.record().count(); });
        EXPECT_TRUE(counted.ok()) << counted.error().message.toStdString();
        return counted && !counted->isEmpty() ? counted->first() : -1;
    };
    EXPECT_EQ(columns(), 3);
    ASSERT_GT(m_db->statements()->size(), 0);
    ASSERT_TRUE(sql::run(*m_db, QStringLiteral("ALTER TABLE people ADD COLUMN street TEXT")).ok());
    EXPECT_EQ(m_db->statements()->size(), 0);
    // A kept "SELECT *" would fail on the server ("cached plan must not change result type").
    EXPECT_EQ(columns(), 4);
}

TEST_F(StatementCacheTest, AReadStatementKeptHalfReadHoldsNoReadSnapshot)
{
    OPIEKA_SQLITE_ONLY("the read snapshot of a SQLite statement not reset");
    {
        auto half = sql::run(*m_db, kByTown, {QStringLiteral("Kraków")});
        ASSERT_TRUE(half.ok() && half->next());
    } // kept, half read
    ASSERT_GT(m_db->statements()->size(), 0);
    // Another connection writes; a checkpoint then moves everything into the file: a statement
    // still holding its snapshot would leave frames behind (busy).
    auto other = Database::open(m_file.location(), Database::OpenMode::MustExist);
    ASSERT_TRUE(other.ok());
    ASSERT_TRUE(sql::run(**other,
                         QStringLiteral("INSERT INTO people (id, name, town) VALUES (?, ?, ?)"),
                         {9, QStringLiteral("Inna"), QStringLiteral("Kraków")})
                    .ok());
    auto checkpoint = sql::run(*m_db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    ASSERT_TRUE(checkpoint.ok() && checkpoint->next());
    EXPECT_EQ(checkpoint->value(0).toInt(), 0) << "the checkpoint was blocked";
    EXPECT_EQ(namesIn(QStringLiteral("Kraków")).size(), 3) << "the new row is seen";
}

TEST_F(StatementCacheTest, AfterTheServerConnectionDroppedTheStatementsArePreparedAgain)
{
    if (!test::onPostgres())
        GTEST_SKIP() << "PostgreSQL only (a file has no connection to lose)";
    ASSERT_EQ(namesIn(QStringLiteral("Kraków")).size(), 2);
    auto pid = sql::run(*m_db, QStringLiteral("SELECT pg_backend_pid()"));
    ASSERT_TRUE(pid.ok() && pid->next());
    auto admin = Database::open(m_file.location(), Database::OpenMode::MustExist);
    ASSERT_TRUE(admin.ok());
    auto ended = sql::run(**admin, QStringLiteral("SELECT pg_terminate_backend(?)"),
                          {pid->value(0).toLongLong()});
    ASSERT_TRUE(ended.ok() && ended->next() && ended->value(0).toBool());
    // The call that meets the drop fails; the next one reconnects and prepares anew.
    EXPECT_FALSE(sql::run(*m_db, kByTown, {QStringLiteral("Kraków")}).ok());
    EXPECT_EQ(namesIn(QStringLiteral("Kraków")),
              (QStringList{QStringLiteral("Testowa"), QStringLiteral("Przykładowa")}));
}

} // namespace
