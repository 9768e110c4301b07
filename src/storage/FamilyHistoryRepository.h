#pragma once

#include "Categories.h"
#include "Repository.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace opieka {

struct CategoryChangeRow
{
    qint64 id = 0;
    qint64 familyId = 0;
    QDate changedOn;
    std::optional<NeedCategory> from;
    NeedCategory to = NeedCategory::Coping;
    QString changedBy;
};

struct BlueCardRow
{
    qint64 id = 0;
    qint64 familyId = 0;
    QDate startedOn;
    std::optional<QDate> endedOn;
};

struct TeamLinkRow
{
    qint64 id = 0;
    qint64 familyId = 0;
    qint64 workerId = 0;
    QDate from;
    std::optional<QDate> to;
};

// A family's history tables: category changes, Niebieska Karta periods, coordinators' team links.
class FamilyHistoryRepository : public Repository
{
public:
    using Repository::Repository;

    Result<qint64> addCategoryChange(const CategoryChangeRow& change);
    Result<QList<CategoryChangeRow>> categoryChanges(qint64 familyId);

    Result<qint64> startBlueCard(qint64 familyId, const QDate& on);
    Status endBlueCard(qint64 id, const QDate& on);
    Result<QList<BlueCardRow>> blueCards(qint64 familyId);

    Result<qint64> addTeamLink(const TeamLinkRow& link);
    Status endTeamLink(qint64 id, const QDate& on);
    Result<QList<TeamLinkRow>> teamLinks(qint64 familyId);
};

} // namespace opieka
