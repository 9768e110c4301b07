#include "DemoService.h"

#include "CaseloadService.h"
#include "ExportService.h"
#include "TestWorkspace.h"

#include <QBuffer>
#include <gtest/gtest.h>

using namespace opieka;

namespace {
QByteArray exported(Database& db, DataSet set)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    EXPECT_TRUE(ExportService(db).exportCsv(set, buffer).ok());
    return buffer.data();
}
} // namespace

TEST(DemoService, FillsAnEmptyDatabaseTheSameWayForTheSameSeed)
{
    const QDate today(2026, 1, 15);
    test::TestWorkspace a, b;
    auto first =
        DemoService(a.database()).generate(a.admin(), DemoService::Scale::Small, 42, today);
    auto second =
        DemoService(b.database()).generate(b.admin(), DemoService::Scale::Small, 42, today);
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_GT(first->families, 100);
    EXPECT_EQ(exported(a.database(), DataSet::Assignments),
              exported(b.database(), DataSet::Assignments));
    EXPECT_EQ(exported(a.database(), DataSet::Families), exported(b.database(), DataSet::Families));

    // Every role has workers with cases, and some are near or over the limit (with a reason).
    auto report = CaseloadService(a.database()).report(today);
    ASSERT_TRUE(report.ok());
    for (const RoleSummary& s : report->summaries) {
        EXPECT_GT(s.workers, 0);
        EXPECT_GT(s.cases, 0);
    }
    int overOrNear = 0;
    for (const WorkerCaseload& row : report->rows)
        if (row.load.status != LoadStatus::Ok)
            ++overOrNear;
    EXPECT_GT(overOrNear, 0);

    auto again = DemoService(a.database()).generate(a.admin(), DemoService::Scale::Small, 1, today);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind, ErrorKind::Refused);
}
