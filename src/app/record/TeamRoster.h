#pragma once

#include "Result.h"
#include "TeamService.h"

#include <QDate>

namespace opieka {

class Database;

// Internal to src/app: a family's team read without an account's check, for a service that has
// already made its own (FamilyService records who opened a record from outside its team). The
// window and the CLI read a team through TeamService::team, which checks the family's rule.
Result<TeamStatus> readTeam(Database& database, qint64 familyId, const QDate& day);

} // namespace opieka
