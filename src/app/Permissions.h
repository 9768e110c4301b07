#pragma once

#include "Result.h"
#include "User.h"

#include <QCoreApplication>

namespace opieka {

// Who may do what. The services ask here; the GUI only hides what the services would refuse.
// Until per-role permissions arrive (issue 7) the administrator holds a manager's powers.
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    static Status mayOverrideLimit(const User& actor);
    static Status mayChangeRules(const User& actor);
    static Status mayChangeCases(const User& actor);
    static Status mayManageUsers(const User& actor);       // administrators only
    static Status mayErasePersonalData(const User& actor); // managers and administrators
    static Status mayReadAudit(const User& actor);         // managers
    static Status mayBackUp(const User& actor);            // managers and administrators
};

} // namespace opieka
