#include "CliSessionRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

namespace opieka {
namespace {
QString utcText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

StoredCliSession sessionFromRow(const QSqlQuery& q)
{
    StoredCliSession s;
    s.id = q.value(0).toLongLong();
    s.tokenHash = q.value(1).toString();
    s.userId = q.value(2).toLongLong();
    s.login = q.value(3).toString();
    s.role = q.value(4).toString();
    s.credentialStamp = q.value(5).toString();
    s.databaseId = q.value(6).toString();
    s.osUid = q.value(7).toLongLong();
    s.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODate).toUTC();
    s.expiresAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODate).toUTC();
    return s;
}
} // namespace

Status CliSessionRepository::insert(const StoredCliSession& session)
{
    auto q = sql::run(m_database,
                      QStringLiteral("INSERT INTO cli_sessions (token_hash, user_id, role, "
                                     "credential_stamp, database_id, os_uid, created_at, "
                                     "expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      {session.tokenHash, session.userId, session.role, session.credentialStamp,
                       session.databaseId, session.osUid, utcText(session.createdAt),
                       utcText(session.expiresAt)});
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<StoredCliSession>>
CliSessionRepository::findByTokenHash(const QString& tokenHash)
{
    return sql::firstRow(m_database,
                         QStringLiteral("SELECT s.id, s.token_hash, s.user_id, u.login, s.role, "
                                        "s.credential_stamp, s.database_id, s.os_uid, "
                                        "s.created_at, s.expires_at FROM cli_sessions s JOIN "
                                        "users u ON u.id = s.user_id WHERE s.token_hash = ?"),
                         {tokenHash}, sessionFromRow);
}

Result<bool> CliSessionRepository::removeByTokenHash(const QString& tokenHash)
{
    auto q = sql::run(m_database, QStringLiteral("DELETE FROM cli_sessions WHERE token_hash = ?"),
                      {tokenHash});
    if (!q)
        return q.error();
    return q->numRowsAffected() > 0;
}

Status CliSessionRepository::removeExpired(const QDateTime& now)
{
    // The stored times are all written by utcText, so their text sorts as the times do.
    auto q = sql::run(m_database, QStringLiteral("DELETE FROM cli_sessions WHERE expires_at < ?"),
                      {utcText(now)});
    if (!q)
        return q.error();
    return {};
}

Result<QString> CliSessionRepository::databaseId()
{
    auto id = sql::firstRow(m_database,
                            QStringLiteral("SELECT database_id FROM database_anchor WHERE id = 1"),
                            {}, sql::textColumn);
    if (!id)
        return id.error();
    return id->value_or(QString());
}

} // namespace opieka
