#pragma once

#include "Database.h"
#include "Result.h"
#include "User.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace opieka {

// An open, current case database: the entry point of every front end (GUI, CLI, tests).
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    // Opens the database and brings its schema up to date (migrations run at open).
    static Result<std::unique_ptr<Workspace>> open(const QString& location,
                                                   Database::OpenMode mode);

    // A database already opened (and brought up to date) elsewhere, on a connection of its own,
    // for long work on another thread (an import, a report, a backup): no migration check.
    static Result<std::unique_ptr<Workspace>> connect(const QString& location);
    // How long a change waits for another one being saved before it says whose it is (the window
    // waits less than a script).
    static void setDefaultWriteWaitMs(int milliseconds);
    // The schema version this program brings a database to.
    static int latestSchemaVersion();

    Database& database() { return *m_database; }
    QString location() const;
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
    explicit Workspace(std::unique_ptr<Database> database)
        : m_database(std::move(database))
    {}

    std::unique_ptr<Database> m_database;
    bool m_upgraded = false;
};

} // namespace opieka
