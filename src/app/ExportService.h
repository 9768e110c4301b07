#pragma once

#include "DataSet.h"
#include "Result.h"

#include <QIODevice>

namespace opieka {

class Database;

// CSV export with the same columns the import reads, so an export imports back unchanged.
// Rows are streamed: nothing holds a whole table in memory.
class ExportService
{
public:
    explicit ExportService(Database& database)
        : m_database(database)
    {}

    Result<int> exportCsv(DataSet set, QIODevice& out);

private:
    Database& m_database;
};

} // namespace opieka
