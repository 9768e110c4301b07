#pragma once

#include "Result.h"

namespace opieka {

class Database;

// Move-only guard: begins a write transaction, rolls back in its destructor unless committed.
// Nested guards join the outermost transaction; only the outermost commits.
class SqlTransaction
{
public:
    enum class Wait
    {
        Bounded, // for another change's write lock, at most Database::writeWaitMs
        No,      // not at all: a step that may be left for later (ErrorKind::Busy at once)
    };
    // When another change holds the write lock for longer than the wait: ErrorKind::Busy, with
    // a message naming the long change being saved (RunningOperation) when one is known.
    static Result<SqlTransaction> begin(Database& database, Wait wait = Wait::Bounded);
    SqlTransaction(SqlTransaction&& other) noexcept;
    SqlTransaction& operator=(SqlTransaction&&) = delete;
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;
    ~SqlTransaction();

    Status commit();

private:
    explicit SqlTransaction(Database* database)
        : m_database(database)
    {}
    void rollback();

    Database* m_database = nullptr; // null once committed, rolled back or moved from
};

} // namespace opieka
