#pragma once

#include "Result.h"
#include "TableRepository.h"
#include "Worker.h"

#include <QHash>
#include <QList>
#include <optional>

namespace opieka {

// Workers table (pracownicy).
class WorkerRepository : public TableRepository<Worker>
{
public:
    using TableRepository::TableRepository;

    Status insert(const Worker& worker);
    // The id a new worker gets: one past the highest (read under the write lock).
    Result<qint64> nextId();
    Result<bool> exists(qint64 id);
    // Every worker, by id: a centre has hundreds, a voivodeship a few thousand.
    Result<QList<Worker>> all();
    // The same, found by id.
    Result<QHash<qint64, Worker>> byId();
};

} // namespace opieka
