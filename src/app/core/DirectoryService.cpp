#include "DirectoryService.h"

#include "AuditTrail.h"
#include "CaseAccess.h"
#include "FamilyRepository.h"
#include "FosterFamilyRepository.h"
#include "WorkerRepository.h"

namespace opieka {

Result<QList<Family>> DirectoryService::families(const User& actor, const FamilyQuery& query)
{
    return FamilyRepository(m_database).page(CaseAccess::scoped(actor, query));
}

Result<FamilyPage> DirectoryService::familyPage(const User& actor, const FamilyQuery& query)
{
    return FamilyRepository(m_database).pageAndMore(CaseAccess::scoped(actor, query));
}

Result<int> DirectoryService::familyCount(const User& actor, const FamilyQuery& query)
{
    return FamilyRepository(m_database).count(CaseAccess::scoped(actor, query));
}

Result<std::optional<Family>> DirectoryService::family(const User& actor, qint64 id)
{
    OPIEKA_TRY(CaseAccess(m_database).mayReadFamily(actor, id));
    return FamilyRepository(m_database).find(id);
}

Result<QString> DirectoryService::caseOutsideReach(const User& actor, const QString& searchText)
{
    const QString number = searchText.trimmed();
    // Managers read every case; administrators none, and they have no list to search.
    if (number.isEmpty() || actor.role == Role::Manager || actor.role == Role::Administrator ||
        !actor.active)
        return QString();
    auto id = FamilyRepository(m_database).idByCaseNumber(number);
    if (!id)
        return id.error();
    if (!*id || CaseAccess(m_database).mayReadFamily(actor, **id))
        return QString();
    OPIEKA_TRY(AuditTrail(m_database)
                   .record(actor, QStringLiteral("family.lookup"), QStringLiteral("family"),
                           QString::number(**id), {}, {{QStringLiteral("outside_reach"), true}}));
    return tr("Case %1 exists but is not among the cases you may open; ask your manager.")
        .arg(number);
}

Result<std::optional<FosterFamily>> DirectoryService::fosterFamily(const User& actor, qint64 id)
{
    OPIEKA_TRY(CaseAccess(m_database).mayReadFosterFamily(actor, id));
    return FosterFamilyRepository(m_database).find(id);
}

Result<QList<Worker>> DirectoryService::workers()
{
    return WorkerRepository(m_database).all();
}

Result<std::optional<Worker>> DirectoryService::worker(qint64 id)
{
    return WorkerRepository(m_database).find(id);
}

} // namespace opieka
