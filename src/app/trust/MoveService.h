#pragma once

#include "Result.h"
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
    // The file must be an Opieka database at this program's schema. Checked before the file is
    // opened as a workspace, which would upgrade an older one: a move must not change the file.
    static Status checkSource(const QString& file);

    // Whether the account may move the database (asked before connecting to the server).
    static Status mayMove(const User& actor);

    // Connects to the empty database at `targetLocation` (the server's address), copies
    // `source` into it (DatabaseTransfer::copy), then records the move in the target's audit
    // trail, naming `sourceName`.
    static Result<TransferReport> moveToServer(const User& actor, Database& source,
                                               const QString& sourceName,
                                               const QString& targetLocation);
};

} // namespace opieka
