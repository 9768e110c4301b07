// `report deadlines` and foster care as the statute reads (issue 19): certificates and the
// psychologist's opinion (art. 45a) only for the families the statute binds; a foster family
// without a coordinator flagged (art. 77 ust. 1a).
#include "CliFixture.h"

#include <gtest/gtest.h>

using opieka::test::CliRun;
using opieka::test::CliTest;

namespace {
class FosterDeadlinesCliTest : public CliTest
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(cli({QStringLiteral("init")}).code, 0);
        const CliRun w = importFile(QStringLiteral("workers"), QStringLiteral("w.csv"),
                                    "id,first_name,last_name,role,fte\n"
                                    "4,Dorota,Fikcyjna,foster_care_coordinator,1\n",
                                    asManager());
        ASSERT_EQ(w.code, 0) << w.err.toStdString();
        // Both registered on 2019-01-01 with nothing presented since: due 2021-01-01.
        const CliRun f = importFile(QStringLiteral("foster-families"), QStringLiteral("ff.csv"),
                                    "id,name,kind,municipality,opened_on,closed_on\n"
                                    "1,Babcia Testowa,kinship,Testowo,2019-01-01,\n"
                                    "2,Rodzina Niezawodowa,non_professional,Testowo,"
                                    "2019-01-01,\n"
                                    "3,Rodzina Bez Koordynatora,professional,Testowo,"
                                    "2019-01-01,\n",
                                    asManager());
        ASSERT_EQ(f.code, 0) << f.err.toStdString();
        const CliRun a = importFile(QStringLiteral("assignments"), QStringLiteral("a.csv"),
                                    "worker_id,case_kind,case_id,from,to\n"
                                    "4,foster_family,1,2020-01-01,\n"
                                    "4,foster_family,2,2020-01-01,\n",
                                    asManager());
        ASSERT_EQ(a.code, 0) << a.err.toStdString();
    }

    // The report's CSV lines about `subject`.
    QStringList linesAbout(const QString& subject)
    {
        const CliRun run =
            cli({QStringLiteral("report"), QStringLiteral("deadlines"), QStringLiteral("--as-of"),
                 QStringLiteral("2024-06-01"), QStringLiteral("--format"), QStringLiteral("csv")},
                asManager());
        EXPECT_EQ(run.code, 0) << run.err.toStdString();
        return run.out.split(QLatin1Char('\n'))
            .filter(QLatin1Char(',') + subject + QLatin1Char(','));
    }
};
} // namespace

TEST_F(FosterDeadlinesCliTest, NoCertificateOrOpinionForAKinshipFamilyBothForANonProfessionalOne)
{
    const QStringList kinship = linesAbout(QStringLiteral("Babcia Testowa"));
    EXPECT_TRUE(kinship.filter(QStringLiteral("health_certificate")).isEmpty())
        << kinship.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(kinship.filter(QStringLiteral("psychologist_opinion")).isEmpty())
        << kinship.join(QLatin1Char('\n')).toStdString();

    const QStringList bound = linesAbout(QStringLiteral("Rodzina Niezawodowa"));
    EXPECT_EQ(bound.filter(QStringLiteral(",health_certificate,")).size(), 1)
        << bound.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(bound.filter(QStringLiteral(",psychologist_opinion,")).size(), 1)
        << bound.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(bound.filter(QStringLiteral(",psychologist_opinion,"))
                    .first()
                    .startsWith(QStringLiteral(
                        "4,Dorota Fikcyjna,psychologist_opinion,Rodzina Niezawodowa,2021-01-01,"
                        "yes")))
        << bound.join(QLatin1Char('\n')).toStdString();
}

TEST_F(FosterDeadlinesCliTest, AFosterFamilyWithoutACoordinatorIsListedAsTheOrganisers)
{
    const QStringList lines = linesAbout(QStringLiteral("Rodzina Bez Koordynatora"));
    EXPECT_EQ(lines.filter(QStringLiteral("0,,no_coordinator,Rodzina Bez Koordynatora,,no")).size(),
              1)
        << lines.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(lines.filter(QStringLiteral("0,,health_certificate,")).size(), 1)
        << "its deadlines stay on the list, the organiser's (art. 77 ust. 1a): "
        << lines.join(QLatin1Char('\n')).toStdString();
}
