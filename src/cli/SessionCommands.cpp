// opieka-cli login / logout (issue 24): a command-line session, so that a script of ten commands
// pays for the password's Argon2id once, and how the other commands resume it.
#include "Cli.h"
#include "CliSessionService.h"
#include "SessionFile.h"

#include <QLocale>
#include <unistd.h>

namespace opieka::cli {

Result<std::optional<User>> Context::resumeSession(Workspace& workspace) const
{
    const QString path = SessionFile::pathFor(databasePath);
    auto token = SessionFile::read(path, ::geteuid());
    if (!token)
        return token.error();
    if (!*token)
        return std::optional<User>();
    auto user = CliSessionService(workspace.database()).resume(**token, ::geteuid());
    token->value().fill('\0');
    if (!login.isEmpty() && (!user || user->login != login))
        return std::optional<User>(); // --user names another account: it signs in itself
    if (!user)
        return user.error();
    return std::optional<User>(*user);
}

int runLogin(Context& c)
{
    if (!c.argumentsOk(QStringLiteral("login")))
        return c.usage(QStringLiteral("login"));
    auto workspace = c.openForSetUp(Workspace::OpenMode::MustExist);
    if (!workspace)
        return c.fail(workspace.error());
    auto user = c.signInWithPassword(**workspace);
    if (!user)
        return c.fail(user.error());
    CliSessionService sessions((*workspace)->database());
    const QString path = SessionFile::pathFor(c.databasePath);
    // A session kept before for this database ends: one session file, one live session.
    if (auto previous = SessionFile::read(path, ::geteuid()); previous && *previous) {
        auto closed = sessions.close(**previous);
        previous->value().fill('\0');
        if (!closed)
            return c.fail(closed.error());
    }
    auto made = sessions.open(*user, ::geteuid());
    if (!made)
        return c.fail(made.error());
    Status kept = SessionFile::write(path, made->token);
    made->token.fill('\0');
    if (!kept)
        return c.fail(kept.error());
    c.out << Cli::tr("Signed in as '%1' until %2. Commands against %3 need no password until "
                     "then; 'opieka-cli logout' ends the session.")
                 .arg(user->login,
                      QLocale().toString(made->expiresAt.toLocalTime(), QLocale::ShortFormat),
                      c.databasePath)
          << Qt::endl;
    return Done;
}

int runLogout(Context& c)
{
    if (!c.argumentsOk(QStringLiteral("logout")))
        return c.usage(QStringLiteral("logout"));
    const QString path = SessionFile::pathFor(c.databasePath);
    auto token = SessionFile::read(path, ::geteuid());
    if (token && !*token) {
        c.out << Cli::tr("No command-line session is kept for %1.").arg(c.databasePath) << Qt::endl;
        return Done;
    }
    if (!token) {
        // A file not to be trusted is not read; it goes, and the session it may hold expires.
        SessionFile::remove(path);
        c.err << token.error().message << Qt::endl;
        c.out << Cli::tr("The session file was removed.") << Qt::endl;
        return Done;
    }
    auto workspace = c.openForSetUp(Workspace::OpenMode::MustExist);
    if (!workspace) {
        token->value().fill('\0');
        return c.fail(workspace.error());
    }
    auto closed = CliSessionService((*workspace)->database()).close(**token);
    token->value().fill('\0');
    // The file goes whether or not the database still knew the session (expired, ended).
    SessionFile::remove(path);
    if (!closed)
        return c.fail(closed.error());
    c.out << Cli::tr("Signed out: the command-line session for %1 is ended.").arg(c.databasePath)
          << Qt::endl;
    return Done;
}

} // namespace opieka::cli
