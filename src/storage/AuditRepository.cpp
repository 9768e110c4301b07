#include "AuditRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

namespace opieka {
namespace {
const QString kSelect = QStringLiteral(
    "SELECT id, at, user_login, action, entity, entity_id, old_values, new_values FROM audit_log ");

QList<AuditEntry> readAll(QSqlQuery& q)
{
    QList<AuditEntry> list;
    while (q.next())
        list << AuditEntry{q.value(0).toLongLong(),
                           QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                           q.value(2).toString(),
                           q.value(3).toString(),
                           q.value(4).toString(),
                           q.value(5).toString(),
                           q.value(6).toString(),
                           q.value(7).toString()};
    return list;
}
} // namespace

Status AuditRepository::append(const AuditEntry& e)
{
    const QDateTime at = e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc();
    return sql::run(
        m_database,
        QStringLiteral("INSERT INTO audit_log (at, user_login, action, entity, "
                       "entity_id, old_values, new_values) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {at.toUTC().toString(Qt::ISODateWithMs), e.userLogin, e.action, e.entity,
         sql::text(e.entityId), sql::text(e.oldValues), sql::text(e.newValues)});
}

Result<QList<AuditEntry>> AuditRepository::forEntity(const QString& entity, const QString& entityId)
{
    auto q = sql::run(m_database,
                      kSelect + QStringLiteral("WHERE entity = ? AND entity_id = ? ORDER BY id"),
                      {entity, entityId});
    if (!q)
        return q.error();
    return readAll(*q);
}

Result<QList<AuditEntry>> AuditRepository::latest(int limit)
{
    auto q = sql::run(m_database, kSelect + QStringLiteral("ORDER BY id DESC LIMIT ?"), {limit});
    if (!q)
        return q.error();
    return readAll(*q);
}

Result<int> AuditRepository::count()
{
    auto q = sql::run(m_database, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

} // namespace opieka
