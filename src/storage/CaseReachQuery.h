#pragma once

#include "Repository.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariant>

namespace opieka {

// The cases a worker reaches on a day (the ground of the per-role permissions):
// - the families and foster families the worker works with (a caseload assignment or a team
//   link in force that day);
// - the same of every colleague of the worker's unit (dział, zespół), who stand in for each
//   other;
// - for foster-care coordinators, the biological families of the children placed that day in
//   the foster families they (or their unit) coordinate.
// A worker without a unit reaches only their own cases.
class CaseReachQuery : public Repository
{
public:
    using Repository::Repository;

    Result<bool> reachesFamily(qint64 workerId, qint64 familyId, const QDate& day);
    Result<bool> reachesFosterFamily(qint64 workerId, qint64 fosterFamilyId, const QDate& day);
    // Which of `familyIds` the worker reaches on the day, in one query (a list's page asks for
    // its rows at once rather than row by row).
    Result<QSet<qint64>> reachedFamilies(qint64 workerId, const QList<qint64>& familyIds,
                                         const QDate& day);

    // "<idColumn> IN (...)" for a list query of families, its values appended to `values` in
    // order.
    static QString familyCondition(const QString& idColumn, qint64 workerId, const QDate& day,
                                   QList<QVariant>& values);
    // The same for a list of foster families.
    static QString fosterFamilyCondition(const QString& idColumn, qint64 workerId, const QDate& day,
                                         QList<QVariant>& values);
};

} // namespace opieka
