// user add|disable|password|list: accounts (administrators only); user pending|confirm: four eyes
// on managers' accounts (managers).
#include "AccountService.h"
#include "Cli.h"
#include "Csv.h"
#include "Secrets.h"
#include "TextTable.h"

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
    if (!c.argumentsOk(QStringLiteral("user add")))
        return c.usage(QStringLiteral("user"));
    auto session = c.session(Workspace::OpenMode::MustExist);
    if (!session)
        return c.fail(session.error());
    if (Status allowed = session->may(Capability::ManageUsers); !allowed)
        return c.fail(allowed.error());
    auto password = newPassword(c, *login);
    if (!password)
        return BadInput;
    NewAccount account{*login, *role, worker, *password};
    auto user = AccountService(session->database()).addAccount(session->actor, account);
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
    const auto login = c.args.positional();
    if (!login)
        c.args.addError(Cli::tr("Give the login of the account to disable."));
    if (!c.argumentsOk(QStringLiteral("user disable")))
        return c.usage(QStringLiteral("user"));
    auto session = c.session(Workspace::OpenMode::MustExist);
    if (!session)
        return c.fail(session.error());
    if (Status s = AccountService(session->database()).disable(session->actor, *login); !s)
        return c.fail(s.error());
    c.out << Cli::tr("Account '%1' disabled; it can no longer sign in.").arg(*login) << Qt::endl;
    return Done;
}

int changePassword(Context& c)
{
    const auto login = c.args.positional();
    if (!login)
        c.args.addError(Cli::tr("Give the login whose password to set."));
    if (!c.argumentsOk(QStringLiteral("user password")))
        return c.usage(QStringLiteral("user"));
    auto session = c.session(Workspace::OpenMode::MustExist);
    if (!session)
        return c.fail(session.error());
    auto password = newPassword(c, *login);
    if (!password)
        return BadInput;
    const Status s =
        AccountService(session->database()).setPassword(session->actor, *login, *password);
    password->fill('\0');
    if (!s)
        return c.fail(s.error());
    c.out << Cli::tr("Password of '%1' set.").arg(*login) << Qt::endl;
    if (*login != session->actor.login) {
        auto accounts = AccountService(session->database()).awaitingConfirmation(session->actor);
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
    if (!c.argumentsOk(QStringLiteral("user list")))
        return c.usage(QStringLiteral("user"));
    auto session = c.session(Workspace::OpenMode::MustExist);
    if (!session)
        return c.fail(session.error());
    auto accounts = AccountService(session->database()).accounts(session->actor);
    if (!accounts)
        return c.fail(accounts.error());
    const QStringList header{QStringLiteral("login"),     QStringLiteral("role"),
                             QStringLiteral("worker_id"), QStringLiteral("active"),
                             QStringLiteral("password"),  QStringLiteral("failed_sign_ins")};
    QList<QStringList> rows;
    QJsonArray json;
    for (const AccountInfo& a : *accounts) {
        rows << QStringList{a.user.login,
                            roleName(a.user.role),
                            a.user.workerId ? QString::number(*a.user.workerId) : QString(),
                            a.user.active ? QStringLiteral("yes") : QStringLiteral("no"),
                            a.hasPassword ? QStringLiteral("set") : QStringLiteral("none"),
                            QString::number(a.failedSignIns)};
        json.append(
            QJsonObject{{header[0], a.user.login},
                        {header[1], roleName(a.user.role)},
                        {header[2], a.user.workerId ? QJsonValue(*a.user.workerId) : QJsonValue()},
                        {header[3], a.user.active},
                        {header[4], a.hasPassword},
                        {header[5], a.failedSignIns}});
    }
    return printList(c, format, header, rows, json);
}

// The manager accounts waiting for a manager's confirmation.
int pendingUsers(Context& c)
{
    const QString format = formatArgument(c);
    if (!c.argumentsOk(QStringLiteral("user pending")))
        return c.usage(QStringLiteral("user"));
    auto session = c.session(Workspace::OpenMode::MustExist);
    if (!session)
        return c.fail(session.error());
    auto pending = AccountService(session->database()).awaitingConfirmation(session->actor);
    if (!pending)
        return c.fail(pending.error());
    const QStringList header{QStringLiteral("login"), QStringLiteral("role"),
                             QStringLiteral("reason"), QStringLiteral("since"),
                             QStringLiteral("by")};
    QList<QStringList> rows;
    QJsonArray json;
    for (const PendingConfirmation& p : *pending) {
        rows << QStringList{p.user.login, roleName(p.user.role), p.reason,
                            p.since.toUTC().toString(Qt::ISODate), p.requestedBy};
        QJsonObject o;
        for (int i = 0; i < header.size(); ++i)
            o.insert(header[i], rows.last()[i]);
        json.append(o);
    }
    return printList(c, format, header, rows, json);
}

int confirmUser(Context& c)
{
    const auto login = c.args.positional();
    if (!login)
        c.args.addError(Cli::tr("Give the login of the manager's account to confirm."));
    if (!c.argumentsOk(QStringLiteral("user confirm")))
        return c.usage(QStringLiteral("user"));
    auto session = c.session(Workspace::OpenMode::MustExist);
    if (!session)
        return c.fail(session.error());
    if (Status s = AccountService(session->database()).confirmManager(session->actor, *login); !s)
        return c.fail(s.error());
    c.out << Cli::tr("Account '%1' confirmed; it reaches the cases from its next sign-in.")
                 .arg(*login)
          << Qt::endl;
    return Done;
}
} // namespace

int printList(Context& c, const QString& format, const QStringList& header,
              const QList<QStringList>& rows, const QJsonArray& json)
{
    if (format == QLatin1String("json")) {
        printJson(c, json);
    } else if (format == QLatin1String("csv")) {
        QByteArray csv = Csv::line(header);
        for (const QStringList& row : rows)
            csv += Csv::line(row);
        c.out << QString::fromUtf8(csv);
    } else {
        TextTable text(header);
        for (const QStringList& row : rows)
            text.addRow(row);
        c.out << text.render();
    }
    return Done;
}

int runUser(Context& c)
{
    const auto action = c.args.positional();
    if (action == QLatin1String("add"))
        return addUser(c);
    if (action == QLatin1String("disable"))
        return disableUser(c);
    if (action == QLatin1String("password"))
        return changePassword(c);
    if (action == QLatin1String("list"))
        return listUsers(c);
    if (action == QLatin1String("pending"))
        return pendingUsers(c);
    if (action == QLatin1String("confirm"))
        return confirmUser(c);
    c.args.addError(action ? Cli::tr("'user %1' is not a command; use 'user add', 'user disable', "
                                     "'user password', 'user list', 'user pending' or 'user "
                                     "confirm'.")
                                 .arg(*action)
                           : Cli::tr("Use 'user add', 'user disable', 'user password', 'user "
                                     "list', 'user pending' or 'user confirm'."));
    return c.usage(QStringLiteral("user"));
}

} // namespace opieka::cli
