// Issue 18, defect 6, through the real opieka-cli: an administrator neither probes PESEL numbers
// through an import nor makes herself a manager who exports everything.
#include "CliFixture.h"

using namespace opieka::test;

TEST_F(CliTest, AnAdministratorsImportOfMembersIsRefusedTheSameWayWhateverThePeselAndAudited)
{
    setUpCentre();
    ASSERT_EQ(importMembers(QStringLiteral("kept.csv"), "2,65123100169,Ewa,Próbna,,,parent\n",
                            asManager())
                  .code,
              0);
    const CliRun known =
        importMembers(QStringLiteral("a.csv"), "1,65123100169,Ewa,Próbna,,,parent\n");
    const CliRun unknown =
        importMembers(QStringLiteral("b.csv"), "1,02070803628,Zofia,Próbna,,,child\n");
    EXPECT_EQ(known.code, 1) << known.err.toStdString();
    EXPECT_EQ(unknown.code, 1) << unknown.err.toStdString();
    EXPECT_EQ(known.err, unknown.err);
    EXPECT_FALSE(known.err.contains(QStringLiteral("family 2")));
    const CliRun trail =
        cli({QStringLiteral("audit"), QStringLiteral("user"), QStringLiteral("admin"),
             QStringLiteral("--format"), QStringLiteral("csv")},
            asManager());
    EXPECT_EQ(trail.out.count(QStringLiteral("import.refused")), 2) << trail.out.toStdString();
}

TEST_F(CliTest, AManagerAccountAnAdministratorAddsExportsNothingUntilAnotherManagerConfirmsIt)
{
    setUpCentre();
    asManager(); // "kierownik", the centre's first manager: confirmed at once
    QProcessEnvironment password;
    password.insert(QStringLiteral("OPIEKA_NEW_PASSWORD"), QStringLiteral("haslo-admina-do-1"));
    const CliRun added = addUser(QStringLiteral("przejeta"), QStringLiteral("manager"), password);
    ASSERT_EQ(added.code, 0) << added.err.toStdString();
    const QProcessEnvironment taken =
        signedInAs(QStringLiteral("przejeta"), QStringLiteral("haslo-admina-do-1"));
    const CliRun exported = cli({QStringLiteral("export"), QStringLiteral("families")}, taken);
    EXPECT_EQ(exported.code, 1) << "exported before a manager confirmed the account";
    EXPECT_FALSE(exported.out.contains(QStringLiteral("Rodzina 1")));

    const CliRun pending = cli({QStringLiteral("user"), QStringLiteral("pending")}, asManager());
    EXPECT_EQ(pending.code, 0) << pending.err.toStdString();
    EXPECT_TRUE(pending.out.contains(QStringLiteral("przejeta"))) << pending.out.toStdString();
    EXPECT_EQ(
        cli({QStringLiteral("user"), QStringLiteral("confirm"), QStringLiteral("przejeta")}).code,
        1)
        << "not the administrator";
    EXPECT_EQ(
        cli({QStringLiteral("user"), QStringLiteral("confirm"), QStringLiteral("przejeta")}, taken)
            .code,
        1)
        << "not the account itself";
    const CliRun confirmed =
        cli({QStringLiteral("user"), QStringLiteral("confirm"), QStringLiteral("przejeta")},
            asManager());
    ASSERT_EQ(confirmed.code, 0) << confirmed.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("export"), QStringLiteral("families")}, taken).code, 0);
    EXPECT_EQ(cli({QStringLiteral("verify")}).code, 0);
}
