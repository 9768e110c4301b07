#pragma once

#include "Role.h"

#include <QDate>
#include <QList>
#include <optional>

namespace opieka {

// One line of a rule set: how many cases a role may carry from a date on.
struct CaseloadRule
{
    qint64 id = 0;
    Role role = Role::SocialWorker;
    int limit = 0;         // cases for a full-time worker
    bool prorated = false; // the limit scales with the worker's FTE (etat)
    QDate validFrom;       // in force from this day until a later rule for the role
};

// All rules of all dates; answers which one is in force for a role on a day.
class RuleBook
{
public:
    RuleBook() = default;
    explicit RuleBook(QList<CaseloadRule> rules);

    std::optional<CaseloadRule> ruleFor(Role role, const QDate& day) const;
    // Days after `day` on which a new rule for the role takes effect.
    QList<QDate> changesAfter(Role role, const QDate& day) const;
    const QList<CaseloadRule>& rules() const { return m_rules; }

private:
    QList<CaseloadRule> m_rules; // sorted by role, then valid_from
};

} // namespace opieka
