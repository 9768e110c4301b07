#pragma once

#include "Result.h"

#include <QHash>
#include <QSqlQuery>
#include <memory>
#include <vector>

namespace opieka {

class Database;

// Whether ids exist in a table: each id asked once, through one prepared statement, and the
// answer kept. For imports that check a million references against a few hundred thousand rows
// in their own transaction (rows cannot disappear under it).
class KnownIds
{
public:
    enum class Table
    {
        Families,
        Workers,
    };

    KnownIds(Database& database, Table table);
    ~KnownIds();
    KnownIds(const KnownIds&) = delete;
    KnownIds& operator=(const KnownIds&) = delete;

    Result<bool> contains(qint64 id);

private:
    Database& m_database;
    Table m_table;
    std::unique_ptr<QSqlQuery> m_query;
    // The answers: for ids up to kDenseLimit (a register's ids are dense from 1) one byte each,
    // indexed by id (0 not asked yet, 1 known, 2 unknown), which a million look-ups find faster
    // than a hash; any other id in the hash.
    static constexpr qint64 kDenseLimit = qint64(1) << 24;
    std::vector<quint8> m_dense;
    QHash<qint64, bool> m_answers;
};

} // namespace opieka
