#include "AssistantDeskService.h"

#include "AssessmentService.h"
#include "DeskPage.h"
#include "Permissions.h"
#include "SettingsService.h"
#include "WorkPlanRepository.h"
#include "WorkerOverviewQuery.h"

#include <algorithm>

namespace opieka {
namespace {
int urgency(const AssistantFamilyRow& r)
{
    return (r.assessmentOverdue ? 8 : 0) + (r.actionsOverdue > 0 ? 4 : 0) +
           (r.assessmentDueSoon ? 2 : 0) + (r.actionsDueThisWeek > 0 ? 1 : 0);
}
} // namespace

Result<AssistantStartPage> AssistantDeskService::forWorker(qint64 workerId, const QDate& today)
{
    auto page = openDeskPage<AssistantStartPage>(m_database, m_actor, workerId, today);
    if (!page)
        return page;
    auto families = familyRows(workerId, today);
    if (!families)
        return families.error();
    page->families = *families;
    return page;
}

Result<QList<AssistantFamilyRow>> AssistantDeskService::familiesOf(qint64 workerId,
                                                                   const QDate& today)
{
    OPIEKA_TRY(Permissions::mayViewWorkerDesk(m_actor, workerId));
    return familyRows(workerId, today);
}

Result<QList<AssistantFamilyRow>> AssistantDeskService::familyRows(qint64 workerId,
                                                                   const QDate& today)
{
    QList<AssistantFamilyRow> rows;
    auto families = WorkerOverviewQuery(m_database).families(workerId, today);
    if (!families)
        return families.error();
    WorkPlanRepository plans(m_database);
    AssessmentService assessments(Session(m_database, m_actor));
    auto interval = SettingsService(Session(m_database, m_actor)).assessmentIntervalMonths();
    if (!interval)
        return interval.error();
    for (const WorkerFamilyOverview& o : *families) {
        AssistantFamilyRow row;
        row.family = o.family;
        auto versions = plans.forFamily(o.family.id);
        if (!versions)
            return versions.error();
        if (!versions->isEmpty()) {
            const WorkPlan& latest = versions->last();
            row.planVersion = latest.version;
            row.planStatus = latest.status;
            // Actions are tracked on the latest agreed version (a draft successor is not yet in
            // force).
            const WorkPlan* inForce = nullptr;
            for (const WorkPlan& p : *versions)
                if (p.status != PlanStatus::Draft)
                    inForce = &p;
            if (inForce && inForce->status == PlanStatus::Agreed)
                for (const PlanGoal& g : inForce->goals)
                    for (const PlanAction& a : g.actions) {
                        if (a.status == ActionStatus::Done || a.status == ActionStatus::Abandoned ||
                            !a.deadline)
                            continue;
                        if (*a.deadline < today)
                            ++row.actionsOverdue;
                        else if (today.daysTo(*a.deadline) <= 7)
                            ++row.actionsDueThisWeek;
                    }
        }
        auto schedule = assessments.schedule(o.family.id, today, *interval);
        if (!schedule)
            return schedule.error();
        row.assessmentDue = schedule->nextDue;
        row.assessmentOverdue = schedule->overdue;
        row.assessmentDueSoon = schedule->dueSoon;
        rows << row;
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const AssistantFamilyRow& a, const AssistantFamilyRow& b) {
                         return urgency(a) > urgency(b);
                     });
    return rows;
}

} // namespace opieka
