// opieka-cli duplicates: the register's likely duplicates, as a manager reads them (issue 21).
#include "DuplicatesCliFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace opieka::test {
namespace {

class DuplicatesCliTest : public DuplicatesCliFixture
{};

const char* const kHeader =
    "kind,score,a_family_id,a_name,a_birth_date,b_family_id,b_name,b_birth_date,reasons\n";

TEST_F(DuplicatesCliTest, MembersCsvListsThePlantedPairsAndNotTheLookAlikes)
{
    const CliRun run = duplicates({QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    // Name 30 + 25, the same birth date 35, the same municipality 5: 95 each.
    EXPECT_EQ(run.out, QString::fromUtf8(kHeader) +
                           QStringLiteral("member,95,1,Małgorzata Wójcik,1980-05-12,2,Malgorzata "
                                          "Wojcik,1980-05-12,name;birth-date;municipality\n"
                                          "member,95,3,Zofia Kowalska,2015-03-04,4,Zofia "
                                          "Kowalska,2015-03-04,name;birth-date;municipality\n"));
}

TEST_F(DuplicatesCliTest, FamiliesCsvListsTheFamilyEnteredTwice)
{
    const CliRun run = duplicates({QStringLiteral("--kind"), QStringLiteral("families"),
                                   QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QString::fromUtf8(kHeader) +
                           QStringLiteral("family,80,3,Kowalska,,4,Kowalski,,"
                                          "name;surname-gender;municipality;shared-member\n"));
}

TEST_F(DuplicatesCliTest, AMinimumScoreOfZeroShowsTheLookAlikeToo)
{
    const CliRun run = duplicates({QStringLiteral("--min-score"), QStringLiteral("0"),
                                   QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
    bool nowak = false;
    for (const QJsonValue& value : rows) {
        const QJsonObject row = value.toObject();
        EXPECT_EQ(row.value(QStringLiteral("kind")).toString(), QStringLiteral("member"));
        if (row.value(QStringLiteral("a_name")).toString() != QLatin1String("Jan Nowak"))
            continue;
        nowak = true;
        EXPECT_LT(row.value(QStringLiteral("score")).toInt(), 70);
        EXPECT_EQ(row.value(QStringLiteral("a_family_id")).toInt(), 1);
        EXPECT_GT(row.value(QStringLiteral("a_id")).toInt(), 0) << "the member's own id";
        EXPECT_GT(row.value(QStringLiteral("b_id")).toInt(),
                  row.value(QStringLiteral("a_id")).toInt());
        EXPECT_EQ(row.value(QStringLiteral("b_birth_date")).toString(),
                  QStringLiteral("1982-09-15"));
        EXPECT_TRUE(row.value(QStringLiteral("reasons"))
                        .toArray()
                        .contains(QJsonValue(QStringLiteral("birth-date-differs"))));
    }
    EXPECT_TRUE(nowak) << run.out.toStdString();
    EXPECT_EQ(rows.size(), 3);
}

TEST_F(DuplicatesCliTest, TextIsATableUnderTheSameColumns)
{
    const CliRun run = duplicates();
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("a_birth_date"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Malgorzata Wojcik"))) << run.out.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("Jan Nowak"))) << run.out.toStdString();
}

TEST_F(DuplicatesCliTest, BadOptionsAreUsageErrorsNamingTheOption)
{
    const CliRun kind = duplicates({QStringLiteral("--kind"), QStringLiteral("workers")});
    EXPECT_EQ(kind.code, 2);
    EXPECT_TRUE(kind.err.contains(QStringLiteral("--kind takes members or families")))
        << kind.err.toStdString();
    for (const char* score : {"abc", "101", "-1"}) {
        const CliRun bad = duplicates({QStringLiteral("--min-score"), QString::fromLatin1(score)});
        EXPECT_EQ(bad.code, 2) << score;
        EXPECT_TRUE(bad.err.contains(QStringLiteral("--min-score takes a whole number from 0 to "
                                                    "100")))
            << bad.err.toStdString();
    }
    const CliRun format = duplicates({QStringLiteral("--format"), QStringLiteral("xml")});
    EXPECT_EQ(format.code, 2);
    EXPECT_TRUE(format.err.contains(QStringLiteral("--format"))) << format.err.toStdString();
    EXPECT_TRUE(format.out.isEmpty());
}

TEST_F(DuplicatesCliTest, AMembersImportEndsWithTheLikelyDuplicatesOfRecordsAlreadyThere)
{
    // Line 2: the grandmother a third time, in capitals (family 3); line 3: someone new.
    const QString file =
        writeMembers(QStringLiteral("more.csv"), "3,,Malgorzata,WOJCIK,1980-05-12,,other\n"
                                                 "3,,Piotr,Brzoza,1990-01-01,,other\n");
    const CliRun run = cli({QStringLiteral("import"), QStringLiteral("members"), file}, manager);
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    // Members 1 and 2 are the two records of her already there (SetUp), 95 points each.
    EXPECT_EQ(run.out,
              QStringLiteral("Imported 2 rows of members from %1.\n"
                             "2 likely duplicates of records already in the register, imported "
                             "all the same (--strict refuses them):\n"
                             "%1:2: likely the same as member 1 of family 1 already in the "
                             "register (score 95: name;birth-date;municipality)\n"
                             "%1:2: likely the same as member 2 of family 2 already in the "
                             "register (score 95: name;birth-date;municipality)\n")
                  .arg(file));
}

TEST_F(DuplicatesCliTest, RowsAlikeOnlyWithinTheFileAreNotListedByTheImport)
{
    const CliRun run = importMembers(QStringLiteral("twice.csv"),
                                     "3,,Piotr,Brzoza,1990-01-01,,other\n"
                                     "4,,Piotr,Brzoza,1990-01-01,,other\n",
                                     manager);
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.endsWith(
        QStringLiteral("No likely duplicates of records already in the register.\n")))
        << run.out.toStdString();
    // The register's list shows them once they are in.
    const CliRun listed = duplicates({QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_TRUE(listed.out.contains(
        QStringLiteral("member,99,3,Piotr Brzoza,1990-01-01,4,Piotr Brzoza,1990-01-01,")))
        << listed.out.toStdString();
}

TEST_F(DuplicatesCliTest, StrictRefusesAnImportWithALikelyDuplicateAndStoresNothing)
{
    const CliRun before = cli({QStringLiteral("export"), QStringLiteral("members")}, manager);
    ASSERT_EQ(before.code, 0) << before.err.toStdString();
    const QString file =
        writeMembers(QStringLiteral("strict.csv"), "3,,Piotr,Brzoza,1990-01-01,,other\n"
                                                   "4,,Zofia,Kowalski,2015-03-04,,child\n");
    const CliRun run =
        cli({QStringLiteral("import"), QStringLiteral("members"), file, QStringLiteral("--strict")},
            manager);
    EXPECT_EQ(run.code, 1) << "refused by a rule (docs/cli.md)";
    EXPECT_TRUE(
        run.err.contains(QStringLiteral("%1:3: likely the same as member 5 of family 3").arg(file)))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("with --strict nothing was imported")))
        << run.err.toStdString();
    const CliRun after = cli({QStringLiteral("export"), QStringLiteral("members")}, manager);
    EXPECT_EQ(after.out, before.out) << "not even the row that was not a duplicate";
}

TEST_F(DuplicatesCliTest, ASocialWorkerIsRefused)
{
    const QProcessEnvironment worker =
        withNewAccount(QStringLiteral("pracownik"), QStringLiteral("social_worker"),
                       QStringLiteral("haslo-pracownika-3"));
    const CliRun refused = duplicates({QStringLiteral("--format"), QStringLiteral("csv")}, worker);
    EXPECT_EQ(refused.code, 1) << refused.err.toStdString();
    EXPECT_TRUE(refused.out.isEmpty()) << refused.out.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("Only a manager")))
        << refused.err.toStdString();
}

} // namespace
} // namespace opieka::test
