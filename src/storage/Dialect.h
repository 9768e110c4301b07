#pragma once

#include <QString>
#include <QStringList>

class QSqlError;

namespace opieka {

// The one seam where SQL differs between SQLite (a worker's laptop) and PostgreSQL (a shared
// centre database). Everything else writes portable SQL.
class Dialect
{
public:
    enum class Kind
    {
        Sqlite,
        PostgreSql
    };

    explicit Dialect(Kind kind)
        : m_kind(kind)
    {}
    Kind kind() const { return m_kind; }
    bool isSqlite() const { return m_kind == Kind::Sqlite; }
    QString driverName() const;

    // Fills the placeholders of a migration script ({{AUTO_ID}}, {{RANDOM_ID}}).
    QString expand(QString sql) const;
    // Statements run on every new connection (durability, integrity, waiting for locks).
    QStringList sessionSetup() const;
    // Starts a write transaction that takes the database's write lock at once, so that a check
    // and the write it allows (the caseload limit, a row version) see no other writer in between;
    // waits at most `waitMs` for another writer's lock (0: not at all).
    QStringList beginWrite(int waitMs) const;
    // After beginWrite failed: the session's wait for locks back to its usual (empty if none).
    QString restoreWait() const;
    // Whether a statement failed because another writer held the lock for longer than the wait.
    bool isLockTimeout(const QSqlError& error) const;
    // Names the tables of the connection's own schema (no system or other schemas' tables).
    QString tableNames() const;
    // Names the columns of one table (its name bound) with their declared types, in order.
    QString columnTypes() const;
    // Names (table, column) of the ids the database generates itself (AUTOINCREMENT, IDENTITY).
    QString generatedIdColumns() const;
    // Makes the column's next generated id `next` (after rows were copied with their ids).
    QStringList restartGeneratedIds(const QString& table, const QString& column, qint64 next) const;

private:
    Kind m_kind;
};

} // namespace opieka
