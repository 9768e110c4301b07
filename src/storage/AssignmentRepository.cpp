#include "AssignmentRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

namespace opieka {
namespace {
const QString kColumns = QStringLiteral(
    "id, worker_id, family_id, foster_family_id, from_date, to_date, override_reason");

Assignment fromRow(const QSqlQuery& q)
{
    Assignment a;
    a.id = q.value(0).toLongLong();
    a.workerId = q.value(1).toLongLong();
    if (!q.value(2).isNull())
        a.caseRef = {CaseKind::Family, q.value(2).toLongLong()};
    else
        a.caseRef = {CaseKind::FosterFamily, q.value(3).toLongLong()};
    a.from = sql::requiredDate(q.value(4));
    a.to = sql::optionalDate(q.value(5));
    a.overrideReason = q.value(6).toString();
    return a;
}

sql::Table<Assignment> assignments(const Database& database)
{
    return {database, QStringLiteral("assignments"), kColumns, fromRow};
}

QString caseColumn(const CaseRef& caseRef)
{
    return caseRef.kind == CaseKind::Family ? QStringLiteral("family_id")
                                            : QStringLiteral("foster_family_id");
}

QVariant idOrNull(bool present, qint64 id)
{
    return present ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>());
}

// Open period of the assignment's case, whichever table it is in.
const QString kCaseJoin =
    QStringLiteral(" FROM assignments a"
                   " LEFT JOIN families f ON f.id = a.family_id"
                   " LEFT JOIN foster_families ff ON ff.id = a.foster_family_id");
} // namespace

Result<qint64> AssignmentRepository::insert(const Assignment& a)
{
    const bool family = a.caseRef.kind == CaseKind::Family;
    return sql::returnedId(
        sql::run(m_database,
                 QStringLiteral("INSERT INTO assignments (worker_id, family_id, "
                                "foster_family_id, from_date, to_date, override_reason) "
                                "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                 {a.workerId, idOrNull(family, a.caseRef.id), idOrNull(!family, a.caseRef.id),
                  sql::date(a.from), sql::date(a.to), sql::text(a.overrideReason)}),
        QT_TRANSLATE_NOOP("Database", "The assignment was not saved."));
}

Status AssignmentRepository::end(qint64 assignmentId, const QDate& to)
{
    return sql::run(m_database, QStringLiteral("UPDATE assignments SET to_date = ? WHERE id = ?"),
                    {sql::date(to), assignmentId});
}

Result<std::optional<Assignment>>
AssignmentRepository::runningOn(qint64 workerId, const CaseRef& caseRef, const QDate& day)
{
    return assignments(m_database)
        .first(QStringLiteral("WHERE worker_id = ? AND ") + caseColumn(caseRef) +
                   QStringLiteral(" = ? AND from_date <= ? AND (to_date IS NULL OR to_date > ?) "
                                  "ORDER BY from_date DESC"),
               {workerId, caseRef.id, sql::date(day), sql::date(day)});
}

Result<bool> AssignmentRepository::overlaps(qint64 workerId, const CaseRef& caseRef,
                                            const QDate& from, const std::optional<QDate>& to)
{
    // Two periods [a, b) and [c, d) overlap when a < d and c < b (a missing end is infinity).
    QString text = QStringLiteral("SELECT 1 FROM assignments WHERE worker_id = ? AND ") +
                   caseColumn(caseRef) +
                   QStringLiteral(" = ? AND (to_date IS NULL OR to_date > ?)");
    QList<QVariant> values{workerId, caseRef.id, sql::date(from)};
    if (to) {
        text += QStringLiteral(" AND from_date < ?");
        values << sql::date(*to);
    }
    return sql::anyRow(m_database, text, values);
}

Result<QList<CountedAssignment>> AssignmentRepository::countedForWorker(qint64 workerId)
{
    return sql::rows(m_database,
                     QStringLiteral("SELECT a.from_date, a.to_date, "
                                    "COALESCE(f.opened_on, ff.opened_on), "
                                    "COALESCE(f.closed_on, ff.closed_on)") +
                         kCaseJoin + QStringLiteral(" WHERE a.worker_id = ?"),
                     {workerId}, [](const QSqlQuery& q) {
                         return CountedAssignment{
                             sql::requiredDate(q.value(0)), sql::optionalDate(q.value(1)),
                             sql::requiredDate(q.value(2)), sql::optionalDate(q.value(3))};
                     });
}

Result<QHash<qint64, CaseCounts>> AssignmentRepository::countsOn(const QDate& day)
{
    return countsOn(day, std::nullopt);
}

Result<CaseCounts> AssignmentRepository::countOn(const QDate& day, qint64 workerId)
{
    auto counts = countsOn(day, workerId);
    if (!counts)
        return counts.error();
    return counts->value(workerId);
}

Result<QHash<qint64, CaseCounts>> AssignmentRepository::countsOn(const QDate& day,
                                                                 std::optional<qint64> workerId)
{
    const QVariant d = sql::date(day);
    QList<QVariant> values{d, d, d, d};
    QString onlyWorker;
    if (workerId) {
        onlyWorker = QStringLiteral(" AND a.worker_id = ?");
        values << *workerId;
    }
    // The overrides are counted in the same pass: the report needs their number at once, their
    // list only when a screen or document shows it (CaseloadDetailQuery::overridesOn).
    auto q = sql::run(m_database,
                      QStringLiteral("SELECT a.worker_id, COUNT(*), SUM(CASE WHEN "
                                     "a.override_reason <> '' THEN 1 ELSE 0 END)") +
                          kCaseJoin +
                          QStringLiteral(" WHERE a.from_date <= ? AND (a.to_date IS NULL OR "
                                         "a.to_date > ?) AND COALESCE(f.opened_on, "
                                         "ff.opened_on) <= ? AND (COALESCE(f.closed_on, "
                                         "ff.closed_on) IS NULL OR COALESCE(f.closed_on, "
                                         "ff.closed_on) > ?)") +
                          onlyWorker + QStringLiteral(" GROUP BY a.worker_id"),
                      values);
    if (!q)
        return q.error();
    QHash<qint64, CaseCounts> counts;
    while (q->next())
        counts.insert(q->value(0).toLongLong(),
                      CaseCounts{q->value(1).toInt(), q->value(2).toInt()});
    return counts;
}

Result<QList<Assignment>> AssignmentRepository::forWorker(qint64 workerId)
{
    return listWhere(QStringLiteral("worker_id = ? ORDER BY id"), workerId);
}

Result<QList<Assignment>> AssignmentRepository::forCase(const CaseRef& caseRef)
{
    return listWhere(caseColumn(caseRef) + QStringLiteral(" = ? ORDER BY from_date, id"),
                     caseRef.id);
}

Result<QList<Assignment>> AssignmentRepository::listWhere(const QString& condition, qint64 id)
{
    return assignments(m_database).list(QStringLiteral("WHERE ") + condition, {id});
}

Status AssignmentRepository::forEach(const std::function<bool(const Assignment&)>& visit)
{
    return assignments(m_database).each(QStringLiteral("ORDER BY id"), visit);
}

} // namespace opieka
