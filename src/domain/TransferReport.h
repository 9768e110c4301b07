#pragma once

#include <QList>
#include <QString>

namespace opieka {

// One table as it was copied, counted on both sides after the copy.
struct TableCount
{
    QString table;
    qint64 sourceRows = 0;
    qint64 targetRows = 0;
};

// What a move of a centre's database to its server copied (`opieka-cli migrate`).
struct TransferReport
{
    int schemaVersion = 0;
    QList<TableCount> tables; // in the order they were copied: referenced tables first
    int auditRecords = 0;     // the audit chain, verified on the target

    qint64 rows() const
    {
        qint64 total = 0;
        for (const TableCount& table : tables)
            total += table.targetRows;
        return total;
    }
};

} // namespace opieka
