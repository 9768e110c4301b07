// WorkerService: workers' leave (urlop, zwolnienie lekarskie, urlop macierzyński/rodzicielski).
#include "AuditedWrite.h"
#include "Database.h"
#include "FieldCopy.h"
#include "IsoDate.h"
#include "Lookup.h"
#include "PastDates.h"
#include "Permissions.h"
#include "Required.h"
#include "WorkerLeaveRepository.h"
#include "WorkerRepository.h"
#include "WorkerService.h"

#include <QJsonObject>

namespace opieka {
namespace {

QJsonObject leaveJson(const WorkerLeave& leave)
{
    return {{QStringLiteral("leave_id"), leave.id},
            {QStringLiteral("kind"), leaveKindName(leave.kind)},
            {QStringLiteral("from"), isoDate(leave.from)},
            {QStringLiteral("last_day"),
             leave.lastDay ? QJsonValue(isoDate(*leave.lastDay)) : QJsonValue(QJsonValue::Null)}};
}

QString periodText(const WorkerLeave& leave)
{
    return leave.lastDay
               ? WorkerService::tr("%1 to %2").arg(localDate(leave.from), localDate(*leave.lastDay))
               : WorkerService::tr("from %1 until further notice").arg(localDate(leave.from));
}

} // namespace

Status WorkerService::validate(const WorkerLeave& leave)
{
    if (!leave.from.isValid())
        return badInput(tr("Give the first day of the leave."));
    if (leave.lastDay && !leave.lastDay->isValid())
        return badInput(tr("Give the last day of the leave, or none: until further notice."));
    if (leave.lastDay && *leave.lastDay < leave.from)
        return badInput(tr("The leave cannot end (%1) before it begins (%2).")
                            .arg(localDate(*leave.lastDay), localDate(leave.from)));
    return {};
}

Result<QList<WorkerLeave>> WorkerService::leaves(qint64 workerId)
{
    OPIEKA_TRY(Permissions::mayManageWorkers(m_actor));
    return WorkerLeaveRepository(m_database).forWorker(workerId);
}

Result<QHash<qint64, WorkerLeave>> WorkerService::currentOrNextLeaves(const QDate& day)
{
    OPIEKA_TRY(Permissions::mayManageWorkers(m_actor));
    auto all = WorkerLeaveRepository(m_database).notEndedBefore(day);
    if (!all)
        return all.error();
    QHash<qint64, QList<WorkerLeave>> byWorker;
    for (const WorkerLeave& leave : *all)
        byWorker[leave.workerId] << leave;
    QHash<qint64, WorkerLeave> shown;
    for (auto it = byWorker.cbegin(); it != byWorker.cend(); ++it)
        if (auto leave = currentOrNextLeave(it.value(), day))
            shown.insert(it.key(), *leave);
    return shown;
}

// Checks `next` (a new period when its id is 0) against the worker's other periods and saves
// it, audited as `action` with `before` (empty for a new one), in the write's transaction.
namespace {
Result<WorkerLeave> saveLeave(Database& database, AuditedWrite& write, WorkerLeave next,
                              const QJsonObject& before, const QString& action)
{
    OPIEKA_TRY(WorkerService::validate(next));
    auto worker = Lookup::worker(database, next.workerId);
    if (!worker)
        return worker.error();
    WorkerLeaveRepository repository(database);
    auto others = repository.forWorker(next.workerId);
    if (!others)
        return others.error();
    for (const WorkerLeave& other : *others)
        if (other.id != next.id && other.overlaps(next))
            return refused(WorkerService::tr("%1 already has a leave recorded %2; periods of "
                                             "leave cannot overlap. Change or end that one "
                                             "instead.")
                               .arg(worker->displayName(), periodText(other)));
    if (next.id == 0) {
        auto id = repository.insert(next);
        if (!id)
            return id.error();
        next.id = *id;
    } else if (Status s = repository.update(next); !s) {
        return s.error();
    }
    OPIEKA_TRY(
        write.record(action, QStringLiteral("worker"), next.workerId, before, leaveJson(next)));
    return next;
}
} // namespace

Result<WorkerLeave> WorkerService::recordLeave(WorkerLeave leave)
{
    OPIEKA_TRY(FieldCopy::refuseOffline(m_database, FieldCopy::CentreOnly::Administration));
    leave.id = 0;
    const auto rule = [&] { return Permissions::mayManageWorkers(m_actor); };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) {
        return saveLeave(m_database, write, leave, {}, QStringLiteral("worker.leave_add"));
    });
}

Result<WorkerLeave> WorkerService::changeLeave(const WorkerLeave& changed)
{
    OPIEKA_TRY(FieldCopy::refuseOffline(m_database, FieldCopy::CentreOnly::Administration));
    const auto rule = [&] { return Permissions::mayManageWorkers(m_actor); };
    return AuditedWrite(m_database, m_actor)
        .run(rule, [&](AuditedWrite& write) -> Result<WorkerLeave> {
            auto current = required(WorkerLeaveRepository(m_database).find(changed.id),
                                    tr("There is no leave with id %1.").arg(changed.id));
            if (!current)
                return current.error();
            WorkerLeave next = changed;
            next.workerId = current->workerId;
            return saveLeave(m_database, write, next, leaveJson(*current),
                             QStringLiteral("worker.leave_change"));
        });
}

Result<WorkerLeave> WorkerService::endLeave(qint64 leaveId, const QDate& lastDay)
{
    OPIEKA_TRY(FieldCopy::refuseOffline(m_database, FieldCopy::CentreOnly::Administration));
    const auto rule = [&]() -> Status {
        OPIEKA_TRY(Permissions::mayManageWorkers(m_actor));
        if (!lastDay.isValid())
            return badInput(tr("Give the last day of the leave."));
        return {};
    };
    return AuditedWrite(m_database, m_actor)
        .run(rule, [&](AuditedWrite& write) -> Result<WorkerLeave> {
            auto current = required(WorkerLeaveRepository(m_database).find(leaveId),
                                    tr("There is no leave with id %1.").arg(leaveId));
            if (!current)
                return current.error();
            WorkerLeave next = *current;
            next.lastDay = lastDay;
            return saveLeave(m_database, write, next, leaveJson(*current),
                             QStringLiteral("worker.leave_end"));
        });
}

Result<QString> WorkerService::leaveWarning(qint64 workerId, const QDate& day)
{
    auto all = WorkerLeaveRepository(m_database).forWorker(workerId);
    if (!all)
        return all.error();
    const auto away = leaveOn(*all, day);
    if (!away)
        return QString();
    auto worker = WorkerRepository(m_database).find(workerId);
    if (!worker)
        return worker.error();
    const QString name = *worker ? (*worker)->displayName() : QString::number(workerId);
    if (away->lastDay)
        return tr("%1 is on leave until %2; the family will wait for the worker's return. "
                  "Choose another worker, or assign anyway.")
            .arg(name, localDate(*away->lastDay));
    return tr("%1 is on leave until further notice (since %2); the family will wait for the "
              "worker's return. Choose another worker, or assign anyway.")
        .arg(name, localDate(away->from));
}

} // namespace opieka
