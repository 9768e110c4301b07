#include "AuditTrail.h"

#include "AuditRepository.h"
#include "PastDates.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace opieka {
namespace {
QString compact(const QJsonObject& object)
{
    if (object.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

AuditEntry AuditTrail::entry(const User& actor, const QString& action, const QString& entity,
                             const QString& entityId, const QJsonObject& oldValues,
                             const QJsonObject& newValues)
{
    AuditEntry entry;
    entry.userLogin = actor.login;
    entry.action = action;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.oldValues = compact(oldValues);
    entry.newValues = compact(newValues);
    return entry;
}

Status AuditTrail::record(const User& actor, const QString& action, const QString& entity,
                          const QString& entityId, const QJsonObject& oldValues,
                          const QJsonObject& newValues)
{
    return AuditRepository(m_database)
        .append(entry(actor, action, entity, entityId, oldValues, newValues));
}

Status AuditTrail::recordAll(const QList<AuditEntry>& entries)
{
    return AuditRepository(m_database).appendAll(entries);
}

QString AuditTrail::lastChangeText(const QString& entity, const QString& entityId)
{
    auto entries = AuditRepository(m_database).forEntity(entity, entityId);
    if (!entries || entries->isEmpty())
        return {};
    const AuditEntry& last = entries->last();
    const QDateTime at = last.at.toLocalTime();
    return QCoreApplication::translate("AuditTrail", "by '%1' at %2")
        .arg(last.userLogin,
             localDate(at.date()) + QLatin1Char(' ') + at.time().toString(QStringLiteral("HH:mm")));
}

} // namespace opieka
