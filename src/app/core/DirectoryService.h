#pragma once

#include "Family.h"
#include "FamilyQuery.h"
#include "Result.h"
#include "Session.h"
#include "User.h"
#include "Worker.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace opieka {

class Database;

// Read-only look-ups for lists and pickers (families, foster families, workers). Pages, never
// whole tables, for anything that grows with the number of cases.
class DirectoryService
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryService)

public:
    explicit DirectoryService(const Session& session)
        : m_database(session.database())
        , m_actor(session.actor())
    {}

    // Lists and look-ups of cases show only what the actor may see (CaseAccess): a worker's own
    // and unit's cases, everything for a manager, nothing for an administrator.
    Result<QList<Family>> families(const FamilyQuery& query);
    // A page and whether more follow: what the list reads at each keystroke.
    Result<FamilyPage> familyPage(const FamilyQuery& query);
    // Every match counted (a pass over all of them): only when a person asks for the number.
    Result<int> familyCount(const FamilyQuery& query);
    Result<std::optional<Family>> family(qint64 id);
    // When `searchText` is exactly a case number the actor may not open (the list found nothing),
    // a hint that says so and whom to ask, and nothing more about the case: no name, worker or
    // unit (CaseAccess's refusals name a case by its number only). The look-up is audited, as
    // an opening from outside the team is. Empty otherwise: no such case, or one the actor reads.
    Result<QString> caseOutsideReach(const QString& searchText);
    Result<std::optional<FosterFamily>> fosterFamily(qint64 id);
    Result<QList<Worker>> workers();
    Result<std::optional<Worker>> worker(qint64 id);

private:
    Database& m_database;
    User m_actor; // the signed-in account every read and change is checked for
};

} // namespace opieka
