#include "SessionGate.h"

#include "AppSettings.h"
#include "CentreSetupWizard.h"
#include "FieldCopy.h"
#include "FirstRunDialog.h"
#include "Logging.h"
#include "SignInDialog.h"
#include "SignInService.h"
#include "Workspace.h"

namespace opieka::ui {

Result<std::optional<User>> SessionGate::begin(Workspace& workspace, QWidget* parent,
                                               bool interactive, bool offerRemembered)
{
    auto hasAdmin = workspace.hasAdministrator();
    if (!hasAdmin)
        return hasAdmin.error();
    // A field copy holds only its worker's account (issue 23): she signs in, nothing is set up.
    if (!*hasAdmin && !FieldCopy::isFieldCopy(workspace.database())) {
        if (!interactive) {
            if (auto admin = workspace.ensureAdministrator(QStringLiteral("admin")); !admin)
                return admin.error();
        } else {
            FirstRunDialog first(workspace, parent);
            if (first.exec() != QDialog::Accepted)
                return std::optional<User>();
            CentreSetupWizard::run(Session(workspace.database(), first.administrator()), parent);
            return std::optional<User>(first.administrator());
        }
    }
    auto protectedAccounts = SignInService(workspace.database()).anyPasswordSet();
    if (!protectedAccounts)
        return protectedAccounts.error();
    if (!*protectedAccounts) {
        auto user = workspace.unprotectedSessionUser();
        if (!user)
            return user.error();
        return std::optional<User>(*user);
    }
    if (!interactive)
        return refused(tr("The accounts of this database have passwords: sign in is needed."));
    SignInDialog signIn(workspace, offerRemembered ? AppSettings::rememberedLogin() : QString(),
                        parent);
    if (signIn.exec() != QDialog::Accepted)
        return std::optional<User>();
    // Kept only when asked for; unticking the box forgets what was kept.
    AppSettings::setRememberedLogin(signIn.rememberLogin() ? signIn.user().login : QString());
    logging::get("ui")->info("account {} signed in", signIn.user().id);
    return std::optional<User>(signIn.user());
}

} // namespace opieka::ui
