#include "WorkerOverviewQuery.h"

#include "Database.h"
#include "SqlHelpers.h"

namespace opieka {
namespace {
WorkerFamilyOverview overviewFromRow(const QSqlQuery& q)
{
    WorkerFamilyOverview row;
    row.family.id = q.value(0).toLongLong();
    row.family.caseNumber = q.value(1).toString();
    row.family.name = q.value(2).toString();
    row.family.municipality = q.value(3).toString();
    row.family.category = parseNeedCategory(q.value(4).toString()).value_or(NeedCategory::Coping);
    row.family.openedOn = sql::requiredDate(q.value(5));
    row.family.closedOn = sql::optionalDate(q.value(6));
    row.family.address = q.value(7).toString();
    row.lastContact = sql::optionalDate(q.value(8));
    row.nextStep = q.value(9).toString();
    row.nextStepDue = sql::optionalDate(q.value(10));
    return row;
}
} // namespace

Result<QList<WorkerFamilyOverview>> WorkerOverviewQuery::families(qint64 workerId, const QDate& day)
{
    const QVariant d = sql::date(day);
    return sql::rows(
        m_database,
        QStringLiteral(
            "SELECT f.id, f.case_number, f.name, f.municipality, f.category, f.opened_on, "
            "f.closed_on, f.address, "
            " (SELECT MAX(c.contact_date) FROM contacts c WHERE c.family_id = f.id), "
            " (SELECT c.next_step FROM contacts c WHERE c.family_id = f.id AND c.next_step IS NOT "
            "NULL ORDER BY c.contact_date DESC, c.contact_time DESC, c.id DESC LIMIT 1), "
            " (SELECT c.next_step_due FROM contacts c WHERE c.family_id = f.id AND c.next_step IS "
            "NOT NULL ORDER BY c.contact_date DESC, c.contact_time DESC, c.id DESC LIMIT 1) "
            "FROM assignments a JOIN families f ON f.id = a.family_id "
            "WHERE a.worker_id = ? AND a.from_date <= ? AND (a.to_date IS NULL OR a.to_date > ?) "
            "AND f.opened_on <= ? AND (f.closed_on IS NULL OR f.closed_on > ?) ORDER BY f.id"),
        {workerId, d, d, d, d}, overviewFromRow);
}

} // namespace opieka
