#pragma once

#include "Repository.h"
#include "Result.h"
#include "WorkPlan.h"

#include <QList>
#include <optional>

namespace opieka {

// Work plans with their goals and actions (plany pracy z rodziną).
class WorkPlanRepository : public Repository
{
public:
    using Repository::Repository;

    // Inserts the plan and its goals and actions; returns the plan id (ids are filled in `plan`).
    Result<qint64> insert(WorkPlan& plan);
    // Replaces the goals and actions of a plan (drafts only: the service checks).
    Status replaceContent(WorkPlan& plan);
    // The plan's own fields (status, dates, participation).
    Status updateHeader(const WorkPlan& plan);
    Status updateAction(const PlanAction& action);
    // The day the family signed the plan version (a signed plan attached).
    Status setFamilySignedOn(qint64 planId, const QDate& on);
    Result<std::optional<WorkPlan>> find(qint64 planId);
    // The plan that holds an action.
    Result<std::optional<qint64>> planOfAction(qint64 actionId);
    // Every version, oldest first, with goals and actions.
    Result<QList<WorkPlan>> forFamily(qint64 familyId);

private:
    Status loadContent(WorkPlan& plan);
};

} // namespace opieka
