#include "CaseloadEngine.h"

#include "EnumNames.h"
#include "PastDates.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace opieka {
namespace {
constexpr EnumNames<LoadStatus, 4> kStatuses{{{
    {LoadStatus::Ok, "ok"},
    {LoadStatus::Near, "near"},
    {LoadStatus::Full, "full"},
    {LoadStatus::Over, "over"},
}}};
} // namespace

QString loadStatusName(LoadStatus status)
{
    return kStatuses.name(status);
}

int CaseloadEngine::effectiveLimit(const CaseloadRule& rule, double fte)
{
    if (!rule.prorated)
        return rule.limit;
    // A part-time worker takes whole families only; the small epsilon keeps 20 * 0.7 at 14.
    return static_cast<int>(std::floor(rule.limit * fte + 1e-9));
}

std::optional<int> CaseloadEngine::limitFor(const Worker& worker, const RuleBook& rules,
                                            const QDate& day)
{
    const auto rule = rules.ruleFor(worker.role, day);
    if (!rule)
        return std::nullopt;
    return effectiveLimit(*rule, worker.fte);
}

LoadStatus CaseloadEngine::statusFor(int cases, std::optional<int> limit)
{
    if (!limit)
        return LoadStatus::Ok;
    if (cases > *limit)
        return LoadStatus::Over;
    if (cases == *limit)
        return LoadStatus::Full;
    if (cases * 10 >= *limit * 9) // from 90 %, in whole numbers to avoid rounding at the edge
        return LoadStatus::Near;
    return LoadStatus::Ok;
}

LoadAssessment CaseloadEngine::assess(int cases, std::optional<int> limit)
{
    LoadAssessment load;
    load.cases = cases;
    load.limit = limit;
    if (limit && *limit > 0)
        load.utilisationPct = 100.0 * cases / *limit;
    load.status = statusFor(cases, limit);
    return load;
}

WorkerCaseload CaseloadEngine::caseloadOf(const Worker& worker, int cases, const RuleBook& rules,
                                          const QDate& day)
{
    return {worker, assess(cases, limitFor(worker, rules, day))};
}

RoleSummary CaseloadEngine::summarise(Role role, const QList<WorkerCaseload>& rows,
                                      const RuleBook& rules, const QDate& day)
{
    RoleSummary summary;
    summary.role = role;
    const auto rule = rules.ruleFor(role, day);
    if (rule)
        summary.limit = rule->limit;

    double capacityUnits = 0.0; // full-time equivalents as the rule counts them
    for (const WorkerCaseload& row : rows) {
        if (row.worker.role != role)
            continue;
        ++summary.workers;
        summary.cases += row.load.cases;
        capacityUnits += (rule && rule->prorated) ? row.worker.fte : 1.0;
        switch (row.load.status) {
        case LoadStatus::Near:
            ++summary.nearLimit;
            break;
        case LoadStatus::Full:
            ++summary.atLimit;
            break;
        case LoadStatus::Over:
            ++summary.overLimit;
            break;
        case LoadStatus::Ok:
            break;
        }
    }
    if (summary.workers > 0)
        summary.casesPerWorker = static_cast<double>(summary.cases) / summary.workers;
    if (rule && rule->limit > 0) {
        // Cases shared out over the team: how many more full-time workers the total needs.
        const double needed = static_cast<double>(summary.cases) / rule->limit - capacityUnits;
        summary.extraWorkersNeeded = std::max(0, static_cast<int>(std::ceil(needed - 1e-9)));
    }
    return summary;
}

AssignmentVerdict CaseloadEngine::checkAssignment(const Worker& worker,
                                                  const QList<CountedAssignment>& existing,
                                                  const CountedAssignment& proposed,
                                                  const RuleBook& rules)
{
    const QDate start = std::max(proposed.from, proposed.caseOpened);
    std::set<QDate> days{start};
    auto consider = [&](const QDate& day) {
        if (day > start)
            days.insert(day);
    };
    for (const CountedAssignment& other : existing) {
        consider(other.from);
        consider(other.caseOpened);
    }
    for (const QDate& day : rules.changesAfter(worker.role, start))
        consider(day);

    AssignmentVerdict verdict;
    verdict.allowed = true;
    verdict.checkedOn = start;
    bool first = true;
    for (const QDate& day : days) {
        if (!proposed.countsOn(day))
            continue;
        int cases = 1;
        for (const CountedAssignment& other : existing)
            if (other.countsOn(day))
                ++cases;
        const auto limit = limitFor(worker, rules, day);
        if (first) {
            verdict.casesAfter = cases;
            verdict.limit = limit;
            first = false;
        }
        if (limit && cases > *limit) {
            verdict.allowed = false;
            verdict.checkedOn = day;
            verdict.casesAfter = cases;
            verdict.limit = limit;
            verdict.message =
                tr("%1 would have %2 with this one on %3, above the limit of %4 for the role.")
                    .arg(worker.displayName(), caseNoun(worker.role, cases), localDate(day))
                    .arg(*limit);
            return verdict;
        }
    }
    if (verdict.limit)
        verdict.message = tr("%1 will have %2 of the limit of %3.")
                              .arg(worker.displayName(), caseNoun(worker.role, verdict.casesAfter))
                              .arg(*verdict.limit);
    else
        verdict.message = tr("%1 will have %2; no limit is in force for the role.")
                              .arg(worker.displayName(), caseNoun(worker.role, verdict.casesAfter));
    return verdict;
}

QList<WorkerCaseload> CaseloadEngine::withRoom(Role role, const QList<WorkerCaseload>& rows)
{
    QList<WorkerCaseload> room;
    for (const WorkerCaseload& row : rows)
        if (row.worker.role == role && row.load.limit && row.load.cases < *row.load.limit)
            room << row;
    std::stable_sort(room.begin(), room.end(),
                     [](const WorkerCaseload& a, const WorkerCaseload& b) {
                         const double ua = a.load.utilisationPct.value_or(0.0);
                         const double ub = b.load.utilisationPct.value_or(0.0);
                         if (ua != ub)
                             return ua < ub;
                         if (a.load.cases != b.load.cases)
                             return a.load.cases < b.load.cases;
                         return a.worker.id < b.worker.id;
                     });
    return room;
}

QString CaseloadEngine::caseNoun(Role role, int count)
{
    if (role == Role::FosterCareCoordinator)
        return tr("%n foster family(ies)", nullptr, count);
    return tr("%n family(ies)", nullptr, count);
}

} // namespace opieka
