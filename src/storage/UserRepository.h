#pragma once

#include "Repository.h"
#include "Result.h"
#include "User.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace opieka {

// What signing in needs to know of an account; never leaves the app layer.
struct Credentials
{
    QString passwordHash; // Argon2id string, empty: no password set
    int failedSignIns = 0;
    std::optional<QDateTime> lockedUntil; // UTC
};

// Accounts (konta użytkowników).
class UserRepository : public Repository
{
public:
    using Repository::Repository;

    Result<std::optional<User>> findByLogin(const QString& login);
    Result<std::optional<User>> firstAdministrator();
    Result<qint64> insert(const User& user);
    Result<int> count();
    Result<QList<User>> all();
    Result<int> activeAdministrators();
    Result<Credentials> credentials(qint64 userId);
    Result<bool> anyActiveWithPassword();
    Status setPasswordHash(qint64 userId, const QString& hash);
    Status setSignInFailures(qint64 userId, int failures,
                             const std::optional<QDateTime>& lockedUntil);
    // One more failed sign-in, counted in the database itself (failed_sign_ins + 1) and read back:
    // the count after it, whatever other processes added meanwhile. Call inside the transaction
    // that holds the write lock.
    Result<int> countSignInFailure(qint64 userId);
    Status setActive(qint64 userId, bool active);
    // The worker the account acts as (none: it acts as no worker).
    Status setWorker(qint64 userId, std::optional<qint64> workerId);
    // Four eyes (schema 11): the account waits for a manager's confirmation because of `reason`,
    // a change the account `byUserId` made now; or (confirm) it no longer waits.
    Status setAwaitingConfirmation(qint64 userId, const QString& reason, qint64 byUserId);
    Status clearAwaitingConfirmation(qint64 userId);
    Result<QList<PendingConfirmation>> awaitingConfirmation();
    // Manager accounts that are confirmed, other than `exceptUserId`: active ones only, or also
    // the disabled ones.
    Result<int> confirmedManagers(bool activeOnly, qint64 exceptUserId = 0);
};

} // namespace opieka
