#pragma once

#include "Repository.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace opieka {

// A social worker's open family with the due date of its latest agreed next step.
struct NextStepDue
{
    qint64 workerId = 0;
    qint64 familyId = 0;
    QString familyName;
    std::optional<QDate> lastContact;
    QDate due;
};

// The deadlines of every worker at once (issue 24, fourth round): one statement per kind where
// the desks ask one per worker. Read through contacts_next_step (migration 022).
class DeadlineQuery : public Repository
{
public:
    using Repository::Repository;

    // Each active social worker's families open on `day` whose latest next step is due by
    // `horizon`, by worker and family (the same families and steps as WorkerOverviewQuery).
    Result<QList<NextStepDue>> nextStepsDue(const QDate& day, const QDate& horizon);
    // How many of those are due before `day` (overdue).
    Result<int> nextStepsOverdue(const QDate& day);
};

} // namespace opieka
