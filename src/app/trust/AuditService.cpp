#include "AuditService.h"

#include "AuditRepository.h"
#include "AuditTrail.h"
#include "Permissions.h"

namespace opieka {
namespace {
Status recordReading(Database& database, const User& actor, const QString& entity,
                     const QString& id)
{
    return AuditTrail(database).record(actor, QStringLiteral("audit.read"), entity, id, {},
                                       {{QStringLiteral("read_audit"), true}});
}
} // namespace

Result<QList<AuditEntry>> AuditService::ofFamily(qint64 familyId)
{
    OPIEKA_TRY(Permissions::mayReadAudit(m_actor));
    auto entries =
        AuditRepository(m_database).forEntity(QStringLiteral("family"), QString::number(familyId));
    if (!entries)
        return entries.error();
    OPIEKA_TRY(
        recordReading(m_database, m_actor, QStringLiteral("family"), QString::number(familyId)));
    return entries;
}

Result<QList<AuditEntry>> AuditService::ofUser(const QString& login)
{
    OPIEKA_TRY(Permissions::mayReadAudit(m_actor));
    auto entries = AuditRepository(m_database).byUser(login);
    if (!entries)
        return entries.error();
    OPIEKA_TRY(recordReading(m_database, m_actor, QStringLiteral("user"), login));
    return entries;
}

} // namespace opieka
