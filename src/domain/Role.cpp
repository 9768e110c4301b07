#include "Role.h"

#include "EnumNames.h"

#include <QCoreApplication>

namespace opieka {
namespace {
constexpr EnumNames<Role, 5> kRoles{
    "Role",
    {{
        {Role::SocialWorker, "social_worker", QT_TRANSLATE_NOOP("Role", "social worker")},
        {Role::FamilyAssistant, "family_assistant", QT_TRANSLATE_NOOP("Role", "family assistant")},
        {Role::FosterCareCoordinator, "foster_care_coordinator",
         QT_TRANSLATE_NOOP("Role", "foster-care coordinator")},
        {Role::Manager, "manager", QT_TRANSLATE_NOOP("Role", "manager")},
        {Role::Administrator, "administrator", QT_TRANSLATE_NOOP("Role", "administrator")},
    }}};
} // namespace

QString roleName(Role role)
{
    return kRoles.name(role);
}

QString roleLabel(Role role)
{
    return kRoles.label(role);
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
