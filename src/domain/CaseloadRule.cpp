#include "CaseloadRule.h"

#include <algorithm>

namespace opieka {

RuleBook::RuleBook(QList<CaseloadRule> rules)
    : m_rules(std::move(rules))
{
    std::sort(m_rules.begin(), m_rules.end(), [](const CaseloadRule& a, const CaseloadRule& b) {
        if (a.role != b.role)
            return a.role < b.role;
        return a.validFrom < b.validFrom;
    });
}

std::optional<CaseloadRule> RuleBook::ruleFor(Role role, const QDate& day) const
{
    std::optional<CaseloadRule> inForce;
    for (const CaseloadRule& rule : m_rules)
        if (rule.role == role && rule.validFrom <= day)
            inForce = rule; // sorted: the latest one that has started wins
    return inForce;
}

QList<QDate> RuleBook::changesAfter(Role role, const QDate& day) const
{
    QList<QDate> days;
    for (const CaseloadRule& rule : m_rules)
        if (rule.role == role && rule.validFrom > day)
            days << rule.validFrom;
    return days;
}

} // namespace opieka
