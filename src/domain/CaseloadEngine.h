#pragma once

#include "Assignment.h"
#include "CaseloadRule.h"
#include "Worker.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace opieka {

// Where a worker stands against the limit.
enum class LoadStatus
{
    Ok,   // below 90 % of the limit
    Near, // from 90 % up to the limit
    Full, // exactly at the limit
    Over, // above the limit
};

QString loadStatusName(LoadStatus status); // ok, near, full, over

struct LoadAssessment
{
    int cases = 0;
    std::optional<int> limit;             // none: no rule in force for the role that day
    std::optional<double> utilisationPct; // none when there is no (or a zero) limit
    LoadStatus status = LoadStatus::Ok;
};

struct WorkerCaseload
{
    Worker worker;
    LoadAssessment load;
};

// One role's totals (the summary report).
struct RoleSummary
{
    Role role = Role::SocialWorker;
    int workers = 0;
    int cases = 0;
    double casesPerWorker = 0.0;
    std::optional<int> limit; // full-time limit in force
    int nearLimit = 0;
    int atLimit = 0;
    int overLimit = 0;
    int extraWorkersNeeded = 0; // full-time workers missing to bring everyone within the limit
    // Social workers only: the art. 110 ust. 11 u.p.s. norm for the centre (social_worker_norm);
    // by residents only when the centre recorded its residents.
    std::optional<int> workersNeededByResidents;
    std::optional<int> workersNeededByFamilies;
};

// The engine's answer to "may this worker take this case from this day?".
struct AssignmentVerdict
{
    bool allowed = false;
    QDate checkedOn;          // the day the answer is about (the first day of trouble if refused)
    int casesAfter = 0;       // the worker's cases on that day with the new one
    std::optional<int> limit; // the worker's limit on that day
    QString message;          // says who, how many and what the limit is
};

// Pure rules of the caseload limits; knows nothing of storage.
class CaseloadEngine
{
    Q_DECLARE_TR_FUNCTIONS(CaseloadEngine)

public:
    // A worker's own limit: the role's limit, scaled by FTE when the rule says so (whole cases).
    static int effectiveLimit(const CaseloadRule& rule, double fte);
    static std::optional<int> limitFor(const Worker& worker, const RuleBook& rules,
                                       const QDate& day);
    static LoadStatus statusFor(int cases, std::optional<int> limit);
    static LoadAssessment assess(int cases, std::optional<int> limit);

    static WorkerCaseload caseloadOf(const Worker& worker, int cases, const RuleBook& rules,
                                     const QDate& day);
    static RoleSummary summarise(Role role, const QList<WorkerCaseload>& rows,
                                 const RuleBook& rules, const QDate& day);

    // Checks the new assignment on its first day and on every later day the load could rise
    // (another case starting or opening) or the limit fall (a rule change) while it runs.
    static AssignmentVerdict checkAssignment(const Worker& worker,
                                             const QList<CountedAssignment>& existing,
                                             const CountedAssignment& proposed,
                                             const RuleBook& rules);

    // Workers of the role with room left, least loaded first.
    static QList<WorkerCaseload> withRoom(Role role, const QList<WorkerCaseload>& rows);

    static QString caseNoun(Role role, int count);
};

} // namespace opieka
