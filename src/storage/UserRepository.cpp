#include "UserRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QDateTime>

namespace opieka {
namespace {
const QString kSelect = QStringLiteral("SELECT id, login, role, worker_id, active FROM users ");

std::optional<User> first(QSqlQuery& q)
{
    if (!q.next())
        return std::nullopt;
    User u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.role = parseRole(q.value(2).toString()).value_or(Role::SocialWorker);
    if (!q.value(3).isNull())
        u.workerId = q.value(3).toLongLong();
    u.active = q.value(4).toInt() != 0;
    return u;
}
} // namespace

Result<std::optional<User>> UserRepository::findByLogin(const QString& login)
{
    auto q = sql::run(m_database, kSelect + QStringLiteral("WHERE login = ?"), {login});
    if (!q)
        return q.error();
    return first(*q);
}

Result<std::optional<User>> UserRepository::firstAdministrator()
{
    auto q = sql::run(
        m_database,
        kSelect + QStringLiteral("WHERE role = 'administrator' AND active = 1 ORDER BY id"));
    if (!q)
        return q.error();
    return first(*q);
}

Result<qint64> UserRepository::insert(const User& user)
{
    auto q = sql::run(
        m_database,
        QStringLiteral("INSERT INTO users (login, role, worker_id, active, created_at) "
                       "VALUES (?, ?, ?, ?, ?) RETURNING id"),
        {user.login, roleName(user.role),
         user.workerId ? QVariant(*user.workerId) : QVariant(QMetaType::fromType<qlonglong>()),
         user.active ? 1 : 0, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    if (!q)
        return q.error();
    if (!q->next())
        return storageError(QCoreApplication::translate("Database", "The account was not saved."));
    return q->value(0).toLongLong();
}

Result<int> UserRepository::count()
{
    auto q = sql::run(m_database, QStringLiteral("SELECT COUNT(*) FROM users"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

} // namespace opieka
