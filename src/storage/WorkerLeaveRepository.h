#pragma once

#include "Result.h"
#include "TableRepository.h"
#include "WorkerLeave.h"

#include <QList>
#include <optional>

namespace opieka {

// Workers' periods of leave (worker_leave, schema 16).
class WorkerLeaveRepository : public TableRepository<WorkerLeave>
{
public:
    using TableRepository::TableRepository;

    Result<qint64> insert(const WorkerLeave& leave);
    // One worker's periods, the earliest first.
    Result<QList<WorkerLeave>> forWorker(qint64 workerId);
    // Every worker's periods that have not ended before `day` (running or to come).
    Result<QList<WorkerLeave>> notEndedBefore(const QDate& day);
};

} // namespace opieka
