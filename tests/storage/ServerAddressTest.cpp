// A PostgreSQL database is given as postgresql://user@host:port/database; the password never
// travels in the address (it is shown, logged and kept in settings), only in the environment.
#include "BackupService.h"
#include "Database.h"
#include "TestWorkspace.h"

#include <gtest/gtest.h>

using namespace opieka;

TEST(ServerAddress, APasswordInTheAddressIsRefusedAndNotRepeated)
{
    for (const QString& address :
         {QStringLiteral("postgresql://anna:Sekret123@db.example/opieka"),
          QStringLiteral("postgresql://anna@db.example/opieka?password=Sekret123")}) {
        auto db = Database::open(address, Database::OpenMode::MustExist);
        ASSERT_FALSE(db.ok());
        EXPECT_EQ(db.error().kind, ErrorKind::BadInput);
        EXPECT_TRUE(db.error().message.contains(QStringLiteral("OPIEKA_DB_PASSWORD")))
            << db.error().message.toStdString();
        EXPECT_FALSE(db.error().message.contains(QStringLiteral("Sekret123")));
    }
}

TEST(ServerAddress, AnAddressWithoutADatabaseIsRefused)
{
    auto db = Database::open(QStringLiteral("postgresql://anna@db.example"),
                             Database::OpenMode::MustExist);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("postgresql://user@host")))
        << db.error().message.toStdString();
}

TEST(ServerAddress, AFileBackupOfAServerDatabaseIsRefusedWithWhereToLook)
{
    if (!test::onPostgres())
        GTEST_SKIP() << "PostgreSQL only: set OPIEKA_TEST_POSTGRES_URL";
    test::TestWorkspace ws;
    auto done = BackupService(ws.session(ws.admin()), KeyDerivationCost::minimal())
                    .backup(ws.dir() + QStringLiteral("/centre.bk"),
                            QByteArrayLiteral("a long enough passphrase"));
    ASSERT_FALSE(done.ok());
    EXPECT_TRUE(done.error().message.contains(QStringLiteral("pg_dump")))
        << done.error().message.toStdString();
}
