// Two managers assign to the same worker at the same moment, from two connections (two
// workstations): the second waits for the first's write transaction and then sees its
// assignment, so the limit holds. Runs on SQLite (BEGIN IMMEDIATE) and on PostgreSQL (the
// dialect's advisory write lock).
#include "CaseloadService.h"
#include "SqlTransaction.h"
#include "TestWorkspace.h"

#include <QThread>
#include <atomic>
#include <gtest/gtest.h>
#include <optional>
#include <thread>

using namespace opieka;

TEST(ConcurrentAssign, TheLimitHoldsWhenTwoManagersAssignAtOnce)
{
    const QDate day(2024, 6, 1);
    test::TestWorkspace ws;
    ws.load(DataSet::Workers, "id,first_name,last_name,role,fte\n3,Celina,Wzorcowa,"
                              "family_assistant,1\n");
    ws.load(DataSet::Families, test::familiesCsv(21, 1, QStringLiteral("2010-01-01")));
    ws.load(DataSet::Assignments, test::assignmentsCsv(3, 1, 14));

    // The first manager's assignment of the 15th family (the limit), not yet committed.
    auto first = SqlTransaction::begin(ws.database());
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(CaseloadService(ws.session(ws.manager())).assign({3, 15, day, {}}).ok());

    std::atomic<bool> connected = false;
    std::atomic<bool> finished = false;
    std::optional<Result<qint64>> second;
    const User admin = ws.manager();
    const QString location = ws.path();
    std::thread other([&] {
        auto workspace = Workspace::open(location, Workspace::OpenMode::MustExist);
        connected = true;
        if (!workspace) {
            second = workspace.error();
            return;
        }
        second = CaseloadService(Session((*workspace)->database(), admin)).assign({3, 16, day, {}});
        finished = true;
    });
    while (!connected)
        QThread::msleep(10);
    QThread::msleep(300); // the second manager is now waiting for the write lock
    EXPECT_FALSE(finished) << "the second assignment did not wait for the first";
    const Status committed = first->commit();
    other.join();
    ASSERT_TRUE(committed.ok()) << committed.error().message.toStdString();

    ASSERT_TRUE(second.has_value());
    ASSERT_FALSE(second->ok()) << "a 16th family was assigned to an assistant with a limit of 15";
    EXPECT_EQ(second->error().kind, ErrorKind::Refused) << second->error().message.toStdString();
}
