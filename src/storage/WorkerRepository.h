#pragma once

#include "Result.h"
#include "Worker.h"

#include <QList>
#include <optional>

namespace opieka {

class Database;

// Workers table (pracownicy).
class WorkerRepository
{
public:
    explicit WorkerRepository(Database& database)
        : m_database(database)
    {}

    Status insert(const Worker& worker);
    // Writes every field of the worker with this id (name, role, FTE, unit, employment dates).
    Status update(const Worker& worker);
    // The id a new worker gets: one past the highest (read under the write lock).
    Result<qint64> nextId();
    Result<std::optional<Worker>> find(qint64 id);
    Result<bool> exists(qint64 id);
    // Every worker, by id: a centre has hundreds, a voivodeship a few thousand.
    Result<QList<Worker>> all();

private:
    Database& m_database;
};

} // namespace opieka
