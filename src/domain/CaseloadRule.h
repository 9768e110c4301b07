#pragma once

#include "Role.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace opieka {

// One line of a rule set: how many cases a role may carry from a date on.
struct CaseloadRule
{
    CaseloadRule() = default;
    // The source last and optional: a rule written without one is the centre's own.
    CaseloadRule(qint64 id_, Role role_, int limit_, bool prorated_, QDate validFrom_,
                 QString source_ = {})
        : id(id_)
        , role(role_)
        , limit(limit_)
        , prorated(prorated_)
        , validFrom(validFrom_)
        , source(std::move(source_))
    {}

    qint64 id = 0;
    Role role = Role::SocialWorker;
    int limit = 0;         // cases for a full-time worker
    bool prorated = false; // the limit scales with the worker's FTE (etat)
    QDate validFrom;       // in force from this day until a later rule for the role
    QString source;        // the legal source of a statute's rule; empty: the centre's own rule

    bool isCentresOwn() const { return source.isEmpty(); }
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

// Where the rule a centre applies for a role on a day is not the statute's rule of that day: a
// stricter local limit, or a rule that keeps an older or looser limit.
struct RuleDifference
{
    Role role = Role::SocialWorker;
    std::optional<CaseloadRule> applied; // the centre's rule in force
    std::optional<CaseloadRule> statute; // the statute's rule in force

    bool stricter() const { return applied && statute && applied->limit < statute->limit; }
};

// The roles whose rule in force on `day` differs (limit or proration) between the centre's rule
// set and the statute's.
QList<RuleDifference> differencesFromStatute(const RuleBook& applied, const RuleBook& statute,
                                             const QDate& day);

// The norm of art. 110 ust. 11 u.p.s.: one full-time social worker per 2,000 residents, or per at
// most 50 families and people living alone in social work, and at least three in a centre.
// "Needed" is rounded up to whole posts and never below three.
namespace social_worker_norm {
constexpr int kResidentsPerWorker = 2000;
constexpr int kFamiliesPerWorker = 50;
constexpr int kMinimumWorkers = 3;

std::optional<int> neededByResidents(std::optional<int> residents); // none when not recorded
int neededByFamilies(int families);
} // namespace social_worker_norm

} // namespace opieka
