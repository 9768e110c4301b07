#pragma once

#include "Categories.h"
#include "Role.h"

#include <QList>

namespace opieka {

// Who a family's category says should work with it (seed 004, slide 6): every family a social
// worker; a struggling family also an assistant; a family at risk or with a child in care also a
// foster-care coordinator.
QList<Role> requiredTeam(NeedCategory category);
// The required roles nobody on the team holds.
QList<Role> missingTeamRoles(NeedCategory category, const QList<Role>& teamRoles);

} // namespace opieka
