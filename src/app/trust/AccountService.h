#pragma once

#include "Result.h"
#include "User.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace opieka {

class Database;

// One account as the administrator's list shows it: never the hash.
struct AccountInfo
{
    User user;
    bool hasPassword = false;
    int failedSignIns = 0;
    std::optional<QDateTime> lockedUntil;
};

struct NewAccount
{
    QString login;
    Role role = Role::SocialWorker;
    std::optional<qint64> workerId; // the worker the account acts as (caseload roles)
    QByteArray password;
};

// Accounts and signing in (konta i logowanie). Passwords are kept as Argon2id hashes only; a
// run of failed sign-ins makes the account wait, longer each time.
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)

public:
    static constexpr int kMinimumPasswordLength = 10;
    static constexpr int kFreeAttempts = 5; // failures before the first wait

    explicit AccountService(Database& database)
        : m_database(database)
    {}

    // The account, when the password matches and the account is active and not waiting.
    Result<User> signIn(const QString& login, const QByteArray& password,
                        const QDateTime& now = QDateTime::currentDateTimeUtc());
    Result<bool> hasPassword(const User& user);
    // How long an account waits after `failures` failed sign-ins in a row (0: no wait).
    static int lockSeconds(int failures);

    Result<User> addAccount(const User& actor, const NewAccount& account);
    Status disable(const User& actor, const QString& login);
    // The administrator sets anyone's password; everyone else only their own.
    Status setPassword(const User& actor, const QString& login, const QByteArray& password);
    Result<QList<AccountInfo>> accounts(const User& actor);
    // Links the account to the worker it acts as, or unlinks it (none). The worker must have
    // the account's role, still work at the centre and have no other active account.
    Status linkWorker(const User& actor, const QString& login, std::optional<qint64> workerId);

    // Four eyes (issue 18): the manager accounts waiting for a manager's confirmation (to
    // managers and administrators), and a manager's confirmation of one. The confirming manager
    // is confirmed herself and neither the account nor the one who made the change.
    Result<QList<PendingConfirmation>> awaitingConfirmation(const User& actor);
    Status confirmManager(const User& actor, const QString& login);

    static Status checkPassword(const QByteArray& password);
    static Status checkLogin(const QString& login);
    // Whether any active account has a password (then the window asks who signs in).
    Result<bool> anyPasswordSet();

private:
    static const QString kCreated;
    static const QString kPasswordReset;
    // After `actor` created a manager account or set its password (reason kCreated or
    // kPasswordReset): whether it now waits for a manager's confirmation (audited), or the
    // refusal to leave the centre without a confirmed manager.
    Result<bool> awaitConfirmation(const User& actor, const User& account, const QString& reason);
    // Refuses to disable the centre's last active confirmed manager (four eyes would stop).
    Status keepsAConfirmedManager(const User& leaving);

    // Whether an account of `role` (other than `userId`) may act as the worker.
    Status checkWorkerFor(Role role, qint64 workerId, qint64 userId = 0);

    Database& m_database;
};

} // namespace opieka
