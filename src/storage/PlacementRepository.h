#pragma once

#include "FosterCare.h"
#include "Result.h"

#include <QList>
#include <functional>
#include <optional>

namespace opieka {

class Database;

// Placements of children in foster care (umieszczenia w pieczy zastępczej).
class PlacementRepository
{
public:
    explicit PlacementRepository(Database& database)
        : m_database(database)
    {}

    Result<qint64> insert(const Placement& placement);
    Status update(const Placement& placement);
    Result<std::optional<Placement>> find(qint64 id);
    Result<QList<Placement>> forChild(qint64 childMemberId);
    Result<QList<Placement>> forFosterFamily(qint64 fosterFamilyId);
    // Placements running on the day (all foster families and institutions).
    Result<QList<Placement>> activeOn(const QDate& day);
    Status forEach(const std::function<bool(const Placement&)>& visit);

private:
    Result<QList<Placement>> select(const QString& where, const QList<QVariant>& values);

    Database& m_database;
};

} // namespace opieka
