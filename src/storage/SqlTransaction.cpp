#include "SqlTransaction.h"

#include "Database.h"
#include "Logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace opieka {

Result<SqlTransaction> SqlTransaction::begin(Database& database)
{
    if (database.transactionDepth() == 0) {
        // A connection lost since the last statement is opened again here, before BEGIN.
        if (Status connected = database.ensureConnected(); !connected)
            return connected.error();
        const QStringList statements = database.dialect().beginWrite();
        for (qsizetype i = 0; i < statements.size(); ++i) {
            QSqlQuery query(database.connection());
            if (!query.exec(statements.at(i))) {
                logging::get("storage")->error("begin failed: {}",
                                               query.lastError().text().toStdString());
                if (auto lost = database.lostConnection(query.lastError()))
                    return *lost;
                if (i > 0) // the transaction started but its write lock was not granted
                    QSqlQuery(database.connection()).exec(QStringLiteral("ROLLBACK"));
                return storageError(QCoreApplication::translate(
                                        "SqlTransaction", "The database is busy or read-only: %1")
                                        .arg(query.lastError().text()));
            }
        }
    }
    database.setTransactionDepth(database.transactionDepth() + 1);
    return SqlTransaction(&database);
}

SqlTransaction::SqlTransaction(SqlTransaction&& other) noexcept
    : m_database(other.m_database)
{
    other.m_database = nullptr;
}

SqlTransaction::~SqlTransaction()
{
    if (m_database)
        rollback();
}

Status SqlTransaction::commit()
{
    if (!m_database)
        return {};
    Database* database = m_database;
    m_database = nullptr;
    database->setTransactionDepth(database->transactionDepth() - 1);
    if (database->transactionDepth() > 0)
        return {};
    if (database->isConnectionLost()) { // known gone before COMMIT: nothing was saved
        database->setTransactionDoomed(false);
        return database->connectionLostError();
    }
    if (database->transactionDoomed()) {
        database->setTransactionDoomed(false);
        QSqlQuery(database->connection()).exec(QStringLiteral("ROLLBACK"));
        return storageError(QCoreApplication::translate(
            "SqlTransaction", "The changes were not saved because a part of them failed."));
    }
    QSqlQuery query(database->connection());
    if (!query.exec(QStringLiteral("COMMIT"))) {
        logging::get("storage")->error("commit failed: {}", query.lastError().text().toStdString());
        if (database->lostConnection(query.lastError()))
            // COMMIT may have reached the server before the connection went: say so.
            return connectionLost(
                QCoreApplication::translate(
                    "SqlTransaction",
                    "The connection to the database server at %1 was lost while the changes were "
                    "being saved; your entries are kept in the form. Look whether the change is "
                    "there before saving it again: Opieka reconnects.")
                    .arg(database->serverName()));
        QSqlQuery(database->connection()).exec(QStringLiteral("ROLLBACK"));
        return storageError(
            QCoreApplication::translate("SqlTransaction", "Could not save the changes: %1")
                .arg(query.lastError().text()));
    }
    return {};
}

void SqlTransaction::rollback()
{
    Database* database = m_database;
    m_database = nullptr;
    database->setTransactionDepth(database->transactionDepth() - 1);
    if (database->transactionDepth() > 0) {
        // An inner failure dooms the whole unit: the outer guard must not commit half of it.
        database->setTransactionDoomed(true);
        return;
    }
    database->setTransactionDoomed(false);
    if (!database->isConnectionLost()) // a lost transaction went with its connection
        QSqlQuery(database->connection()).exec(QStringLiteral("ROLLBACK"));
}

} // namespace opieka
