#include "DemoService.h"

#include "CaseloadService.h"
#include "CsvExport.h"
#include "ExportService.h"
#include "IsoDate.h"
#include "Pesel.h"
#include "TestWorkspace.h"

#include <QBuffer>
#include <QSet>
#include <gtest/gtest.h>

using namespace opieka;

using test::exportedCsv;

namespace {
// The two databases export the same data sets, byte for byte.
void expectSameExports(test::TestWorkspace& a, test::TestWorkspace& b,
                       std::initializer_list<DataSet> sets)
{
    for (DataSet set : sets)
        EXPECT_EQ(exportedCsv(a.database(), set), exportedCsv(b.database(), set));
}
} // namespace

TEST(DemoService, FillsAnEmptyDatabaseTheSameWayForTheSameSeed)
{
    const QDate today(2026, 1, 15);
    test::TestWorkspace a, b;
    auto first = DemoService(a.session(a.manager())).generate(DemoService::Scale::Small, 42, today);
    auto second =
        DemoService(b.session(b.manager())).generate(DemoService::Scale::Small, 42, today);
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_GT(first->families, 100);
    expectSameExports(a, b, {DataSet::Assignments, DataSet::Families});

    // Every role has workers with cases, and some are near or over the limit (with a reason).
    auto report = CaseloadService(a.session(a.manager())).report(today);
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

    auto again = DemoService(a.session(a.manager())).generate(DemoService::Scale::Small, 1, today);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind, ErrorKind::Refused);
}

TEST(DemoService, GeneratedHouseholdsHaveValidUniquePeselsAndAContactLog)
{
    const QDate today(2026, 1, 15);
    test::TestWorkspace ws;
    ASSERT_TRUE(
        DemoService(ws.session(ws.manager())).generate(DemoService::Scale::County, 3, today).ok());
    const QStringList lines = QString::fromUtf8(exportedCsv(ws.database(), DataSet::Members))
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GT(lines.size(), 2000);
    QSet<QString> seen;
    int withPesel = 0;
    for (const QString& line : lines.mid(1)) {
        const QStringList f = line.split(QLatin1Char(','));
        ASSERT_EQ(f.size(), 7) << line.toStdString();
        if (f[1].isEmpty())
            continue;
        ++withPesel;
        const auto info = Pesel::parse(f[1]);
        ASSERT_TRUE(info.ok()) << f[1].toStdString();
        EXPECT_EQ(isoDate(info->birthDate), f[4]);
        EXPECT_FALSE(seen.contains(f[1]));
        seen.insert(f[1]);
    }
    EXPECT_GT(withPesel, lines.size() * 8 / 10);
    const QStringList visits = QString::fromUtf8(exportedCsv(ws.database(), DataSet::Visits))
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_GT(visits.size(), 1000);
}

TEST(DemoService, AVoivodeshipInMiniatureHasTheSeedsShapeAndIsRepeatable)
{
    // The full voivodeship (177 thousand families) is for scripts/bench.sh; a two-hundredth of
    // it keeps the proportions: 12 social workers with about 74 open families each.
    const QDate today(2026, 1, 15);
    test::TestWorkspace a, b;
    auto first = DemoService(a.session(a.manager()))
                     .generate(DemoService::Scale::Voivodeship, 9, today, 0.005);
    auto second = DemoService(b.session(b.manager()))
                      .generate(DemoService::Scale::Voivodeship, 9, today, 0.005);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(first->families, 885 + 885 / 24); // the open cases and every 25th a closed one
    EXPECT_EQ(first->fosterFamilies, 17);
    EXPECT_GT(first->contacts, first->families * 5); // about five years of visits
    EXPECT_GT(first->placements, 0);
    EXPECT_LE(first->placements, 42);
    expectSameExports(a, b, {DataSet::Families, DataSet::Visits});

    auto report = CaseloadService(a.session(a.manager())).report(today);
    ASSERT_TRUE(report.ok());
    for (const RoleSummary& s : report->summaries) {
        if (s.role == Role::SocialWorker) {
            EXPECT_EQ(s.workers, 12);
            EXPECT_NEAR(s.casesPerWorker, 885.0 / 12, 0.5); // over the limit of 50, as in 2013
            EXPECT_EQ(s.overLimit, 12);
        } else {
            EXPECT_GT(s.cases, 0);
        }
    }

    // Every PESEL is valid and belongs to one person.
    const QStringList lines = QString::fromUtf8(exportedCsv(a.database(), DataSet::Members))
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_EQ(lines.size() - 1, first->members);
    QSet<QString> seen;
    for (const QString& line : lines.mid(1)) {
        const QString pesel = line.split(QLatin1Char(',')).value(1);
        if (pesel.isEmpty())
            continue;
        EXPECT_TRUE(Pesel::parse(pesel).ok()) << pesel.toStdString();
        EXPECT_FALSE(seen.contains(pesel)) << pesel.toStdString();
        seen.insert(pesel);
    }
}
