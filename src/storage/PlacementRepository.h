#pragma once

#include "FosterCare.h"
#include "Result.h"
#include "TableRepository.h"

#include <QList>
#include <functional>
#include <optional>

namespace opieka {

// Placements of children in foster care (umieszczenia w pieczy zastępczej).
class PlacementRepository : public TableRepository<Placement>
{
public:
    using TableRepository::TableRepository;

    Result<qint64> insert(const Placement& placement);
    Result<QList<Placement>> forChild(qint64 childMemberId);
    Result<QList<Placement>> forFosterFamily(qint64 fosterFamilyId);
    // Placements running on the day (all foster families and institutions).
    Result<QList<Placement>> activeOn(const QDate& day);
    Status forEach(const std::function<bool(const Placement&)>& visit);

private:
    Result<QList<Placement>> select(const QString& where, const QList<QVariant>& values);
};

} // namespace opieka
