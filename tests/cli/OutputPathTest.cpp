// Where the command line writes the files a user names (export --out, report --out, backup
// FILE): never over the open database or its companions, never into a device, FIFO, folder or
// through a symbolic link, and never through a predictable temporary name (issue 18, defect 1).
#include "CliFixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

using opieka::test::CliRun;
using opieka::test::CliTest;

namespace {

struct Writer
{
    const char* name;
    QStringList arguments;
};

// Every command that writes a file at a path the user gives.
std::vector<Writer> writersTo(const QString& target)
{
    return {
        {"export",
         {QStringLiteral("export"), QStringLiteral("families"), QStringLiteral("--out"), target}},
        {"report csv",
         {QStringLiteral("report"), QStringLiteral("caseload"), QStringLiteral("--format"),
          QStringLiteral("csv"), QStringLiteral("--out"), target}},
        {"report pdf",
         {QStringLiteral("report"), QStringLiteral("statistics"), QStringLiteral("--format"),
          QStringLiteral("pdf"), QStringLiteral("--out"), target}},
        {"backup", {QStringLiteral("backup"), target}},
    };
}

QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// The kind of thing at `path` without following a symbolic link (0: nothing there).
mode_t kindAt(const QString& path)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & S_IFMT;
}

class OutputPathTest : public CliTest
{
protected:
    QProcessEnvironment writerEnvironment()
    {
        QProcessEnvironment env = asManager();
        env.insert(QStringLiteral("OPIEKA_BACKUP_PASSPHRASE"),
                   QStringLiteral("correct horse battery staple"));
        return env;
    }

    QStringList entries() const
    {
        return QDir(dir.path())
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    }
};

} // namespace

TEST_F(OutputPathTest, NoWriterReplacesTheOpenDatabaseOrItsCompanions)
{
    setUpCentre();
    const QProcessEnvironment env = writerEnvironment();
    const QString hardLink = dir.filePath(QStringLiteral("hard-link.sqlite"));
    ASSERT_EQ(::link(QFile::encodeName(db()).constData(), QFile::encodeName(hardLink).constData()),
              0);
    ASSERT_TRUE(QFile::link(db(), dir.filePath(QStringLiteral("soft-link.sqlite"))));
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("sub")));
    const QStringList targets{db(),
                              db() + QStringLiteral("-wal"),
                              db() + QStringLiteral("-shm"),
                              dir.filePath(QStringLiteral("sub/../centre.sqlite")),
                              hardLink,
                              dir.filePath(QStringLiteral("soft-link.sqlite"))};
    for (const QString& target : targets) {
        for (const Writer& writer : writersTo(target)) {
            const QByteArray before = sha256Of(db());
            const CliRun run = cli(writer.arguments, env);
            EXPECT_EQ(run.code, 2)
                << writer.name << " to " << target.toStdString() << ": " << run.err.toStdString();
            EXPECT_TRUE(run.err.contains(target)) << writer.name << ": " << run.err.toStdString();
            EXPECT_EQ(sha256Of(db()), before) << writer.name << " changed the database";
        }
    }
    // The centre is still there, whole.
    const CliRun verify = cli({QStringLiteral("verify")});
    EXPECT_EQ(verify.code, 0) << verify.err.toStdString();
    const CliRun families = cli({QStringLiteral("export"), QStringLiteral("families")}, env);
    ASSERT_EQ(families.code, 0) << families.err.toStdString();
    EXPECT_EQ(families.out.count(QLatin1Char('\n')), 31) << "a header and 30 families";
}

TEST_F(OutputPathTest, DevicesFifosFoldersAndLinksAreRefusedAndLeftAsTheyWere)
{
    setUpCentre();
    const QProcessEnvironment env = writerEnvironment();
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString folder = dir.filePath(QStringLiteral("folder"));
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    const QString kept = dir.filePath(QStringLiteral("kept.txt"));
    write(QStringLiteral("kept.txt"), "not to be replaced\n");
    QStringList targets{fifo, folder};
    for (const auto& [name, to] :
         {std::pair{"link-to-pipe", fifo}, std::pair{"link-to-folder", folder},
          std::pair{"link-to-file", kept},
          std::pair{"dangling-link", dir.filePath(QStringLiteral("gone"))}}) {
        ASSERT_TRUE(QFile::link(to, dir.filePath(QString::fromLatin1(name))));
        targets << dir.filePath(QString::fromLatin1(name));
    }
    // A character device like /dev/null, made in the test's folder where the system allows it
    // (as root); never the system's own /dev/null.
    const QString device = dir.filePath(QStringLiteral("null-device"));
    if (::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 3)) == 0)
        targets << device;

    const QStringList before = entries();
    for (const QString& target : targets) {
        const mode_t kind = kindAt(target);
        for (const Writer& writer : writersTo(target)) {
            const CliRun run = cli(writer.arguments, env);
            EXPECT_EQ(run.code, 2)
                << writer.name << " to " << target.toStdString() << ": " << run.err.toStdString();
            EXPECT_TRUE(run.err.contains(target)) << writer.name << ": " << run.err.toStdString();
            EXPECT_EQ(kindAt(target), kind) << writer.name << " replaced " << target.toStdString();
        }
    }
    EXPECT_EQ(sha256Of(kept),
              QCryptographicHash::hash("not to be replaced\n", QCryptographicHash::Sha256));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("gone"))));
    EXPECT_EQ(entries(), before) << "no file left behind by a refused write";

    // A refused command leaves no temporary file either (the administrator may not export).
    const CliRun refused = cli({QStringLiteral("export"), QStringLiteral("families"),
                                QStringLiteral("--out"), dir.filePath(QStringLiteral("x.csv"))});
    EXPECT_EQ(refused.code, 1) << refused.err.toStdString();
    EXPECT_EQ(entries(), before);
}

// The PDF writer's temporary file: a link planted at the name it used (FILE.part) is not
// followed, so the file it points to is not overwritten.
TEST_F(OutputPathTest, APlantedLinkAtThePdfsTemporaryNameIsNotFollowed)
{
    setUpCentre();
    const QString victim = write(QStringLiteral("victim.txt"), "precious\n");
    const QString pdf = dir.filePath(QStringLiteral("statistics.pdf"));
    ASSERT_TRUE(QFile::link(victim, pdf + QStringLiteral(".part")));
    const CliRun run =
        cli({QStringLiteral("report"), QStringLiteral("statistics"), QStringLiteral("--format"),
             QStringLiteral("pdf"), QStringLiteral("--out"), pdf},
            writerEnvironment());
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_EQ(sha256Of(victim), QCryptographicHash::hash("precious\n", QCryptographicHash::Sha256));
    EXPECT_EQ(kindAt(pdf), mode_t{S_IFREG});
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");
}

// An existing regular file is replaced whole (a new file in its place, not written into).
TEST_F(OutputPathTest, AnEarlierExportIsReplacedWhole)
{
    setUpCentre();
    const QString earlier = write(QStringLiteral("families.csv"), "old content\n");
    const CliRun run = cli(
        {QStringLiteral("export"), QStringLiteral("families"), QStringLiteral("--out"), earlier},
        writerEnvironment());
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    QFile file(earlier);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readLine().startsWith("id,name,"));
    EXPECT_EQ(file.readAll().count('\n'), 30);
}
