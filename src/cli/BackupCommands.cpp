// backup and restore: encrypted copies of the database (docs/data-protection.md).
#include "BackupService.h"
#include "Cli.h"
#include "Secrets.h"

#include <QLocale>
#include <algorithm>
#include <functional>

namespace opieka::cli {
namespace {

const char* const passphraseVariable = "OPIEKA_BACKUP_PASSPHRASE";

// From OPIEKA_BACKUP_PASSPHRASE, or typed (twice for a new backup) when stdin is a terminal.
std::optional<QByteArray> passphrase(Context& c, bool confirm)
{
    if (!qEnvironmentVariableIsSet(passphraseVariable) && !canPrompt()) {
        c.err << Cli::tr("No backup passphrase: set OPIEKA_BACKUP_PASSPHRASE or run the command "
                         "in a terminal to type it.")
              << Qt::endl;
        return std::nullopt;
    }
    return secretFrom(c.err, {passphraseVariable, Cli::tr("Backup passphrase: "),
                              confirm ? Cli::tr("The same passphrase again: ") : QString()});
}

// What backup and restore share once the command line is read: the account (checked before the
// passphrase is asked for) and the passphrase, wiped once `action` is done with it.
int withPassphrase(Context& c, bool confirm,
                   const std::function<int(Context::Session&, const QByteArray&)>& action)
{
    auto session = c.signedIn(Capability::BackUp);
    if (!session)
        return session.exitCode();
    auto secret = passphrase(c, confirm);
    if (!secret)
        return BadInput;
    const int code = action(*session, *secret);
    secret->fill('\0');
    return code;
}

int runDailyBackup(Context& c, const QString& folder)
{
    const qint64 keep = c.args.idOption(QStringLiteral("--keep"), false).value_or(7);
    if (!c.argumentsOk(QStringLiteral("backup")))
        return c.usage(QStringLiteral("backup"));
    return withPassphrase(c, true, [&](Context::Session& session, const QByteArray& secret) {
        auto daily = BackupService(session.signedIn())
                         .dailyBackup(folder, static_cast<int>(keep), secret, QDate::currentDate());
        if (!daily)
            return c.fail(daily.error());
        c.out << (daily->written ? Cli::tr("Backup written to %1.").arg(daily->file)
                                 : Cli::tr("Today's backup %1 was already there.").arg(daily->file))
              << Qt::endl;
        for (const QString& removed : daily->removed)
            c.out << Cli::tr("Removed the old backup %1.").arg(removed) << Qt::endl;
        return int{Done};
    });
}

} // namespace

int runBackup(Context& c)
{
    if (const auto folder = c.args.option(QStringLiteral("--daily")))
        return runDailyBackup(c, *folder);
    const auto file = c.args.positional(Cli::tr("Give the file to write the backup to."));
    if (!c.argumentsOk(QStringLiteral("backup")))
        return c.usage(QStringLiteral("backup"));
    return withPassphrase(c, true, [&](Context::Session& session, const QByteArray& secret) {
        auto summary = BackupService(session.signedIn()).backup(*file, secret);
        if (!summary)
            return c.fail(summary.error());
        c.out << Cli::tr("Backup written to %1 (%2, encrypted). Keep the passphrase apart from the "
                         "file: without it the backup cannot be restored.")
                     .arg(*file, QLocale::c().formattedDataSize(summary->fileBytes))
              << Qt::endl
              << Cli::tr("It holds database %1 (audit records: %2, chain head %3).")
                     .arg(summary->anchor.databaseId)
                     .arg(summary->anchor.records)
                     .arg(summary->anchor.head)
              << Qt::endl;
        return int{Done};
    });
}

int runRestore(Context& c)
{
    const auto file = c.args.positional(Cli::tr("Give the backup file to restore."));
    const auto other = c.args.flag(QStringLiteral("--replace-other-database"))
                           ? BackupService::OtherDatabase::Replace
                           : BackupService::OtherDatabase::Refuse;
    if (!c.argumentsOk(QStringLiteral("restore")))
        return c.usage(QStringLiteral("restore"));
    return withPassphrase(c, false, [&](Context::Session& session, const QByteArray& secret) {
        auto summary = BackupService(session.signedIn()).restore(*file, secret, {}, other);
        if (!summary)
            return c.fail(summary.error());
        c.out << Cli::tr("Restored %1 from the backup %2 taken on %3 UTC (schema %4); the data it "
                         "held before was replaced.")
                     .arg(c.databasePath, *file,
                          summary->createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                     .arg(summary->backupSchema)
              << Qt::endl;
        if (summary->otherDatabase)
            c.out << Cli::tr("The backup was of another database (identity %1): this database "
                             "is now that one, with its accounts and its audit trail. The trail "
                             "it replaced (identity %2, audit records: %3, head %4) is named in "
                             "the restore's audit record.")
                         .arg(summary->backup.databaseId,
                              summary->live ? summary->live->databaseId : QString())
                         .arg(summary->live ? summary->live->records : 0)
                         .arg(summary->live ? summary->live->head : QString())
                  << Qt::endl;
        else if (!summary->auditKept)
            c.out << Cli::tr("The database's audit trail did not continue the backup's: the "
                             "backup's trail replaced it (the replaced trail's head is named in "
                             "the restore's audit record).")
                  << Qt::endl;
        return int{Done};
    });
}

} // namespace opieka::cli
