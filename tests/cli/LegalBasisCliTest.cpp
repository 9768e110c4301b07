// The legal basis packages to partner centres name, as a centre setting from the command line
// (issue 22, docs/law.md): `settings show` prints it per purpose, the program's proposal until the
// centre records its own; `settings set legal_basis_PURPOSE TEXT` records it (managers and
// administrators), one line only, and an empty text goes back to the proposal.
#include "CliFixture.h"

using namespace opieka::test;

namespace {

const QString kReferral = QStringLiteral("art. 15 ust. 1 ustawy z dnia 9 czerwca 2011 r. o "
                                         "wspieraniu rodziny i systemie pieczy zastępczej");
const QString kTransfer =
    QStringLiteral("art. 101 ust. 1 ustawy z dnia 12 marca 2004 r. o pomocy społecznej");

class LegalBasisCliTest : public CliTest
{
protected:
    QString shown()
    {
        const CliRun run = cli({QStringLiteral("settings"), QStringLiteral("show")});
        EXPECT_EQ(run.code, 0) << run.err.toStdString();
        return run.out;
    }
    CliRun set(const QString& key, const QString& value, const QProcessEnvironment& env)
    {
        return cli({QStringLiteral("settings"), QStringLiteral("set"), key, value}, env);
    }
};

} // namespace

TEST_F(LegalBasisCliTest, ShowGivesTheProposalUntilTheCentreSetsItsOwn)
{
    ASSERT_EQ(cli({QStringLiteral("init")}).code, 0);
    const QString before = shown();
    EXPECT_TRUE(
        before.contains(QStringLiteral("\nlegal_basis_referral=") + kReferral + QLatin1Char('\n')))
        << before.toStdString();
    EXPECT_TRUE(
        before.contains(QStringLiteral("\nlegal_basis_plan=") + kReferral + QLatin1Char('\n')));
    EXPECT_TRUE(
        before.contains(QStringLiteral("\nlegal_basis_transfer=") + kTransfer + QLatin1Char('\n')));

    const QString own = QStringLiteral("art. 15 ust. 1 pkt 18 i 19 oraz ust. 2 ustawy o "
                                       "wspieraniu rodziny");
    const CliRun recorded = set(QStringLiteral("legal_basis_referral"), own, asManager());
    ASSERT_EQ(recorded.code, 0) << recorded.err.toStdString();
    EXPECT_TRUE(recorded.out.contains(own)) << recorded.out.toStdString();
    const QString after = shown();
    EXPECT_TRUE(after.contains(QStringLiteral("\nlegal_basis_referral=") + own + QLatin1Char('\n')))
        << after.toStdString();
    EXPECT_TRUE(
        after.contains(QStringLiteral("\nlegal_basis_plan=") + kReferral + QLatin1Char('\n')))
        << "the other purposes keep the proposal";

    // Emptied: the proposal again.
    ASSERT_EQ(set(QStringLiteral("legal_basis_referral"), QString(), asManager()).code, 0);
    EXPECT_TRUE(shown().contains(QStringLiteral("\nlegal_basis_referral=") + kReferral +
                                 QLatin1Char('\n')));
}

TEST_F(LegalBasisCliTest, OneLineOfAKnownPurposeByAManagerOrAnAdministrator)
{
    ASSERT_EQ(cli({QStringLiteral("init")}).code, 0);
    EXPECT_EQ(
        set(QStringLiteral("legal_basis_transfer"), QStringLiteral("art. 101\nu.p.s."), asManager())
            .code,
        2);
    EXPECT_EQ(
        set(QStringLiteral("legal_basis_receipt"), QStringLiteral("art. 1"), asManager()).code, 2);
    const QProcessEnvironment worker =
        withNewAccount(QStringLiteral("socjalna"), QStringLiteral("social_worker"),
                       QStringLiteral("haslo-socjalnej-1"));
    EXPECT_EQ(
        set(QStringLiteral("legal_basis_transfer"), QStringLiteral("art. 101 u.p.s."), worker).code,
        1);
    EXPECT_TRUE(shown().contains(QStringLiteral("\nlegal_basis_transfer=") + kTransfer +
                                 QLatin1Char('\n')));
    // The administrator (who keeps the centre's settings) may.
    EXPECT_EQ(
        set(QStringLiteral("legal_basis_transfer"), QStringLiteral("art. 101 u.p.s."), {}).code, 0);
    EXPECT_TRUE(shown().contains(QStringLiteral("\nlegal_basis_transfer=art. 101 u.p.s.\n")));
}
