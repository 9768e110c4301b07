// Reading a family's team follows the case's rule (issue 20: no actor-less read of case data):
// a worker reads the teams of the families they reach, the whole centre's gaps are a manager's,
// and a page of the families list learns nothing of a family the account cannot open.
#include "DirectoryService.h"
#include "TeamService.h"
#include "TestWorkspace.h"

#include <gtest/gtest.h>

using namespace opieka;

namespace {

class TeamAccessTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Two social workers in two units, each with one family; nobody is the families'
        // assistant, so both teams lack one.
        ws.loadWorkers({{1, "Anna", "Testowa", Role::SocialWorker, 1, "Zespół 1"},
                        {2, "Bogdan", "Próbny", Role::SocialWorker, 1, "Zespół 2"}});
        ws.load(DataSet::Families, test::familiesCsv(2));
        ws.load(DataSet::Assignments, "worker_id,case_kind,case_id,from,to\n"
                                      "1,family,1,2023-01-10,\n"
                                      "2,family,2,2023-01-10,\n");
        anna = ws.addUser(QStringLiteral("anna"), Role::SocialWorker);
        anna.workerId = 1;
    }

    Family family(qint64 id)
    {
        auto found = DirectoryService(ws.session(ws.manager())).family(id);
        EXPECT_TRUE(found.ok() && found->has_value());
        return found.ok() && found->has_value() ? **found : Family{};
    }

    test::TestWorkspace ws;
    User anna;
};

TEST_F(TeamAccessTest, AWorkerReadsTheTeamOfHerOwnFamilyOnly)
{
    auto own = TeamService(ws.session(anna)).team(1, test::kToday);
    ASSERT_TRUE(own.ok()) << own.error().message.toStdString();
    ASSERT_EQ(own->current.size(), 1);
    EXPECT_EQ(own->current.first().worker.id, 1);

    auto other = TeamService(ws.session(anna)).team(2, test::kToday);
    ASSERT_FALSE(other.ok()) << "family 2 is another unit's case";
    EXPECT_TRUE(other.error().message.contains(QStringLiteral("cannot open family 2")))
        << other.error().message.toStdString();
    EXPECT_TRUE(TeamService(ws.session(ws.manager())).team(2, test::kToday).ok());
}

TEST_F(TeamAccessTest, TheCentresFamiliesWithoutAFullTeamAreForAManager)
{
    auto all = TeamService(ws.session(ws.manager())).familiesMissingTeam(test::kToday);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(*all, (QList<qint64>{1, 2}));
    EXPECT_FALSE(TeamService(ws.session(anna)).familiesMissingTeam(test::kToday).ok());
    EXPECT_FALSE(TeamService(ws.session(ws.admin())).familiesMissingTeam(test::kToday).ok());
}

TEST_F(TeamAccessTest, APageOfTheListTellsOnlyOfFamiliesTheAccountOpens)
{
    const QList<Family> page{family(1), family(2)};
    auto forManager = TeamService(ws.session(ws.manager())).missingTeamAmong(page, test::kToday);
    ASSERT_TRUE(forManager.ok());
    EXPECT_EQ(*forManager, (QSet<qint64>{1, 2}));

    auto forAnna = TeamService(ws.session(anna)).missingTeamAmong(page, test::kToday);
    ASSERT_TRUE(forAnna.ok());
    EXPECT_EQ(*forAnna, QSet<qint64>{1}) << "family 2 is not Anna's to open";
    auto forAdmin = TeamService(ws.session(ws.admin())).missingTeamAmong(page, test::kToday);
    ASSERT_TRUE(forAdmin.ok());
    EXPECT_TRUE(forAdmin->isEmpty()) << "an administrator opens no case";
}

} // namespace
