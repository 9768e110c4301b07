// Four eyes on managers' accounts (issue 18, defect 6): an administrator reaches no case, and must
// not be able to reach them all by making herself a manager or by setting a manager's password.
// Such an account signs in but waits, reaching nothing, until another manager confirms it.
#include "AccountService.h"
#include "AuditRepository.h"
#include "CaseAccess.h"
#include "Permissions.h"
#include "SignInService.h"
#include "TestWorkspace.h"
#include "UserRepository.h"

#include <gtest/gtest.h>

using namespace opieka;

namespace {
const QByteArray kPassword = "haslo-do-sprawdzenia-1";

class FourEyes : public ::testing::Test
{
protected:
    AccountService service(const User& actor) { return AccountService(ws.session(actor)); }
    SignInService signIns() { return SignInService(ws.database()); }

    // What the account can do once signed in with `password`.
    User signedIn(const QString& login, const QByteArray& password = kPassword)
    {
        auto user = signIns().signIn(login, password);
        EXPECT_TRUE(user.ok()) << user.error().message.toStdString();
        return user ? *user : User{};
    }
    bool readsCases(const User& user)
    {
        return static_cast<bool>(CaseAccess(ws.database()).mayReadFamily(user, 1));
    }
    QStringList pendingLogins(const User& actor)
    {
        QStringList logins;
        auto pending = service(actor).awaitingConfirmation();
        EXPECT_TRUE(pending.ok()) << pending.error().message.toStdString();
        if (pending)
            for (const PendingConfirmation& p : *pending)
                logins << p.user.login;
        return logins;
    }
    QStringList actionsOn(const QString& login)
    {
        auto user = UserRepository(ws.database()).findByLogin(login);
        QStringList actions;
        if (!user || !*user)
            return actions;
        auto trail = AuditRepository(ws.database())
                         .forEntity(QStringLiteral("user"), QString::number((*user)->id));
        if (trail)
            for (const AuditEntry& e : *trail)
                actions << e.action;
        return actions;
    }
    // A second confirmed manager: added by the administrator, confirmed by "szefowa".
    User confirmedDeputy()
    {
        auto added =
            service(ws.admin())
                .addAccount({QStringLiteral("zastepca"), Role::Manager, std::nullopt, kPassword});
        EXPECT_TRUE(added.ok()) << added.error().message.toStdString();
        Status s = service(ws.manager()).confirmManager(QStringLiteral("zastepca"));
        EXPECT_TRUE(s.ok()) << s.error().message.toStdString();
        return signedIn(QStringLiteral("zastepca"));
    }

    test::TestWorkspace ws; // an administrator and a confirmed manager, "szefowa"
};
} // namespace

TEST_F(FourEyes, AManagerAccountAnAdministratorCreatesReachesNothingUntilAManagerConfirmsIt)
{
    auto added = service(ws.admin())
                     .addAccount({QStringLiteral("nowa"), Role::Manager, std::nullopt, kPassword});
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
    const User nowa = signedIn(QStringLiteral("nowa")); // she signs in...
    EXPECT_FALSE(readsCases(nowa)) << "...but reads no case";
    EXPECT_FALSE(Permissions::mayExport(nowa).ok()) << "nor exports everything";
    EXPECT_FALSE(Permissions::mayReadReports(nowa).ok());
    EXPECT_FALSE(Permissions::mayReadAudit(nowa).ok());
    const Status refusal = CaseAccess(ws.database()).mayReadFamily(nowa, 1);
    EXPECT_TRUE(refusal.error().message.contains(QStringLiteral("confirmation")))
        << refusal.error().message.toStdString();

    EXPECT_EQ(pendingLogins(ws.manager()), QStringList{QStringLiteral("nowa")})
        << "the managers see who waits";
    ASSERT_TRUE(service(ws.manager()).confirmManager(QStringLiteral("nowa")).ok());
    EXPECT_TRUE(pendingLogins(ws.manager()).isEmpty());
    EXPECT_TRUE(readsCases(signedIn(QStringLiteral("nowa"))));
    EXPECT_EQ(actionsOn(QStringLiteral("nowa")),
              (QStringList{QStringLiteral("user.create"), QStringLiteral("user.await_confirmation"),
                           QStringLiteral("user.confirm")}))
        << "every step is audited";
}

TEST_F(FourEyes, AnAdministratorWhoSetsAManagersPasswordDoesNotReachTheCasesWithIt)
{
    const User deputy = confirmedDeputy();
    ASSERT_TRUE(readsCases(deputy));
    ASSERT_TRUE(
        service(ws.admin()).setPassword(QStringLiteral("zastepca"), "haslo-admina-99").ok());
    const User taken = signedIn(QStringLiteral("zastepca"), "haslo-admina-99");
    EXPECT_FALSE(readsCases(taken)) << "a password an administrator set reaches no case";
    EXPECT_FALSE(Permissions::mayExport(taken).ok());
    EXPECT_TRUE(pendingLogins(ws.manager()).contains(QStringLiteral("zastepca")));
    EXPECT_TRUE(actionsOn(QStringLiteral("zastepca")).contains(QStringLiteral("user.password")));

    ASSERT_TRUE(service(ws.manager()).confirmManager(QStringLiteral("zastepca")).ok());
    EXPECT_TRUE(readsCases(signedIn(QStringLiteral("zastepca"), "haslo-admina-99")));
    // Her own new password is hers: no confirmation.
    ASSERT_TRUE(service(deputy).setPassword(QStringLiteral("zastepca"), kPassword).ok());
    EXPECT_TRUE(readsCases(signedIn(QStringLiteral("zastepca"))));
}

TEST_F(FourEyes, NobodyConfirmsAloneWhatTheyCannotVouchFor)
{
    ASSERT_TRUE(service(ws.admin())
                    .addAccount({QStringLiteral("nowa"), Role::Manager, std::nullopt, kPassword})
                    .ok());
    const User nowa = signedIn(QStringLiteral("nowa"));
    EXPECT_EQ(service(nowa).confirmManager(QStringLiteral("nowa")).error().kind, ErrorKind::Refused)
        << "not herself";
    EXPECT_EQ(service(ws.admin()).confirmManager(QStringLiteral("nowa")).error().kind,
              ErrorKind::Refused)
        << "not the administrator";
    ASSERT_TRUE(service(ws.admin())
                    .addAccount({QStringLiteral("druga"), Role::Manager, std::nullopt, kPassword})
                    .ok());
    EXPECT_EQ(service(nowa).confirmManager(QStringLiteral("druga")).error().kind,
              ErrorKind::Refused)
        << "not another manager still waiting herself";
    EXPECT_EQ(pendingLogins(ws.manager()).size(), 2);
    EXPECT_FALSE(service(nowa).awaitingConfirmation().ok());
    EXPECT_EQ(service(ws.manager()).confirmManager(QStringLiteral("admin")).error().kind,
              ErrorKind::BadInput)
        << "an account that does not wait";

    // The centre's only confirmed manager: a password the administrator sets would leave nobody to
    // confirm it, so it is refused; she sets her own.
    auto alone = service(ws.admin()).setPassword(ws.manager().login, "haslo-admina-99");
    ASSERT_FALSE(alone.ok());
    EXPECT_EQ(alone.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(readsCases(ws.manager()));
    EXPECT_TRUE(service(ws.manager()).setPassword(ws.manager().login, kPassword).ok());
    EXPECT_TRUE(readsCases(signedIn(ws.manager().login)));
}

TEST_F(FourEyes, OtherAccountsAndTheFirstManagerOfANewCentreNeedNoConfirmation)
{
    ws.load(DataSet::Workers, "id,first_name,last_name,role,fte\n1,Anna,Testowa,social_worker,1\n");
    auto anna =
        service(ws.admin()).addAccount({QStringLiteral("anna"), Role::SocialWorker, 1, kPassword});
    ASSERT_TRUE(anna.ok());
    EXPECT_FALSE(anna->awaitingConfirmation);
    EXPECT_TRUE(pendingLogins(ws.manager()).isEmpty());

    // A centre whose manager accounts were never confirmed (only "szefowa" here, made waiting):
    // the first manager the administrator creates is confirmed at once, and audited so.
    ASSERT_TRUE(
        UserRepository(ws.database())
            .setAwaitingConfirmation(ws.manager().id, QStringLiteral("created"), ws.admin().id)
            .ok());
    auto first =
        service(ws.admin())
            .addAccount({QStringLiteral("pierwsza"), Role::Manager, std::nullopt, kPassword});
    ASSERT_TRUE(first.ok());
    EXPECT_FALSE(first->awaitingConfirmation);
    EXPECT_TRUE(readsCases(signedIn(QStringLiteral("pierwsza"))));
    EXPECT_TRUE(actionsOn(QStringLiteral("pierwsza")).contains(QStringLiteral("user.confirm")));
}
