// user add|disable|password|list: accounts (administrators only); user pending|confirm: four eyes
// on managers' accounts (managers).
#include "AccountService.h"
#include "Cli.h"
#include "Secrets.h"

#include <QJsonObject>

namespace opieka::cli {
namespace {
// The new password from OPIEKA_NEW_PASSWORD or typed twice at the terminal.
std::optional<QByteArray> newPassword(Context& c, const QString& login)
{
    auto password =
        secretFrom(c.err, {"OPIEKA_NEW_PASSWORD", Cli::tr("New password for '%1': ").arg(login),
                           Cli::tr("The same password again: ")});
    if (!password && !canPrompt())
        c.err << Cli::tr("No new password: set OPIEKA_NEW_PASSWORD or run the command in a "
                         "terminal to type it.")
              << Qt::endl;
    return password;
}

void printAwaiting(Context& c, const QString& login)
{
    c.out << Cli::tr("'%1' awaits another manager's confirmation (opieka-cli user confirm %1) "
                     "before it reaches any case.")
                 .arg(login)
          << Qt::endl;
}

int addUser(Context& c)
{
    const auto login = c.args.positional();
    const auto roleText = c.args.option(QStringLiteral("--role"));
    const auto worker = c.args.idOption(QStringLiteral("--worker"), false);
    std::optional<Role> role;
    if (!login)
        c.args.addError(Cli::tr("Give the new account's login."));
    if (!roleText)
        c.args.addError(Cli::tr("--role ROLE is required."));
    else if (role = parseRole(*roleText); !role)
        c.args.addError(Cli::tr("--role takes social_worker, family_assistant, "
                                "foster_care_coordinator, manager or administrator, not '%1'.")
                            .arg(*roleText));
    auto session = c.start(QStringLiteral("user add"), Capability::ManageUsers);
    if (!session)
        return session.exitCode();
    auto password = newPassword(c, *login);
    if (!password)
        return BadInput;
    NewAccount account{*login, *role, worker, *password};
    auto user = AccountService(session->signedIn()).addAccount(account);
    password->fill('\0');
    account.password.fill('\0');
    if (!user)
        return c.fail(user.error());
    c.out << Cli::tr("Account '%1' added (%2).").arg(user->login, roleLabel(user->role))
          << Qt::endl;
    if (user->awaitingConfirmation)
        printAwaiting(c, user->login);
    return Done;
}

int disableUser(Context& c)
{
    const auto login = c.args.positional(Cli::tr("Give the login of the account to disable."));
    auto session = c.start(QStringLiteral("user disable"));
    if (!session)
        return session.exitCode();
    if (Status s = AccountService(session->signedIn()).disable(*login); !s)
        return c.fail(s.error());
    c.out << Cli::tr("Account '%1' disabled; it can no longer sign in.").arg(*login) << Qt::endl;
    return Done;
}

int changePassword(Context& c)
{
    const auto login = c.args.positional(Cli::tr("Give the login whose password to set."));
    auto session = c.start(QStringLiteral("user password"));
    if (!session)
        return session.exitCode();
    auto password = newPassword(c, *login);
    if (!password)
        return BadInput;
    const Status s = AccountService(session->signedIn()).setPassword(*login, *password);
    password->fill('\0');
    if (!s)
        return c.fail(s.error());
    c.out << Cli::tr("Password of '%1' set.").arg(*login) << Qt::endl;
    if (*login != session->actor.login) {
        auto accounts = AccountService(session->signedIn()).awaitingConfirmation();
        if (accounts)
            for (const PendingConfirmation& p : *accounts)
                if (p.user.login == *login)
                    printAwaiting(c, *login);
    }
    return Done;
}

int listUsers(Context& c)
{
    const QString format = formatArgument(c);
    auto session = c.start(QStringLiteral("user list"));
    if (!session)
        return session.exitCode();
    auto accounts = AccountService(session->signedIn()).accounts();
    if (!accounts)
        return c.fail(accounts.error());
    Listing list{{QStringLiteral("login"), QStringLiteral("role"), QStringLiteral("worker_id"),
                  QStringLiteral("active"), QStringLiteral("password"),
                  QStringLiteral("failed_sign_ins")}};
    const QStringList& header = list.header;
    for (const AccountInfo& a : *accounts) {
        list.add(
            QStringList{a.user.login, roleName(a.user.role),
                        a.user.workerId ? QString::number(*a.user.workerId) : QString(),
                        a.user.active ? QStringLiteral("yes") : QStringLiteral("no"),
                        a.hasPassword ? QStringLiteral("set") : QStringLiteral("none"),
                        QString::number(a.failedSignIns)},
            QJsonObject{{header[0], a.user.login},
                        {header[1], roleName(a.user.role)},
                        {header[2], a.user.workerId ? QJsonValue(*a.user.workerId) : QJsonValue()},
                        {header[3], a.user.active},
                        {header[4], a.hasPassword},
                        {header[5], a.failedSignIns}});
    }
    return printList(c, format, list);
}

// The manager accounts waiting for a manager's confirmation.
int pendingUsers(Context& c)
{
    const QString format = formatArgument(c);
    auto session = c.start(QStringLiteral("user pending"));
    if (!session)
        return session.exitCode();
    auto pending = AccountService(session->signedIn()).awaitingConfirmation();
    if (!pending)
        return c.fail(pending.error());
    Listing list{{QStringLiteral("login"), QStringLiteral("role"), QStringLiteral("reason"),
                  QStringLiteral("since"), QStringLiteral("by")}};
    for (const PendingConfirmation& p : *pending)
        list.add({p.user.login, roleName(p.user.role), p.reason,
                  p.since.toUTC().toString(Qt::ISODate), p.requestedBy});
    return printList(c, format, list);
}

int confirmUser(Context& c)
{
    const auto login =
        c.args.positional(Cli::tr("Give the login of the manager's account to confirm."));
    auto session = c.start(QStringLiteral("user confirm"));
    if (!session)
        return session.exitCode();
    if (Status s = AccountService(session->signedIn()).confirmManager(*login); !s)
        return c.fail(s.error());
    c.out << Cli::tr("Account '%1' confirmed; it reaches the cases from its next sign-in.")
                 .arg(*login)
          << Qt::endl;
    return Done;
}
} // namespace

int runUser(Context& c)
{
    return runAction(c, QStringLiteral("user"),
                     {{QLatin1String("add"), addUser},
                      {QLatin1String("disable"), disableUser},
                      {QLatin1String("password"), changePassword},
                      {QLatin1String("list"), listUsers},
                      {QLatin1String("pending"), pendingUsers},
                      {QLatin1String("confirm"), confirmUser}},
                     Cli::tr("'user %1' is not a command; use 'user add', 'user disable', "
                             "'user password', 'user list', 'user pending' or 'user "
                             "confirm'."),
                     Cli::tr("Use 'user add', 'user disable', 'user password', 'user "
                             "list', 'user pending' or 'user confirm'."));
}

} // namespace opieka::cli
