#pragma once

#include "Result.h"
#include "Session.h"
#include "TransferReport.h"
#include "User.h"

#include <QCoreApplication>
#include <QString>

namespace opieka {

class Database;

// A centre's database file moved to its PostgreSQL server (`opieka-cli migrate`,
// docs/deployment.md). Administrators only: the accounts and the whole audit trail move with the
// data. The move itself is the first record the server's audit trail adds after the file's: who
// moved it, from which file, how many rows and audit records.
class MoveService
{
    Q_DECLARE_TR_FUNCTIONS(MoveService)

public:
    // The session is on the file to move (its database is the source), signed in as the account
    // that moves it.
    explicit MoveService(const Session& session)
        : m_database(session.database())
        , m_actor(session.actor())
    {}

    // The file must be an Opieka database at this program's schema. Checked before the file is
    // opened as a workspace, which would upgrade an older one: a move must not change the file.
    static Status checkSource(const QString& file);

    // Whether the signed-in account may move the database (asked before connecting to the
    // server).
    Status mayMove() const;

    // Connects to the empty database at `targetLocation` (the server's address), copies the
    // session's database into it (DatabaseTransfer::copy), then records the move in the target's
    // audit trail, naming `sourceName`.
    Result<TransferReport> moveToServer(const QString& sourceName, const QString& targetLocation);

private:
    Database& m_database;
    User m_actor; // the signed-in account every read and change is checked for
};

} // namespace opieka
