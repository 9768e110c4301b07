// The files the command line makes hold personal data: the database, exports, reports, backups
// and the log are the owner's only (0600, folders 0700), whatever the umask (issue 18, defect 2).
#include "CliFixture.h"
#include "FileMode.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <gtest/gtest.h>
#include <sys/stat.h>

using opieka::test::CliRun;
using opieka::test::CliTest;
using opieka::test::fileModeOf;

namespace {

class PrivateFilesCliTest : public CliTest, public ::testing::WithParamInterface<mode_t>
{};

} // namespace

TEST_P(PrivateFilesCliTest, EveryFileMadeIsTheOwnersOnly)
{
    childUmask = GetParam();
    setUpCentre();
    QProcessEnvironment env = asManager();
    env.insert(QStringLiteral("OPIEKA_BACKUP_PASSPHRASE"),
               QStringLiteral("correct horse battery staple"));
    const QString exported = dir.filePath(QStringLiteral("families.csv"));
    const QString reportCsv = dir.filePath(QStringLiteral("caseload.csv"));
    const QString reportPdf = dir.filePath(QStringLiteral("statistics.pdf"));
    const QString backup = dir.filePath(QStringLiteral("centre.backup"));
    const std::vector<QStringList> writes{
        {QStringLiteral("export"), QStringLiteral("families"), QStringLiteral("--out"), exported},
        {QStringLiteral("report"), QStringLiteral("caseload"), QStringLiteral("--format"),
         QStringLiteral("csv"), QStringLiteral("--out"), reportCsv},
        {QStringLiteral("report"), QStringLiteral("statistics"), QStringLiteral("--format"),
         QStringLiteral("pdf"), QStringLiteral("--out"), reportPdf},
        {QStringLiteral("backup"), backup},
    };
    for (const QStringList& arguments : writes) {
        const CliRun run = cli(arguments, env);
        ASSERT_EQ(run.code, 0) << arguments.join(QLatin1Char(' ')).toStdString() << ": "
                               << run.err.toStdString();
    }
    const QString logs = dir.filePath(QStringLiteral("data/Opieka/opieka/logs"));
    for (const QString& file : {db(), exported, reportCsv, reportPdf, backup,
                                QDir(logs).filePath(QStringLiteral("opieka.log"))})
        EXPECT_EQ(fileModeOf(file), 0600) << file.toStdString() << " with umask 0"
                                          << QString::number(GetParam(), 8).toStdString();
    EXPECT_EQ(fileModeOf(logs), 0700) << "the log folder";
    EXPECT_EQ(fileModeOf(db() + QStringLiteral("-wal")), -1) << "closed: no WAL left beside it";

    // A database file others can read is reported by verify, in words; it still verifies.
    ASSERT_TRUE(QFile::setPermissions(db(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const CliRun verify = cli({QStringLiteral("verify")});
    EXPECT_EQ(verify.code, 0) << verify.err.toStdString();
    EXPECT_TRUE(verify.err.contains(QStringLiteral("other accounts")) &&
                verify.err.contains(QStringLiteral("chmod 600")))
        << verify.err.toStdString();
    ASSERT_TRUE(QFile::setPermissions(db(), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const CliRun quiet = cli({QStringLiteral("verify")});
    EXPECT_EQ(quiet.code, 0);
    EXPECT_FALSE(quiet.err.contains(QStringLiteral("chmod"))) << quiet.err.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Umasks, PrivateFilesCliTest, ::testing::Values(mode_t{022}, mode_t{0}));
