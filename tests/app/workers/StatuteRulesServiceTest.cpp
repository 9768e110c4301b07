// Issue 19: the statute's rule sets as shipped (migration 013), an older database's upgrade, the
// limit in force around 1 January 2015 through the service, and the social workers' norm of
// art. 110 ust. 11 u.p.s. with the centre's residents (a setting).
#include "CaseloadService.h"
#include "Clock.h"
#include "Database.h"
#include "ReportDocuments.h"
#include "SchemaMigrator.h"
#include "SettingsService.h"
#include "SqlHelpers.h"
#include "TestDatabase.h"
#include "TestWorkspace.h"

#include <gtest/gtest.h>

using namespace opieka;

namespace {
std::optional<CaseloadRule> ruleOf(const RuleBook& book, Role role, const QDate& from)
{
    for (const CaseloadRule& rule : book.rules())
        if (rule.role == role && rule.validFrom == from)
            return rule;
    return std::nullopt;
}

// An assistant (3) and a social worker (1) with `assistantFamilies` families from 2014-01-01.
void loadCentre(test::TestWorkspace& ws, int assistantFamilies)
{
    ws.load(DataSet::Workers, "id,first_name,last_name,role,fte\n"
                              "1,Anna,Testowa,social_worker,1\n"
                              "3,Celina,Wzorcowa,family_assistant,1\n");
    ws.load(DataSet::Families, test::familiesCsv(40, 1, QStringLiteral("2014-01-01")));
    ws.load(DataSet::Assignments,
            test::assignmentsCsv(3, 1, assistantFamilies, QStringLiteral("2014-01-01")));
}

const WorkerCaseload* rowOf(const CaseloadReport& report, qint64 workerId)
{
    for (const WorkerCaseload& row : report.rows)
        if (row.worker.id == workerId)
            return &row;
    return nullptr;
}
} // namespace

TEST(StatuteRulesService, ANewDatabaseHasTheStatutesHistoryWithItsSources)
{
    test::TestWorkspace ws;
    CaseloadService service(ws.session(ws.manager()));
    auto rules = service.rules();
    ASSERT_TRUE(rules.ok()) << rules.error().message.toStdString();
    const auto assistant2015 = ruleOf(*rules, Role::FamilyAssistant, QDate(2015, 1, 1));
    ASSERT_TRUE(assistant2015);
    EXPECT_EQ(assistant2015->limit, 15);
    EXPECT_TRUE(assistant2015->source.contains(QStringLiteral("art. 15 ust. 4")));
    const auto coordinator2015 = ruleOf(*rules, Role::FosterCareCoordinator, QDate(2015, 1, 1));
    ASSERT_TRUE(coordinator2015);
    EXPECT_EQ(coordinator2015->limit, 15);
    EXPECT_TRUE(coordinator2015->source.contains(QStringLiteral("art. 77 ust. 4")));
    EXPECT_EQ(rules->ruleFor(Role::FamilyAssistant, QDate(2014, 12, 31))->limit, 20);
    EXPECT_EQ(rules->ruleFor(Role::FosterCareCoordinator, QDate(2014, 12, 31))->limit, 30);
    const auto social = rules->ruleFor(Role::SocialWorker, QDate(2000, 1, 1));
    ASSERT_TRUE(social);
    EXPECT_EQ(social->limit, 50);
    EXPECT_TRUE(social->source.contains(QStringLiteral("art. 110 ust. 11")));
    for (const CaseloadRule& rule : rules->rules())
        EXPECT_FALSE(rule.isCentresOwn()) << "every shipped rule names its source";
    EXPECT_EQ(service.statuteRules()->rules().size(), 5);
    auto differences = service.differencesFromStatute(Clock::today());
    ASSERT_TRUE(differences.ok());
    EXPECT_TRUE(differences->isEmpty());
}

TEST(StatuteRulesService, AnOlderDatabaseGetsThe2015RulesUnlessItHasItsOwnLaterRule)
{
    test::TestDatabase old;
    {
        auto db = Database::open(old.location(), Database::OpenMode::CreateIfMissing);
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        ASSERT_TRUE(SchemaMigrator(**db).migrate(12).ok());
        // The centre's own rule for assistants from 2016, made before this version.
        ASSERT_TRUE(sql::run(**db, QStringLiteral("INSERT INTO caseload_rules (role, case_limit, "
                                                  "prorated, valid_from) VALUES "
                                                  "('family_assistant', 18, 0, '2016-01-01')"))
                        .ok());
        ASSERT_TRUE(SchemaMigrator(**db).migrate().ok());
    }
    auto db = Database::open(old.location(), Database::OpenMode::MustExist);
    ASSERT_TRUE(db.ok());
    CaseloadService service(Session(**db, User{})); // the rules are read by any account
    auto rules = service.rules();
    ASSERT_TRUE(rules.ok());
    EXPECT_FALSE(ruleOf(*rules, Role::FamilyAssistant, QDate(2015, 1, 1)))
        << "the centre's own 2016 rule stands: no statute rule slipped in before it";
    EXPECT_TRUE(ruleOf(*rules, Role::FamilyAssistant, QDate(2016, 1, 1))->isCentresOwn());
    EXPECT_TRUE(ruleOf(*rules, Role::FamilyAssistant, QDate(2000, 1, 1))
                    ->source.contains(QStringLiteral("art. 15 ust. 4")))
        << "the 2011 rule shipped by schema 2 got its source";
    EXPECT_EQ(ruleOf(*rules, Role::FosterCareCoordinator, QDate(2015, 1, 1))->limit, 15)
        << "coordinators had no later rule of the centre: they get the statute's";

    auto differences = service.differencesFromStatute(QDate(2016, 6, 1));
    ASSERT_TRUE(differences.ok());
    ASSERT_EQ(differences->size(), 1);
    EXPECT_EQ(differences->at(0).role, Role::FamilyAssistant);
    EXPECT_EQ(differences->at(0).applied->limit, 18);
    EXPECT_EQ(differences->at(0).statute->limit, 15);
    const QString text = CaseloadService::differenceText(differences->at(0));
    EXPECT_TRUE(text.contains(QStringLiteral("18")) && text.contains(QStringLiteral("15")) &&
                text.contains(QStringLiteral("art. 15 ust. 4")))
        << text.toStdString();
}

TEST(StatuteRulesService, SixteenFamiliesAreWithinTwentyOnTheLastDayAndOverFifteenAfter)
{
    test::TestWorkspace ws;
    loadCentre(ws, 16);
    CaseloadService service(ws.session(ws.manager()));
    struct Day
    {
        QDate day;
        int limit;
        LoadStatus status;
    };
    for (const Day& d : {Day{QDate(2014, 12, 31), 20, LoadStatus::Ok},
                         Day{QDate(2015, 1, 1), 15, LoadStatus::Over},
                         Day{QDate(2015, 6, 1), 15, LoadStatus::Over}}) {
        auto report = service.report(d.day);
        ASSERT_TRUE(report.ok());
        const WorkerCaseload* row = rowOf(*report, 3);
        ASSERT_TRUE(row);
        EXPECT_EQ(row->load.cases, 16);
        EXPECT_EQ(row->load.limit, d.limit) << d.day.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(row->load.status, d.status) << d.day.toString(Qt::ISODate).toStdString();
        EXPECT_FALSE(report->limitSource(Role::FamilyAssistant).isEmpty());
    }
}

TEST(StatuteRulesService, ASeventeenthFamilyTodayIsRefusedNamingFifteen)
{
    test::TestWorkspace ws;
    loadCentre(ws, 16);
    CaseloadService service(ws.session(ws.manager()));
    auto refused = service.assign(AssignRequest{3, 17, Clock::today(), {}});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("15")))
        << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("17")))
        << refused.error().message.toStdString();
}

TEST(StatuteRulesService, TheNormCountsResidentsOnlyOnceTheCentreRecordsThem)
{
    test::TestWorkspace ws;
    loadCentre(ws, 2);
    ws.load(DataSet::Assignments, test::assignmentsCsv(1, 1, 40, QStringLiteral("2014-01-01")));
    CaseloadService service(ws.session(ws.manager()));
    auto before = service.report(QDate(2024, 6, 1));
    ASSERT_TRUE(before.ok());
    const RoleSummary& social = before->summaries.at(0);
    ASSERT_EQ(social.role, Role::SocialWorker);
    EXPECT_EQ(social.workersNeededByResidents, std::nullopt) << "not recorded: empty, never 0";
    EXPECT_EQ(social.workersNeededByFamilies, 3) << "40 families: one post, but at least three";
    EXPECT_EQ(before->summaries.at(1).workersNeededByFamilies, std::nullopt)
        << "the norm is the social workers'";

    SettingsService settings(ws.session(ws.manager()));
    EXPECT_FALSE(settings.setResidents(0).ok());
    ASSERT_TRUE(settings.setResidents(12001).ok());
    EXPECT_EQ(*settings.residents(), 12001);
    auto after = service.report(QDate(2024, 6, 1));
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->summaries.at(0).workersNeededByResidents, 7) << "12,001 / 2,000 rounded up";

    const QString html = ReportDocuments::caseloadHtml(*after, QStringLiteral("OPS"), isoDates());
    EXPECT_TRUE(html.contains(QStringLiteral("art. 15 ust. 4"))) << "the limit's source printed";
    EXPECT_TRUE(html.contains(QStringLiteral("art. 110 ust. 11")));
}
