#pragma once

#include "Role.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace opieka {

// An account that acts in the system; the audit names it.
struct User
{
    qint64 id = 0;
    QString login;
    Role role = Role::Administrator;
    std::optional<qint64> workerId;
    bool active = true;
    // A manager account an administrator created or gave a new password, not yet confirmed by
    // another manager (issue 18, four eyes): it signs in but reaches no case and may do nothing
    // a role allows (AccountService::confirmManager).
    bool awaitingConfirmation = false;
};

// A manager account waiting for another manager's confirmation, with why and since when.
struct PendingConfirmation
{
    User user;
    QString reason;      // "created", "password_reset"
    QDateTime since;     // UTC
    QString requestedBy; // the login of the account that made the change
};

} // namespace opieka
