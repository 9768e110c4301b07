#include "Lookup.h"

#include "FamilyRepository.h"
#include "Required.h"
#include "WorkerRepository.h"

namespace opieka {
Result<Family> Lookup::family(Database& database, qint64 familyId)
{
    return required(FamilyRepository(database).find(familyId),
                    tr("There is no family with id %1.").arg(familyId));
}

Status Lookup::familyExists(Database& database, qint64 familyId)
{
    return family(database, familyId);
}

Result<Worker> Lookup::worker(Database& database, qint64 workerId)
{
    return required(WorkerRepository(database).find(workerId),
                    tr("There is no worker with id %1.").arg(workerId));
}

Status Lookup::workerExists(Database& database, qint64 workerId)
{
    return worker(database, workerId);
}

} // namespace opieka
