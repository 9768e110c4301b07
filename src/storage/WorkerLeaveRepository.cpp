#include "WorkerLeaveRepository.h"

#include "Database.h"
#include "SqlColumns.h"

namespace opieka {
namespace {
const sql::Columns<WorkerLeave> kLeave{
    QStringLiteral("worker_leave"),
    {sql::column("id", &WorkerLeave::id),
     sql::column("worker_id", &WorkerLeave::workerId, sql::Written::OnInsert),
     sql::named("kind", &WorkerLeave::kind, leaveKindName, parseLeaveKind, LeaveKind::Other),
     sql::column("from_date", &WorkerLeave::from), sql::column("last_day", &WorkerLeave::lastDay)}};
} // namespace

template <> const sql::Columns<WorkerLeave>& TableRepository<WorkerLeave>::columns()
{
    return kLeave;
}
template class TableRepository<WorkerLeave>;

Result<qint64> WorkerLeaveRepository::insert(const WorkerLeave& leave)
{
    return kLeave.insertReturningId(m_database, leave);
}

Result<QList<WorkerLeave>> WorkerLeaveRepository::forWorker(qint64 workerId)
{
    return kLeave.table(m_database)
        .list(QStringLiteral("WHERE worker_id = ? ORDER BY from_date, id"), {workerId});
}

Result<QList<WorkerLeave>> WorkerLeaveRepository::notEndedBefore(const QDate& day)
{
    return kLeave.table(m_database)
        .list(
            QStringLiteral("WHERE last_day IS NULL OR last_day >= ? ORDER BY worker_id, from_date"),
            {sql::date(day)});
}

} // namespace opieka
