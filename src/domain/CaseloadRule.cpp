#include "CaseloadRule.h"

#include "Role.h"

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

QList<RuleDifference> differencesFromStatute(const RuleBook& applied, const RuleBook& statute,
                                             const QDate& day)
{
    QList<RuleDifference> differences;
    for (Role role : caseloadRoles()) {
        const auto ours = applied.ruleFor(role, day);
        const auto law = statute.ruleFor(role, day);
        if (!law)
            continue; // the statute says nothing for the role that day: nothing to differ from
        if (ours && ours->limit == law->limit && ours->prorated == law->prorated)
            continue;
        differences << RuleDifference{role, ours, law};
    }
    return differences;
}

namespace social_worker_norm {
namespace {
int postsFor(qint64 count, int perWorker)
{
    const qint64 posts = (count + perWorker - 1) / perWorker; // whole posts, rounded up
    return static_cast<int>(std::max<qint64>(posts, kMinimumWorkers));
}
} // namespace

std::optional<int> neededByResidents(std::optional<int> residents)
{
    if (!residents || *residents < 0)
        return std::nullopt;
    return postsFor(*residents, kResidentsPerWorker);
}

int neededByFamilies(int families)
{
    return postsFor(std::max(families, 0), kFamiliesPerWorker);
}
} // namespace social_worker_norm

} // namespace opieka
