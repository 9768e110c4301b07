#include "CaseAccess.h"

#include "CaseReachQuery.h"
#include "MemberRepository.h"
#include "Permissions.h"

namespace opieka {
namespace {

// What no case-scoped act gets past: a disabled account, an administrator, a worker's account
// without a worker. Empty when the role's own rule decides.
std::optional<Status> roleGate(const User& actor, const QString& caseName)
{
    if (!actor.active)
        return refused(CaseAccess::tr("The account '%1' is disabled.").arg(actor.login));
    if (actor.awaitingConfirmation)
        return Permissions::awaitingConfirmation(actor);
    if (actor.role == Role::Manager)
        return Status{};
    if (actor.role == Role::Administrator)
        return refused(CaseAccess::tr("Administrators manage accounts and rule sets and do not "
                                      "work on case records (%1); sign in with a worker's or a "
                                      "manager's account.")
                           .arg(caseName));
    if (!actor.workerId)
        return refused(CaseAccess::tr("The account '%1' is not linked to a worker, so it reaches "
                                      "no case (%2); an administrator can link it.")
                           .arg(actor.login, caseName));
    return std::nullopt;
}

Status outOfReach(const User& actor, const QString& caseName, bool change)
{
    if (change)
        return refused(CaseAccess::tr("The account '%1' (%2) cannot change %3: it is not one of "
                                      "its cases, its unit's or those of the foster families it "
                                      "coordinates. A manager can assign it.")
                           .arg(actor.login, roleLabel(actor.role), caseName));
    return refused(CaseAccess::tr("The account '%1' (%2) cannot open %3: it is not one of its "
                                  "cases, its unit's or those of the foster families it "
                                  "coordinates. A manager can assign it.")
                       .arg(actor.login, roleLabel(actor.role), caseName));
}

} // namespace

Status CaseAccess::familyRule(const User& actor, qint64 familyId, const QDate& day, bool change)
{
    const QString name = tr("family %1").arg(familyId);
    if (auto gate = roleGate(actor, name))
        return *gate;
    auto reaches = CaseReachQuery(m_database).reachesFamily(*actor.workerId, familyId, day);
    if (!reaches)
        return reaches.error();
    return *reaches ? Status{} : outOfReach(actor, name, change);
}

Result<QSet<qint64>> CaseAccess::readableFamilies(const User& actor, const QList<qint64>& familyIds,
                                                  const QDate& day)
{
    if (auto gate = roleGate(actor, QString())) // its message is not shown
        return gate->ok() ? QSet<qint64>(familyIds.cbegin(), familyIds.cend()) : QSet<qint64>{};
    return CaseReachQuery(m_database).reachedFamilies(*actor.workerId, familyIds, day);
}

Status CaseAccess::fosterRule(const User& actor, qint64 fosterFamilyId, const QDate& day,
                              bool change)
{
    const QString name = tr("foster family %1").arg(fosterFamilyId);
    if (auto gate = roleGate(actor, name))
        return *gate;
    if (actor.role == Role::FosterCareCoordinator) {
        auto reaches =
            CaseReachQuery(m_database).reachesFosterFamily(*actor.workerId, fosterFamilyId, day);
        if (!reaches)
            return reaches.error();
        if (*reaches)
            return {};
    }
    return outOfReach(actor, name, change);
}

Status CaseAccess::memberRule(const User& actor, qint64 memberId, const QDate& day, bool change)
{
    auto member = MemberRepository(m_database).find(memberId);
    if (!member)
        return member.error();
    if (!*member)
        return refused(tr("There is no household member %1.").arg(memberId));
    return familyRule(actor, (*member)->familyId, day, change);
}

Status CaseAccess::mayReadFamily(const User& actor, qint64 familyId, const QDate& day)
{
    return familyRule(actor, familyId, day, false);
}

Status CaseAccess::mayChangeFamily(const User& actor, qint64 familyId, const QDate& day)
{
    return familyRule(actor, familyId, day, true);
}

Status CaseAccess::mayReadFosterFamily(const User& actor, qint64 fosterFamilyId, const QDate& day)
{
    return fosterRule(actor, fosterFamilyId, day, false);
}

Status CaseAccess::mayChangeFosterFamily(const User& actor, qint64 fosterFamilyId, const QDate& day)
{
    return fosterRule(actor, fosterFamilyId, day, true);
}

Status CaseAccess::mayReadMember(const User& actor, qint64 memberId, const QDate& day)
{
    return memberRule(actor, memberId, day, false);
}

Status CaseAccess::mayChangeMember(const User& actor, qint64 memberId, const QDate& day)
{
    return memberRule(actor, memberId, day, true);
}

FamilyQuery CaseAccess::scoped(const User& actor, FamilyQuery query, const QDate& day)
{
    if (actor.active && !actor.awaitingConfirmation && actor.role == Role::Manager) {
        query.scope = FamilyQuery::Scope::All;
    } else if (!actor.active || actor.awaitingConfirmation || actor.role == Role::Administrator ||
               !actor.workerId) {
        query.scope = FamilyQuery::Scope::Nothing;
    } else {
        query.scope = FamilyQuery::Scope::WorkerReach;
        query.reachOfWorker = *actor.workerId;
        query.reachDay = day;
    }
    return query;
}

} // namespace opieka
