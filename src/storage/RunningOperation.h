#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

namespace opieka {

class Database;

// A long change (an import) made known to the other processes while it runs: a row of
// running_operations written and committed in a transaction of its own before the change's own
// transaction takes the write lock, and removed when this object goes. A change that waits for
// the lock in vain names it (SqlTransaction). A row whose process was killed is stale: on a file
// its process is gone from this computer, on a server its connection is; stale rows are never
// named and are removed by the next long change.
class RunningOperation
{
    Q_DECLARE_TR_FUNCTIONS(RunningOperation)

public:
    // What other processes are told of it: `kind` ("import"), its `subject` (the data set's
    // name, "members"), and the account's login.
    static Result<RunningOperation> start(Database& database, const QString& kind,
                                          const QString& subject, const QString& login);
    RunningOperation(RunningOperation&& other) noexcept;
    RunningOperation& operator=(RunningOperation&&) = delete;
    RunningOperation(const RunningOperation&) = delete;
    RunningOperation& operator=(const RunningOperation&) = delete;
    ~RunningOperation();

    struct Info
    {
        QString kind;
        QString subject;
        QString login;
        QDateTime startedAt; // UTC
    };
    // The newest long change that still runs, if any (its process or connection is there).
    static std::optional<Info> current(Database& database);
    // "an import of members by ewa started at 14:02": for the message of a change that waited.
    static QString describe(const Info& info);

private:
    RunningOperation(Database* database, qint64 id)
        : m_database(database)
        , m_id(id)
    {}

    Database* m_database = nullptr; // null when nothing was written or after a move
    qint64 m_id = 0;
};

} // namespace opieka
