#include "SocialWorkerDeskService.h"

#include "Permissions.h"
#include "WorkerOverviewQuery.h"

#include <algorithm>

namespace opieka {

Result<QList<MyCaseloadRow>> SocialWorkerDeskService::forWorker(qint64 workerId, const QDate& today)
{
    OPIEKA_TRY(Permissions::mayViewWorkerDesk(m_actor, workerId));
    auto overview = WorkerOverviewQuery(m_database).families(workerId, today);
    if (!overview)
        return overview.error();
    QList<MyCaseloadRow> rows;
    for (const WorkerFamilyOverview& o : *overview) {
        MyCaseloadRow row;
        row.family = o.family;
        row.lastContact = o.lastContact;
        if (o.lastContact)
            row.daysSinceContact = static_cast<int>(o.lastContact->daysTo(today));
        row.nextStep = o.nextStep;
        row.nextStepDue = o.nextStepDue;
        row.overdue = o.nextStepDue && *o.nextStepDue < today;
        rows << row;
    }
    // Overdue first (the longest overdue on top), then by due date, then those with no step,
    // the longest without contact first.
    std::stable_sort(rows.begin(), rows.end(), [](const MyCaseloadRow& a, const MyCaseloadRow& b) {
        if (a.overdue != b.overdue)
            return a.overdue;
        if (a.nextStepDue.has_value() != b.nextStepDue.has_value())
            return a.nextStepDue.has_value();
        if (a.nextStepDue && b.nextStepDue && *a.nextStepDue != *b.nextStepDue)
            return *a.nextStepDue < *b.nextStepDue;
        return a.daysSinceContact.value_or(1 << 30) > b.daysSinceContact.value_or(1 << 30);
    });
    return rows;
}

} // namespace opieka
