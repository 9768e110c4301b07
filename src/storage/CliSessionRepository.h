#pragma once

#include "Repository.h"
#include "Result.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace opieka {

// A command-line session as stored (schema 21): never the token, only its SHA-256 (hex), and what
// the session was made under (see resources/migrations/021_cli_sessions.sql).
struct StoredCliSession
{
    qint64 id = 0;
    QString tokenHash;
    qint64 userId = 0;
    QString login; // the account's login now (read from users)
    QString role;  // the role at login
    QString credentialStamp;
    QString databaseId;
    qint64 osUid = 0;
    QDateTime createdAt; // UTC
    QDateTime expiresAt; // UTC
};

// Command-line sessions (sesje wiersza poleceń, issue 24).
class CliSessionRepository : public Repository
{
public:
    using Repository::Repository;

    Status insert(const StoredCliSession& session);
    Result<std::optional<StoredCliSession>> findByTokenHash(const QString& tokenHash);
    // Removes the session with this token hash; whether there was one.
    Result<bool> removeByTokenHash(const QString& tokenHash);
    // Sessions that expired before `now` (kept no longer than needed).
    Status removeExpired(const QDateTime& now);
    // The identity of this database (database_anchor, schema 12).
    Result<QString> databaseId();
};

} // namespace opieka
