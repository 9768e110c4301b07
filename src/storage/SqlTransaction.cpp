#include "SqlTransaction.h"

#include "Database.h"
#include "Logging.h"
#include "RunningOperation.h"

#include <QSqlError>
#include <QSqlQuery>

namespace opieka {
namespace {

// Another change held the write lock for the whole wait: say whose, when it is known.
Error waitedInVain(Database& database, int waitMs)
{
    if (auto running = RunningOperation::current(database))
        return busy(QCoreApplication::translate("SqlTransaction",
                                                "Another change is being saved: %1. Try again "
                                                "when it finishes.")
                        .arg(RunningOperation::describe(*running)));
    const int seconds = waitMs / 1000;
    if (seconds < 1)
        return busy(QCoreApplication::translate(
            "SqlTransaction", "Another change is being saved. Try again in a moment."));
    return busy(QCoreApplication::translate("SqlTransaction",
                                            "Another change is being saved and did not finish "
                                            "within %n second(s). Try again in a moment.",
                                            nullptr, seconds));
}

} // namespace

Result<SqlTransaction> SqlTransaction::begin(Database& database, Wait wait)
{
    if (database.m_depth == 0) {
        // A connection lost since the last statement is opened again here, before BEGIN.
        if (Status connected = database.ensureConnected(); !connected)
            return connected.error();
        const int waitMs = wait == Wait::Bounded ? database.writeWaitMs() : 0;
        const QStringList statements = database.dialect().beginWrite(waitMs);
        for (qsizetype i = 0; i < statements.size(); ++i) {
            QSqlQuery query(database.connection());
            if (!query.exec(statements.at(i))) {
                if (auto lost = database.lostConnection(query.lastError())) {
                    logging::get("storage")->error("begin failed: {}",
                                                   query.lastError().text().toStdString());
                    return *lost;
                }
                if (i > 0) // the transaction started but its write lock was not granted
                    QSqlQuery(database.connection()).exec(QStringLiteral("ROLLBACK"));
                if (const QString restore = database.dialect().restoreWait(); !restore.isEmpty())
                    QSqlQuery(database.connection()).exec(restore);
                if (database.dialect().isLockTimeout(query.lastError())) {
                    logging::get("storage")->warn("the write lock was not granted within {} ms",
                                                  waitMs);
                    return waitedInVain(database, waitMs);
                }
                logging::get("storage")->error("begin failed: {}",
                                               query.lastError().text().toStdString());
                return storageError(QCoreApplication::translate(
                                        "SqlTransaction", "The database is busy or read-only: %1")
                                        .arg(query.lastError().text()));
            }
        }
    }
    ++database.m_depth;
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
    --database->m_depth;
    if (database->m_depth > 0)
        return {};
    if (database->isConnectionLost()) { // known gone before COMMIT: nothing was saved
        database->m_doomed = false;
        return database->connectionLostError();
    }
    if (database->m_doomed) {
        database->m_doomed = false;
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
    --database->m_depth;
    if (database->m_depth > 0) {
        // An inner failure dooms the whole unit: the outer guard must not commit half of it.
        database->m_doomed = true;
        return;
    }
    database->m_doomed = false;
    if (!database->isConnectionLost()) // a lost transaction went with its connection
        QSqlQuery(database->connection()).exec(QStringLiteral("ROLLBACK"));
}

} // namespace opieka
