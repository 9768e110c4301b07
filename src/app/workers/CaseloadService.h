#pragma once

#include "CaseloadEngine.h"
#include "CountedCase.h"
#include "Result.h"
#include "Session.h"
#include "User.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace opieka {

class AuditedWrite;
class Database;

// Which workers a caseload report covers. Empty fields filter nothing.
struct CaseloadFilter
{
    std::optional<Role> role;
    QString unit;         // the worker's unit (dział, zespół)
    QString municipality; // workers counting at least one case there (their whole load counts:
                          // the limit is on the worker)

    bool isEmpty() const { return !role && unit.isEmpty() && municipality.isEmpty(); }
};

// What a caseload report reads: its figures alone, or also the list of overrides in force (a
// second pass over the assignments, as long as the number of overrides: tens of thousands in a
// voivodeship), for the screens and documents that show that list.
enum class CaseloadDetail
{
    Figures,
    WithOverrides
};

// The caseload report as of a day: every worker who carries cases, and each role's totals.
struct CaseloadReport
{
    QDate asOf;
    CaseloadFilter filter;
    QList<WorkerCaseload> rows;       // by worker id
    QList<RoleSummary> summaries;     // social workers, assistants, coordinators (filter's role)
    QHash<qint64, int> overrideCount; // per worker in rows: cases counted beyond the limit
    // The cases counted that day beyond the limit, with the reason (CaseloadDetail::WithOverrides
    // only; empty otherwise).
    QList<CountedCase> overrides;
    bool overridesRead = false;
    RuleBook rules; // the rules the report measured against (the centre's set)

    // The legal source of the limit in force for a role on the report's day: the statute's
    // citation, "the centre's own rule", or empty when no rule is in force.
    QString limitSource(Role role) const;

    int overrideCountOf(Role role) const;
    int overrideTotal() const;
    QList<CountedCase> overridesOf(Role role) const;
};

struct AssignRequest
{
    qint64 workerId = 0;
    qint64 caseId =
        0; // a family for social workers and assistants, a foster family for coordinators
    QDate from;
    QString overrideReason; // a manager's reason to go beyond the limit
};

// What an assignment would do, before it is made: the engine's verdict and its context.
struct AssignmentPreview
{
    Worker worker;
    CaseRef caseRef;
    AssignmentVerdict verdict;
};

// The use cases around the caseload limits (przydział spraw i limity).
class CaseloadService
{
    Q_DECLARE_TR_FUNCTIONS(CaseloadService)

public:
    explicit CaseloadService(const Session& session)
        : m_database(session.database())
        , m_actor(session.actor())
    {}

    // Every worker's figures: managers and administrators (Permissions::mayReadReports).
    Result<CaseloadReport> report(const QDate& asOf, const CaseloadFilter& filter = {},
                                  CaseloadDetail detail = CaseloadDetail::Figures);
    // One worker's line of the report (a worker's desk), without the pass over every worker;
    // none for a worker who carries no cases or is not active on the day.
    Result<std::optional<WorkerCaseload>> workerCaseload(qint64 workerId, const QDate& asOf);
    // The cases behind a figure of the report: those the workers count on the day.
    Result<QList<CountedCase>> casesBehind(const QDate& asOf,
                                           const QList<qint64>& workerIds); // managers
    Result<QStringList> units();
    Result<QStringList> municipalities();
    // The engine's verdict on an assignment; refuses (as an error) what no override can allow:
    // unknown ids, a role without cases, a closed case, an inactive worker, a duplicate.
    // Who may assign (Permissions::mayAssignWorkers).
    Result<AssignmentPreview> preview(qint64 workerId, qint64 caseId, const QDate& from);
    Result<qint64> assign(const AssignRequest& request);
    Status release(qint64 workerId, qint64 caseId, const QDate& on);
    // Ends one worker's assignment and starts another's on the same day, in one transaction.
    Result<qint64> transfer(qint64 fromWorkerId, const AssignRequest& to);
    // The workers of a role with room for another case, to suggest one (who may assign).
    Result<QList<WorkerCaseload>> withRoom(Role role, const QDate& asOf);
    Result<RuleBook> rules();        // the rules the centre applies
    Result<RuleBook> statuteRules(); // the statute's rules as shipped (docs/law.md)
    // Where the centre's rules in force on the day differ from the statute's.
    Result<QList<RuleDifference>> differencesFromStatute(const QDate& day);
    // One difference in words, for the manager: the role, the centre's limit and the statute's
    // with its source.
    static QString differenceText(const RuleDifference& difference);
    Result<qint64> addRule(const CaseloadRule& rule);

private:
    Result<CaseloadReport> compute(const QDate& asOf, const CaseloadFilter& filter,
                                   CaseloadDetail detail);
    // The steps of assign, release and addRule inside their audited write.
    Result<qint64> assignInTransaction(AuditedWrite& write, const AssignRequest& request);
    Status endAssignment(AuditedWrite& write, qint64 workerId, const CaseRef& ref, const QDate& on);
    Result<qint64> insertRule(AuditedWrite& write, const CaseloadRule& rule);

    Database& m_database;
    User m_actor; // the signed-in account every read and change is checked for
};

} // namespace opieka
