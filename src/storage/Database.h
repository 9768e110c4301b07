#pragma once

#include "Dialect.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

class QSqlError;

namespace opieka {
namespace sql {
class StatementCache;
}

// One open connection to the case database, with the session settings applied.
// Not copyable; the connection is removed when the object goes.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenMode
    {
        CreateIfMissing, // the GUI's own file and `init`
        MustExist,       // every other command: a mistyped path must not create an empty file
    };

    // A file path (SQLite) or postgresql://user@host:port/database (a shared server; the
    // password given to setServerPassword, else OPIEKA_DB_PASSWORD, else libpq's own sources;
    // never in the address).
    static Result<std::unique_ptr<Database>> open(const QString& location, OpenMode mode);
    // The password of a server address, typed in the window: kept in this process's memory only
    // and used by every later connection to the same user, host, port and database (the
    // window's own, reconnections, the report threads'). An empty password forgets it.
    static void setServerPassword(const QString& location, const QString& password);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    const Dialect& dialect() const { return m_dialect; }
    const QString& location() const { return m_location; }
    // Moves what the write-ahead log holds into the database file and empties the log, so that
    // no older copy of erased data stays in it (SQLite; nothing elsewhere).
    Status checkpoint();

    // A dropped server connection (server restart, network). A statement that fails because of
    // it reports `lostConnection`'s error; the next statement outside a transaction first
    // reconnects with the same settings and session set-up. Inside a transaction that was lost
    // every statement fails until its guards are gone: its writes are never retried silently.
    // Before a statement: reconnects a lost connection, or says why it cannot run now.
    Status ensureConnected() const;
    // After a statement failed with `error`: when the connection is gone, marks it for
    // reconnection and returns the error to report (ErrorKind::ConnectionLost); else nullopt.
    std::optional<Error> lostConnection(const QSqlError& error) const;
    // The error for a statement that failed: connection lost, or "Database error: ...".
    Error failure(const QSqlError& error) const;
    // What a step that met a lost connection reports (nothing of it saved; try again).
    Error connectionLostError() const;
    bool isConnectionLost() const { return m_lost; }
    // The server and database the connection goes to (host/database), for messages: never the
    // user or the password. The file path for SQLite.
    QString serverName() const;

    // How long a write transaction waits for another change's write lock before it gives up and
    // names the long change it waited for (SqlTransaction, RunningOperation): 30 s unless set.
    // The default is the process's (the CLI's OPIEKA_WAIT); one connection may have its own.
    static void setDefaultWriteWaitMs(int milliseconds);
    int writeWaitMs() const { return m_writeWaitMs; }
    void setWriteWaitMs(int milliseconds) { m_writeWaitMs = milliseconds; }

    // Whether a write transaction (SqlTransaction) is open on this connection.
    bool inTransaction() const { return m_depth > 0; }

    // The statements this connection prepared and keeps for reuse (sql::run): emptied when the
    // connection closes or reconnects.
    const std::shared_ptr<sql::StatementCache>& statements() const { return m_statements; }

private:
    // The nesting and the doom of the open transaction belong to SqlTransaction alone: the
    // outermost guard owns the real transaction, and a failed inner one dooms it.
    friend class SqlTransaction;

    Database(QString connectionName, QString location, Dialect dialect);
    static Result<std::unique_ptr<Database>> openServer(const QString& location);

    QString m_connectionName;
    QString m_location;
    Dialect m_dialect;
    int m_depth = 0;       // SqlTransaction guards alive on this connection
    bool m_doomed = false; // an inner guard rolled back: the outermost must not commit
    int m_writeWaitMs;
    mutable bool m_lost = false;  // the server connection dropped; reconnect before the next use
    bool m_protectedFile = false; // registered with OutputFile: never the target of an export
    std::shared_ptr<sql::StatementCache> m_statements;
};

} // namespace opieka
