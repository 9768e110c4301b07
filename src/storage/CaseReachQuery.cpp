#include "CaseReachQuery.h"

#include "Database.h"
#include "SqlHelpers.h"

namespace opieka {
namespace {

// The worker and the colleagues of the worker's unit.
QString colleagues(qint64 workerId, QList<QVariant>& values)
{
    values << workerId << workerId;
    return QStringLiteral("(SELECT id FROM workers WHERE id = ? OR (unit IS NOT NULL AND "
                          "unit <> '' AND unit = (SELECT unit FROM workers WHERE id = ?)))");
}

// "from_date <= day AND (to_date IS NULL OR to_date > day)" for a table alias.
QString inForce(const QString& alias, const QDate& day, QList<QVariant>& values)
{
    const QVariant d = sql::date(day);
    values << d << d;
    return QStringLiteral("%1.from_date <= ? AND (%1.to_date IS NULL OR %1.to_date > ?)")
        .arg(alias);
}

Result<bool> exists(Database& database, const QString& condition, const QList<QVariant>& values,
                    const QString& table, qint64 id)
{
    QList<QVariant> all = values;
    all << id;
    return sql::anyRow(database,
                       QStringLiteral("SELECT 1 FROM %1 WHERE %2 AND id = ?").arg(table, condition),
                       all);
}

} // namespace

QString CaseReachQuery::familyCondition(const QString& idColumn, qint64 workerId, const QDate& day,
                                        QList<QVariant>& values)
{
    QString text = QStringLiteral("%1 IN (SELECT a.family_id FROM assignments a WHERE "
                                  "a.family_id IS NOT NULL AND a.worker_id IN ")
                       .arg(idColumn);
    text += colleagues(workerId, values);
    text += QStringLiteral(" AND ") + inForce(QStringLiteral("a"), day, values);
    text += QStringLiteral(" UNION SELECT t.family_id FROM team_links t WHERE t.worker_id IN ");
    text += colleagues(workerId, values);
    text += QStringLiteral(" AND ") + inForce(QStringLiteral("t"), day, values);
    text += QStringLiteral(" UNION SELECT m.family_id FROM members m JOIN placements p ON "
                           "p.child_member_id = m.id JOIN assignments c ON c.foster_family_id = "
                           "p.foster_family_id WHERE c.worker_id IN ");
    text += colleagues(workerId, values);
    text += QStringLiteral(" AND ") + inForce(QStringLiteral("c"), day, values);
    text += QStringLiteral(" AND ") + inForce(QStringLiteral("p"), day, values);
    return text + QLatin1Char(')');
}

QString CaseReachQuery::fosterFamilyCondition(const QString& idColumn, qint64 workerId,
                                              const QDate& day, QList<QVariant>& values)
{
    QString text = QStringLiteral("%1 IN (SELECT a.foster_family_id FROM assignments a WHERE "
                                  "a.foster_family_id IS NOT NULL AND a.worker_id IN ")
                       .arg(idColumn);
    text += colleagues(workerId, values);
    text += QStringLiteral(" AND ") + inForce(QStringLiteral("a"), day, values);
    return text + QLatin1Char(')');
}

Result<bool> CaseReachQuery::reachesFamily(qint64 workerId, qint64 familyId, const QDate& day)
{
    QList<QVariant> values;
    const QString condition = familyCondition(QStringLiteral("id"), workerId, day, values);
    return exists(m_database, condition, values, QStringLiteral("families"), familyId);
}

Result<QSet<qint64>>
CaseReachQuery::reachedFamilies(qint64 workerId, const QList<qint64>& familyIds, const QDate& day)
{
    QSet<qint64> reached;
    if (familyIds.isEmpty())
        return reached;
    QList<QVariant> values;
    const QString condition = familyCondition(QStringLiteral("id"), workerId, day, values);
    QStringList marks;
    for (qint64 id : familyIds) {
        marks << QStringLiteral("?");
        values << id;
    }
    auto q = sql::run(m_database,
                      QStringLiteral("SELECT id FROM families WHERE %1 AND id IN (%2)")
                          .arg(condition, marks.join(QLatin1Char(','))),
                      values);
    if (!q)
        return q.error();
    while (q->next())
        reached.insert(q->value(0).toLongLong());
    return reached;
}

Result<bool> CaseReachQuery::reachesFosterFamily(qint64 workerId, qint64 fosterFamilyId,
                                                 const QDate& day)
{
    QList<QVariant> values;
    const QString condition = fosterFamilyCondition(QStringLiteral("id"), workerId, day, values);
    return exists(m_database, condition, values, QStringLiteral("foster_families"), fosterFamilyId);
}

} // namespace opieka
