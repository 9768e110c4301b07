#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace opieka {

class Database;

// Whole-database copies for backups, through SQLite so that WAL content and other connections'
// locks are handled by SQLite itself: a consistent snapshot out (VACUUM INTO), checks of a
// copy, and a copy's content brought back into the live database in one transaction.
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)

public:
    // Copies are files of SQLite; on a server database this is refused, naming pg_dump.
    static Status available(const Database& database);
    // Writes a consistent copy of `live` (one read transaction: committed WAL content included,
    // other connections' uncommitted writes not) to `emptyFile`, which must be empty or absent.
    static Status snapshot(Database& live, const QString& emptyFile);
    // SQLite's integrity check: empty when the database is sound, otherwise its first findings.
    static Result<QString> integrityProblems(Database& database);
    // Back to a rollback journal, so that the copy is one self-contained file again.
    static Status useSingleFile(Database& database);

    // Plain (decrypted) copies made beside a database: their QTemporaryFile name template in
    // `folder`. While a process uses one it holds `holdPlainCopy`'s lock on it (a kill releases
    // it); `removeStalePlainCopies` removes those of `folder` no process holds, with the journal
    // SQLite may have left beside them: only regular files of that name owned by this user,
    // never a link. Returns how many were removed.
    static QString plainCopyTemplate(const QString& folder);
    static int holdPlainCopy(const QString& path); // the descriptor to close, or -1
    static int removeStalePlainCopies(const QString& folder);

    // Attaches `copyFile` to `live` until the object goes (then it is detached).
    static Result<std::unique_ptr<DatabaseCopy>> attach(Database& live, const QString& copyFile);
    ~DatabaseCopy();
    DatabaseCopy(const DatabaseCopy&) = delete;
    DatabaseCopy& operator=(const DatabaseCopy&) = delete;

    enum class AuditTrail
    {
        KeptLive,      // the live audit log continued the copy's: it stays, nothing is lost
        TakenFromCopy, // the live log did not continue the copy's (another database's history)
    };

    // Replaces the rows of every table of the live database (and its AUTOINCREMENT counters) with
    // the attached copy's. Runs inside the caller's write transaction: all or nothing. The two
    // must have the same tables and columns (bring the copy to the live schema first); foreign
    // keys are checked when the transaction commits. The audit log is never rolled back: when
    // the live log holds every record of the copy's unchanged and `mayKeepLiveAudit` (the copy is
    // of this same database), the live log is kept, and with it the database's identity and the
    // chain's head (database_anchor).
    Result<AuditTrail> replaceLiveContent(bool mayKeepLiveAudit = true);

private:
    explicit DatabaseCopy(Database& live)
        : m_live(live)
    {}

    Database& m_live;
};

} // namespace opieka
