#pragma once

#include "Result.h"
#include "User.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace opieka {

class Database;

// Signing in (logowanie), before anyone is signed in: the window's sign-in and lock, the command
// line's acting account. A run of failed sign-ins makes the account wait, longer each time.
// Its messages are AccountService's (translated under that name).
class SignInService
{
public:
    static constexpr int kFreeAttempts = 5; // failures before the first wait

    explicit SignInService(Database& database)
        : m_database(database)
    {}

    // The account, when the password matches and the account is active and not waiting.
    Result<User> signIn(const QString& login, const QByteArray& password,
                        const QDateTime& now = QDateTime::currentDateTimeUtc());
    Result<bool> hasPassword(const User& user);
    // Whether any active account has a password (then the window asks who signs in).
    Result<bool> anyPasswordSet();
    // How long an account waits after `failures` failed sign-ins in a row (0: no wait).
    static int lockSeconds(int failures);

private:
    Database& m_database;
};

} // namespace opieka
