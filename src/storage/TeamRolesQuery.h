#pragma once

#include "Result.h"
#include "Role.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace opieka {

class Database;

// The roles on families' teams on a day: the workers assigned to each family and those linked
// to its team (coordinators), as TeamService::team places them, read in one query for many
// families instead of a family at a time.
class TeamRolesQuery
{
public:
    explicit TeamRolesQuery(Database& database)
        : m_database(database)
    {}

    // Family id -> the roles of its current team members; for the given families, or for every
    // family when the list is empty. Families with nobody on the team are absent.
    Result<QHash<qint64, QList<Role>>> rolesOn(const QDate& day,
                                               const QList<qint64>& familyIds = {});

private:
    Database& m_database;
};

} // namespace opieka
