#pragma once

#include "CaseKind.h"
#include "CountedCase.h"
#include "Repository.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace opieka {

// The cases behind the caseload report's figures: the same counting rule as
// AssignmentRepository::countsOn (assignment running and case open on the day).
class CaseloadDetailQuery : public Repository
{
public:
    using Repository::Repository;

    // The cases counted on `day` for the given workers (all workers when the list is empty),
    // by worker, then case name.
    Result<QList<CountedCase>> casesOn(const QDate& day, const QList<qint64>& workerIds = {});
    // Counted cases that were assigned beyond the limit with a manager's reason.
    Result<QList<CountedCase>> overridesOn(const QDate& day);
    // Workers who count at least one case in the municipality on the day.
    Result<QSet<qint64>> workersServing(const QString& municipality, const QDate& day);
    Result<QStringList> units();
    Result<QStringList> municipalities();

private:
    Result<QList<CountedCase>> select(const QString& condition, const QList<QVariant>& values);
};

} // namespace opieka
