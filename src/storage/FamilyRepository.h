#pragma once

#include "Family.h"
#include "FamilyQuery.h"
#include "Repository.h"
#include "Result.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace opieka {

// Families table (rodziny / środowiska).
class FamilyRepository : public Repository
{
public:
    using Repository::Repository;

    Status insert(const Family& family);
    // Every column but the id; refreshes the search text.
    Status update(const Family& family);
    Result<qint64> nextId();
    Result<std::optional<Family>> find(qint64 id);
    // Rebuilds the folded search text from the family and its members.
    Status refreshSearchText(qint64 id);
    // The address key kept beside the address it is made of.
    Status storeMatchKeys(const Family& family);
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

    // Duplicate candidates (schema 17): the families whose address key is `addressKey` (none
    // when it is empty) and the families `ids`, each once, in id order.
    Result<QList<Family>> atAddressOrAmong(const QString& addressKey, const QList<qint64>& ids);
    // Stores the key of families whose key is still to be filled (from before schema 17).
    Result<int> fillMissingMatchKeys();
};

} // namespace opieka
