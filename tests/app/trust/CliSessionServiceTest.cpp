// Command-line sessions (issue 24): a token stands for its account only while the account, its
// role and its password are as they were at login, for the operating system's user who made it,
// until it expires; logout kills it. Only the token's hash is stored.
#include "CliSessionService.h"

#include "AccountService.h"
#include "AuditRepository.h"
#include "Database.h"
#include "SettingsRepository.h"
#include "SqlHelpers.h"
#include "TestWorkspace.h"

#include <gtest/gtest.h>

using namespace opieka;

namespace {
const QByteArray kPassword = "zielona-herbata-42";
constexpr qint64 kUid = 1000;
constexpr qint64 kEightHours = qint64(8) * 3600;

class CliSessions : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ws.load(DataSet::Workers, "id,first_name,last_name,role,fte\n1,Anna,Testowa,"
                                  "social_worker,1\n");
        auto added = AccountService(ws.session(ws.admin()))
                         .addAccount({QStringLiteral("anna"), Role::SocialWorker, 1, kPassword});
        ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
        anna = *added;
    }
    CliSessionService sessions() { return CliSessionService(ws.database()); }
    // A session for anna made at t0 by kUid.
    QByteArray opened()
    {
        auto made = sessions().open(anna, kUid, t0);
        EXPECT_TRUE(made.ok()) << made.error().message.toStdString();
        return made.ok() ? made->token : QByteArray();
    }
    static void expectLoginAgain(const Result<User>& resumed)
    {
        ASSERT_FALSE(resumed.ok());
        EXPECT_EQ(resumed.error().kind, ErrorKind::Refused);
        EXPECT_TRUE(resumed.error().message.contains(QStringLiteral("opieka-cli login again")))
            << resumed.error().message.toStdString();
    }

    test::TestWorkspace ws;
    User anna;
    const QDateTime t0 = QDateTime(QDate(2026, 12, 7), QTime(8, 0), Qt::UTC);
};
} // namespace

TEST_F(CliSessions, ATokenStandsForItsAccountAndOnlyItsHashIsStored)
{
    const QByteArray token = opened();
    ASSERT_EQ(token.size(), 64);
    auto resumed = sessions().resume(token, kUid, t0.addSecs(3600));
    ASSERT_TRUE(resumed.ok()) << resumed.error().message.toStdString();
    EXPECT_EQ(resumed->login, QStringLiteral("anna"));
    EXPECT_EQ(resumed->role, Role::SocialWorker);

    auto stored = sql::rows(ws.database(), QStringLiteral("SELECT token_hash FROM cli_sessions"),
                            {}, sql::textColumn);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 1);
    EXPECT_NE(stored->first().toLatin1(), token);
    EXPECT_FALSE(stored->first().contains(QString::fromLatin1(token)));
    // Another token (one character off) stands for nobody.
    QByteArray other = token;
    other[0] = other[0] == '0' ? '1' : '0';
    expectLoginAgain(sessions().resume(other, kUid, t0));
}

TEST_F(CliSessions, ASessionExpiresAfterTheCentresHoursEightByDefault)
{
    auto made = sessions().open(anna, kUid, t0);
    ASSERT_TRUE(made.ok());
    EXPECT_EQ(made->expiresAt, t0.addSecs(kEightHours));
    EXPECT_TRUE(sessions().resume(made->token, kUid, t0.addSecs(kEightHours - 1)).ok());
    expectLoginAgain(sessions().resume(made->token, kUid, t0.addSecs(kEightHours)));

    ASSERT_TRUE(SettingsRepository(ws.database())
                    .setValue(CliSessionService::kHoursSetting, QStringLiteral("1"))
                    .ok());
    auto shorter = sessions().open(anna, kUid, t0);
    ASSERT_TRUE(shorter.ok());
    EXPECT_EQ(shorter->expiresAt, t0.addSecs(3600));
    expectLoginAgain(sessions().resume(shorter->token, kUid, t0.addSecs(3601)));
}

TEST_F(CliSessions, ATokenCopiedByAnotherUserOfTheComputerIsRefused)
{
    const QByteArray token = opened();
    expectLoginAgain(sessions().resume(token, kUid + 1, t0));
    EXPECT_TRUE(sessions().resume(token, kUid, t0).ok()); // its owner's still holds
}

TEST_F(CliSessions, LogoutKillsTheTokenAndIsAuditedWithTheLogin)
{
    const QByteArray token = opened();
    auto closed = sessions().close(token);
    ASSERT_TRUE(closed.ok());
    EXPECT_TRUE(*closed);
    expectLoginAgain(sessions().resume(token, kUid, t0));
    auto again = sessions().close(token);
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(*again);

    auto audit =
        AuditRepository(ws.database()).forEntity(QStringLiteral("user"), QString::number(anna.id));
    ASSERT_TRUE(audit.ok());
    QStringList actions;
    for (const AuditEntry& e : *audit) {
        if (e.action.startsWith(QLatin1String("user.cli_"))) {
            actions << e.action;
            EXPECT_EQ(e.userLogin, QStringLiteral("anna"));
            EXPECT_FALSE(e.newValues.contains(QString::fromLatin1(token)));
        }
    }
    EXPECT_EQ(actions,
              (QStringList{QStringLiteral("user.cli_login"), QStringLiteral("user.cli_logout")}));
}

TEST_F(CliSessions, ADisabledAccountsTokenIsRefused)
{
    const QByteArray token = opened();
    ASSERT_TRUE(AccountService(ws.session(ws.admin())).disable(QStringLiteral("anna")).ok());
    expectLoginAgain(sessions().resume(token, kUid, t0));
}

TEST_F(CliSessions, ATokenIsRefusedOnceThePasswordOrTheRoleChanged)
{
    const QByteArray token = opened();
    ASSERT_TRUE(AccountService(ws.session(ws.admin()))
                    .setPassword(QStringLiteral("anna"), "czarna-kawa-2027")
                    .ok());
    expectLoginAgain(sessions().resume(token, kUid, t0));

    const QByteArray second = opened();
    ASSERT_TRUE(sessions().resume(second, kUid, t0).ok());
    ASSERT_TRUE(sql::run(ws.database(),
                         QStringLiteral("UPDATE users SET role = 'family_assistant' WHERE id = ?"),
                         {anna.id})
                    .ok());
    expectLoginAgain(sessions().resume(second, kUid, t0));
}

TEST_F(CliSessions, ExpiredSessionsAreRemovedAtTheNextLogin)
{
    opened();
    auto later = sessions().open(anna, kUid, t0.addDays(2));
    ASSERT_TRUE(later.ok());
    EXPECT_EQ(*sql::number(ws.database(), QStringLiteral("SELECT COUNT(*) FROM cli_sessions")), 1);
}
