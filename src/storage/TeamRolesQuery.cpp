#include "TeamRolesQuery.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QStringList>

namespace opieka {

Result<QHash<qint64, QList<Role>>> TeamRolesQuery::rolesOn(const QDate& day,
                                                           const QList<qint64>& familyIds)
{
    const QVariant d = sql::date(day);
    // Joined on or before the day and not yet left (a member leaving on the day has left).
    QString condition =
        QStringLiteral("family_id IS NOT NULL AND from_date <= ? AND (to_date IS NULL OR "
                       "to_date > ?)");
    QList<QVariant> branchValues{d, d};
    if (!familyIds.isEmpty()) {
        QStringList marks;
        for (qint64 id : familyIds) {
            marks << QStringLiteral("?");
            branchValues << id;
        }
        condition +=
            QStringLiteral(" AND family_id IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    auto q = sql::run(m_database,
                      QStringLiteral("SELECT m.family_id, w.role FROM (SELECT family_id, "
                                     "worker_id FROM assignments WHERE ") +
                          condition +
                          QStringLiteral(" UNION ALL SELECT family_id, worker_id FROM team_links "
                                         "WHERE ") +
                          condition + QStringLiteral(") m JOIN workers w ON w.id = m.worker_id"),
                      branchValues + branchValues);
    if (!q)
        return q.error();
    QHash<qint64, QList<Role>> roles;
    while (q->next())
        if (const auto role = parseRole(q->value(1).toString()))
            roles[q->value(0).toLongLong()] << *role;
    return roles;
}

} // namespace opieka
