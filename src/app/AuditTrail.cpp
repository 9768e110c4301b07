#include "AuditTrail.h"

#include "AuditRepository.h"

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

Status AuditTrail::record(const User& actor, const QString& action, const QString& entity,
                          const QString& entityId, const QJsonObject& oldValues,
                          const QJsonObject& newValues)
{
    AuditRepository repository(m_database);
    AuditEntry entry;
    entry.userLogin = actor.login;
    entry.action = action;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.oldValues = compact(oldValues);
    entry.newValues = compact(newValues);
    return repository.append(entry);
}

} // namespace opieka
