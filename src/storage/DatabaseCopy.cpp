#include "DatabaseCopy.h"

#include "Database.h"
#include "Logging.h"
#include "SqlHelpers.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace opieka {
namespace {

const QString attachedName = QStringLiteral("backup_copy");
const QString auditTable = QStringLiteral("audit_log");
const QString anchorTable = QStringLiteral("database_anchor");

QString quoted(QString name)
{
    return QLatin1Char('"') + name.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

Result<QStringList> column(Database& database, const QString& sql, const QList<QVariant>& values)
{
    return sql::rows(database, sql, values, sql::textColumn);
}

Result<QStringList> tables(Database& database, const QString& schema)
{
    return column(database,
                  QStringLiteral("SELECT name FROM %1.sqlite_master WHERE type = 'table' AND name "
                                 "NOT LIKE 'sqlite_%' ORDER BY name")
                      .arg(schema),
                  {});
}

Result<QStringList> columns(Database& database, const QString& schema, const QString& table)
{
    return column(database, QStringLiteral("SELECT name FROM pragma_table_info(?, ?) ORDER BY cid"),
                  {table, schema});
}

Result<bool> hasSequence(Database& database)
{
    auto names = column(database,
                        QStringLiteral("SELECT name FROM main.sqlite_master WHERE type = 'table' "
                                       "AND name = 'sqlite_sequence'"),
                        {});
    if (!names)
        return names.error();
    return !names->isEmpty();
}

} // namespace

namespace {
// Copies through files are SQLite's; a server is backed up on the server (docs/deployment.md).
Error notOnServer()
{
    return refused(QCoreApplication::translate(
        "DatabaseCopy", "Backups and restores of a PostgreSQL database are made on the server "
                        "with pg_dump and pg_restore; see docs/deployment.md."));
}
} // namespace

Status DatabaseCopy::available(const Database& database)
{
    if (!database.dialect().isSqlite())
        return notOnServer();
    return {};
}

Status DatabaseCopy::snapshot(Database& live, const QString& emptyFile)
{
    if (!live.dialect().isSqlite())
        return notOnServer();
    return sql::run(live, QStringLiteral("VACUUM INTO ?"), {emptyFile});
}

Result<QString> DatabaseCopy::integrityProblems(Database& database)
{
    // PostgreSQL checks its pages itself and has no SQL-level equivalent without an extension
    // (amcheck, a server administrator's tool): nothing found here; the audit chain is still
    // verified by the caller.
    if (!database.dialect().isSqlite())
        return QString();
    auto findings = column(database, QStringLiteral("PRAGMA integrity_check(5)"), {});
    if (!findings)
        return findings.error();
    if (*findings == QStringList{QStringLiteral("ok")})
        return QString();
    return findings->join(QStringLiteral("; "));
}

QString DatabaseCopy::plainCopyTemplate(const QString& folder)
{
    return QDir(folder).filePath(QStringLiteral(".opieka-copy-XXXXXX.tmp"));
}

int DatabaseCopy::holdPlainCopy(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd >= 0 && ::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

int DatabaseCopy::removeStalePlainCopies(const QString& folder)
{
    static const QRegularExpression name(QStringLiteral("^\\.opieka-copy-[A-Za-z0-9]{6}\\.tmp$"));
    const QDir dir(folder);
    int removed = 0;
    for (const QString& file : dir.entryList({QStringLiteral(".opieka-copy-*.tmp")},
                                             QDir::Files | QDir::Hidden | QDir::System)) {
        if (!name.match(file).hasMatch())
            continue;
        const QString path = dir.filePath(file);
        const int fd = ::open(QFile::encodeName(path).constData(),
                              O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
        if (fd < 0)
            continue; // a link (O_NOFOLLOW), or gone meanwhile
        struct stat st;
        // Held by a running backup or restore: its lock stays until that process ends.
        const bool stale = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
                           st.st_uid == ::getuid() && ::flock(fd, LOCK_EX | LOCK_NB) == 0;
        if (stale) {
            for (const char* suffix : {"-wal", "-shm", "-journal"}) {
                struct stat side;
                const QByteArray sidePath = QFile::encodeName(path + QLatin1String(suffix));
                if (::lstat(sidePath.constData(), &side) == 0 && S_ISREG(side.st_mode) &&
                    side.st_uid == ::getuid())
                    ::unlink(sidePath.constData());
            }
            if (::unlink(QFile::encodeName(path).constData()) == 0)
                ++removed;
        }
        ::close(fd);
    }
    if (removed > 0)
        logging::get("storage")->warn("removed {} plain copies a killed backup or restore left",
                                      removed);
    return removed;
}

Status DatabaseCopy::useSingleFile(Database& database)
{
    if (!database.dialect().isSqlite())
        return notOnServer();
    return sql::run(database, QStringLiteral("PRAGMA journal_mode = DELETE"));
}

Result<std::unique_ptr<DatabaseCopy>> DatabaseCopy::attach(Database& live, const QString& copyFile)
{
    if (!live.dialect().isSqlite())
        return notOnServer();
    auto attached =
        sql::run(live, QStringLiteral("ATTACH DATABASE ? AS %1").arg(attachedName), {copyFile});
    if (!attached)
        return attached.error();
    return std::unique_ptr<DatabaseCopy>(new DatabaseCopy(live));
}

DatabaseCopy::~DatabaseCopy()
{
    if (!sql::run(m_live, QStringLiteral("DETACH DATABASE %1").arg(attachedName)))
        logging::get("storage")->error("the restored copy could not be detached");
}

Result<DatabaseCopy::AuditTrail> DatabaseCopy::replaceLiveContent(bool mayKeepLiveAudit)
{
    if (!m_live.inTransaction())
        return storageError(tr("A restore must run inside a transaction."));
    auto liveTables = tables(m_live, QStringLiteral("main"));
    if (!liveTables)
        return liveTables.error();
    auto copyTables = tables(m_live, attachedName);
    if (!copyTables)
        return copyTables.error();
    if (*liveTables != *copyTables)
        return storageError(tr("The backup's tables differ from this database's; it cannot be "
                               "restored here."));
    QList<QString> columnLists;
    for (const QString& table : *liveTables) {
        auto liveColumns = columns(m_live, QStringLiteral("main"), table);
        if (!liveColumns)
            return liveColumns.error();
        auto copyColumns = columns(m_live, attachedName, table);
        if (!copyColumns)
            return copyColumns.error();
        if (*liveColumns != *copyColumns)
            return storageError(tr("The backup's table %1 differs from this database's; it "
                                   "cannot be restored here.")
                                    .arg(table));
        QStringList quotedColumns;
        for (const QString& name : *liveColumns)
            quotedColumns << quoted(name);
        columnLists << quotedColumns.join(QStringLiteral(", "));
    }

    // A restore must not erase what the audit recorded after the backup was taken.
    QStringList kept;
    if (mayKeepLiveAudit && liveTables->contains(auditTable)) {
        auto missing = column(m_live,
                              QStringLiteral("SELECT COUNT(*) FROM (SELECT * FROM %1.%2 EXCEPT "
                                             "SELECT * FROM main.%2)")
                                  .arg(attachedName, auditTable),
                              {});
        if (!missing)
            return missing.error();
        if (missing->value(0) == QLatin1String("0")) {
            kept << auditTable;
            if (liveTables->contains(anchorTable)) // the kept trail's length and head
                kept << anchorTable;
        }
    }

    // Rows go in any order: foreign keys are checked once, at commit.
    if (Status s = sql::run(m_live, QStringLiteral("PRAGMA defer_foreign_keys = ON")); !s)
        return s.error();
    for (const QString& table : *liveTables) {
        if (kept.contains(table))
            continue;
        if (Status s = sql::run(m_live, QStringLiteral("DELETE FROM main.%1").arg(quoted(table)));
            !s)
            return s.error();
    }
    for (qsizetype i = 0; i < liveTables->size(); ++i) {
        if (kept.contains(liveTables->at(i)))
            continue;
        const QString table = quoted(liveTables->at(i));
        if (Status s = sql::run(m_live, QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM "
                                                       "%3.%1")
                                            .arg(table, columnLists.at(i), attachedName));
            !s)
            return s.error();
    }
    // Both have the counters table or neither: it comes with the first AUTOINCREMENT table. Kept
    // tables keep their counters.
    auto sequence = hasSequence(m_live);
    if (!sequence)
        return sequence.error();
    if (*sequence) {
        const QString others =
            QStringLiteral("name NOT IN ('%1')").arg(kept.join(QStringLiteral("', '")));
        if (Status s = sql::run(
                m_live, QStringLiteral("DELETE FROM main.sqlite_sequence WHERE %1").arg(others));
            !s)
            return s.error();
        if (Status s = sql::run(m_live, QStringLiteral("INSERT INTO main.sqlite_sequence (name, "
                                                       "seq) SELECT name, seq FROM "
                                                       "%1.sqlite_sequence WHERE %2")
                                            .arg(attachedName, others));
            !s)
            return s.error();
    }
    logging::get("storage")->info("database content replaced from a copy: {} tables, {} kept",
                                  liveTables->size(), kept.size());
    return kept.contains(auditTable) ? AuditTrail::KeptLive : AuditTrail::TakenFromCopy;
}

} // namespace opieka
