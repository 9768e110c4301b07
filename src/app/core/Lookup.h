#pragma once

#include "Family.h"
#include "Result.h"
#include "Worker.h"

#include <QCoreApplication>

namespace opieka {

class Database;

// The look-ups a service makes before it acts on a family or a worker: the record, or the message
// a person reads when the id names none (bad input). Access checks stay with the caller.
class Lookup
{
    Q_DECLARE_TR_FUNCTIONS(Lookup)

public:
    static Result<Family> family(Database& database, qint64 familyId);
    // Only whether the family is there.
    static Status familyExists(Database& database, qint64 familyId);
    static Result<Worker> worker(Database& database, qint64 workerId);
    static Status workerExists(Database& database, qint64 workerId);
};

} // namespace opieka
