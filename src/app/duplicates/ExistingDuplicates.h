#pragma once

#include "DuplicateService.h"
#include "Result.h"

#include <QList>
#include <QSet>

namespace opieka {

class Database;

// Internal to src/app, for a service that has made its own permission check (the import): the
// likely duplicates (at or above kLikelyDuplicateScore) between the records `newIds` of a kind
// and the records that are not among them. In each pair `a` is the record already there and `b`
// the new one; ordered by the new record, then the highest score. Two new records alike are not
// listed. Reads the whole register once, as DuplicateService::list does.
Result<QList<DuplicatePair>> duplicatesOfExisting(Database& database, DuplicateKind kind,
                                                  const QSet<qint64>& newIds);

} // namespace opieka
