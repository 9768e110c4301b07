// A workstation's connection to the centre's server drops (the server restarts, the network goes):
// the call that meets it fails with a message saying so, nothing of it is saved, and the next
// call reconnects. The server's side of a drop: pg_terminate_backend from a second connection.
#include "Database.h"
#include "FamilyService.h"
#include "SqlHelpers.h"
#include "SqlTransaction.h"
#include "TestWorkspace.h"

#include <QUrl>
#include <gtest/gtest.h>

using namespace opieka;

#define OPIEKA_POSTGRES_ONLY()                                                                     \
    if (!test::onPostgres())                                                                       \
    GTEST_SKIP() << "PostgreSQL only (a file has no connection to lose): set "                     \
                    "OPIEKA_TEST_POSTGRES_URL, e.g. through the ctest entry core_tests_postgres"

namespace {

// Ends the server process behind `database`'s connection, as a restart or a network drop would.
void dropConnection(Database& database)
{
    auto pid = sql::run(database, QStringLiteral("SELECT pg_backend_pid()"));
    ASSERT_TRUE(pid.ok() && pid->next());
    auto admin = Database::open(test::postgresUrl(), Database::OpenMode::MustExist);
    ASSERT_TRUE(admin.ok()) << admin.error().message.toStdString();
    auto ended = sql::run(**admin, QStringLiteral("SELECT pg_terminate_backend(?)"),
                          {pid->value(0).toLongLong()});
    ASSERT_TRUE(ended.ok() && ended->next() && ended->value(0).toBool());
}

// What another workstation reads: a connection of its own.
QString familyNameSeenElsewhere(const test::TestWorkspace& ws)
{
    auto other = Workspace::open(ws.path(), Workspace::OpenMode::MustExist);
    if (!other)
        return QStringLiteral("(cannot open: %1)").arg(other.error().message);
    auto family = FamilyService(Session((*other)->database(), ws.manager())).family(1);
    return family ? family->name : family.error().message;
}

void expectClearLossMessage(const Error& error, const test::TestWorkspace& ws)
{
    EXPECT_EQ(error.kind, ErrorKind::ConnectionLost);
    const QUrl url(ws.path());
    const QString server = url.host() + url.path(); // HOST/DB
    EXPECT_TRUE(error.message.contains(
        QStringLiteral("The connection to the database server at %1 was lost").arg(server)))
        << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("try again"))) << error.message.toStdString();
    const QString password = qEnvironmentVariable("OPIEKA_DB_PASSWORD");
    if (!password.isEmpty()) {
        EXPECT_FALSE(error.message.contains(password));
    }
    EXPECT_FALSE(error.message.contains(url.userName() + QLatin1Char('@')));
}

} // namespace

TEST(ConnectionLoss, TheCallAfterADropFailsClearlyAndTheNextOneReconnects)
{
    OPIEKA_POSTGRES_ONLY();
    test::TestWorkspace ws;
    ws.load(DataSet::Families, test::familiesCsv(1));
    FamilyService families(ws.session(ws.manager()));
    auto family = families.family(1);
    ASSERT_TRUE(family.ok());
    const QString before = family->name;

    dropConnection(ws.database());
    family->name = QStringLiteral("Rodzina Po Przerwie");
    const Status lost = families.update(*family);
    ASSERT_FALSE(lost.ok()) << "the server process behind the connection is gone";
    expectClearLossMessage(lost.error(), ws);
    EXPECT_EQ(familyNameSeenElsewhere(ws), before) << "nothing of the failed call was saved";

    // The same save again, as the person presses Save once more: reconnected, saved.
    const Status again = families.update(*family);
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_FALSE(ws.database().isConnectionLost());
    EXPECT_EQ(familyNameSeenElsewhere(ws), QStringLiteral("Rodzina Po Przerwie"));
    // The session settings came back with the new connection.
    auto zone = sql::run(ws.database(), QStringLiteral("SHOW TIME ZONE"));
    ASSERT_TRUE(zone.ok() && zone->next());
    EXPECT_EQ(zone->value(0).toString(), QStringLiteral("UTC"));
}

TEST(ConnectionLoss, AReadAfterADropFailsOnceThenWorks)
{
    OPIEKA_POSTGRES_ONLY();
    test::TestWorkspace ws;
    ws.load(DataSet::Families, test::familiesCsv(1));
    FamilyService families(ws.session(ws.manager()));
    dropConnection(ws.database());
    auto lost = families.family(1);
    ASSERT_FALSE(lost.ok());
    expectClearLossMessage(lost.error(), ws);
    auto again = families.family(1);
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(again->name, QStringLiteral("Rodzina 1"));
}

// A write whose transaction went with the connection is never finished on a new connection:
// every later statement of that transaction fails, and only a new call reconnects.
TEST(ConnectionLoss, ALostTransactionIsNotRetriedOnANewConnection)
{
    OPIEKA_POSTGRES_ONLY();
    test::TestWorkspace ws;
    ws.load(DataSet::Families, test::familiesCsv(1));
    Database& database = ws.database();
    {
        auto transaction = SqlTransaction::begin(database);
        ASSERT_TRUE(transaction.ok());
        ASSERT_TRUE(sql::run(database, QStringLiteral("UPDATE families SET name = ? WHERE id = 1"),
                             {QStringLiteral("Przed Przerwą")})
                        .ok());
        dropConnection(database);
        auto second =
            sql::run(database, QStringLiteral("UPDATE families SET address = ? WHERE id = 1"),
                     {QStringLiteral("ul. Nowa 1")});
        ASSERT_FALSE(second.ok());
        EXPECT_EQ(second.error().kind, ErrorKind::ConnectionLost);
        // Still inside the lost transaction: refused without reconnecting, so this write cannot
        // land on its own in autocommit on a new connection.
        auto third = sql::run(database, QStringLiteral("UPDATE families SET name = ? WHERE id = 1"),
                              {QStringLiteral("Bez Transakcji")});
        ASSERT_FALSE(third.ok());
        EXPECT_EQ(third.error().kind, ErrorKind::ConnectionLost);
        EXPECT_TRUE(database.isConnectionLost());
        const Status committed = transaction->commit();
        EXPECT_FALSE(committed.ok());
    }
    EXPECT_EQ(familyNameSeenElsewhere(ws), QStringLiteral("Rodzina 1"));
    auto family = FamilyService(Session(database, ws.manager())).family(1);
    ASSERT_TRUE(family.ok()) << family.error().message.toStdString();
    EXPECT_EQ(family->name, QStringLiteral("Rodzina 1"));
    EXPECT_TRUE(family->address.isEmpty());
}

TEST(ConnectionLoss, AnUnreachableServerIsSaidAndTriedAgainLater)
{
    OPIEKA_POSTGRES_ONLY();
    test::TestWorkspace ws;
    ws.load(DataSet::Families, test::familiesCsv(1));
    // The connection drops, and the database cannot be reached for a moment: connections to it
    // are refused (as while the server restarts).
    const QString name = QUrl(ws.path()).path().mid(1);
    auto admin = Database::open(test::postgresUrl(), Database::OpenMode::MustExist);
    ASSERT_TRUE(admin.ok());
    ASSERT_TRUE(
        sql::run(**admin, QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(name))
            .ok());
    dropConnection(ws.database());
    FamilyService families(ws.session(ws.manager()));
    auto lost = families.family(1);
    ASSERT_FALSE(lost.ok());
    EXPECT_EQ(lost.error().kind, ErrorKind::ConnectionLost);
    auto unreachable = families.family(1);
    ASSERT_FALSE(unreachable.ok());
    EXPECT_EQ(unreachable.error().kind, ErrorKind::ConnectionLost);
    EXPECT_TRUE(unreachable.error().message.contains(QStringLiteral("cannot be reached")))
        << unreachable.error().message.toStdString();
    ASSERT_TRUE(
        sql::run(**admin, QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(name))
            .ok());
    auto back = families.family(1);
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
}
