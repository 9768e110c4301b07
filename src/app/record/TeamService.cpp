#include "TeamService.h"

#include "AssignmentRepository.h"
#include "AuditedWrite.h"
#include "CaseAccess.h"
#include "Database.h"
#include "FamilyHistoryRepository.h"
#include "FamilyRepository.h"
#include "IsoDate.h"
#include "Lookup.h"
#include "PastDates.h"
#include "Permissions.h"
#include "TeamRolesQuery.h"
#include "TeamRoster.h"
#include "TeamRules.h"
#include "WorkerRepository.h"

#include <QHash>
#include <QJsonObject>

namespace opieka {

Result<TeamStatus> TeamService::team(qint64 familyId, const QDate& day)
{
    OPIEKA_TRY(CaseAccess(m_database).mayReadFamily(m_actor, familyId));
    return readTeam(m_database, familyId, day);
}

Result<TeamStatus> readTeam(Database& database, qint64 familyId, const QDate& day)
{
    auto family = Lookup::family(database, familyId);
    if (!family)
        return family.error();
    auto byId = WorkerRepository(database).byId();
    if (!byId)
        return byId.error();
    const QHash<qint64, Worker>& workers = *byId;

    auto assignments = AssignmentRepository(database).forCase({CaseKind::Family, familyId});
    if (!assignments)
        return assignments.error();
    auto links = FamilyHistoryRepository(database).teamLinks(familyId);
    if (!links)
        return links.error();

    TeamStatus status;
    auto place = [&](qint64 workerId, const QDate& from, const std::optional<QDate>& to,
                     bool counted) {
        if (!workers.contains(workerId) || from > day)
            return;
        TeamMember member{workers.value(workerId), from, to, counted};
        if (!to || day < *to)
            status.current << member;
        else
            status.past << member;
    };
    for (const Assignment& a : *assignments)
        place(a.workerId, a.from, a.to, true);
    for (const TeamLinkRow& l : *links)
        place(l.workerId, l.from, l.to, false);

    if (family->isOpenOn(day)) {
        QList<Role> roles;
        for (const TeamMember& m : status.current)
            roles << m.worker.role;
        status.missingRoles = missingTeamRoles(family->category, roles);
    }
    return status;
}

Result<qint64> TeamService::addCoordinator(qint64 familyId, qint64 workerId, const QDate& from)
{
    const auto rule = [&] { return CaseAccess(m_database).mayChangeFamily(m_actor, familyId); };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Result<qint64> {
        auto family = Lookup::family(m_database, familyId);
        if (!family)
            return family.error();
        if (!family->isOpenOn(from))
            return refused(tr("The family's case is not open on %1.").arg(localDate(from)));
        auto worker = Lookup::worker(m_database, workerId);
        if (!worker)
            return worker.error();
        if (worker->role != Role::FosterCareCoordinator)
            return refused(tr("%1 is a %2; social workers and assistants join a family through "
                              "an assignment.")
                               .arg(worker->displayName(), roleLabel(worker->role)));
        FamilyHistoryRepository history(m_database);
        auto links = history.teamLinks(familyId);
        if (!links)
            return links.error();
        for (const TeamLinkRow& l : *links)
            if (l.workerId == workerId && (!l.to || *l.to > from))
                return refused(
                    tr("%1 is already on the family's team.").arg(worker->displayName()));
        auto id = history.addTeamLink({0, familyId, workerId, from, std::nullopt});
        if (!id)
            return id.error();
        OPIEKA_TRY(write.record(
            QStringLiteral("team.add"), QStringLiteral("family"), familyId, {},
            {{QStringLiteral("worker_id"), workerId}, {QStringLiteral("from"), isoDate(from)}}));
        return id;
    });
}

Status TeamService::endCoordinator(qint64 familyId, qint64 workerId, const QDate& on)
{
    const auto rule = [&] { return CaseAccess(m_database).mayChangeFamily(m_actor, familyId); };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Status {
        FamilyHistoryRepository history(m_database);
        auto links = history.teamLinks(familyId);
        if (!links)
            return links.error();
        for (const TeamLinkRow& l : *links) {
            if (l.workerId != workerId || (l.to && *l.to <= on))
                continue;
            if (on <= l.from)
                return badInput(tr("The coordinator joined on %1; the end must be later.")
                                    .arg(localDate(l.from)));
            OPIEKA_TRY(history.endTeamLink(l.id, on));
            return write.record(
                QStringLiteral("team.end"), QStringLiteral("family"), familyId,
                {{QStringLiteral("worker_id"), workerId},
                 {QStringLiteral("from"), isoDate(l.from)}},
                {{QStringLiteral("worker_id"), workerId}, {QStringLiteral("to"), isoDate(on)}});
        }
        return refused(
            tr("Worker %1 is not on the family's team on %2.").arg(workerId).arg(localDate(on)));
    });
}

Result<QList<qint64>> TeamService::familiesMissingTeam(const QDate& day)
{
    OPIEKA_TRY(Permissions::mayReadDeadlines(m_actor));
    auto roles = TeamRolesQuery(m_database).rolesOn(day);
    if (!roles)
        return roles.error();
    QList<qint64> missing;
    if (Status s = FamilyRepository(m_database).forEach([&](const Family& f) {
            // Open families only (no closing date), as the families list shows them.
            if (!f.closedOn && f.isOpenOn(day) &&
                !missingTeamRoles(f.category, roles->value(f.id)).isEmpty())
                missing << f.id;
            return true;
        });
        !s)
        return s.error();
    return missing;
}

Result<QSet<qint64>> TeamService::missingTeamAmong(const QList<Family>& families, const QDate& day)
{
    QSet<qint64> missing;
    QList<qint64> ids;
    for (const Family& f : families)
        ids << f.id;
    // The whole page at once: one query for a worker, none for a manager.
    auto readable = CaseAccess(m_database).readableFamilies(m_actor, ids);
    if (!readable)
        return readable.error();
    if (readable->isEmpty())
        return missing;
    auto roles = TeamRolesQuery(m_database).rolesOn(day, readable->values());
    if (!roles)
        return roles.error();
    for (const Family& f : families)
        if (readable->contains(f.id) && f.isOpenOn(day) &&
            !missingTeamRoles(f.category, roles->value(f.id)).isEmpty())
            missing.insert(f.id);
    return missing;
}

} // namespace opieka
