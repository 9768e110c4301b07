#include "SqlHelpers.h"
#include "SqlTransaction.h"
#include "TestWorkspace.h"

#include <gtest/gtest.h>

using namespace opieka;

namespace {
int workerCount(Database& db)
{
    auto q = sql::run(db, QStringLiteral("SELECT COUNT(*) FROM workers"));
    return q && q->next() ? q->value(0).toInt() : -1;
}

Status insertWorker(Database& db, int id)
{
    return sql::run(db,
                    QStringLiteral("INSERT INTO workers (id, first_name, last_name, role, fte) "
                                   "VALUES (?, 'A', 'B', 'social_worker', 1)"),
                    {id});
}
} // namespace

TEST(SqlTransaction, RollsBackUnlessCommitted)
{
    test::TestWorkspace ws;
    {
        auto t = SqlTransaction::begin(ws.database());
        ASSERT_TRUE(t.ok());
        ASSERT_TRUE(insertWorker(ws.database(), 1).ok());
    }
    EXPECT_EQ(workerCount(ws.database()), 0);
    {
        auto t = SqlTransaction::begin(ws.database());
        ASSERT_TRUE(insertWorker(ws.database(), 2).ok());
        ASSERT_TRUE(t->commit().ok());
    }
    EXPECT_EQ(workerCount(ws.database()), 1);
}

TEST(SqlTransaction, AFailedInnerPartDoomsTheOuterTransaction)
{
    test::TestWorkspace ws;
    auto outer = SqlTransaction::begin(ws.database());
    ASSERT_TRUE(outer.ok());
    ASSERT_TRUE(insertWorker(ws.database(), 1).ok());
    {
        auto inner = SqlTransaction::begin(ws.database());
        ASSERT_TRUE(insertWorker(ws.database(), 2).ok());
        // inner goes out of scope without commit: its part failed
    }
    EXPECT_FALSE(outer->commit().ok());
    EXPECT_EQ(workerCount(ws.database()), 0);
    // The connection is usable again afterwards.
    auto next = SqlTransaction::begin(ws.database());
    ASSERT_TRUE(insertWorker(ws.database(), 3).ok());
    ASSERT_TRUE(next->commit().ok());
    EXPECT_EQ(workerCount(ws.database()), 1);
}
