#include "ExportService.h"
#include "ImportService.h"
#include "MemberService.h"
#include "SqlHelpers.h"
#include "TestWorkspace.h"

#include <QBuffer>
#include <gtest/gtest.h>

using namespace opieka;

namespace {
const QDate kToday(2024, 6, 1);

class MemberVisitImportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ws.load(DataSet::Workers,
                "id,first_name,last_name,role,fte\n1,Anna,Socjalna,social_worker,1\n");
        ws.load(DataSet::Families, test::familiesCsv(3));
    }

    Result<ImportSummary> import(DataSet set, const QByteArray& csv)
    {
        return ImportService(ws.database())
            .importBytes(ws.manager(), set, csv, QStringLiteral("m.csv"), false, kToday);
    }

    QByteArray exported(DataSet set)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        EXPECT_TRUE(ExportService(ws.database()).exportCsv(ws.manager(), set, buffer).ok());
        return buffer.data();
    }

    test::TestWorkspace ws;
};
} // namespace

TEST_F(MemberVisitImportTest, MembersImportWithPeselRulesAndExportBack)
{
    const QByteArray csv = "family_id,pesel,first_name,last_name,birth_date,sex,relation\n"
                           "1,65123100169,Ewa,Próbna,,,parent\n"
                           "1,04251500089,Ola,Próbna,2004-05-15,F,child\n"
                           "2,,Jan,Nowy,2023-11-02,M,child\n";
    auto result = import(DataSet::Members, csv);
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(result->imported, 3);
    auto members = MemberService(ws.database()).members(ws.manager(), 1);
    ASSERT_EQ(members->size(), 2);
    EXPECT_EQ(members->at(0).birthDate, QDate(1965, 12, 31)) << "filled from the PESEL";
    EXPECT_EQ(members->at(0).sex, Sex::Female);
    EXPECT_EQ(exported(DataSet::Members),
              QByteArray("family_id,pesel,first_name,last_name,birth_date,sex,relation\n"
                         "1,65123100169,Ewa,Próbna,1965-12-31,F,parent\n"
                         "1,04251500089,Ola,Próbna,2004-05-15,F,child\n"
                         "2,,Jan,Nowy,2023-11-02,M,child\n"));
}

TEST_F(MemberVisitImportTest, BadMembersAreEachReportedAndNothingIsStored)
{
    auto result =
        import(DataSet::Members, "family_id,pesel,first_name,last_name,birth_date,sex,relation\n"
                                 "1,65123100169,Ewa,Dobra,,,parent\n"
                                 "1,65123100168,Zła,Cyfra,,,parent\n"
                                 "1,04251500089,Ola,Data,2004-05-16,,child\n"
                                 "1,04251500089,Ola,Płeć,,M,child\n"
                                 "9,,Bez,Rodziny,,,child\n"
                                 "1,,Ala,Relacja,,,cousin\n"
                                 "1,65123100169,Ewa,Dwa,,,parent\n");
    ASSERT_FALSE(result.ok());
    const QString message = result.error().message;
    EXPECT_TRUE(
        message.contains(QStringLiteral("m.csv:3: PESEL 65123100168 has a wrong check digit")))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("m.csv:4: The birth date 2004-05-16 contradicts")))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("m.csv:5:"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("m.csv:6: family_id 9"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("m.csv:7: relation 'cousin'")))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("m.csv:8: PESEL 65123100169 appears twice")))
        << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("m.csv:2:")));
    EXPECT_TRUE(MemberService(ws.database()).members(ws.manager(), 1)->isEmpty());
}

// Found by the CSV import fuzzer: a "%2" typed in a PESEL (or in the file's name) became a
// placeholder of the message, which then named the wrong text and line.
TEST_F(MemberVisitImportTest, PercentSignsInTheFileAreQuotedAsTyped)
{
    auto result = ImportService(ws.database())
                      .importBytes(ws.manager(), DataSet::Members,
                                   "family_id,pesel,first_name,last_name,birth_date,sex,relation\n"
                                   "1,%2%1,Ewa,Dobra,,,parent\n"
                                   "1,%2%1,Ewa,Druga,,,parent\n",
                                   QStringLiteral("lista%1.csv"), false, kToday);
    ASSERT_FALSE(result.ok());
    const QString message = result.error().message;
    EXPECT_TRUE(message.contains(QStringLiteral("lista%1.csv:2: PESEL %2%1 has 4 characters")))
        << message.toStdString();
    EXPECT_TRUE(message.contains(
        QStringLiteral("lista%1.csv:3: PESEL %2%1 appears twice in the file (first on line 2)")))
        << message.toStdString();
}

TEST_F(MemberVisitImportTest, VisitsImportWithOptionalTimesAndExportBack)
{
    const QByteArray csv = "family_id,worker_id,date,kind,notes\n"
                           "1,1,2024-05-02,home_visit,\"Wizyta, rozmowa z matką\"\n"
                           "2,1,2024-05-03T09:15,phone,\n"
                           "3,1,2024-05-04 14:00,family_group_conference,KGR zwołana\n";
    auto result = import(DataSet::Visits, csv);
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(result->imported, 3);
    EXPECT_EQ(exported(DataSet::Visits),
              QByteArray("family_id,worker_id,date,kind,notes\n"
                         "1,1,2024-05-02,home_visit,\"Wizyta, rozmowa z matką\"\n"
                         "2,1,2024-05-03T09:15,phone,\n"
                         "3,1,2024-05-04T14:00,family_group_conference,KGR zwołana\n"));
}

TEST_F(MemberVisitImportTest, BadVisitsAreEachReported)
{
    auto result = import(DataSet::Visits, "family_id,worker_id,date,kind,notes\n"
                                          "1,1,2024-05-02,home_visit,ok\n"
                                          "1,1,2024-06-02,home_visit,jutro\n"
                                          "1,1,2024-05-02T25:00,phone,\n"
                                          "1,7,2024-05-02,phone,\n"
                                          "5,1,2024-05-02,phone,\n"
                                          "1,1,2024-05-02,coffee,\n");
    ASSERT_FALSE(result.ok());
    const QString message = result.error().message;
    for (int line = 3; line <= 7; ++line)
        EXPECT_TRUE(message.contains(QStringLiteral("m.csv:%1:").arg(line)))
            << line << message.toStdString();
    auto q = sql::run(ws.database(), QStringLiteral("SELECT COUNT(*) FROM contacts"));
    ASSERT_TRUE(q.ok() && q->next());
    EXPECT_EQ(q->value(0).toInt(), 0);
}
