#pragma once

#include "Result.h"
#include "User.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace opieka {

class Database;

// A command-line session just made: the token to keep in the user's private file (it is shown
// once; the database keeps only its SHA-256) and until when it holds.
struct CliSessionToken
{
    QByteArray token;    // 64 hexadecimal digits: 32 random bytes
    QDateTime expiresAt; // UTC
};

// Command-line sessions (issue 24): `opieka-cli login` signs in once, the way every command signed
// in before, and later commands show the session's token instead of a password, so a script of
// ten commands pays for Argon2id once. A token stands for its account only while the account is
// active, has the role and the password it had at login, in the database it was made in, for the
// operating system's user who made it, and until it expires (the centre's setting
// cli_session_hours, 8 by default: one working day). Logging in and out is audited.
class CliSessionService
{
    Q_DECLARE_TR_FUNCTIONS(CliSessionService)

public:
    static constexpr int kDefaultHours = 8;
    static constexpr int kMaxHours = 24;
    static inline const QString kHoursSetting = QStringLiteral("cli_session_hours");

    explicit CliSessionService(Database& database)
        : m_database(database)
    {}

    // A new session for `user`, who has just signed in (SignInService), run by the operating
    // system's user `osUid`. Sessions expired meanwhile are removed.
    Result<CliSessionToken> open(const User& user, qint64 osUid,
                                 const QDateTime& now = QDateTime::currentDateTimeUtc());
    // The account `token` stands for, checked again now; refused (ErrorKind::Refused) with a
    // message that says to log in again. Reads only: resuming needs no write lock.
    Result<User> resume(const QByteArray& token, qint64 osUid,
                        const QDateTime& now = QDateTime::currentDateTimeUtc());
    // Ends the session of `token` (logout): its row is deleted, so any copy of the token is dead.
    // Whether there was one to end (an expired or unknown token: false, nothing to audit).
    Result<bool> close(const QByteArray& token);
    // How long a new session holds, from the centre's settings (1 to kMaxHours).
    Result<int> sessionHours();

private:
    Database& m_database;
};

} // namespace opieka
