#pragma once

#include "CaseloadService.h"
#include "Permissions.h"

namespace opieka {

// A worker's start page (a Page with its `capacity`) as it opens: refused unless the actor may
// see the worker's desk (Permissions::mayViewWorkerDesk), then with the worker against their
// limit on `today`.
template <typename Page>
Result<Page> openDeskPage(Database& database, const User& actor, qint64 workerId,
                          const QDate& today)
{
    OPIEKA_TRY(Permissions::mayViewWorkerDesk(actor, workerId));
    auto capacity = CaseloadService(Session(database, actor)).workerCaseload(workerId, today);
    if (!capacity)
        return capacity.error();
    Page page;
    page.capacity = *capacity;
    return page;
}

} // namespace opieka
