// A list's rows checked at once (CaseAccess::readableFamilies): the same answer as asking
// mayReadFamily row by row, for every role.
#include "CaseAccess.h"
#include "TestWorkspace.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace opieka;

namespace {

class ReadableFamiliesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ws.loadWorkers({{1, "Anna", "Pierwsza", Role::SocialWorker, 1, "Zespół 1"},
                        {2, "Bogdan", "Drugi", Role::SocialWorker, 1, "Zespół 1"},
                        {3, "Cezary", "Trzeci", Role::SocialWorker, 1, "Zespół 2"},
                        {4, "Dorota", "Czwarta", Role::SocialWorker}});
        ws.load(DataSet::Families, test::familiesCsv(6));
        // Family 5 has no worker; family 4's worker has no unit; family 2's assignment ended.
        ws.load(DataSet::Assignments, "worker_id,case_kind,case_id,from,to\n"
                                      "1,family,1,2021-01-01,\n"
                                      "2,family,2,2021-01-01,2022-01-01\n"
                                      "2,family,6,2021-01-01,\n"
                                      "3,family,3,2021-01-01,\n"
                                      "4,family,4,2021-01-01,\n");
        anna = worker(QStringLiteral("anna"), 1);
        dorota = worker(QStringLiteral("dorota"), 4);
    }

    User worker(const QString& login, qint64 workerId)
    {
        User user = ws.addUser(login, Role::SocialWorker);
        user.workerId = workerId;
        return user;
    }

    QSet<qint64> readable(const User& actor)
    {
        auto ids = CaseAccess(ws.database()).readableFamilies(actor, allIds, today);
        EXPECT_TRUE(ids.ok()) << ids.error().message.toStdString();
        return ids ? *ids : QSet<qint64>{};
    }

    QSet<qint64> readableOneByOne(const User& actor)
    {
        QSet<qint64> ids;
        for (qint64 id : allIds)
            if (CaseAccess(ws.database()).mayReadFamily(actor, id, today))
                ids << id;
        return ids;
    }

    test::TestWorkspace ws;
    const QDate today{2024, 6, 1};
    const QList<qint64> allIds{1, 2, 3, 4, 5, 6};
    User anna, dorota;
};

TEST_F(ReadableFamiliesTest, AWorkerReadsHerOwnAndHerUnitsCurrentCases)
{
    EXPECT_EQ(readable(anna), (QSet<qint64>{1, 6}))
        << "her case and her unit colleague's current one; not the ended assignment, not "
           "Zespół 2's, not a case without a worker";
    EXPECT_EQ(readable(anna), readableOneByOne(anna));
    EXPECT_EQ(readable(dorota), (QSet<qint64>{4})) << "a worker without a unit: her own only";
    EXPECT_EQ(readable(dorota), readableOneByOne(dorota));
}

TEST_F(ReadableFamiliesTest, AManagerReadsEveryRowAndAnAdministratorNone)
{
    EXPECT_EQ(readable(ws.manager()), (QSet<qint64>{1, 2, 3, 4, 5, 6}));
    EXPECT_EQ(readable(ws.admin()), QSet<qint64>{});
    EXPECT_EQ(readable(ws.admin()), readableOneByOne(ws.admin()));
    User unlinked = ws.addUser(QStringLiteral("bez-etatu"), Role::SocialWorker);
    EXPECT_EQ(readable(unlinked), QSet<qint64>{}) << "an account linked to no worker";
}

TEST_F(ReadableFamiliesTest, AnEmptyPageReadsNothing)
{
    auto ids = CaseAccess(ws.database()).readableFamilies(anna, {}, today);
    ASSERT_TRUE(ids.ok());
    EXPECT_TRUE(ids->isEmpty());
}

} // namespace
