#pragma once

#include "Audit.h"
#include "Result.h"
#include "User.h"

#include <QJsonObject>
#include <QString>

namespace opieka {

class Database;

// Writes the audit record of a change; called by the services inside the change's transaction,
// so that a change and its record are stored together or not at all.
class AuditTrail
{
public:
    explicit AuditTrail(Database& database)
        : m_database(database)
    {}

    Status record(const User& actor, const QString& action, const QString& entity,
                  const QString& entityId, const QJsonObject& oldValues,
                  const QJsonObject& newValues);
    // The record record() would write, to be written later with recordAll() (an import's rows,
    // kept until the import knows whether it records them one by one).
    static AuditEntry entry(const User& actor, const QString& action, const QString& entity,
                            const QString& entityId, const QJsonObject& oldValues,
                            const QJsonObject& newValues);
    Status recordAll(const QList<AuditEntry>& entries);

    // Says who last changed a record and when: "by 'ewa' at 2026-11-23 15:20" (local time), or
    // an empty text when the audit has nothing on it. For conflict messages.
    QString lastChangeText(const QString& entity, const QString& entityId);

private:
    Database& m_database;
};

} // namespace opieka
