#include "CaseloadDetailQuery.h"

#include "Database.h"
#include "SqlHelpers.h"

namespace opieka {
namespace {
// Cases counted on a day (four placeholders, all the day): the assignment runs and the case is
// open. The same rule as the report's counts.
const QString kCounted =
    QStringLiteral(" FROM assignments a"
                   " LEFT JOIN families f ON f.id = a.family_id"
                   " LEFT JOIN foster_families ff ON ff.id = a.foster_family_id"
                   " WHERE a.from_date <= ? AND (a.to_date IS NULL OR a.to_date > ?)"
                   " AND COALESCE(f.opened_on, ff.opened_on) <= ?"
                   " AND (COALESCE(f.closed_on, ff.closed_on) IS NULL"
                   " OR COALESCE(f.closed_on, ff.closed_on) > ?)");

QList<QVariant> dayTimesFour(const QDate& day)
{
    const QVariant d = sql::date(day);
    return {d, d, d, d};
}

CountedCase countedFromRow(const QSqlQuery& q)
{
    CountedCase c;
    c.assignmentId = q.value(0).toLongLong();
    c.workerId = q.value(1).toLongLong();
    c.caseRef = q.value(2).isNull() ? CaseRef{CaseKind::FosterFamily, q.value(3).toLongLong()}
                                    : CaseRef{CaseKind::Family, q.value(2).toLongLong()};
    c.name = q.value(4).toString();
    c.caseNumber = q.value(5).toString();
    c.municipality = q.value(6).toString();
    c.from = sql::requiredDate(q.value(7));
    c.overrideReason = q.value(8).toString();
    return c;
}
} // namespace

Result<QList<CountedCase>> CaseloadDetailQuery::select(const QString& condition,
                                                       const QList<QVariant>& values)
{
    return sql::rows(
        m_database,
        QStringLiteral(
            "SELECT a.id, a.worker_id, a.family_id, a.foster_family_id,"
            " COALESCE(f.name, ff.name), f.case_number,"
            " COALESCE(f.municipality, ff.municipality), a.from_date, a.override_reason") +
            kCounted + condition +
            QStringLiteral(" ORDER BY a.worker_id, COALESCE(f.name, ff.name), a.id"),
        values, countedFromRow);
}

Result<QList<CountedCase>> CaseloadDetailQuery::casesOn(const QDate& day,
                                                        const QList<qint64>& workerIds)
{
    QList<QVariant> values = dayTimesFour(day);
    QString condition;
    if (!workerIds.isEmpty()) {
        QStringList marks;
        for (qint64 id : workerIds) {
            marks << QStringLiteral("?");
            values << id;
        }
        condition = QStringLiteral(" AND a.worker_id IN (") + marks.join(QLatin1Char(',')) +
                    QLatin1Char(')');
    }
    return select(condition, values);
}

Result<QList<CountedCase>> CaseloadDetailQuery::overridesOn(const QDate& day)
{
    return select(QStringLiteral(" AND a.override_reason IS NOT NULL AND a.override_reason <> ''"),
                  dayTimesFour(day));
}

Result<QSet<qint64>> CaseloadDetailQuery::workersServing(const QString& municipality,
                                                         const QDate& day)
{
    QList<QVariant> values = dayTimesFour(day);
    values << municipality;
    auto ids = sql::rows(m_database,
                         QStringLiteral("SELECT DISTINCT a.worker_id") + kCounted +
                             QStringLiteral(" AND COALESCE(f.municipality, ff.municipality) = ?"),
                         values, sql::idColumn);
    if (!ids)
        return ids.error();
    return QSet<qint64>(ids->cbegin(), ids->cend());
}

Result<QStringList> CaseloadDetailQuery::units()
{
    return sql::rows(m_database,
                     QStringLiteral("SELECT DISTINCT unit FROM workers WHERE unit "
                                    "IS NOT NULL AND unit <> '' ORDER BY unit"),
                     {}, sql::textColumn);
}

Result<QStringList> CaseloadDetailQuery::municipalities()
{
    return sql::rows(m_database,
                     QStringLiteral("SELECT municipality FROM families UNION SELECT "
                                    "municipality FROM foster_families ORDER BY 1"),
                     {}, sql::textColumn);
}

} // namespace opieka
