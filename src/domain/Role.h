#pragma once

#include "CaseKind.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace opieka {

// The roles of the people who use the system (seed 004), plus the administrator account.
enum class Role
{
    SocialWorker,          // pracownik socjalny
    FamilyAssistant,       // asystent rodziny
    FosterCareCoordinator, // koordynator rodzinnej pieczy zastępczej
    Manager,               // kierownik
    Administrator,         // manages accounts and rule sets (an account role, never a worker's)
};

QString roleName(Role role);
// The role as people call it, in the user's language ("social worker", "pracownik socjalny").
QString roleLabel(Role role);
std::optional<Role> parseRole(const QString& text);
QStringList workerRoleNames();
QStringList accountRoleNames();

// Roles a worker record may have (administrator is only an account role).
bool isWorkerRole(Role role);
// Roles that carry a caseload counted against a limit.
bool carriesCases(Role role);
QList<Role> caseloadRoles();
// The kind of case a role works with: coordinators count foster families, never children.
std::optional<CaseKind> caseKindFor(Role role);

} // namespace opieka
