#pragma once

#include "Result.h"
#include "User.h"

#include <QCoreApplication>

namespace opieka {

// Who may do what. The services ask here; the GUI only hides what the services would refuse.
// The rules about one case (whose family, whose foster family) are in CaseAccess; these are the
// rules by role alone.
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    static Status mayOverrideLimit(const User& actor);
    static Status mayChangeRules(const User& actor);
    static Status mayCreateFamily(const User& actor);         // social workers and managers
    static Status mayRegisterFosterFamily(const User& actor); // coordinators and managers
    static Status mayAssignWorkers(const User& actor);        // managers
    static Status mayImport(const User& actor); // managers and administrators (setting up)
    // Adding and changing workers (name, role, unit, FTE, end of employment): who may import
    // workers may manage them.
    static Status mayManageWorkers(const User& actor); // managers and administrators
    static Status mayReadReports(const User& actor);   // managers and administrators
    static Status mayExport(const User& actor);        // managers
    static Status mayReadDeadlines(const User& actor); // every worker's case deadlines: managers
    // The families behind a report's figure (names and case numbers of any worker's cases).
    static Status mayListCasesBehind(const User& actor); // managers
    // A worker's start page (their families, deadlines): the worker's own, or a manager.
    static Status mayViewWorkerDesk(const User& actor, qint64 workerId);
    static Status mayManageUsers(const User& actor);       // administrators only
    static Status mayErasePersonalData(const User& actor); // managers and administrators
    static Status mayReadAudit(const User& actor);         // managers
    static Status mayBackUp(const User& actor);            // managers and administrators
};

} // namespace opieka
