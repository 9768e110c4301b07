#include "DirectoryService.h"

#include "AuditTrail.h"
#include "CaseAccess.h"
#include "FamilyRepository.h"
#include "FosterFamilyRepository.h"
#include "WorkerRepository.h"

namespace opieka {

Result<QList<Family>> DirectoryService::families(const FamilyQuery& query)
{
    return FamilyRepository(m_database).page(CaseAccess::scoped(m_actor, query));
}

Result<FamilyPage> DirectoryService::familyPage(const FamilyQuery& query)
{
    return FamilyRepository(m_database).pageAndMore(CaseAccess::scoped(m_actor, query));
}

Result<int> DirectoryService::familyCount(const FamilyQuery& query)
{
    return FamilyRepository(m_database).count(CaseAccess::scoped(m_actor, query));
}

Result<std::optional<Family>> DirectoryService::family(qint64 id)
{
    OPIEKA_TRY(CaseAccess(m_database).mayReadFamily(m_actor, id));
    return FamilyRepository(m_database).find(id);
}

Result<QString> DirectoryService::caseOutsideReach(const QString& searchText)
{
    const QString number = searchText.trimmed();
    // Managers read every case; administrators none, and they have no list to search.
    if (number.isEmpty() || m_actor.role == Role::Manager || m_actor.role == Role::Administrator ||
        !m_actor.active)
        return QString();
    auto id = FamilyRepository(m_database).idByCaseNumber(number);
    if (!id)
        return id.error();
    if (!*id || CaseAccess(m_database).mayReadFamily(m_actor, **id))
        return QString();
    OPIEKA_TRY(AuditTrail(m_database)
                   .record(m_actor, QStringLiteral("family.lookup"), QStringLiteral("family"),
                           QString::number(**id), {}, {{QStringLiteral("outside_reach"), true}}));
    return tr("Case %1 exists but is not among the cases you may open; ask your manager.")
        .arg(number);
}

Result<std::optional<FosterFamily>> DirectoryService::fosterFamily(qint64 id)
{
    OPIEKA_TRY(CaseAccess(m_database).mayReadFosterFamily(m_actor, id));
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
