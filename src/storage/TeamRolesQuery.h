#pragma once

#include "Repository.h"
#include "Result.h"
#include "Role.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace opieka {

// The roles on families' teams on a day: the workers assigned to each family and those linked
// to its team (coordinators), as TeamService::team places them, read in one query for many
// families instead of a family at a time.
class TeamRolesQuery : public Repository
{
public:
    using Repository::Repository;

    // Family id -> the roles of its current team members; for the given families, or for every
    // family when the list is empty. Families with nobody on the team are absent.
    Result<QHash<qint64, QList<Role>>> rolesOn(const QDate& day,
                                               const QList<qint64>& familyIds = {});
};

} // namespace opieka
