#include "DirectoryService.h"

#include "FamilyRepository.h"
#include "WorkerRepository.h"

namespace opieka {

Result<QList<Family>> DirectoryService::families(const FamilyQuery& query)
{
    return FamilyRepository(m_database).page(query);
}

Result<int> DirectoryService::familyCount(const FamilyQuery& query)
{
    return FamilyRepository(m_database).count(query);
}

Result<std::optional<Family>> DirectoryService::family(qint64 id)
{
    return FamilyRepository(m_database).find(id);
}

Result<std::optional<FosterFamily>> DirectoryService::fosterFamily(qint64 id)
{
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
