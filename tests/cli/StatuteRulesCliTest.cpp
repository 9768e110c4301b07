// Issue 19 from the command line: `rules list` with the statute's sources (the last column), the
// limits around 1 January 2015, a 17th family refused naming 15, the centre's residents
// (`settings set residents N`) and the social workers' norm appended to `caseload --summary`.
#include "CliFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace opieka::test;

namespace {
class StatuteRulesCliTest : public CliTest
{
protected:
    // An assistant (3) with 16 families and a social worker (1) with 40, all from 2014-01-01.
    void setUpAssistantWithSixteen()
    {
        ASSERT_EQ(cli({QStringLiteral("init")}).code, 0);
        const QString from = QStringLiteral("2014-01-01");
        const QList<std::pair<QString, QByteArray>> files{
            {QStringLiteral("workers"), "id,first_name,last_name,role,fte\n"
                                        "1,Anna,Testowa,social_worker,1\n"
                                        "3,Celina,Wzorcowa,family_assistant,1\n"},
            {QStringLiteral("families"), familiesCsv(40, 1, from)},
            {QStringLiteral("assignments"), assignmentsCsv(3, 1, 16, from)},
            {QStringLiteral("assignments"), assignmentsCsv(1, 1, 40, from)}};
        for (const auto& [set, csv] : files) {
            const CliRun run =
                cli({QStringLiteral("import"), set, write(set + QStringLiteral(".csv"), csv)});
            ASSERT_EQ(run.code, 0) << run.err.toStdString();
        }
    }

    QString assistantLine(const QString& asOf)
    {
        const CliRun run = cli({QStringLiteral("caseload"), QStringLiteral("--format"),
                                QStringLiteral("csv"), QStringLiteral("--as-of"), asOf});
        EXPECT_EQ(run.code, 0) << run.err.toStdString();
        for (const QString& line : run.out.split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String("3,")))
                return line;
        return {};
    }
};
} // namespace

TEST_F(StatuteRulesCliTest, ANewDatabaseListsTheStatutesRulesWithTheirSourcesLast)
{
    ASSERT_EQ(cli({QStringLiteral("init")}).code, 0);
    const CliRun csv = cli({QStringLiteral("rules"), QStringLiteral("list"),
                            QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(csv.code, 0) << csv.err.toStdString();
    const QStringList lines = csv.out.trimmed().split(QLatin1Char('\n'));
    EXPECT_EQ(lines.value(0), QStringLiteral("role,limit,prorated,valid_from,source"));
    bool assistant = false;
    bool coordinator = false;
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1String("family_assistant,15,no,2015-01-01,")))
            assistant = line.contains(QStringLiteral("art. 15 ust. 4"));
        if (line.startsWith(QLatin1String("foster_care_coordinator,15,no,2015-01-01,")))
            coordinator = line.contains(QStringLiteral("art. 77 ust. 4"));
    }
    EXPECT_TRUE(assistant) << csv.out.toStdString();
    EXPECT_TRUE(coordinator) << csv.out.toStdString();
    EXPECT_TRUE(csv.out.contains(QStringLiteral("family_assistant,20,no,2000-01-01,")));
    EXPECT_TRUE(csv.out.contains(QStringLiteral("social_worker,50,yes,2000-01-01,")));
    EXPECT_TRUE(csv.err.isEmpty())
        << "the statute's rules differ in nothing: " << csv.err.toStdString();

    const CliRun json = cli({QStringLiteral("rules"), QStringLiteral("list"),
                             QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray rules = QJsonDocument::fromJson(json.out.toUtf8()).array();
    ASSERT_EQ(rules.size(), 5);
    for (const QJsonValue& rule : rules)
        EXPECT_FALSE(rule.toObject().value(QStringLiteral("source")).toString().isEmpty());

    const CliRun text = cli({QStringLiteral("rules"), QStringLiteral("list")});
    EXPECT_TRUE(text.out.contains(QStringLiteral("source"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("art. 110 ust. 11"))) << text.out.toStdString();
}

TEST_F(StatuteRulesCliTest, ACentresOwnRuleIsListedAsTheCentresAndTheDifferenceSaid)
{
    ASSERT_EQ(cli({QStringLiteral("init")}).code, 0);
    ASSERT_EQ(addRule(QStringLiteral("family_assistant"), QStringLiteral("12"),
                      QStringLiteral("2016-01-01"))
                  .code,
              0);
    const CliRun csv = cli({QStringLiteral("rules"), QStringLiteral("list"),
                            QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(csv.code, 0);
    EXPECT_TRUE(csv.out.contains(QStringLiteral("family_assistant,12,no,2016-01-01,centre\n")))
        << csv.out.toStdString();
    EXPECT_TRUE(csv.err.contains(QStringLiteral("differ from the statute")))
        << "the note beside CSV goes to stderr: " << csv.err.toStdString();
    const CliRun text = cli({QStringLiteral("rules"), QStringLiteral("list")});
    EXPECT_TRUE(text.out.contains(QStringLiteral("differ from the statute")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("the centre's own rule")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("stricter than the statute")));
}

TEST_F(StatuteRulesCliTest, SixteenFamiliesAroundTheFirstOfJanuary2015)
{
    setUpAssistantWithSixteen();
    EXPECT_EQ(assistantLine(QStringLiteral("2014-12-31")),
              QStringLiteral("3,Celina Wzorcowa,family_assistant,1,20,16,80.0,ok"));
    EXPECT_EQ(assistantLine(QStringLiteral("2015-01-01")),
              QStringLiteral("3,Celina Wzorcowa,family_assistant,1,15,16,106.7,over"));
    EXPECT_EQ(assistantLine(QStringLiteral("2015-06-01")),
              QStringLiteral("3,Celina Wzorcowa,family_assistant,1,15,16,106.7,over"));
}

TEST_F(StatuteRulesCliTest, ASeventeenthFamilyTodayIsRefusedNamingFifteen)
{
    setUpAssistantWithSixteen();
    const CliRun refused =
        cli({QStringLiteral("assign"), QStringLiteral("--worker"), QStringLiteral("3"),
             QStringLiteral("--case"), QStringLiteral("17")},
            asManager());
    EXPECT_EQ(refused.code, 1) << refused.out.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("limit of 15"))) << refused.err.toStdString();
}

TEST_F(StatuteRulesCliTest, TheSummaryAppendsTheNormAndResidentsAreASetting)
{
    setUpAssistantWithSixteen();
    const auto summary = [&] {
        return cli({QStringLiteral("caseload"), QStringLiteral("--summary"),
                    QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--as-of"),
                    QStringLiteral("2024-06-01")});
    };
    CliRun run = summary();
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(
        QStringLiteral("role,workers,cases,cases_per_worker,limit,over_limit,extra_workers_needed,"
                       "workers_needed_by_residents,workers_needed_by_families\n")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("\nsocial_worker,1,40,40.0,50,0,0,,3\n")))
        << "residents not recorded: empty, not 0; " << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("\nfamily_assistant,1,16,16.0,15,1,1,,\n")))
        << run.out.toStdString();

    EXPECT_EQ(cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("residents"),
                   QStringLiteral("many")},
                  asManager())
                  .code,
              2);
    const CliRun set = cli({QStringLiteral("settings"), QStringLiteral("set"),
                            QStringLiteral("residents"), QStringLiteral("10001")},
                           asManager());
    ASSERT_EQ(set.code, 0) << set.err.toStdString();
    const CliRun shown = cli({QStringLiteral("settings"), QStringLiteral("show")});
    EXPECT_TRUE(shown.out.contains(QStringLiteral("residents=10001\n"))) << shown.out.toStdString();
    run = summary();
    EXPECT_TRUE(run.out.contains(QStringLiteral("\nsocial_worker,1,40,40.0,50,0,0,6,3\n")))
        << run.out.toStdString();

    const CliRun json =
        cli({QStringLiteral("caseload"), QStringLiteral("--summary"), QStringLiteral("--format"),
             QStringLiteral("json"), QStringLiteral("--as-of"), QStringLiteral("2024-06-01")});
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
    ASSERT_EQ(rows.size(), 3);
    const QJsonObject social = rows.at(0).toObject();
    EXPECT_EQ(social.value(QStringLiteral("workers_needed_by_residents")).toInt(), 6);
    EXPECT_EQ(social.value(QStringLiteral("workers_needed_by_families")).toInt(), 3);
    EXPECT_TRUE(
        rows.at(1).toObject().value(QStringLiteral("workers_needed_by_residents")).isNull());

    const CliRun text = cli({QStringLiteral("caseload"), QStringLiteral("--summary"),
                             QStringLiteral("--as-of"), QStringLiteral("2024-06-01")});
    EXPECT_TRUE(text.out.contains(QStringLiteral("workers_needed_by_families")));
}
