#include "UserRepository.h"

#include "Database.h"
#include "SqlColumns.h"

#include <QDateTime>

namespace opieka {
namespace {
// awaiting_confirmation: when a manager's confirmation was asked for; NULL once confirmed.
sql::Column<User> awaitingColumn()
{
    return {QStringLiteral("awaiting_confirmation"), [](const User&) { return QVariant(); },
            [](User& u, const QVariant& value) { u.awaitingConfirmation = !value.isNull(); },
            sql::Written::Never};
}

const sql::Columns<User> kUsers{
    QStringLiteral("users"),
    {sql::column("id", &User::id), sql::column("login", &User::login),
     sql::named("role", &User::role, roleName, parseRole, Role::SocialWorker),
     sql::column("worker_id", &User::workerId), sql::column("active", &User::active),
     awaitingColumn()}};
} // namespace

Result<std::optional<User>> UserRepository::findByLogin(const QString& login)
{
    return kUsers.table(m_database).first(QStringLiteral("WHERE login = ?"), {login});
}

Result<std::optional<User>> UserRepository::firstAdministrator()
{
    return kUsers.table(m_database)
        .first(QStringLiteral("WHERE role = 'administrator' AND active = 1 ORDER BY id"), {});
}

Result<qint64> UserRepository::insert(const User& user)
{
    return sql::returnedId(
        sql::run(
            m_database,
            QStringLiteral("INSERT INTO users (login, role, worker_id, active, created_at) "
                           "VALUES (?, ?, ?, ?, ?) RETURNING id"),
            {user.login, roleName(user.role),
             user.workerId ? QVariant(*user.workerId) : QVariant(QMetaType::fromType<qlonglong>()),
             user.active ? 1 : 0, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}),
        QT_TRANSLATE_NOOP("Database", "The account was not saved."));
}

Result<QList<User>> UserRepository::all()
{
    return kUsers.table(m_database).list(QStringLiteral("ORDER BY login"));
}

Result<int> UserRepository::activeAdministrators()
{
    return sql::number(m_database, QStringLiteral("SELECT COUNT(*) FROM users WHERE role = "
                                                  "'administrator' AND active = 1"));
}

Result<bool> UserRepository::anyActiveWithPassword()
{
    return sql::anyRow(m_database, QStringLiteral("SELECT 1 FROM users WHERE active = 1 AND "
                                                  "password_hash IS NOT NULL AND password_hash "
                                                  "<> '' LIMIT 1"));
}

Result<Credentials> UserRepository::credentials(qint64 userId)
{
    auto q = sql::run(m_database,
                      QStringLiteral("SELECT password_hash, failed_sign_ins, locked_until FROM "
                                     "users WHERE id = ?"),
                      {userId});
    if (!q)
        return q.error();
    Credentials c;
    if (q->next()) {
        c.passwordHash = q->value(0).toString();
        c.failedSignIns = q->value(1).toInt();
        if (!q->value(2).isNull())
            c.lockedUntil = QDateTime::fromString(q->value(2).toString(), Qt::ISODateWithMs);
    }
    return c;
}

Status UserRepository::setPasswordHash(qint64 userId, const QString& hash)
{
    return sql::run(m_database,
                    QStringLiteral("UPDATE users SET password_hash = ?, failed_sign_ins = 0, "
                                   "locked_until = NULL WHERE id = ?"),
                    {sql::text(hash), userId});
}

Status UserRepository::setSignInFailures(qint64 userId, int failures,
                                         const std::optional<QDateTime>& lockedUntil)
{
    return sql::run(
        m_database,
        QStringLiteral("UPDATE users SET failed_sign_ins = ?, locked_until = ? WHERE id = ?"),
        {failures,
         lockedUntil ? QVariant(lockedUntil->toUTC().toString(Qt::ISODateWithMs)) : QVariant(),
         userId});
}

Result<int> UserRepository::countSignInFailure(qint64 userId)
{
    if (Status s = sql::run(m_database,
                            QStringLiteral("UPDATE users SET failed_sign_ins = failed_sign_ins + 1 "
                                           "WHERE id = ?"),
                            {userId});
        !s)
        return s.error();
    return sql::number(m_database, QStringLiteral("SELECT failed_sign_ins FROM users WHERE id = ?"),
                       {userId});
}

Status UserRepository::setActive(qint64 userId, bool active)
{
    return sql::run(m_database, QStringLiteral("UPDATE users SET active = ? WHERE id = ?"),
                    {active ? 1 : 0, userId});
}

Status UserRepository::setWorker(qint64 userId, std::optional<qint64> workerId)
{
    return sql::run(
        m_database, QStringLiteral("UPDATE users SET worker_id = ? WHERE id = ?"),
        {workerId ? QVariant(*workerId) : QVariant(QMetaType::fromType<qlonglong>()), userId});
}

Status UserRepository::setAwaitingConfirmation(qint64 userId, const QString& reason,
                                               qint64 byUserId)
{
    return sql::run(
        m_database,
        QStringLiteral("UPDATE users SET awaiting_confirmation = ?, awaiting_since = ?, "
                       "awaiting_by = ? WHERE id = ?"),
        {reason, QDateTime::currentDateTimeUtc().toString(Qt::ISODate), byUserId, userId});
}

Status UserRepository::clearAwaitingConfirmation(qint64 userId)
{
    return sql::run(m_database,
                    QStringLiteral("UPDATE users SET awaiting_confirmation = NULL, awaiting_since "
                                   "= NULL, awaiting_by = NULL WHERE id = ?"),
                    {userId});
}

Result<QList<PendingConfirmation>> UserRepository::awaitingConfirmation()
{
    return sql::rows(
        m_database,
        QStringLiteral("SELECT u.id, u.login, u.role, u.worker_id, u.active, "
                       "u.awaiting_confirmation, u.awaiting_since, b.login FROM users u "
                       "LEFT JOIN users b ON b.id = u.awaiting_by "
                       "WHERE u.awaiting_confirmation IS NOT NULL AND u.active = 1 "
                       "ORDER BY u.awaiting_since, u.login"),
        {}, [](const QSqlQuery& q) {
            PendingConfirmation p;
            p.user = kUsers.fromRow(q);
            p.reason = q.value(5).toString();
            p.since = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
            p.requestedBy = q.value(7).toString();
            return p;
        });
}

Result<int> UserRepository::confirmedManagers(bool activeOnly, qint64 exceptUserId)
{
    return sql::number(m_database,
                       QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'manager' AND "
                                      "awaiting_confirmation IS NULL AND id <> ?") +
                           (activeOnly ? QStringLiteral(" AND active = 1") : QString()),
                       {exceptUserId});
}

Result<int> UserRepository::count()
{
    return sql::number(m_database, QStringLiteral("SELECT COUNT(*) FROM users"));
}

} // namespace opieka
