#include "Lookup.h"

#include "FamilyRepository.h"
#include "WorkerRepository.h"

namespace opieka {
namespace {
// What a look-up found, its error, or bad input saying `missing` when it found nothing.
template <typename T> Result<T> required(Result<std::optional<T>> found, const QString& missing)
{
    if (!found)
        return found.error();
    if (!*found)
        return badInput(missing);
    return std::move(**found);
}
} // namespace

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
