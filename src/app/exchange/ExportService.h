#pragma once

#include "DataSet.h"
#include "Result.h"
#include "Session.h"
#include "User.h"

#include <QIODevice>

namespace opieka {

class Database;

// CSV export with the same columns the import reads, so an export imports back unchanged.
// Rows are streamed: nothing holds a whole table in memory.
class ExportService
{
public:
    explicit ExportService(const Session& session)
        : m_database(session.database())
        , m_actor(session.actor())
    {}

    // Families, members, visits and placements are personal data: managers export them. The
    // workers list (no case data) also goes to administrators, who set centres up.
    Result<int> exportCsv(DataSet set, QIODevice& out);

private:
    Database& m_database;
    User m_actor; // the signed-in account every read and change is checked for
};

} // namespace opieka
