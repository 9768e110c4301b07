#pragma once

#include "CaseloadRule.h"
#include "Result.h"

namespace opieka {

class Database;

// Caseload-limit rules (limity spraw), effective-dated.
class RuleRepository
{
public:
    explicit RuleRepository(Database& database)
        : m_database(database)
    {}

    Result<RuleBook> all();     // the rules the centre applies (statute's and its own)
    Result<RuleBook> statute(); // the statute's rules as shipped (statute_rules)
    Result<qint64> insert(const CaseloadRule& rule);
    Result<bool> exists(Role role, const QDate& validFrom);

private:
    Database& m_database;
};

} // namespace opieka
