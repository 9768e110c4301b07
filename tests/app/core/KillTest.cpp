// A process killed (SIGKILL) in the middle of a stream of writes loses no committed record and
// leaves a database that passes SQLite's integrity check and the audit chain check.
#include "FamilyService.h"
#include "TestWorkspace.h"
#include "VerifyService.h"

#include <QProcess>
#include <QSet>
#include <gtest/gtest.h>

using namespace opieka;

TEST(KillTest, AKilledWriterLosesNoCommittedRecord)
{
    test::TestWorkspace ws;
    ws.close();
    QProcess writer;
    writer.start(QStringLiteral(OPIEKA_WRITE_STREAM_PATH), {ws.path()});
    ASSERT_TRUE(writer.waitForStarted());
    QByteArray output;
    // Let it commit a good number of records, then kill it mid-stream, without warning.
    while (output.count('\n') < 60 && writer.state() == QProcess::Running)
        if (writer.waitForReadyRead(10000))
            output += writer.readAllStandardOutput();
    ASSERT_EQ(writer.state(), QProcess::Running)
        << "the writer stopped on its own: " << writer.readAllStandardError().toStdString();
    writer.kill(); // SIGKILL
    ASSERT_TRUE(writer.waitForFinished(10000));
    EXPECT_EQ(writer.exitStatus(), QProcess::CrashExit);
    output += writer.readAllStandardOutput();

    QSet<qint64> committed;
    for (const QByteArray& line : output.split('\n'))
        if (line.startsWith("committed "))
            committed.insert(line.mid(10).toLongLong());
    ASSERT_GE(committed.size(), 60);

    ws.reopen();
    FamilyService families(ws.session(ws.manager()));
    for (qint64 id : committed) {
        auto family = families.family(id);
        EXPECT_TRUE(family.ok()) << "committed family " << id << " is missing";
    }
    auto report = VerifyService(ws.database()).verify();
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->integrityProblems.isEmpty()) << report->integrityProblems.toStdString();
    EXPECT_FALSE(report->chain.brokenAt.has_value()) << "record " << *report->chain.brokenAt;
    // Every committed family has its audit record: the chain holds at least one per family.
    EXPECT_GE(report->chain.records, committed.size() + 1);
}
