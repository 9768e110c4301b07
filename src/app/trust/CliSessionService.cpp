#include "CliSessionService.h"

#include "AuditedWrite.h"
#include "CliSessionRepository.h"
#include "Database.h"
#include "FieldCopy.h"
#include "Logging.h"
#include "SettingsRepository.h"
#include "UserRepository.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <sodium.h>

namespace opieka {
namespace {
QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// What a password change changes: the hash of the Argon2id string (a new salt every time).
QString credentialStamp(const QString& passwordHash)
{
    return sha256Hex(passwordHash.toUtf8());
}

Error loginAgain(const QString& why)
{
    return refused(why + QLatin1Char(' ') + CliSessionService::tr("Run opieka-cli login again."));
}
} // namespace

Result<int> CliSessionService::sessionHours()
{
    auto value = SettingsRepository(m_database).value(kHoursSetting);
    if (!value)
        return value.error();
    if (!*value)
        return kDefaultHours;
    bool number = false;
    const int hours = (*value)->toInt(&number);
    if (!number || hours < 1)
        return kDefaultHours;
    return std::min(hours, kMaxHours);
}

Result<CliSessionToken> CliSessionService::open(const User& user, qint64 osUid,
                                                const QDateTime& now)
{
    auto hours = sessionHours();
    if (!hours)
        return hours.error();
    auto credentials = UserRepository(m_database).credentials(user.id);
    if (!credentials)
        return credentials.error();
    CliSessionRepository sessions(m_database);
    auto databaseId = sessions.databaseId();
    if (!databaseId)
        return databaseId.error();

    QByteArray secret(32, '\0');
    randombytes_buf(secret.data(), static_cast<size_t>(secret.size()));
    CliSessionToken made{secret.toHex(), now.toUTC().addSecs(qint64(*hours) * 3600)};
    sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));

    StoredCliSession stored;
    stored.tokenHash = sha256Hex(made.token);
    stored.userId = user.id;
    stored.role = roleName(user.role);
    stored.credentialStamp = credentialStamp(credentials->passwordHash);
    stored.databaseId = *databaseId;
    stored.osUid = osUid;
    stored.createdAt = now.toUTC();
    stored.expiresAt = made.expiresAt;
    Status saved = AuditedWrite(m_database, user).run([&](AuditedWrite& write) -> Status {
        OPIEKA_TRY(sessions.removeExpired(now));
        OPIEKA_TRY(sessions.insert(stored));
        return write.record(QStringLiteral("user.cli_login"), QStringLiteral("user"), user.id, {},
                            {{QStringLiteral("expires_at"), made.expiresAt.toString(Qt::ISODate)}});
    });
    if (!saved)
        return saved.error();
    logging::get("app")->info("command-line session opened for account {}", user.id);
    return made;
}

Result<User> CliSessionService::resume(const QByteArray& token, qint64 osUid, const QDateTime& now)
{
    CliSessionRepository sessions(m_database);
    auto found = sessions.findByTokenHash(sha256Hex(token));
    if (!found)
        return found.error();
    if (!*found)
        return loginAgain(tr("The command-line session was ended (logout) or was not made in "
                             "this database."));
    const StoredCliSession& session = **found;
    if (session.osUid != osUid)
        return loginAgain(tr("The command-line session belongs to another user of this "
                             "computer; a copied session file is not accepted."));
    if (now.toUTC() >= session.expiresAt)
        return loginAgain(tr("The command-line session of '%1' expired at %2 (UTC).")
                              .arg(session.login,
                                   session.expiresAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    auto databaseId = sessions.databaseId();
    if (!databaseId)
        return databaseId.error();
    if (*databaseId != session.databaseId)
        return loginAgain(tr("The command-line session was made in another database."));

    // The account as it is now: disabled, given another role or another password since the
    // login, the session no longer holds.
    UserRepository users(m_database);
    auto user = users.findByLogin(session.login);
    if (!user)
        return user.error();
    if (!*user || !(*user)->active)
        return loginAgain(tr("The account '%1' is disabled.").arg(session.login));
    if (roleName((*user)->role) != session.role)
        return loginAgain(
            tr("The role of the account '%1' changed since the login.").arg(session.login));
    auto credentials = users.credentials(session.userId);
    if (!credentials)
        return credentials.error();
    if (credentialStamp(credentials->passwordHash) != session.credentialStamp)
        return loginAgain(
            tr("The password of the account '%1' changed since the login.").arg(session.login));
    // In a field copy, the change triggers name this account (as SignInService does).
    OPIEKA_TRY(FieldCopy::setActingLogin(m_database, (*user)->login));
    return **user;
}

Result<bool> CliSessionService::close(const QByteArray& token)
{
    CliSessionRepository sessions(m_database);
    const QString hash = sha256Hex(token);
    auto found = sessions.findByTokenHash(hash);
    if (!found)
        return found.error();
    if (!*found)
        return false;
    User actor;
    actor.id = (*found)->userId;
    actor.login = (*found)->login;
    actor.role = parseRole((*found)->role).value_or(Role::SocialWorker);
    return AuditedWrite(m_database, actor).run([&](AuditedWrite& write) -> Result<bool> {
        auto removed = sessions.removeByTokenHash(hash);
        if (!removed)
            return removed.error();
        if (*removed)
            OPIEKA_TRY(write.record(QStringLiteral("user.cli_logout"), QStringLiteral("user"),
                                    actor.id, {}, {}));
        return *removed;
    });
}

} // namespace opieka
