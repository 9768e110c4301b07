#pragma once

#include "CaseloadRule.h"
#include "Repository.h"
#include "Result.h"

namespace opieka {

// Caseload-limit rules (limity spraw), effective-dated.
class RuleRepository : public Repository
{
public:
    using Repository::Repository;

    Result<RuleBook> all();     // the rules the centre applies (statute's and its own)
    Result<RuleBook> statute(); // the statute's rules as shipped (statute_rules)
    Result<qint64> insert(const CaseloadRule& rule);
    Result<bool> exists(Role role, const QDate& validFrom);
};

} // namespace opieka
