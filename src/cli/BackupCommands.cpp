// backup and restore: encrypted copies of the database (docs/data-protection.md).
#include "BackupService.h"
#include "Cli.h"

#include <QLocale>
#include <algorithm>
#include <functional>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace opieka::cli {
namespace {

const char* const passphraseVariable = "OPIEKA_BACKUP_PASSPHRASE";

// One line typed at the terminal with the echo off.
QByteArray typedSecret(Context& c, const QString& prompt)
{
    c.err << prompt;
    c.err.flush();
    termios saved{};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    c.err << Qt::endl;
    QByteArray secret(line.data(), static_cast<qsizetype>(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return secret;
}

// From OPIEKA_BACKUP_PASSPHRASE, or typed (twice for a new backup) when stdin is a terminal.
std::optional<QByteArray> passphrase(Context& c, bool confirm)
{
    if (qEnvironmentVariableIsSet(passphraseVariable))
        return qgetenv(passphraseVariable);
    if (!isatty(STDIN_FILENO)) {
        c.err << Cli::tr("No backup passphrase: set OPIEKA_BACKUP_PASSPHRASE or run the command "
                         "in a terminal to type it.")
              << Qt::endl;
        return std::nullopt;
    }
    QByteArray first = typedSecret(c, Cli::tr("Backup passphrase: "));
    if (confirm) {
        QByteArray again = typedSecret(c, Cli::tr("The same passphrase again: "));
        const bool same = again == first;
        again.fill('\0');
        if (!same) {
            first.fill('\0');
            c.err << Cli::tr("The two passphrases differ; nothing was done.") << Qt::endl;
            return std::nullopt;
        }
    }
    return first;
}

// The steps backup and restore share: the file argument, the account (checked before the
// passphrase is asked for), the passphrase, wiped once `action` is done with it.
int withPassphrase(
    Context& c, const QString& command, const QString& missingFile, bool confirm,
    const std::function<int(Context::Session&, const QString&, const QByteArray&)>& action)
{
    const auto file = c.args.positional();
    if (!file)
        c.args.addError(missingFile);
    if (!c.argumentsOk(command))
        return c.usage(command);
    auto session = c.session(Database::OpenMode::MustExist);
    if (!session)
        return c.fail(session.error());
    if (Status allowed = BackupService::mayBackUp(session->actor); !allowed)
        return c.fail(allowed.error());
    auto secret = passphrase(c, confirm);
    if (!secret)
        return BadInput;
    const int code = action(*session, *file, *secret);
    secret->fill('\0');
    return code;
}

} // namespace

int runBackup(Context& c)
{
    return withPassphrase(
        c, QStringLiteral("backup"), Cli::tr("Give the file to write the backup to."), true,
        [&](Context::Session& session, const QString& file, const QByteArray& secret) {
            auto summary = BackupService(session.database()).backup(session.actor, file, secret);
            if (!summary)
                return c.fail(summary.error());
            c.out << Cli::tr("Backup written to %1 (%2, encrypted). Keep the passphrase apart "
                             "from the file: without it the backup cannot be restored.")
                         .arg(file, QLocale::c().formattedDataSize(summary->fileBytes))
                  << Qt::endl;
            return int{Done};
        });
}

int runRestore(Context& c)
{
    return withPassphrase(
        c, QStringLiteral("restore"), Cli::tr("Give the backup file to restore."), false,
        [&](Context::Session& session, const QString& file, const QByteArray& secret) {
            auto summary = BackupService(session.database()).restore(session.actor, file, secret);
            if (!summary)
                return c.fail(summary.error());
            c.out << Cli::tr("Restored %1 from the backup %2 taken on %3 UTC (schema %4); the "
                             "data it held before was replaced.")
                         .arg(c.databasePath, file,
                              summary->createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                         .arg(summary->backupSchema)
                  << Qt::endl;
            return int{Done};
        });
}

} // namespace opieka::cli
