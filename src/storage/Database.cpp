#include "Database.h"

#include "Logging.h"
#include "SqlHelpers.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
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

namespace {

bool isServerLocation(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

// Applies the session statements; a failure means the connection is not an Opieka database.
Status setUpSession(QSqlDatabase& db, const Dialect& dialect, const QString& location)
{
    for (const QString& statement : dialect.sessionSetup()) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            // A file that is not SQLite fails here ("file is not a database").
            logging::get("storage")->error("database set-up failed: {}",
                                           query.lastError().text().toStdString());
            return storageError(
                QCoreApplication::translate("Database", "%1 is not a usable Opieka database: %2")
                    .arg(location, query.lastError().databaseText()));
        }
    }
    return {};
}

QString newConnectionName()
{
    return QStringLiteral("opieka-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString& location, OpenMode mode)
{
    if (isServerLocation(location))
        return openServer(location);

    auto log = logging::get("storage");
    const QFileInfo file(location);
    if (mode == OpenMode::MustExist && !file.exists())
        return storageError(
            tr("There is no database at %1. Create it first with: opieka-cli --db %1 init")
                .arg(location));
    if (file.exists() && !file.isFile())
        return storageError(
            tr("%1 is not a file; give the path of a database file.").arg(location));

    const Dialect dialect(Dialect::Kind::Sqlite);
    const QString name = newConnectionName();
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
        if (Status ready = setUpSession(db, dialect, location); !ready)
            return ready.error();
    }
    log->info("database opened");
    return database;
}

// postgresql://user@host:port/database?sslmode=require: the database must exist on the server
// (the administrator creates it, docs/deployment.md); an empty one gets its schema from the
// migrations like a new file. The password comes from OPIEKA_DB_PASSWORD, or libpq finds it
// (PGPASSWORD, ~/.pgpass); never from the address, which is shown, logged and kept in settings.
// Without sslmode libpq's default applies: TLS when the server offers it.
Result<std::unique_ptr<Database>> Database::openServer(const QString& location)
{
    auto log = logging::get("storage");
    const QUrl url(location, QUrl::StrictMode);
    const QString databaseName = url.path().mid(1);
    if (!url.isValid() || databaseName.isEmpty() || databaseName.contains(QLatin1Char('/')))
        return badInput(tr("%1 is not a database address; write it as "
                           "postgresql://user@host:port/database.")
                            .arg(url.toString(QUrl::RemovePassword)));
    const QUrlQuery options(url);
    if (!url.password().isEmpty() || options.hasQueryItem(QStringLiteral("password")))
        return badInput(tr("Do not write the password into the database address; set the "
                           "environment variable OPIEKA_DB_PASSWORD instead."));
    // The address without anything a password could hide in: what is shown and kept.
    const QString shown = url.toString(QUrl::RemovePassword);

    const Dialect dialect(Dialect::Kind::PostgreSql);
    const QString name = newConnectionName();
    std::unique_ptr<Database> database(new Database(name, shown, dialect));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), name);
        if (!db.isValid())
            return storageError(tr("This installation cannot reach PostgreSQL: the Qt driver "
                                   "QPSQL is missing (Debian package libqt6sql6-psql)."));
        db.setDatabaseName(databaseName);
        if (!url.host().isEmpty())
            db.setHostName(url.host());
        if (url.port() > 0)
            db.setPort(url.port());
        if (!url.userName().isEmpty())
            db.setUserName(url.userName());
        const QString password = qEnvironmentVariable("OPIEKA_DB_PASSWORD");
        if (!password.isEmpty())
            db.setPassword(password);
        QStringList connectOptions{QStringLiteral("connect_timeout=10"),
                                   QStringLiteral("application_name=opieka")};
        for (const auto& [key, value] : options.queryItems(QUrl::FullyDecoded))
            connectOptions << key + QLatin1Char('=') + value; // sslmode, host (a socket folder)
        db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
        log->info("connecting to PostgreSQL database {} on {}", databaseName.toStdString(),
                  url.host().toStdString());
        if (!db.open()) {
            log->error("cannot connect: {}", db.lastError().text().toStdString());
            return storageError(
                tr("Cannot connect to the database %1: %2").arg(shown, db.lastError().text()));
        }
        if (Status ready = setUpSession(db, dialect, shown); !ready)
            return ready.error();
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
