#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace opieka {

class Database;

// One change as the audit trail keeps it (dziennik zmian).
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString userLogin;
    QString action; // e.g. "assign", "import", "rule.add"
    QString entity; // table-like name: worker, family, assignment, ...
    QString entityId;
    QString oldValues; // JSON object, empty for a creation
    QString newValues; // JSON object, empty for a deletion
};

// Append-only: there is no update or delete here on purpose.
class AuditRepository
{
public:
    explicit AuditRepository(Database& database)
        : m_database(database)
    {}

    Status append(const AuditEntry& entry);
    Result<QList<AuditEntry>> forEntity(const QString& entity, const QString& entityId);
    Result<QList<AuditEntry>> latest(int limit);
    Result<int> count();

private:
    Database& m_database;
};

} // namespace opieka
