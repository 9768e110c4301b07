#include "Permissions.h"

namespace opieka {
namespace {

// Whether the account is active and holds one of the roles; otherwise the refusal, with the
// account's login and role filled into `refusal` (%1, %2).
Status oneOf(const User& actor, std::initializer_list<Role> roles, const QString& refusal)
{
    if (!actor.active)
        return refused(Permissions::tr("The account '%1' is disabled.").arg(actor.login));
    if (actor.awaitingConfirmation)
        return Permissions::awaitingConfirmation(actor);
    for (Role role : roles)
        if (actor.role == role)
            return {};
    return refused(refusal.arg(actor.login, roleLabel(actor.role)));
}

} // namespace

Status Permissions::awaitingConfirmation(const User& actor)
{
    return refused(tr("The account '%1' awaits another manager's confirmation (a new manager "
                      "account, or a password set by an administrator); until another manager "
                      "confirms it (opieka-cli user confirm), it reaches no case and does nothing "
                      "a manager may.")
                       .arg(actor.login));
}

Status Permissions::mayConfirmManagers(const User& actor)
{
    return oneOf(actor, {Role::Manager},
                 tr("Only a confirmed manager can confirm a manager's account; the account '%1' "
                    "has the role '%2'."));
}

Status Permissions::mayOverrideLimit(const User& actor)
{
    return oneOf(actor, {Role::Manager},
                 tr("Only a manager can allow an assignment beyond the limit; the account '%1' "
                    "has the role '%2'."));
}

Status Permissions::mayChangeRules(const User& actor)
{
    return oneOf(actor, {Role::Manager, Role::Administrator},
                 tr("Only a manager or an administrator can change the caseload rules; the "
                    "account '%1' has the role '%2'."));
}

Status Permissions::mayCreateFamily(const User& actor)
{
    return oneOf(actor, {Role::SocialWorker, Role::Manager},
                 tr("Only a social worker or a manager can open a new family's case; the "
                    "account '%1' has the role '%2'."));
}

Status Permissions::mayRegisterFosterFamily(const User& actor)
{
    return oneOf(actor, {Role::FosterCareCoordinator, Role::Manager},
                 tr("Only a foster-care coordinator or a manager can register a foster family; "
                    "the account '%1' has the role '%2'."));
}

Status Permissions::mayAssignWorkers(const User& actor)
{
    return oneOf(actor, {Role::Manager},
                 tr("Only a manager can assign or release a case's worker; the account '%1' has "
                    "the role '%2'."));
}

Status Permissions::mayImport(const User& actor)
{
    return oneOf(actor, {Role::Manager, Role::Administrator},
                 tr("Only a manager or an administrator can import data; the account '%1' has "
                    "the role '%2'."));
}

Status Permissions::mayImport(const User& actor, DataSet set)
{
    if (set != DataSet::Members && set != DataSet::Placements)
        return mayImport(actor);
    return oneOf(actor, {Role::Manager},
                 tr("Only a manager can import household members and placements: they are the "
                    "people of the cases, and the account '%1' (%2) does not reach every case."));
}

Status Permissions::mayManageWorkers(const User& actor)
{
    return oneOf(actor, {Role::Manager, Role::Administrator},
                 tr("Only a manager or an administrator can add or change the centre's workers; "
                    "the account '%1' has the role '%2'."));
}

Status Permissions::mayReadReports(const User& actor)
{
    return oneOf(actor, {Role::Manager, Role::Administrator},
                 tr("Only a manager or an administrator can read the centre's reports; the "
                    "account '%1' has the role '%2'."));
}

Status Permissions::mayReadDeadlines(const User& actor)
{
    return oneOf(actor, {Role::Manager},
                 tr("Only a manager can read the deadlines of every worker's cases; the account "
                    "'%1' has the role '%2'."));
}

Status Permissions::mayListCasesBehind(const User& actor)
{
    return oneOf(actor, {Role::Manager},
                 tr("Only a manager can list the cases behind a report's figures; the account "
                    "'%1' has the role '%2'."));
}

Status Permissions::mayExport(const User& actor)
{
    // An export carries every family's personal data and the case notes out of the system.
    return oneOf(
        actor, {Role::Manager},
        tr("Only a manager can export the centre's data; the account '%1' has the role '%2'."));
}

Status Permissions::mayViewWorkerDesk(const User& actor, qint64 workerId)
{
    if (actor.active && !actor.awaitingConfirmation && actor.workerId == workerId)
        return {};
    return oneOf(actor, {Role::Manager},
                 tr("Only the worker and a manager can see a worker's start page; the account "
                    "'%1' has the role '%2' and is not that worker."));
}

Status Permissions::mayManageUsers(const User& actor)
{
    return oneOf(
        actor, {Role::Administrator},
        tr("Only an administrator can manage accounts; the account '%1' has the role '%2'."));
}

Status Permissions::mayBackUp(const User& actor)
{
    return oneOf(actor, {Role::Manager, Role::Administrator},
                 tr("Only a manager or an administrator can back up or restore the database; "
                    "the account '%1' has the role '%2'."));
}

Status Permissions::mayExchange(const User& actor)
{
    // The coordinator too: a child's help plan is hers to send to the family's centre.
    return oneOf(
        actor,
        {Role::Manager, Role::SocialWorker, Role::FamilyAssistant, Role::FosterCareCoordinator},
        tr("Only a manager or the workers of a case exchange packages with partner "
           "centres; the account '%1' has the role '%2'."));
}

Status Permissions::mayErasePersonalData(const User& actor)
{
    return oneOf(actor, {Role::Manager, Role::Administrator},
                 tr("Only a manager or an administrator can erase a person's data; the account "
                    "'%1' has the role '%2'."));
}

Status Permissions::mayReadAudit(const User& actor)
{
    // The audit holds the old and new values of case notes: managers read it, administrators
    // (who read no case notes) do not.
    return oneOf(
        actor, {Role::Manager},
        tr("Only a manager can read the audit trail; the account '%1' has the role '%2'."));
}

Status Permissions::mayListDuplicates(const User& actor)
{
    // The list names people of every case side by side: managers, who reach every case;
    // administrators reach none.
    return oneOf(actor, {Role::Manager},
                 tr("Only a manager can list the likely duplicate records; the account '%1' has "
                    "the role '%2'."));
}

Status Permissions::mayMergeDuplicates(const User& actor)
{
    // A merge moves the records of one case into another's and reads both side by side:
    // managers, who reach every case.
    return oneOf(actor, {Role::Manager},
                 tr("Only a manager can merge two records of one person or one family; the "
                    "account '%1' has the role '%2'."));
}

} // namespace opieka
