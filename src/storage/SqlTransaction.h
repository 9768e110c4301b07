#pragma once

#include "Result.h"

namespace opieka {

class Database;

// Move-only guard: begins a write transaction, rolls back in its destructor unless committed.
// Nested guards join the outermost transaction; only the outermost commits.
class SqlTransaction
{
public:
    static Result<SqlTransaction> begin(Database& database);
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
