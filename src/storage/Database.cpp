#include "Database.h"

#include "EncryptedFile.h"
#include "Logging.h"
#include "OutputFile.h"
#include "SqlHelpers.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>
#include <atomic>
#include <sqlite3.h>

namespace opieka {
namespace {
std::atomic<int> defaultWriteWaitMs{30000};
} // namespace

void Database::setDefaultWriteWaitMs(int milliseconds)
{
    defaultWriteWaitMs = milliseconds;
}

Database::Database(QString connectionName, QString location, Dialect dialect)
    : m_connectionName(std::move(connectionName))
    , m_location(std::move(location))
    , m_dialect(dialect)
    , m_writeWaitMs(defaultWriteWaitMs)
    , m_statements(std::make_shared<sql::StatementCache>())
{}

Database::~Database()
{
    // Kept statements go before their connection (a PreparedQuery still alive keeps its own).
    m_statements->clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (m_protectedFile)
        OutputFile::unprotect(m_location);
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

// The session statements of an encrypted file (a field copy): its VFS has no shared memory, so
// a rollback journal instead of WAL, and temporary tables and indices in memory, not in files.
QStringList encryptedSessionSetup(const Dialect& dialect)
{
    QStringList statements = dialect.sessionSetup();
    for (QString& statement : statements)
        if (statement.startsWith(QLatin1String("PRAGMA journal_mode")))
            statement = QStringLiteral("PRAGMA journal_mode = DELETE");
    statements << QStringLiteral("PRAGMA temp_store = MEMORY");
    return statements;
}

// Applies the session statements; a failure means the connection is not an Opieka database.
Status setUpSession(QSqlDatabase& db, const Dialect& dialect, const QString& location,
                    bool encryptedFile = false)
{
    const QStringList statements =
        encryptedFile ? encryptedSessionSetup(dialect) : dialect.sessionSetup();
    for (const QString& statement : statements) {
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

// Before SQLite writes the first page of a new encrypted file: 4096-byte pages with the 64 bytes
// at their end left to the seal (EncryptedFile). An existing file keeps what it has.
Status reserveTheSeal(QSqlDatabase& db, const QString& location)
{
    const QVariant handle = db.driver()->handle();
    sqlite3* connection = nullptr;
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        connection = *static_cast<sqlite3* const*>(handle.constData());
    int reserved = EncryptedFile::kReservedBytes;
    QSqlQuery pageSize(db);
    if (connection == nullptr ||
        sqlite3_file_control(connection, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserved) !=
            SQLITE_OK ||
        !pageSize.exec(QStringLiteral("PRAGMA page_size = %1").arg(EncryptedFile::kPageSize))) {
        logging::get("storage")->error("the page layout of an encrypted database cannot be set");
        return storageError(QCoreApplication::translate(
                                "Database", "%1 cannot be opened as an encrypted field copy.")
                                .arg(location));
    }
    return {};
}

QString newConnectionName()
{
    return QStringLiteral("opieka-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Passwords typed in the window, by the account they open (user@host:port/database): in memory
// only, shared by the threads that open connections of their own (reports, backups).
struct ServerPasswords
{
    QMutex mutex;
    QHash<QString, QString> byAccount;
};

ServerPasswords& serverPasswords()
{
    static ServerPasswords passwords;
    return passwords;
}

QString accountKey(const QUrl& url)
{
    return url.userName() + QLatin1Char('@') + url.host().toLower() + QLatin1Char(':') +
           QString::number(url.port(5432)) + url.path();
}

QString typedPassword(const QUrl& url)
{
    ServerPasswords& passwords = serverPasswords();
    const QMutexLocker lock(&passwords.mutex);
    return passwords.byAccount.value(accountKey(url));
}

// SQLSTATE classes that mean the server is gone: connection exceptions (08) and its shutdowns
// (57P01 terminated by an administrator, 57P02 crash, 57P03 cannot connect now).
bool isDisconnectState(const QString& state)
{
    return state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P0"));
}

} // namespace

void Database::setServerPassword(const QString& location, const QString& password)
{
    const QUrl url(location, QUrl::StrictMode);
    ServerPasswords& passwords = serverPasswords();
    const QMutexLocker lock(&passwords.mutex);
    if (password.isEmpty())
        passwords.byAccount.remove(accountKey(url));
    else
        passwords.byAccount.insert(accountKey(url), password);
}

QString Database::serverName() const
{
    if (m_dialect.isSqlite())
        return m_location;
    const QUrl url(m_location);
    QString host = url.host();
    if (host.isEmpty()) // a socket folder given as ?host=..., or libpq's default
        host = QUrlQuery(url).queryItemValue(QStringLiteral("host"));
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    return host + url.path();
}

std::optional<Error> Database::lostConnection(const QSqlError& error) const
{
    if (m_dialect.isSqlite())
        return std::nullopt;
    QSqlDatabase db = connection();
    bool lost = m_lost || !db.isOpen() || error.type() == QSqlError::ConnectionError ||
                isDisconnectState(error.nativeErrorCode());
    if (!lost && error.nativeErrorCode().isEmpty()) {
        // No SQLSTATE: the error came from libpq or Qt, not from the server, and libpq's own
        // words are translated; ask the connection itself. A transaction aborted by an earlier
        // error answers with its own state (25P02): the server is there.
        QSqlQuery probe(db);
        lost = !probe.exec(QStringLiteral("SELECT 1")) &&
               (probe.lastError().nativeErrorCode().isEmpty() ||
                isDisconnectState(probe.lastError().nativeErrorCode()));
    }
    if (!lost)
        return std::nullopt;
    if (!m_lost)
        logging::get("storage")->warn("the connection to the database server was lost: {}",
                                      error.text().simplified().toStdString());
    m_lost = true;
    return connectionLostError();
}

Error Database::connectionLostError() const
{
    return connectionLost(tr("The connection to the database server at %1 was lost; your entries "
                             "are kept in the form. Nothing of this step was saved: try again, "
                             "Opieka reconnects.")
                              .arg(serverName()));
}

Error Database::failure(const QSqlError& error) const
{
    if (auto lost = lostConnection(error))
        return *lost;
    return storageError(tr("Database error: %1").arg(error.text()));
}

Status Database::ensureConnected() const
{
    if (!m_lost)
        return {};
    if (m_depth > 0) // the transaction went with the connection: its guards must end first
        return connectionLostError();
    auto log = logging::get("storage");
    m_statements->clear(); // prepared on the connection that went
    QSqlDatabase db = connection();
    db.close();
    if (!db.open()) {
        log->warn("reconnecting to the database server failed: {}",
                  db.lastError().text().simplified().toStdString());
        return connectionLost(tr("The database server at %1 cannot be reached: %2 Your entries "
                                 "are kept in the form; try again in a moment.")
                                  .arg(serverName(), db.lastError().databaseText().trimmed()));
    }
    if (Status ready = setUpSession(db, m_dialect, m_location); !ready) {
        db.close();
        return ready.error();
    }
    m_lost = false;
    log->info("reconnected to the database server");
    return {};
}

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

    // A new file is made 0600 before SQLite opens it: SQLite gives the -wal and -shm it creates
    // the database file's mode, so all three are the owner's only, whatever the umask.
    const bool onDisk = location != QLatin1String(":memory:") && !location.isEmpty();
    // A field copy goes through the encrypted VFS once it is unlocked, and not at all before.
    const bool encrypted = onDisk && EncryptedFile::isUnlocked(location);
    if (onDisk && !encrypted && file.exists() && EncryptedFile::isEncrypted(location))
        return refused(tr("%1 is a field copy locked with a passphrase; unlock it with its "
                          "passphrase first.")
                           .arg(location));
    if (onDisk && !file.exists())
        createPrivateFile(location);

    const Dialect dialect(Dialect::Kind::Sqlite);
    const QString name = newConnectionName();
    std::unique_ptr<Database> database(new Database(name, location, dialect));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), name);
        db.setDatabaseName(encrypted ? EncryptedFile::sqliteUri(location) : location);
        db.setConnectOptions(encrypted
                                 ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_URI")
                                 : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            log->error("cannot open database: {}", db.lastError().text().toStdString());
            return storageError(
                tr("Cannot open the database %1: %2").arg(location, db.lastError().text()));
        }
        if (encrypted) {
            if (Status reserved = reserveTheSeal(db, location); !reserved)
                return reserved.error();
        }
        if (Status ready = setUpSession(db, dialect, location, encrypted); !ready)
            return ready.error();
    }
    // No export, report or backup may be written over this file or its -wal and -shm.
    if (onDisk) {
        OutputFile::protect(location);
        database->m_protectedFile = true;
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
        QString password = typedPassword(url);
        if (password.isEmpty())
            password = qEnvironmentVariable("OPIEKA_DB_PASSWORD");
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
    // A field copy has no write-ahead log: the checkpoint finds nothing to do, and succeeds.
    return sql::run(*this, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

} // namespace opieka
