#include "Session.h"

#include "Permissions.h"

namespace opieka {

Status Session::may(Capability capability) const
{
    switch (capability) {
    case Capability::OverrideLimit:
        return Permissions::mayOverrideLimit(m_actor);
    case Capability::ChangeRules:
        return Permissions::mayChangeRules(m_actor);
    case Capability::CreateFamily:
        return Permissions::mayCreateFamily(m_actor);
    case Capability::RegisterFosterFamily:
        return Permissions::mayRegisterFosterFamily(m_actor);
    case Capability::AssignWorkers:
        return Permissions::mayAssignWorkers(m_actor);
    case Capability::Import:
        return Permissions::mayImport(m_actor);
    case Capability::ManageWorkers:
        return Permissions::mayManageWorkers(m_actor);
    case Capability::ReadReports:
        return Permissions::mayReadReports(m_actor);
    case Capability::Export:
        return Permissions::mayExport(m_actor);
    case Capability::ReadDeadlines:
        return Permissions::mayReadDeadlines(m_actor);
    case Capability::ListCasesBehind:
        return Permissions::mayListCasesBehind(m_actor);
    case Capability::ManageUsers:
        return Permissions::mayManageUsers(m_actor);
    case Capability::ErasePersonalData:
        return Permissions::mayErasePersonalData(m_actor);
    case Capability::ReadAudit:
        return Permissions::mayReadAudit(m_actor);
    case Capability::BackUp:
        return Permissions::mayBackUp(m_actor);
    case Capability::ConfirmManagers:
        return Permissions::mayConfirmManagers(m_actor);
    case Capability::ListDuplicates:
        return Permissions::mayListDuplicates(m_actor);
    }
    return refused(QStringLiteral("unknown capability")); // unreachable: every value is above
}

Status Session::mayViewWorkerDesk(qint64 workerId) const
{
    return Permissions::mayViewWorkerDesk(m_actor, workerId);
}

bool Session::hasDesk(Role deskRole) const
{
    if (m_actor.role == Role::Manager)
        return true;
    return m_actor.role == deskRole && m_actor.workerId &&
           static_cast<bool>(mayViewWorkerDesk(*m_actor.workerId));
}

} // namespace opieka
