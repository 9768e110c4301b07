#pragma once

#include "Dialect.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace opieka {

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
    // password from the environment variable OPIEKA_DB_PASSWORD, never in the address).
    static Result<std::unique_ptr<Database>> open(const QString& location, OpenMode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    const Dialect& dialect() const { return m_dialect; }
    const QString& location() const { return m_location; }
    // Moves what the write-ahead log holds into the database file and empties the log, so that
    // no older copy of erased data stays in it (SQLite; nothing elsewhere).
    Status checkpoint();

    // Transaction nesting: the outermost guard owns the real transaction.
    int transactionDepth() const { return m_depth; }
    void setTransactionDepth(int depth) { m_depth = depth; }
    bool transactionDoomed() const { return m_doomed; }
    void setTransactionDoomed(bool doomed) { m_doomed = doomed; }

private:
    Database(QString connectionName, QString location, Dialect dialect);
    static Result<std::unique_ptr<Database>> openServer(const QString& location);

    QString m_connectionName;
    QString m_location;
    Dialect m_dialect;
    int m_depth = 0;
    bool m_doomed = false;
};

} // namespace opieka
