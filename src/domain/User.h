#pragma once

#include "Role.h"

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
};

} // namespace opieka
