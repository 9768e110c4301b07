#pragma once

#include "AuditRepository.h"
#include "Database.h"
#include "SqlHelpers.h"

#include <QString>
#include <QStringList>
#include <gtest/gtest.h>

namespace opieka::test {

// What the exchange tests read back from a centre's database: how many rows a table holds, the
// new values of one action's audit records, and whether the audit chain still verifies.
inline int rowCount(Database& database, const char* table)
{
    auto n =
        sql::number(database, QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table));
    EXPECT_TRUE(n.ok());
    return n.ok() ? *n : -1;
}

// The audit records of `action`, their new values as JSON text, oldest first.
inline QStringList auditedValues(Database& database, const QString& action)
{
    auto rows = sql::rows(database,
                          QStringLiteral("SELECT new_values FROM audit_log WHERE action = ? "
                                         "ORDER BY id"),
                          {action}, sql::textColumn);
    EXPECT_TRUE(rows.ok());
    return rows.ok() ? *rows : QStringList();
}

inline void expectAuditChainVerifies(Database& database)
{
    auto chain = AuditRepository(database).verifyChain();
    ASSERT_TRUE(chain.ok());
    EXPECT_FALSE(chain->brokenAt);
}

} // namespace opieka::test
