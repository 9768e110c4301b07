#pragma once

#include "Result.h"
#include "User.h"

#include <QCoreApplication>
#include <optional>

class QWidget;

namespace opieka {
class Workspace;
}

namespace opieka::ui {

// Who works in the window. On a database without an administrator, asks for one (first run);
// when any account has a password, asks who signs in; a database whose accounts have no
// passwords yet (an older one, the demo) opens as its first manager (else its administrator).
// Without `interactive` (tools/screenshots, tests) nothing is asked: an administrator is
// created when missing, and a database whose accounts have passwords is refused.
class SessionGate
{
    Q_DECLARE_TR_FUNCTIONS(SessionGate)

public:
    // The signed-in account; nullopt when the person cancelled (the error is then empty).
    // `offerRemembered`: the sign-in dialog starts with the login remembered on this computer
    // (if any); Switch user passes false, another person signs in.
    static Result<std::optional<User>> begin(Workspace& workspace, QWidget* parent,
                                             bool interactive, bool offerRemembered = true);
};

} // namespace opieka::ui
