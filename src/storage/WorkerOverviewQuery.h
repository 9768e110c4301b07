#pragma once

#include "Family.h"
#include "Repository.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace opieka {

// A worker's open families on a day with their last contact and the latest agreed next step.
struct WorkerFamilyOverview
{
    Family family;
    std::optional<QDate> lastContact;
    QString nextStep;
    std::optional<QDate> nextStepDue;
};

// One query for a worker's start page (no query per family).
class WorkerOverviewQuery : public Repository
{
public:
    using Repository::Repository;

    Result<QList<WorkerFamilyOverview>> families(qint64 workerId, const QDate& day);
};

} // namespace opieka
