#pragma once

#include "Repository.h"
#include "Result.h"
#include "Worker.h"

#include <QHash>
#include <QList>
#include <optional>

namespace opieka {

// Workers table (pracownicy).
class WorkerRepository : public Repository
{
public:
    using Repository::Repository;

    Status insert(const Worker& worker);
    // Writes every field of the worker with this id (name, role, FTE, unit, employment dates).
    Status update(const Worker& worker);
    // The id a new worker gets: one past the highest (read under the write lock).
    Result<qint64> nextId();
    Result<std::optional<Worker>> find(qint64 id);
    Result<bool> exists(qint64 id);
    // Every worker, by id: a centre has hundreds, a voivodeship a few thousand.
    Result<QList<Worker>> all();
    // The same, found by id.
    Result<QHash<qint64, Worker>> byId();
};

} // namespace opieka
