#pragma once

#include "User.h"

#include <optional>

namespace opieka::ui {

// Whose start page a desk tab shows: a worker's own, fixed; for a manager, any worker picked
// from a list (the services refuse other workers' pages to everyone but managers).
inline std::optional<qint64> deskOwner(const User& actor)
{
    if (actor.role == Role::Manager)
        return std::nullopt;
    return actor.workerId;
}

} // namespace opieka::ui
