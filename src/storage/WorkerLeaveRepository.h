#pragma once

#include "Repository.h"
#include "Result.h"
#include "WorkerLeave.h"

#include <QList>
#include <optional>

namespace opieka {

// Workers' periods of leave (worker_leave, schema 16).
class WorkerLeaveRepository : public Repository
{
public:
    using Repository::Repository;

    Result<qint64> insert(const WorkerLeave& leave);
    // Kind and dates of the period with this id.
    Status update(const WorkerLeave& leave);
    Result<std::optional<WorkerLeave>> find(qint64 id);
    // One worker's periods, the earliest first.
    Result<QList<WorkerLeave>> forWorker(qint64 workerId);
    // Every worker's periods that have not ended before `day` (running or to come).
    Result<QList<WorkerLeave>> notEndedBefore(const QDate& day);
};

} // namespace opieka
