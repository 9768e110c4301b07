#pragma once

#include "Audit.h"
#include "Result.h"
#include "Session.h"
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
    explicit AuditService(const Session& session)
        : m_database(session.database())
        , m_actor(session.actor())
    {}

    Result<QList<AuditEntry>> ofFamily(qint64 familyId);
    Result<QList<AuditEntry>> ofUser(const QString& login);

private:
    Database& m_database;
    User m_actor; // the signed-in account every read and change is checked for
};

} // namespace opieka
