#pragma once

namespace opieka {

class Database;

// The base of every repository and query here: the connection it reads and writes through (the
// caller's, which outlives it). A repository states its SQL and how a row becomes a value; the
// reading and error reporting are SqlHelpers' (sql::rows, firstRow, eachRow).
class Repository
{
public:
    explicit Repository(Database& database)
        : m_database(database)
    {}

protected:
    Database& m_database;
};

} // namespace opieka
