#pragma once

#include "Assignment.h"
#include "Repository.h"
#include "Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <functional>
#include <optional>

namespace opieka {

// A worker's counted cases on a day, and those of them carried beyond the limit (overrides).
struct CaseCounts
{
    int cases = 0;
    int overrides = 0;
};

// Assignments of workers to cases (przydział), with exclusive end dates.
class AssignmentRepository : public Repository
{
public:
    using Repository::Repository;

    Result<qint64> insert(const Assignment& assignment);
    Status end(qint64 assignmentId, const QDate& to);

    // The worker's assignment to the case that is running on `day` (started on or before it).
    Result<std::optional<Assignment>> runningOn(qint64 workerId, const CaseRef& caseRef,
                                                const QDate& day);
    // Whether the worker already has the case for any day of [from, to).
    Result<bool> overlaps(qint64 workerId, const CaseRef& caseRef, const QDate& from,
                          const std::optional<QDate>& to);
    // The worker's assignments with their cases' open periods: what the engine counts.
    Result<QList<CountedAssignment>> countedForWorker(qint64 workerId);
    // Cases counted per worker on a day: assignment running and case open (one aggregate query),
    // and how many of them were assigned beyond the limit with a manager's reason.
    Result<QHash<qint64, CaseCounts>> countsOn(const QDate& day);
    // The same for one worker (the worker's desk: no pass over everyone's assignments).
    Result<CaseCounts> countOn(const QDate& day, qint64 workerId);
    // Every assignment of one worker, past and present (through the worker's index).
    Result<QList<Assignment>> forWorker(qint64 workerId);
    Result<QList<Assignment>> forCase(const CaseRef& caseRef);
    Status forEach(const std::function<bool(const Assignment&)>& visit);

private:
    Result<QHash<qint64, CaseCounts>> countsOn(const QDate& day, std::optional<qint64> workerId);
    // The assignments matching `condition` (SQL after WHERE, one value bound: `id`).
    Result<QList<Assignment>> listWhere(const QString& condition, qint64 id);
};

} // namespace opieka
