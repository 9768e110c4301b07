#include "DirectoryService.h"

#include "CaseAccess.h"
#include "FamilyRepository.h"
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
    if (Status may = CaseAccess(m_database).mayReadFamily(actor, id); !may)
        return may.error();
    return FamilyRepository(m_database).find(id);
}

Result<std::optional<FosterFamily>> DirectoryService::fosterFamily(const User& actor, qint64 id)
{
    if (Status may = CaseAccess(m_database).mayReadFosterFamily(actor, id); !may)
        return may.error();
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
