#pragma once

#include "Family.h"
#include "FamilyQuery.h"
#include "Result.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace opieka {

class Database;

// Families table (rodziny / środowiska).
class FamilyRepository
{
public:
    explicit FamilyRepository(Database& database)
        : m_database(database)
    {}

    Status insert(const Family& family);
    Result<std::optional<Family>> find(qint64 id);
    Result<bool> exists(qint64 id);
    Result<QList<Family>> page(const FamilyQuery& query);
    Result<int> count(const FamilyQuery& query);
    // Streams every family in id order; stops early when `visit` returns false.
    Status forEach(const std::function<bool(const Family&)>& visit);

private:
    Database& m_database;
};

// Foster families and family children's homes (rodziny zastępcze, rodzinne domy dziecka).
class FosterFamilyRepository
{
public:
    explicit FosterFamilyRepository(Database& database)
        : m_database(database)
    {}

    Status insert(const FosterFamily& family);
    Result<std::optional<FosterFamily>> find(qint64 id);
    Result<bool> exists(qint64 id);
    Status forEach(const std::function<bool(const FosterFamily&)>& visit);

private:
    Database& m_database;
};

} // namespace opieka
