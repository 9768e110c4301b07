#pragma once

#include "Result.h"
#include "Session.h"
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

// Accounts (konta), managed by the signed-in account: added, disabled, given passwords, linked to
// workers, and a manager's confirmed (four eyes). Passwords are kept as Argon2id hashes only.
// Signing in itself, before anyone is signed in, is SignInService's.
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)

public:
    static constexpr int kMinimumPasswordLength = 10;

    explicit AccountService(const Session& session)
        : m_database(session.database())
        , m_actor(session.actor())
    {}

    Result<User> addAccount(const NewAccount& account);
    Status disable(const QString& login);
    // The administrator sets anyone's password; everyone else only their own.
    Status setPassword(const QString& login, const QByteArray& password);
    Result<QList<AccountInfo>> accounts();
    // Links the account to the worker it acts as, or unlinks it (none). The worker must have
    // the account's role, still work at the centre and have no other active account.
    Status linkWorker(const QString& login, std::optional<qint64> workerId);

    // Four eyes (issue 18): the manager accounts waiting for a manager's confirmation (to
    // managers and administrators), and a manager's confirmation of one. The confirming manager
    // is confirmed herself and neither the account nor the one who made the change.
    Result<QList<PendingConfirmation>> awaitingConfirmation();
    Status confirmManager(const QString& login);

    static Status checkPassword(const QByteArray& password);
    static Status checkLogin(const QString& login);

private:
    static const QString kCreated;
    static const QString kPasswordReset;
    // After the signed-in account created a manager account or set its password (reason
    // kCreated or kPasswordReset): whether it now waits for a manager's confirmation (audited),
    // or the refusal to leave the centre without a confirmed manager.
    Result<bool> awaitConfirmation(const User& account, const QString& reason);
    // Refuses to disable the centre's last active confirmed manager (four eyes would stop).
    Status keepsAConfirmedManager(const User& leaving);

    // Whether an account of `role` (other than `userId`) may act as the worker.
    Status checkWorkerFor(Role role, qint64 workerId, qint64 userId = 0);

    Database& m_database;
    User m_actor; // the signed-in account every read and change is checked for
};

} // namespace opieka
