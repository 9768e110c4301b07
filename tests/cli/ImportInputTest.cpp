// What an import refuses in its text (issue 18, defect 8 of the issue): control characters, over-
// long fields and lines, files saved by Polish Excel; and what it echoes back: never more than a
// short excerpt of the bad input.
#include "CliFixture.h"

#include <gtest/gtest.h>

using opieka::test::CliRun;
using opieka::test::CliTest;

namespace {

class ImportInputTest : public CliTest
{
protected:
    CliRun importFamilies(const QByteArray& csv)
    {
        return cli({QStringLiteral("import"), QStringLiteral("families"),
                    write(QStringLiteral("families.csv"), csv)});
    }

    // The number of families on file (a header line and one line per family).
    int familiesOnFile()
    {
        const CliRun run = cli({QStringLiteral("export"), QStringLiteral("families")}, asManager());
        EXPECT_EQ(run.code, 0) << run.err.toStdString();
        return static_cast<int>(run.out.count(QLatin1Char('\n'))) - 1;
    }

    static constexpr const char* header = "id,name,municipality,category,opened_on,closed_on\n";
};

} // namespace

TEST_F(ImportInputTest, ControlCharactersInTextAreRefusedNamingFileLineAndField)
{
    ASSERT_EQ(cli({QStringLiteral("init")}).code, 0);
    QByteArray nul = QByteArray(header) + "1,Rodzina Testowa,Testowo,struggling,2020-01-01,\n";
    nul +=
        QByteArray("2,Rodzina", 9) + '\0' + QByteArray("Ukryta,Testowo,struggling,2020-01-01,\n");
    const CliRun refused = importFamilies(nul);
    EXPECT_EQ(refused.code, 2) << refused.out.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("families.csv:3: name")))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("control character")))
        << refused.err.toStdString();
    EXPECT_EQ(familiesOnFile(), 0) << "all or nothing";

    const CliRun escape = importFamilies(
        QByteArray(header) + "1,Rodzina Testowa,Test\x1b[2Jowo,struggling,2020-01-01,\n");
    EXPECT_EQ(escape.code, 2);
    EXPECT_TRUE(escape.err.contains(QStringLiteral("families.csv:2: municipality")))
        << escape.err.toStdString();
    const CliRun tab =
        importFamilies(QByteArray(header) + "1,Rodzina\tTestowa,Testowo,struggling,2020-01-01,\n");
    EXPECT_EQ(tab.code, 2) << "a name is one line of text without tabs";

    // Notes are running text: tabs and line breaks (in a quoted field) are theirs, other
    // control characters are not.
    ASSERT_EQ(
        importFamilies(QByteArray(header) + "1,Rodzina Testowa,Testowo,struggling,2020-01-01,\n")
            .code,
        0);
    ASSERT_EQ(cli({QStringLiteral("import"), QStringLiteral("workers"),
                   write(QStringLiteral("w.csv"), "id,first_name,last_name,role,fte\n"
                                                  "1,Anna,Testowa,social_worker,1\n")})
                  .code,
              0);
    const QByteArray visits = "family_id,worker_id,date,kind,notes\n";
    const CliRun goodNotes =
        cli({QStringLiteral("import"), QStringLiteral("visits"),
             write(QStringLiteral("v.csv"),
                   visits + "1,1,2024-05-02,home_visit,\"Rozmowa:\tmatka\r\nPlan: dalej\"\n")});
    EXPECT_EQ(goodNotes.code, 0) << goodNotes.err.toStdString();
    const CliRun badNotes =
        cli({QStringLiteral("import"), QStringLiteral("visits"),
             write(QStringLiteral("v.csv"), visits + "1,1,2024-05-03,home_visit,Dzwonek\x07\n")});
    EXPECT_EQ(badNotes.code, 2);
    EXPECT_TRUE(badNotes.err.contains(QStringLiteral("v.csv:2: notes")))
        << badNotes.err.toStdString();
}

TEST_F(ImportInputTest, OverlongFieldsAndLinesAreRefusedWithoutEchoingThem)
{
    ASSERT_EQ(cli({QStringLiteral("init")}).code, 0);
    const QByteArray huge(50 * 1024 * 1024, 'A');
    const CliRun name = importFamilies(QByteArray(header) + "1,Rodzina " + huge +
                                       ",Testowo,struggling,2020-01-01,\n");
    EXPECT_EQ(name.code, 2);
    EXPECT_TRUE(name.err.contains(QStringLiteral("families.csv:2")))
        << name.err.left(300).toStdString();
    EXPECT_LT(name.err.size(), 2000) << "an excerpt at most, not the 50 MB";

    const CliRun longName =
        importFamilies(QByteArray(header) + "1,Rodzina " + QByteArray(400, 'B') +
                       ",Testowo,struggling,2020-01-01,\n");
    EXPECT_EQ(longName.code, 2);
    EXPECT_TRUE(longName.err.contains(QStringLiteral("families.csv:2: name")))
        << longName.err.toStdString();
    EXPECT_LT(longName.err.size(), 1000) << longName.err.toStdString();

    const CliRun headerRun = importFamilies("id,name," + huge + ",category,opened_on,closed_on\n");
    EXPECT_EQ(headerRun.code, 2);
    EXPECT_TRUE(headerRun.err.contains(QStringLiteral("families.csv:1")))
        << headerRun.err.left(300).toStdString();
    EXPECT_LT(headerRun.err.size(), 2000) << "the header is not echoed back whole";

    const CliRun column =
        importFamilies("id,name," + QByteArray(5000, 'C') + ",category,opened_on,closed_on\n");
    EXPECT_EQ(column.code, 2);
    EXPECT_LT(column.err.size(), 1000) << column.err.toStdString();
    EXPECT_EQ(familiesOnFile(), 0);
}

TEST_F(ImportInputTest, AFileSavedByPolishExcelIsExplained)
{
    ASSERT_EQ(cli({QStringLiteral("init")}).code, 0);
    // "CSV (rozdzielany przecinkami)" from Excel with Polish settings: semicolons, Windows-1250
    // ("Łódź" is 0xA3 0xF3 0x64 0x9F there).
    const QByteArray windows1250 = "id;name;municipality;category;opened_on;closed_on\r\n"
                                   "1;Rodzina Testowa;\xA3\xF3"
                                   "d\x9F;struggling;2020-01-01;\r\n";
    const CliRun excel = importFamilies(windows1250);
    EXPECT_EQ(excel.code, 2);
    for (const char* words : {"families.csv", "Excel", "Windows-1250", "semicolons", "CSV UTF-8"})
        EXPECT_TRUE(excel.err.contains(QString::fromUtf8(words)))
            << words << " in: " << excel.err.toStdString();

    // The same in UTF-8, still with semicolons.
    const CliRun semicolons = importFamilies("id;name;municipality;category;opened_on;closed_on\n"
                                             "1;Rodzina Testowa;\xC5\x81\xC3\xB3"
                                             "d\xC5\xBA;struggling;2020-01-01;\n");
    EXPECT_EQ(semicolons.code, 2);
    for (const char* words : {"families.csv:1", "semicolons", "CSV UTF-8"})
        EXPECT_TRUE(semicolons.err.contains(QString::fromUtf8(words)))
            << words << " in: " << semicolons.err.toStdString();
    EXPECT_EQ(familiesOnFile(), 0);
}
