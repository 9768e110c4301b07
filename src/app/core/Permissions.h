#pragma once

#include "DataSet.h"
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
    // Household members and placements are the people of the cases (names, PESEL numbers): only an
    // account that reaches every case imports them (managers), so that an import's answer ("this
    // PESEL is already recorded in family 12") tells nothing to one that may not read the case.
    // The other data sets: as mayImport(actor).
    static Status mayImport(const User& actor, DataSet set);
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
    // The register's likely duplicates: names and birth dates of every case (issue 21).
    static Status mayListDuplicates(const User& actor); // managers
    // Merging two records of one person or one family into one (issue 21 part 4).
    static Status mayMergeDuplicates(const User& actor); // managers
    static Status mayBackUp(const User& actor);          // managers and administrators
    // Exchanging packages with partner centres (issue 22): managers, and the workers of a case
    // (social workers, family assistants); whether the family is the worker's own case is
    // CaseAccess's rule. This is also who may list the partner centres and unlock the centre's
    // keys (CentreService).
    static Status mayExchange(const User& actor);
    // Four eyes (issue 18): a manager account an administrator created or gave a password waits
    // for another manager's confirmation; every rule here refuses it meanwhile, with this text.
    static Status awaitingConfirmation(const User& actor);
    static Status mayConfirmManagers(const User& actor); // confirmed managers
};

} // namespace opieka
