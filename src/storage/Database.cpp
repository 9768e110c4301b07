#include "Database.h"

#include "Logging.h"
#include "SqlHelpers.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace opieka {

Database::Database(QString connectionName, QString location, Dialect dialect)
    : m_connectionName(std::move(connectionName))
    , m_location(std::move(location))
    , m_dialect(dialect)
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString& location, OpenMode mode)
{
    auto log = logging::get("storage");
    if (location.startsWith(QLatin1String("postgres")))
        return badInput(tr("PostgreSQL databases are not supported by this version yet: %1")
                            .arg(location.section(QLatin1Char('@'), -1)));

    const QFileInfo file(location);
    if (mode == OpenMode::MustExist && !file.exists())
        return storageError(
            tr("There is no database at %1. Create it first with: opieka-cli --db %1 init")
                .arg(location));
    if (file.exists() && !file.isFile())
        return storageError(
            tr("%1 is not a file; give the path of a database file.").arg(location));

    const Dialect dialect(Dialect::Kind::Sqlite);
    const QString name =
        QStringLiteral("opieka-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(new Database(name, location, dialect));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), name);
        db.setDatabaseName(location);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            log->error("cannot open database: {}", db.lastError().text().toStdString());
            return storageError(
                tr("Cannot open the database %1: %2").arg(location, db.lastError().text()));
        }
        for (const QString& statement : dialect.sessionSetup()) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                // A file that is not SQLite fails here ("file is not a database").
                log->error("database set-up failed: {}", query.lastError().text().toStdString());
                return storageError(tr("%1 is not a usable Opieka database: %2")
                                        .arg(location, query.lastError().databaseText()));
            }
        }
    }
    log->info("database opened");
    return database;
}

Status Database::checkpoint()
{
    if (m_dialect.kind() != Dialect::Kind::Sqlite)
        return {};
    return sql::run(*this, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

} // namespace opieka
