#include "WorkerLeaveRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

namespace opieka {
namespace {
const QString kSelect =
    QStringLiteral("SELECT id, worker_id, kind, from_date, last_day FROM worker_leave");

WorkerLeave fromRow(const QSqlQuery& q)
{
    WorkerLeave leave;
    leave.id = q.value(0).toLongLong();
    leave.workerId = q.value(1).toLongLong();
    leave.kind = parseLeaveKind(q.value(2).toString()).value_or(LeaveKind::Other);
    leave.from = sql::optionalDate(q.value(3)).value_or(QDate());
    leave.lastDay = sql::optionalDate(q.value(4));
    return leave;
}
} // namespace

Result<qint64> WorkerLeaveRepository::insert(const WorkerLeave& leave)
{
    return sql::returnedId(
        sql::run(m_database,
                 QStringLiteral("INSERT INTO worker_leave (worker_id, kind, from_date, last_day) "
                                "VALUES (?, ?, ?, ?) RETURNING id"),
                 {leave.workerId, leaveKindName(leave.kind), sql::date(leave.from),
                  sql::date(leave.lastDay)}));
}

Status WorkerLeaveRepository::update(const WorkerLeave& leave)
{
    return sql::run(
        m_database,
        QStringLiteral("UPDATE worker_leave SET kind = ?, from_date = ?, "
                       "last_day = ? WHERE id = ?"),
        {leaveKindName(leave.kind), sql::date(leave.from), sql::date(leave.lastDay), leave.id});
}

Result<std::optional<WorkerLeave>> WorkerLeaveRepository::find(qint64 id)
{
    return sql::firstRow(m_database, kSelect + QStringLiteral(" WHERE id = ?"), {id}, fromRow);
}

Result<QList<WorkerLeave>> WorkerLeaveRepository::forWorker(qint64 workerId)
{
    return sql::rows(m_database,
                     kSelect + QStringLiteral(" WHERE worker_id = ? ORDER BY from_date, id"),
                     {workerId}, fromRow);
}

Result<QList<WorkerLeave>> WorkerLeaveRepository::notEndedBefore(const QDate& day)
{
    return sql::rows(m_database,
                     kSelect + QStringLiteral(" WHERE last_day IS NULL OR last_day >= ? "
                                              "ORDER BY worker_id, from_date"),
                     {sql::date(day)}, fromRow);
}

} // namespace opieka
