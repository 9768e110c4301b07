// The database, its -wal and -shm, and the log hold personal data: they are made readable by the
// owner only (0600, the log's folder 0700) whatever the process's umask (issue 18, defect 2).
#include "FileMode.h"

#include "Database.h"
#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace opieka;
using test::fileModeOf;

namespace {

// Sets the process's umask for one test and puts the old one back.
class FileModeTest : public ::testing::TestWithParam<mode_t>
{
protected:
    void SetUp() override { m_old = ::umask(GetParam()); }
    void TearDown() override
    {
        ::umask(m_old);
        logging::silence();
    }
    QString octal() const { return QString::number(GetParam(), 8); }

    QTemporaryDir dir;

private:
    mode_t m_old = 022;
};

} // namespace

TEST_P(FileModeTest, ANewDatabaseAndItsWalAndShmAreTheOwnersOnly)
{
    const QString path = dir.filePath(QStringLiteral("centre.sqlite"));
    auto database = Database::open(path, Database::OpenMode::CreateIfMissing);
    ASSERT_TRUE(database) << database.error().message.toStdString();
    QSqlQuery query((*database)->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE note (text TEXT)")));
    ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO note VALUES ('synthetic')")));
    // While the connection is open SQLite keeps the write-ahead log and its index beside it.
    for (const char* suffix : {"", "-wal", "-shm"})
        EXPECT_EQ(fileModeOf(path + QLatin1String(suffix)), 0600)
            << "centre.sqlite" << suffix << " with umask " << octal().toStdString();
}

TEST_P(FileModeTest, TheLogAndItsFolderAreTheOwnersOnly)
{
    const QString folder = dir.filePath(QStringLiteral("data/logs"));
    logging::setUp(folder);
    logging::get("storage")->warn("a line for the test");
    logging::get("storage")->flush();
    EXPECT_EQ(fileModeOf(folder), 0700) << "umask " << octal().toStdString();
    EXPECT_EQ(fileModeOf(QDir(folder).filePath(QStringLiteral("opieka.log"))), 0600)
        << "umask " << octal().toStdString();
}

INSTANTIATE_TEST_SUITE_P(Umasks, FileModeTest, ::testing::Values(mode_t{022}, mode_t{0}));
