#pragma once

#include "Result.h"
#include "User.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace opieka {

class Database;

// An open, current case database: the entry point of every front end (GUI, CLI, tests).
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    enum class OpenMode
    {
        CreateIfMissing, // the window's own file and `init`
        MustExist,       // every other command: a mistyped path must not create an empty file
    };

    // Opens the database and brings its schema up to date (migrations run at open).
    static Result<std::unique_ptr<Workspace>> open(const QString& location, OpenMode mode);

    // A database already opened (and brought up to date) elsewhere, on a connection of its own,
    // for long work on another thread (an import, a report, a backup): no migration check.
    static Result<std::unique_ptr<Workspace>> connect(const QString& location);
    // How long a change waits for another one being saved before it says whose it is (the window
    // waits less than a script).
    static void setDefaultWriteWaitMs(int milliseconds);
    // The password of a server address typed in the window: kept in this process's memory only
    // and used by every later connection to the same server (Database::setServerPassword).
    static void setServerPassword(const QString& location, const QString& password);
    // The schema version this program brings a database to.
    static int latestSchemaVersion();

    Database& database() { return *m_database; }
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    QString location() const;
    // A centre's PostgreSQL server rather than a file; its host and database, as the status bar
    // names it.
    bool isOnServer() const;
    QString serverName() const;
    static QString locationOf(const Database& database); // for screens handed a database
    bool wasUpgraded() const { return m_upgraded; }

    // Makes sure an administrator account exists; creates `login` (with the password, when one is
    // given: at least AccountService::kMinimumPasswordLength characters) if there is none.
    Result<User> ensureAdministrator(const QString& login, const QByteArray& password = {});
    Result<bool> hasAdministrator();
    // The account acting now: `login`, or while sign-in does not exist yet (issue 7), the
    // database's first administrator when no login is given.
    Result<User> actingUser(const QString& login);
    // Who works in a window on a database whose accounts have no passwords (a demo, an older
    // file): the first active manager, who may read every case, else the first administrator.
    Result<User> unprotectedSessionUser();

private:
    explicit Workspace(std::unique_ptr<Database> database);

    std::unique_ptr<Database> m_database;
    bool m_upgraded = false;
};

} // namespace opieka
