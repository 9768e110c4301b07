// A damaged or foreign file given as the database is refused with a message naming it, never a
// crash; damage inside an otherwise readable file is found by the integrity check.
#include "Database.h"
#include "SqlHelpers.h"
#include "TestWorkspace.h"
#include "VerifyService.h"
#include "Workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace opieka;

namespace {
QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

void expectRefused(const QString& path)
{
    auto ws = Workspace::open(path, Workspace::OpenMode::MustExist);
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().kind, ErrorKind::Storage);
    EXPECT_TRUE(ws.error().message.contains(path)) << ws.error().message.toStdString();
}

// A database of a few hundred families, closed, as bytes.
QByteArray filledDatabase(test::TestWorkspace& ws)
{
    ws.load(DataSet::Families, test::familiesCsv(400));
    ws.close();
    QFile file(ws.path());
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}
} // namespace

TEST(DamagedFiles, AFileThatIsNotADatabaseIsRefused)
{
    OPIEKA_SQLITE_ONLY("about damaged SQLite files");
    QTemporaryDir dir;
    expectRefused(writeFile(dir, QStringLiteral("notes.sqlite"),
                            QByteArray("Rodzina Kowalskich: wizyta 12.03\n").repeated(200)));
    const QString path = writeFile(dir, QStringLiteral("report.pdf"), "%PDF-1.7\n%\xe2\xe3\n");
    expectRefused(path);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("%PDF-1.7\n%\xe2\xe3\n")) << "the file is left as it was";
}

TEST(DamagedFiles, AnotherProgramsDatabaseIsRefused)
{
    OPIEKA_SQLITE_ONLY("about damaged SQLite files");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(sql::run(**db, QStringLiteral("CREATE TABLE invoices (id INTEGER)")).ok());
    }
    expectRefused(path);
}

TEST(DamagedFiles, ATruncatedDatabaseIsRefusedOrFoundDamaged)
{
    OPIEKA_SQLITE_ONLY("about damaged SQLite files");
    test::TestWorkspace ws;
    const QByteArray bytes = filledDatabase(ws);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("cut.sqlite"), bytes.left(bytes.size() / 2));
    auto opened = Workspace::open(path, Workspace::OpenMode::MustExist);
    if (!opened) {
        EXPECT_EQ(opened.error().kind, ErrorKind::Storage);
        return;
    }
    auto report = VerifyService((*opened)->database()).verify();
    if (report) // reading the cut file may also fail outright, as a storage error
        EXPECT_FALSE(report->ok()) << "half a database does not pass the checks";
    else
        EXPECT_EQ(report.error().kind, ErrorKind::Storage);
}

TEST(DamagedFiles, OverwrittenPagesAreFoundByTheIntegrityCheck)
{
    OPIEKA_SQLITE_ONLY("about damaged SQLite files");
    test::TestWorkspace ws;
    QByteArray bytes = filledDatabase(ws);
    ASSERT_GT(bytes.size(), 64 * 1024);
    // Scribble over pages in the middle of the file (the header stays readable).
    for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 8192; ++i)
        bytes[i] = static_cast<char>(i * 31);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("scribbled.sqlite"), bytes);
    auto opened = Workspace::open(path, Workspace::OpenMode::MustExist);
    if (!opened) {
        EXPECT_EQ(opened.error().kind, ErrorKind::Storage);
        return;
    }
    auto report = VerifyService((*opened)->database()).verify();
    if (report)
        EXPECT_FALSE(report->ok());
    else
        EXPECT_EQ(report.error().kind, ErrorKind::Storage);
}
