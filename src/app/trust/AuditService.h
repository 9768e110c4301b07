#pragma once

#include "Audit.h"
#include "Result.h"
#include "User.h"

#include <QList>
#include <QString>

namespace opieka {

class Database;

// Reading the audit trail (dziennik zmian): what happened to a case, what an account did.
// Managers only; the reading itself is recorded.
class AuditService
{
public:
    explicit AuditService(Database& database)
        : m_database(database)
    {}

    Result<QList<AuditEntry>> ofFamily(const User& actor, qint64 familyId);
    Result<QList<AuditEntry>> ofUser(const User& actor, const QString& login);

private:
    Database& m_database;
};

} // namespace opieka
