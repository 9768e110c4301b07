// Accounts and signing in: Argon2id hashes only, administrators manage accounts, a run of failed
// sign-ins makes the account wait.
#include "AccountService.h"

#include "AuditRepository.h"
#include "SignInService.h"
#include "TestWorkspace.h"
#include "UserRepository.h"
#include "Workspace.h"

#include <QFile>
#include <QTimeZone>
#include <atomic>
#include <gtest/gtest.h>
#include <thread>
#include <vector>

using namespace opieka;

namespace {
const QByteArray kPassword = "zielona-herbata-42";

class Accounts : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ws.load(DataSet::Workers, "id,first_name,last_name,role,fte\n1,Anna,Testowa,"
                                  "social_worker,1\n2,Maria,Kierownik,manager,1\n");
        auto added = service(ws.admin())
                         .addAccount({QStringLiteral("anna"), Role::SocialWorker, 1, kPassword});
        ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
        anna = *added;
    }
    AccountService service(const User& actor) { return AccountService(ws.session(actor)); }
    SignInService signIns() { return SignInService(ws.database()); }
    test::TestWorkspace ws;
    User anna;
    const QDateTime t0 = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
};
} // namespace

TEST_F(Accounts, APasswordIsKeptOnlyAsAnArgon2idHash)
{
    auto list = service(ws.admin()).accounts();
    ASSERT_TRUE(list.ok());
    bool found = false;
    for (const AccountInfo& a : *list)
        if (a.user.login == QStringLiteral("anna")) {
            found = true;
            EXPECT_TRUE(a.hasPassword);
            EXPECT_EQ(a.user.workerId, 1);
        }
    EXPECT_TRUE(found);
    if (!test::onPostgres()) { // the file's bytes: SQLite only
        ws.close();
        QFile file(ws.path());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        EXPECT_FALSE(bytes.contains(kPassword)) << "the password is not in the database file";
        EXPECT_TRUE(bytes.contains("$argon2id$")) << "its Argon2id hash is";
        ws.reopen();
    }
    // The audit records the account, not the password or its hash.
    auto audit =
        AuditRepository(ws.database()).forEntity(QStringLiteral("user"), QString::number(anna.id));
    ASSERT_TRUE(audit.ok());
    ASSERT_FALSE(audit->isEmpty());
    for (const AuditEntry& e : *audit) {
        EXPECT_FALSE(e.newValues.contains(QString::fromLatin1(kPassword)));
        EXPECT_FALSE(e.newValues.contains(QStringLiteral("argon2")));
    }
}

TEST_F(Accounts, SigningInNeedsTheRightPassword)
{
    auto ok = signIns().signIn(QStringLiteral("anna"), kPassword, t0);
    ASSERT_TRUE(ok.ok()) << ok.error().message.toStdString();
    EXPECT_EQ(ok->login, QStringLiteral("anna"));
    EXPECT_EQ(ok->role, Role::SocialWorker);
    auto wrong = signIns().signIn(QStringLiteral("anna"), "zielona-herbata-43", t0);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().kind, ErrorKind::Refused);
    auto nobody = signIns().signIn(QStringLiteral("nikt"), kPassword, t0);
    ASSERT_FALSE(nobody.ok());
    EXPECT_EQ(nobody.error().message, wrong.error().message)
        << "an unknown login is not told apart from a wrong password";
}

TEST_F(Accounts, FailedSignInsMakeTheAccountWaitLongerEachTime)
{
    EXPECT_EQ(SignInService::lockSeconds(4), 0);
    EXPECT_EQ(SignInService::lockSeconds(5), 30);
    EXPECT_EQ(SignInService::lockSeconds(6), 60);
    EXPECT_EQ(SignInService::lockSeconds(9), 480);
    EXPECT_EQ(SignInService::lockSeconds(10), 900);
    EXPECT_EQ(SignInService::lockSeconds(50), 900);

    for (int i = 1; i <= 4; ++i)
        EXPECT_FALSE(signIns().signIn(QStringLiteral("anna"), "wrong-password", t0).ok());
    auto fifth = signIns().signIn(QStringLiteral("anna"), "wrong-password", t0);
    ASSERT_FALSE(fifth.ok());
    EXPECT_TRUE(fifth.error().message.contains(QStringLiteral("30 second")))
        << fifth.error().message.toStdString();
    // Waiting: even the right password is refused, and says how long to wait.
    auto during = signIns().signIn(QStringLiteral("anna"), kPassword, t0.addSecs(10));
    ASSERT_FALSE(during.ok());
    EXPECT_TRUE(during.error().message.contains(QStringLiteral("20 second")))
        << during.error().message.toStdString();
    // After the wait the right password works and the count starts again.
    ASSERT_TRUE(signIns().signIn(QStringLiteral("anna"), kPassword, t0.addSecs(31)).ok());
    EXPECT_FALSE(signIns().signIn(QStringLiteral("anna"), "wrong-password", t0.addSecs(32)).ok());
    EXPECT_TRUE(signIns().signIn(QStringLiteral("anna"), kPassword, t0.addSecs(33)).ok())
        << "one failure after a success does not lock";
    // Failed sign-ins are in the audit.
    auto audit =
        AuditRepository(ws.database()).forEntity(QStringLiteral("user"), QString::number(anna.id));
    int failures = 0;
    for (const AuditEntry& e : *audit)
        failures += e.action == QStringLiteral("user.sign_in_failed") ? 1 : 0;
    EXPECT_EQ(failures, 6);
}

TEST_F(Accounts, OnlyAnAdministratorManagesAccounts)
{
    auto refusedAdd = service(anna).addAccount(
        {QStringLiteral("ewa"), Role::SocialWorker, std::nullopt, kPassword});
    ASSERT_FALSE(refusedAdd.ok());
    EXPECT_EQ(refusedAdd.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(refusedAdd.error().message.contains(QStringLiteral("administrator")));
    EXPECT_EQ(service(anna).disable(QStringLiteral("anna")).error().kind, ErrorKind::Refused);
    EXPECT_FALSE(service(anna).accounts().ok());
    // Everyone sets their own password, not someone else's.
    EXPECT_TRUE(service(anna).setPassword(QStringLiteral("anna"), "nowe-haslo-anny-1").ok());
    EXPECT_TRUE(signIns().signIn(QStringLiteral("anna"), "nowe-haslo-anny-1", t0).ok());
    EXPECT_EQ(service(anna).setPassword(ws.admin().login, "przejecie-konta-1").error().kind,
              ErrorKind::Refused);
}

TEST_F(Accounts, BadAccountsAreRefusedWithTheReason)
{
    auto shortPassword =
        service(ws.admin())
            .addAccount({QStringLiteral("ewa"), Role::SocialWorker, std::nullopt, "krotkie"});
    ASSERT_FALSE(shortPassword.ok());
    EXPECT_EQ(shortPassword.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(shortPassword.error().message.contains(QStringLiteral("10")));
    auto duplicate =
        service(ws.admin())
            .addAccount({QStringLiteral("anna"), Role::SocialWorker, std::nullopt, kPassword});
    EXPECT_EQ(duplicate.error().kind, ErrorKind::Refused);
    auto badLogin = service(ws.admin())
                        .addAccount({QStringLiteral("Anna Nowak"), Role::SocialWorker, std::nullopt,
                                     kPassword});
    EXPECT_EQ(badLogin.error().kind, ErrorKind::BadInput);
    auto wrongWorker =
        service(ws.admin()).addAccount({QStringLiteral("maria"), Role::SocialWorker, 2, kPassword});
    ASSERT_FALSE(wrongWorker.ok());
    EXPECT_TRUE(wrongWorker.error().message.contains(QStringLiteral("Maria Kierownik")))
        << "the worker as people know her: " << wrongWorker.error().message.toStdString();
    EXPECT_TRUE(
        service(ws.admin()).addAccount({QStringLiteral("maria"), Role::Manager, 2, kPassword}).ok())
        << "worker 2 is a manager: a manager's account may act as her";
}

TEST_F(Accounts, ADisabledAccountCannotSignInAndTheLastAdministratorStays)
{
    ASSERT_TRUE(service(ws.admin()).disable(QStringLiteral("anna")).ok());
    auto signIn = signIns().signIn(QStringLiteral("anna"), kPassword, t0);
    ASSERT_FALSE(signIn.ok());
    EXPECT_TRUE(signIn.error().message.contains(QStringLiteral("disabled")));
    auto last = service(ws.admin()).disable(ws.admin().login);
    ASSERT_FALSE(last.ok());
    EXPECT_TRUE(last.error().message.contains(QStringLiteral("last active administrator")));
}

// Wrong passwords tried at once on separate connections (issue 18, defect 5): each failure is
// counted, none lost to another's stale count, and the wait that follows holds for every
// connection, the right password included.
TEST_F(Accounts, ParallelWrongPasswordsAreEachCountedAndTheWaitHoldsEverywhere)
{
    constexpr int kTries = 8;
    const QString location = ws.path();
    const QDateTime when = t0;
    std::atomic<int> ready = 0;
    std::atomic<bool> go = false;
    std::vector<QString> messages(kTries);
    std::vector<std::thread> threads;
    for (int i = 0; i < kTries; ++i)
        threads.emplace_back([&, i] {
            auto workspace = Workspace::open(location, Workspace::OpenMode::MustExist);
            ++ready;
            while (!go)
                std::this_thread::yield();
            if (!workspace) {
                messages[i] = workspace.error().message;
                return;
            }
            auto tried = SignInService((*workspace)->database())
                             .signIn(QStringLiteral("anna"), "wrong-password", when);
            messages[i] = tried ? QStringLiteral("signed in") : tried.error().message;
        });
    while (ready < kTries)
        std::this_thread::yield();
    go = true;
    for (std::thread& t : threads)
        t.join();

    int wrong = 0;
    int waited = 0;
    for (const QString& message : messages) {
        if (message.contains(QStringLiteral("try again in")))
            ++waited;
        else if (message.startsWith(QStringLiteral("Wrong login or password.")))
            ++wrong;
        else
            ADD_FAILURE() << message.toStdString();
    }
    auto credentials = UserRepository(ws.database()).credentials(anna.id);
    ASSERT_TRUE(credentials.ok());
    EXPECT_EQ(credentials->failedSignIns, wrong) << "each wrong password checked is counted";
    EXPECT_EQ(wrong + waited, kTries);
    EXPECT_GE(wrong, SignInService::kFreeAttempts);
    ASSERT_TRUE(credentials->lockedUntil.has_value()) << "the failures started a wait";

    // The wait holds on another connection, for the right password too, and says how long.
    auto other = Workspace::open(location, Workspace::OpenMode::MustExist);
    ASSERT_TRUE(other.ok());
    auto right = SignInService((*other)->database())
                     .signIn(QStringLiteral("anna"), kPassword, t0.addSecs(1));
    ASSERT_FALSE(right.ok());
    EXPECT_TRUE(right.error().message.contains(QStringLiteral("try again in")))
        << right.error().message.toStdString();
}
