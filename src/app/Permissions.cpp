#include "Permissions.h"

namespace opieka {
namespace {
bool isManagerLike(const User& actor)
{
    return actor.role == Role::Manager || actor.role == Role::Administrator;
}
} // namespace

Status Permissions::mayOverrideLimit(const User& actor)
{
    if (isManagerLike(actor))
        return {};
    return refused(tr("Only a manager can allow an assignment beyond the limit; the account '%1' "
                      "is a %2.")
                       .arg(actor.login, roleLabel(actor.role)));
}

Status Permissions::mayChangeRules(const User& actor)
{
    if (isManagerLike(actor))
        return {};
    return refused(tr("Only a manager or an administrator can change the caseload rules; the "
                      "account '%1' is a %2.")
                       .arg(actor.login, roleLabel(actor.role)));
}

Status Permissions::mayChangeCases(const User& actor)
{
    if (actor.active)
        return {};
    return refused(tr("The account '%1' is disabled.").arg(actor.login));
}

Status Permissions::mayManageUsers(const User& actor)
{
    if (actor.active && actor.role == Role::Administrator)
        return {};
    return refused(tr("Only an administrator can manage accounts; the account '%1' is a %2.")
                       .arg(actor.login, roleLabel(actor.role)));
}

namespace {
// A manager's or an administrator's act; says who may when someone else tries.
Status managerLike(const User& actor, const QString& refusal)
{
    if (!actor.active)
        return refused(Permissions::tr("The account '%1' is disabled.").arg(actor.login));
    if (isManagerLike(actor))
        return {};
    return refused(refusal.arg(actor.login, roleLabel(actor.role)));
}
} // namespace

Status Permissions::mayBackUp(const User& actor)
{
    return managerLike(actor, tr("Only a manager or an administrator can back up or restore the "
                                 "database; the account '%1' is a %2."));
}

Status Permissions::mayErasePersonalData(const User& actor)
{
    if (actor.active && isManagerLike(actor))
        return {};
    return refused(tr("Only a manager or an administrator can erase a person's data; the account "
                      "'%1' is a %2.")
                       .arg(actor.login, roleLabel(actor.role)));
}

Status Permissions::mayReadAudit(const User& actor)
{
    // The audit holds the old and new values of case notes: managers read it, administrators
    // (who read no case notes) do not.
    if (actor.active && actor.role == Role::Manager)
        return {};
    return refused(tr("Only a manager can read the audit trail; the account '%1' is a %2.")
                       .arg(actor.login, roleLabel(actor.role)));
}

} // namespace opieka
