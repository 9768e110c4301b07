#include "ImportService.h"

#include "SqlHelpers.h"
#include "TestWorkspace.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <gtest/gtest.h>
#include <initializer_list>

using namespace opieka;
using test::kToday;

namespace {

class ImportServiceTest : public ::testing::Test
{
protected:
    Result<ImportSummary> import(DataSet set, const QByteArray& csv, bool strict = false)
    {
        return ImportService(ws.session(ws.manager()))
            .importBytes(set, csv, QStringLiteral("in.csv"), strict, kToday);
    }

    int count(const char* table)
    {
        auto q =
            sql::run(ws.database(), QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table));
        return q && q->next() ? q->value(0).toInt() : -1;
    }

    QStringList errorLines(const Result<ImportSummary>& result)
    {
        EXPECT_FALSE(result.ok());
        return result.ok() ? QStringList() : result.error().message.split(QLatin1Char('\n'));
    }

    test::TestWorkspace ws;
};

bool anyLine(const QStringList& lines, const QString& prefix, const QString& part)
{
    for (const QString& line : lines)
        if (line.startsWith(prefix) && line.contains(part))
            return true;
    return false;
}

// The lines of in.csv from `firstLine` on are each reported, with the part of the message given
// for it (the first for firstLine, the next for the line after it...).
void expectReported(const QStringList& lines, int firstLine,
                    std::initializer_list<const char*> parts)
{
    int line = firstLine;
    for (const char* part : parts) {
        EXPECT_TRUE(anyLine(lines, QStringLiteral("in.csv:%1:").arg(line), QString::fromUtf8(part)))
            << "line " << line << ": " << part;
        ++line;
    }
}
} // namespace

TEST_F(ImportServiceTest, WorkersAreStoredWithTheirRoleAndFte)
{
    auto result = import(DataSet::Workers, "id,first_name,last_name,role,fte\n"
                                           "1,Anna,Żółtowska,social_worker,0.75\n"
                                           "2,Jan,Testowy,family_assistant,\"0,5\"\n"
                                           "3,Ola,Próbna,manager,1\n");
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(result->imported, 3);
    auto q = sql::run(ws.database(),
                      QStringLiteral("SELECT last_name, role, fte FROM workers ORDER BY id"));
    ASSERT_TRUE(q.ok() && q->next());
    EXPECT_EQ(q->value(0).toString(), QStringLiteral("Żółtowska"));
    EXPECT_DOUBLE_EQ(q->value(2).toDouble(), 0.75);
    ASSERT_TRUE(q->next());
    EXPECT_DOUBLE_EQ(q->value(2).toDouble(), 0.5) << "a decimal comma is read too";
}

TEST_F(ImportServiceTest, EveryBadRowIsReportedAndNothingIsStored)
{
    const auto lines = errorLines(import(DataSet::Workers, "id,first_name,last_name,role,fte\n"
                                                           "1,Anna,Dobra,social_worker,1\n"
                                                           "x,Bad,Id,social_worker,1\n"
                                                           "3,Ewa,Nowa,janitor,1\n"
                                                           "4,Iza,Duża,family_assistant,1.5\n"
                                                           "5,Ula,Zero,family_assistant,0\n"
                                                           "1,Anna,Znowu,social_worker,1\n"
                                                           "6,,Bez,social_worker,1\n"
                                                           "7,Ala,Ma\n"
                                                           "8,Kot,Admin,administrator,1\n"));
    expectReported(
        lines, 3,
        {"id", "janitor", "fte", "fte", "line 2", "first_name", "fields", "administrator"});
    EXPECT_FALSE(anyLine(lines, QStringLiteral("in.csv:2:"), QString())) << "line 2 is fine";
    EXPECT_TRUE(lines.last().contains(QStringLiteral("Nothing was imported")));
    EXPECT_EQ(count("workers"), 0);
    EXPECT_EQ(count("audit_log"), 1) << "only the administrator's creation";
}

TEST_F(ImportServiceTest, UnknownAndMissingColumnsAreNamed)
{
    auto unknown =
        import(DataSet::Families, "id,name,municipality,category,opened_on,closed_on,pesel\n");
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(
        unknown.error().message.startsWith(QStringLiteral("in.csv:1: unknown column 'pesel'")))
        << unknown.error().message.toStdString();

    auto missing = import(DataSet::Families, "id,name,category,opened_on\n1,A,coping,2020-01-01\n");
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("missing column 'municipality'")));

    auto optional =
        import(DataSet::Families,
               "id,name,municipality,category,opened_on\n1,A,Kraków,coping,2020-01-01\n");
    EXPECT_TRUE(optional.ok()) << "closed_on may be left out";
}

TEST_F(ImportServiceTest, FamilyDatesAndCategoriesAreChecked)
{
    const auto lines =
        errorLines(import(DataSet::Families, "id,name,municipality,category,opened_on,closed_on\n"
                                             "1,Nowak,Kraków,coping,2020-02-30,\n"
                                             "2,Kowal,Kraków,poor,2020-01-01,\n"
                                             "3,Wiśnia,Kraków,at_risk,2020-05-01,2020-04-01\n"
                                             "4,Lis,,struggling,2020-01-01,\n"
                                             "5,Sowa,Tarnów,coping,01.02.2020,\n"));
    expectReported(lines, 2, {"opened_on", "poor", "closed_on", "municipality", "YYYY-MM-DD"});
    EXPECT_EQ(count("families"), 0);
}

TEST_F(ImportServiceTest, AnIdAlreadyInTheDatabaseIsADuplicate)
{
    ASSERT_TRUE(import(DataSet::FosterFamilies, "id,name,kind,municipality,opened_on,closed_on\n"
                                                "1,Dom,family_home,Bochnia,2019-01-01,\n")
                    .ok());
    const auto lines =
        errorLines(import(DataSet::FosterFamilies, "id,name,kind,municipality,opened_on,closed_on\n"
                                                   "2,Nowa,kinship,Bochnia,2019-01-01,\n"
                                                   "1,Stara,kinship,Bochnia,2019-01-01,\n"
                                                   "3,Zła,foster,Bochnia,2019-01-01,\n"));
    expectReported(lines, 3, {"already exists", "foster"});
    EXPECT_EQ(count("foster_families"), 1);
}

TEST_F(ImportServiceTest, AssignmentsMustPointAtKnownWorkersAndMatchingCases)
{
    ws.load(DataSet::Workers, "id,first_name,last_name,role,fte\n1,A,B,social_worker,1\n"
                              "2,C,D,foster_care_coordinator,1\n3,E,F,manager,1\n");
    ws.load(DataSet::Families, test::familiesCsv(3));
    ws.load(DataSet::FosterFamilies,
            "id,name,kind,municipality,opened_on,closed_on\n1,Z,kinship,X,2020-01-01,\n");
    const auto lines =
        errorLines(import(DataSet::Assignments, "worker_id,case_kind,case_id,from,to\n"
                                                "1,family,1,2021-01-01,\n"
                                                "9,family,2,2021-01-01,\n"
                                                "1,family,77,2021-01-01,\n"
                                                "1,foster_family,1,2021-01-01,\n"
                                                "2,foster_family,1,2021-01-01,2020-01-01\n"
                                                "3,family,2,2021-01-01,\n"
                                                "1,family,1,2021-06-01,\n"
                                                "1,household,3,2021-01-01,\n"));
    expectReported(lines, 3,
                   {"worker_id 9", "case_id 77", "social_worker", "not after", "manager",
                    "already has", "household"});
    EXPECT_EQ(count("assignments"), 0);
}

TEST_F(ImportServiceTest, AssignmentsBeyondALimitAreStoredAndCountedUnlessStrict)
{
    ws.load(
        DataSet::Workers,
        "id,first_name,last_name,role,fte\n1,A,B,family_assistant,1\n2,C,D,family_assistant,1\n");
    ws.load(DataSet::Families, test::familiesCsv(30));
    const QByteArray overLimit = test::assignmentsCsv(1, 1, 22);

    auto strict = import(DataSet::Assignments, overLimit, true);
    ASSERT_FALSE(strict.ok());
    EXPECT_EQ(strict.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(strict.error().message.contains(QStringLiteral("1 worker")));
    EXPECT_EQ(count("assignments"), 0);

    auto lenient = import(DataSet::Assignments, overLimit);
    ASSERT_TRUE(lenient.ok()) << lenient.error().message.toStdString();
    EXPECT_EQ(lenient->imported, 22);
    EXPECT_EQ(lenient->workersOverLimit, 1);
    EXPECT_EQ(count("assignments"), 22);

    auto within = import(DataSet::Assignments, test::assignmentsCsv(2, 23, 5), true);
    ASSERT_FALSE(within.ok()) << "worker 1 is still over, so a strict import is refused";
}

TEST_F(ImportServiceTest, AnUnreadableFileIsBadInput)
{
    auto result = ImportService(ws.session(ws.manager()))
                      .importFile(DataSet::Workers, ws.dir() + QStringLiteral("/none.csv"), false);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("none.csv")));
    auto empty = import(DataSet::Workers, "");
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.error().message.contains(QStringLiteral("header")));
}

// The window's import (ImportDialog) follows a file's progress and may cancel: progress rises to
// the file's size, and an answer of "stop" at any point, the last one before the commit
// included, leaves the database as it was.
TEST_F(ImportServiceTest, ProgressRisesToTheFilesSizeAndCancelKeepsNothing)
{
    const QString path = ws.dir() + QStringLiteral("/workers.csv");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("id,first_name,last_name,role,fte\n");
    for (int id = 100001; id <= 130000; ++id) // over a megabyte: the reader takes it in blocks
        file.write(QByteArray::number(id) + ",Imię" + QByteArray::number(id) +
                   ",Nazwisko,social_worker,1\n");
    file.close();
    const qint64 size = QFileInfo(path).size();
    ASSERT_GT(size, 1 << 20);

    // Cancelled in the middle, and at the last moment (all rows read, before the commit).
    const int before = count("workers");
    for (bool atTheEnd : {false, true}) {
        int calls = 0;
        int wholeFileRead = 0; // the last block read, then the moment before the commit
        auto cancelled =
            ImportService(ws.session(ws.manager()))
                .importFile(DataSet::Workers, path, false, kToday, [&](qint64 read, qint64 total) {
                    ++calls;
                    wholeFileRead += read == total ? 1 : 0;
                    return atTheEnd ? wholeFileRead < 2 : calls < 2;
                });
        ASSERT_FALSE(cancelled.ok());
        EXPECT_TRUE(cancelled.error().message.contains(QStringLiteral("cancelled")));
        EXPECT_EQ(count("workers"), before) << "cancelled at the end: " << atTheEnd;
    }

    QList<qint64> reported;
    auto done =
        ImportService(ws.session(ws.manager()))
            .importFile(DataSet::Workers, path, false, kToday, [&](qint64 read, qint64 total) {
                EXPECT_EQ(total, size);
                reported << read;
                return true;
            });
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_EQ(done->imported, 30000);
    ASSERT_GE(reported.size(), 3);
    EXPECT_TRUE(std::is_sorted(reported.begin(), reported.end()));
    EXPECT_EQ(reported.last(), size);
    EXPECT_EQ(count("workers"), before + 30000);
}
