#include "DeadlineQuery.h"

#include "Database.h"
#include "SqlHelpers.h"

namespace opieka {
namespace {
// Every active social worker's open family on a day (bound: the day six times) with its last
// contact and the due date of its latest next step, as WorkerOverviewQuery reads them for one.
// Materialised, so that the filter on the due date does not run the subquery again.
const QString kNextSteps = QStringLiteral(
    "SELECT a.worker_id, f.id, f.name, "
    " (SELECT MAX(c.contact_date) FROM contacts c WHERE c.family_id = f.id) AS last_contact, "
    " (SELECT c.next_step_due FROM contacts c WHERE c.family_id = f.id AND c.next_step IS NOT "
    "NULL ORDER BY c.contact_date DESC, c.contact_time DESC, c.id DESC LIMIT 1) AS due "
    "FROM workers w JOIN assignments a ON a.worker_id = w.id JOIN families f ON f.id = a.family_id "
    "WHERE w.role = 'social_worker' AND (w.active_from IS NULL OR w.active_from <= ?) "
    "AND (w.active_to IS NULL OR w.active_to > ?) "
    "AND a.from_date <= ? AND (a.to_date IS NULL OR a.to_date > ?) "
    "AND f.opened_on <= ? AND (f.closed_on IS NULL OR f.closed_on > ?)");

NextStepDue nextStepFromRow(const QSqlQuery& q)
{
    NextStepDue row;
    row.workerId = q.value(0).toLongLong();
    row.familyId = q.value(1).toLongLong();
    row.familyName = q.value(2).toString();
    row.lastContact = sql::optionalDate(q.value(3));
    row.due = sql::requiredDate(q.value(4));
    return row;
}
} // namespace

Result<QList<NextStepDue>> DeadlineQuery::nextStepsDue(const QDate& day, const QDate& horizon)
{
    const QVariant d = sql::date(day);
    return sql::rows(m_database,
                     QStringLiteral("WITH s AS MATERIALIZED (") + kNextSteps +
                         QStringLiteral(") SELECT * FROM s WHERE s.due IS NOT NULL AND s.due <= ? "
                                        "ORDER BY s.worker_id, s.id"),
                     {d, d, d, d, d, d, sql::date(horizon)}, nextStepFromRow);
}

Result<int> DeadlineQuery::nextStepsOverdue(const QDate& day)
{
    const QVariant d = sql::date(day);
    return sql::number(m_database,
                       QStringLiteral("WITH s AS MATERIALIZED (") + kNextSteps +
                           QStringLiteral(") SELECT COUNT(*) FROM s WHERE s.due IS NOT NULL "
                                          "AND s.due < ?"),
                       {d, d, d, d, d, d, d});
}

} // namespace opieka
