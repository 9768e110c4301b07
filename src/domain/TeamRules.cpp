#include "TeamRules.h"

namespace opieka {

QList<Role> requiredTeam(NeedCategory category)
{
    switch (category) {
    case NeedCategory::Coping:
        return {Role::SocialWorker};
    case NeedCategory::Struggling:
        return {Role::SocialWorker, Role::FamilyAssistant};
    case NeedCategory::AtRisk:
        return {Role::SocialWorker, Role::FamilyAssistant, Role::FosterCareCoordinator};
    }
    return {};
}

QList<Role> missingTeamRoles(NeedCategory category, const QList<Role>& teamRoles)
{
    QList<Role> missing;
    for (Role role : requiredTeam(category))
        if (!teamRoles.contains(role))
            missing << role;
    return missing;
}

} // namespace opieka
