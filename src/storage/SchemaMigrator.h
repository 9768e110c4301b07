#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace opieka {

class Database;

// Applies the numbered scripts in resources/migrations, each in its own transaction, and keeps
// the schema version in the database. A database newer than this program is refused.
class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)

public:
    enum class Outcome
    {
        UpToDate,
        Upgraded
    };

    struct Migration
    {
        int version = 0;
        QString name;
        QString path;
    };

    explicit SchemaMigrator(Database& database)
        : m_database(database)
    {}

    static QList<Migration> migrations();
    static int latestVersion();

    // 0 for a new, empty database.
    Result<int> currentVersion();
    // Brings the schema to `target` (default: the newest this program knows).
    Result<Outcome> migrate(int target = -1);

private:
    Status apply(const Migration& migration);

    Database& m_database;
};

} // namespace opieka
