// opieka-cli duplicates merge and duplicates dismiss: a manager settles the likely duplicates the
// list shows (issue 21 part 4).
#include "DuplicatesCliFixture.h"

namespace opieka::test {
namespace {

class DuplicatesMergeCliTest : public DuplicatesCliFixture
{
protected:
    CliRun merge(const QString& kind, const QString& keep, const QString& remove,
                 const QStringList& more = {}, std::optional<QProcessEnvironment> env = {})
    {
        return duplicates(QStringList{QStringLiteral("merge"), QStringLiteral("--kind"), kind,
                                      QStringLiteral("--keep"), keep, QStringLiteral("--remove"),
                                      remove} +
                              more,
                          env);
    }
    QString listed(const QString& kind)
    {
        const CliRun run = duplicates(
            {QStringLiteral("--kind"), kind, QStringLiteral("--format"), QStringLiteral("csv")});
        EXPECT_EQ(run.code, 0) << run.err.toStdString();
        return run.out;
    }
};

TEST_F(DuplicatesMergeCliTest, MergingTwoFamiliesPrintsWhatMovedAndTheListNoLongerShowsThem)
{
    ASSERT_TRUE(listed(QStringLiteral("families")).contains(QStringLiteral("Kowalska")));
    const CliRun run = merge(QStringLiteral("families"), QStringLiteral("3"), QStringLiteral("4"),
                             {QStringLiteral("--take"), QStringLiteral("category")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("Family 4 merged into family 3.\nMoved: ")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("members 1"))) << run.out.toStdString();
    EXPECT_FALSE(listed(QStringLiteral("families")).contains(QStringLiteral("Kowalsk")));
    // Family 3 now holds the child twice, as two records: a member merge is a step of its own.
    EXPECT_TRUE(listed(QStringLiteral("members")).contains(QStringLiteral("Zofia Kowalska")));
    const CliRun verify = cli({QStringLiteral("verify")}, manager);
    EXPECT_EQ(verify.code, 0) << verify.err.toStdString();
}

TEST_F(DuplicatesMergeCliTest, MergingTwoRecordsOfOnePersonTakesTheChosenField)
{
    const CliRun run = merge(QStringLiteral("members"), QStringLiteral("2"), QStringLiteral("1"),
                             {QStringLiteral("--take"), QStringLiteral("first_name,last_name")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("Member 1 merged into member 2.\n")))
        << run.out.toStdString();
    const CliRun members = cli({QStringLiteral("export"), QStringLiteral("members")}, manager);
    ASSERT_EQ(members.code, 0) << members.err.toStdString();
    EXPECT_TRUE(members.out.contains(QStringLiteral("2,,Małgorzata,Wójcik,1980-05-12")))
        << members.out.toStdString();
    EXPECT_FALSE(members.out.contains(QStringLiteral("Malgorzata"))) << members.out.toStdString();
    EXPECT_FALSE(listed(QStringLiteral("members")).contains(QStringLiteral("Wojcik")));
    EXPECT_EQ(cli({QStringLiteral("verify")}, manager).code, 0);
}

TEST_F(DuplicatesMergeCliTest, BadInputIsExitTwoAndARefusalExitOneWithNothingMerged)
{
    const QString before = listed(QStringLiteral("members"));
    const CliRun noKind =
        duplicates({QStringLiteral("merge"), QStringLiteral("--keep"), QStringLiteral("1"),
                    QStringLiteral("--remove"), QStringLiteral("2")});
    EXPECT_EQ(noKind.code, 2);
    EXPECT_TRUE(noKind.err.contains(QStringLiteral("--kind is required")))
        << noKind.err.toStdString();
    const CliRun badId =
        merge(QStringLiteral("members"), QStringLiteral("abc"), QStringLiteral("2"));
    EXPECT_EQ(badId.code, 2);
    EXPECT_TRUE(badId.err.contains(QStringLiteral("--keep"))) << badId.err.toStdString();
    const CliRun same = merge(QStringLiteral("members"), QStringLiteral("2"), QStringLiteral("2"));
    EXPECT_EQ(same.code, 2) << same.err.toStdString();
    const CliRun missing =
        merge(QStringLiteral("members"), QStringLiteral("2"), QStringLiteral("99"));
    EXPECT_EQ(missing.code, 2) << missing.err.toStdString();
    EXPECT_TRUE(missing.err.contains(QStringLiteral("99"))) << missing.err.toStdString();
    const CliRun field = merge(QStringLiteral("members"), QStringLiteral("2"), QStringLiteral("1"),
                               {QStringLiteral("--take"), QStringLiteral("address")});
    EXPECT_EQ(field.code, 2);
    EXPECT_TRUE(field.err.contains(QStringLiteral("'address'"))) << field.err.toStdString();
    const QProcessEnvironment worker =
        withNewAccount(QStringLiteral("pracownik"), QStringLiteral("social_worker"),
                       QStringLiteral("haslo-pracownika-3"));
    const CliRun refused =
        merge(QStringLiteral("members"), QStringLiteral("2"), QStringLiteral("1"), {}, worker);
    EXPECT_EQ(refused.code, 1) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("Only a manager")))
        << refused.err.toStdString();
    for (const CliRun& run : {noKind, badId, same, missing, field, refused})
        EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    EXPECT_EQ(listed(QStringLiteral("members")), before);
}

TEST_F(DuplicatesMergeCliTest, ADismissedPairIsNoLongerListed)
{
    const CliRun run =
        duplicates({QStringLiteral("dismiss"), QStringLiteral("--kind"), QStringLiteral("members"),
                    QStringLiteral("6"), QStringLiteral("5")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("Members 6 and 5 are marked as two different people: they "
                                      "are neither listed nor warned of as duplicates again.\n"));
    const QString members = listed(QStringLiteral("members"));
    EXPECT_FALSE(members.contains(QStringLiteral("Zofia"))) << members.toStdString();
    EXPECT_TRUE(members.contains(QStringLiteral("Wojcik"))) << "only the pair marked";
    // Marking it again is not an error.
    EXPECT_EQ(duplicates({QStringLiteral("dismiss"), QStringLiteral("--kind"),
                          QStringLiteral("members"), QStringLiteral("5"), QStringLiteral("6")})
                  .code,
              0);
}

TEST_F(DuplicatesMergeCliTest, DismissWantsAKindAndTwoIds)
{
    const CliRun noKind =
        duplicates({QStringLiteral("dismiss"), QStringLiteral("5"), QStringLiteral("6")});
    EXPECT_EQ(noKind.code, 2);
    EXPECT_TRUE(noKind.err.contains(QStringLiteral("--kind is required")))
        << noKind.err.toStdString();
    const CliRun one = duplicates({QStringLiteral("dismiss"), QStringLiteral("--kind"),
                                   QStringLiteral("members"), QStringLiteral("5")});
    EXPECT_EQ(one.code, 2);
    const CliRun word =
        duplicates({QStringLiteral("dismiss"), QStringLiteral("--kind"), QStringLiteral("families"),
                    QStringLiteral("3"), QStringLiteral("x")});
    EXPECT_EQ(word.code, 2);
    EXPECT_TRUE(word.err.contains(QStringLiteral("'x'"))) << word.err.toStdString();
    const CliRun same =
        duplicates({QStringLiteral("dismiss"), QStringLiteral("--kind"), QStringLiteral("families"),
                    QStringLiteral("3"), QStringLiteral("3")});
    EXPECT_EQ(same.code, 2) << same.err.toStdString();
    const CliRun more =
        duplicates({QStringLiteral("dismiss"), QStringLiteral("--kind"), QStringLiteral("families"),
                    QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")});
    EXPECT_EQ(more.code, 2) << "a third id is a usage error";
    EXPECT_TRUE(listed(QStringLiteral("families")).contains(QStringLiteral("Kowalsk")));
}

} // namespace
} // namespace opieka::test
