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
    // Every column but the id; refreshes the search text.
    Status update(const Family& family);
    Result<qint64> nextId();
    Result<std::optional<Family>> find(qint64 id);
    // Rebuilds the folded search text from the family and its members.
    Status refreshSearchText(qint64 id);
    // Fills the search text of families that have none yet (after an upgrade); returns how many.
    Result<int> refreshMissingSearchText();
    Result<bool> exists(qint64 id);
    // The family with exactly this case number (unique), if any.
    Result<std::optional<qint64>> idByCaseNumber(const QString& caseNumber);
    Result<QList<Family>> page(const FamilyQuery& query);
    // The page and whether more rows follow it (one row more is read to know).
    Result<FamilyPage> pageAndMore(const FamilyQuery& query);
    // Every matching row counted: a full pass over the matches, so only when a person asks.
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
    Status update(const FosterFamily& family);
    Result<std::optional<FosterFamily>> find(qint64 id);
    Result<bool> exists(qint64 id);
    Status forEach(const std::function<bool(const FosterFamily&)>& visit);
    // Every foster family, by id (a county has hundreds).
    Result<QList<FosterFamily>> all();

private:
    Database& m_database;
};

} // namespace opieka
