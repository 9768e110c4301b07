#include "Role.h"

#include "EnumNames.h"

#include <QCoreApplication>

namespace opieka {
namespace {
constexpr EnumNames<Role, 5> kRoles{{{
    {Role::SocialWorker, "social_worker"},
    {Role::FamilyAssistant, "family_assistant"},
    {Role::FosterCareCoordinator, "foster_care_coordinator"},
    {Role::Manager, "manager"},
    {Role::Administrator, "administrator"},
}}};
} // namespace

QString roleName(Role role)
{
    return kRoles.name(role);
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::SocialWorker:
        return QCoreApplication::translate("Role", "social worker");
    case Role::FamilyAssistant:
        return QCoreApplication::translate("Role", "family assistant");
    case Role::FosterCareCoordinator:
        return QCoreApplication::translate("Role", "foster-care coordinator");
    case Role::Manager:
        return QCoreApplication::translate("Role", "manager");
    case Role::Administrator:
        return QCoreApplication::translate("Role", "administrator");
    }
    return {};
}

std::optional<Role> parseRole(const QString& text)
{
    return kRoles.parse(text);
}

QStringList accountRoleNames()
{
    return kRoles.names();
}

QStringList workerRoleNames()
{
    QStringList names = kRoles.names();
    names.removeAll(roleName(Role::Administrator));
    return names;
}

bool isWorkerRole(Role role)
{
    return role != Role::Administrator;
}

bool carriesCases(Role role)
{
    return caseKindFor(role).has_value();
}

QList<Role> caseloadRoles()
{
    return {Role::SocialWorker, Role::FamilyAssistant, Role::FosterCareCoordinator};
}

std::optional<CaseKind> caseKindFor(Role role)
{
    switch (role) {
    case Role::SocialWorker:
    case Role::FamilyAssistant:
        return CaseKind::Family;
    case Role::FosterCareCoordinator:
        return CaseKind::FosterFamily;
    case Role::Manager:
    case Role::Administrator:
        break;
    }
    return std::nullopt;
}

} // namespace opieka
