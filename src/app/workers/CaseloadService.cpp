#include "CaseloadService.h"

#include "AssignmentRepository.h"
#include "AuditedWrite.h"
#include "CaseloadDetailQuery.h"
#include "Database.h"
#include "EntityJson.h"
#include "FamilyRepository.h"
#include "FieldCopy.h"
#include "FosterFamilyRepository.h"
#include "Logging.h"
#include "Lookup.h"
#include "PastDates.h"
#include "Permissions.h"
#include "RuleRepository.h"
#include "SettingsService.h"
#include "WorkerRepository.h"

namespace opieka {
namespace {
// The open period of the case an assignment points at.
struct CasePeriod
{
    QDate opened;
    std::optional<QDate> closed;
};

// The open period of a family or foster family found (or none).
template <typename Case>
Result<std::optional<CasePeriod>> periodOf(const Result<std::optional<Case>>& found)
{
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<CasePeriod>();
    return std::optional<CasePeriod>(CasePeriod{(*found)->openedOn, (*found)->closedOn});
}

Result<std::optional<CasePeriod>> casePeriod(Database& database, const CaseRef& ref)
{
    if (ref.kind == CaseKind::Family)
        return periodOf(FamilyRepository(database).find(ref.id));
    return periodOf(FosterFamilyRepository(database).find(ref.id));
}

QString caseLabel(const CaseRef& ref)
{
    return ref.kind == CaseKind::Family
               ? QCoreApplication::translate("CaseloadService", "family %1").arg(ref.id)
               : QCoreApplication::translate("CaseloadService", "foster family %1").arg(ref.id);
}
} // namespace

QString CaseloadReport::limitSource(Role role) const
{
    const auto rule = rules.ruleFor(role, asOf);
    if (!rule)
        return {};
    return rule->isCentresOwn()
               ? QCoreApplication::translate("CaseloadService", "the centre's own rule")
               : rule->source;
}

int CaseloadReport::overrideCountOf(Role role) const
{
    int count = 0;
    for (const WorkerCaseload& row : rows)
        if (row.worker.role == role)
            count += overrideCount.value(row.worker.id);
    return count;
}

int CaseloadReport::overrideTotal() const
{
    int count = 0;
    for (int n : overrideCount)
        count += n;
    return count;
}

QList<CountedCase> CaseloadReport::overridesOf(Role role) const
{
    QSet<qint64> ids;
    for (const WorkerCaseload& row : rows)
        if (row.worker.role == role)
            ids.insert(row.worker.id);
    QList<CountedCase> list;
    for (const CountedCase& c : overrides)
        if (ids.contains(c.workerId))
            list << c;
    return list;
}

Result<CaseloadReport> CaseloadService::report(const QDate& asOf, const CaseloadFilter& filter,
                                               CaseloadDetail detail)
{
    if (Status may = Permissions::mayReadReports(m_actor); !may)
        return may.error();
    return compute(asOf, filter, detail);
}

Result<CaseloadReport> CaseloadService::compute(const QDate& asOf, const CaseloadFilter& filter,
                                                CaseloadDetail detail)
{
    auto workers = WorkerRepository(m_database).all();
    if (!workers)
        return workers.error();
    auto rules = RuleRepository(m_database).all();
    if (!rules)
        return rules.error();
    auto counts = AssignmentRepository(m_database).countsOn(asOf);
    if (!counts)
        return counts.error();
    CaseloadDetailQuery details(m_database);
    std::optional<QSet<qint64>> serving;
    if (!filter.municipality.isEmpty()) {
        auto ids = details.workersServing(filter.municipality, asOf);
        if (!ids)
            return ids.error();
        serving = *ids;
    }
    CaseloadReport report;
    report.asOf = asOf;
    report.filter = filter;
    report.rules = *rules;
    QSet<qint64> included;
    for (const Worker& worker : *workers) {
        if (!carriesCases(worker.role) || !worker.isActiveOn(asOf))
            continue;
        if ((filter.role && worker.role != *filter.role) ||
            (!filter.unit.isEmpty() && worker.unit != filter.unit) ||
            (serving && !serving->contains(worker.id)))
            continue;
        const CaseCounts counted = counts->value(worker.id);
        report.rows << CaseloadEngine::caseloadOf(worker, counted.cases, *rules, asOf);
        if (counted.overrides > 0)
            report.overrideCount.insert(worker.id, counted.overrides);
        included.insert(worker.id);
    }
    auto residents = SettingsService(Session(m_database, m_actor)).residents();
    if (!residents)
        return residents.error();
    for (Role role : caseloadRoles()) {
        if (filter.role && *filter.role != role)
            continue;
        RoleSummary summary = CaseloadEngine::summarise(role, report.rows, *rules, asOf);
        if (role == Role::SocialWorker) {
            summary.workersNeededByResidents = social_worker_norm::neededByResidents(*residents);
            summary.workersNeededByFamilies = social_worker_norm::neededByFamilies(summary.cases);
        }
        report.summaries << summary;
    }
    if (detail == CaseloadDetail::WithOverrides) {
        auto overrides = details.overridesOn(asOf);
        if (!overrides)
            return overrides.error();
        for (const CountedCase& c : *overrides)
            if (included.contains(c.workerId))
                report.overrides << c;
        report.overridesRead = true;
    }
    return report;
}

Result<std::optional<WorkerCaseload>> CaseloadService::workerCaseload(qint64 workerId,
                                                                      const QDate& asOf)
{
    auto worker = WorkerRepository(m_database).find(workerId);
    if (!worker)
        return worker.error();
    if (!*worker || !carriesCases((*worker)->role) || !(*worker)->isActiveOn(asOf))
        return std::optional<WorkerCaseload>();
    auto rules = RuleRepository(m_database).all();
    if (!rules)
        return rules.error();
    auto counted = AssignmentRepository(m_database).countOn(asOf, workerId);
    if (!counted)
        return counted.error();
    return std::optional<WorkerCaseload>(
        CaseloadEngine::caseloadOf(**worker, counted->cases, *rules, asOf));
}

Result<QList<CountedCase>> CaseloadService::casesBehind(const QDate& asOf,
                                                        const QList<qint64>& workerIds)
{
    if (Status may = Permissions::mayListCasesBehind(m_actor); !may)
        return may.error();
    if (workerIds.isEmpty())
        return QList<CountedCase>();
    return CaseloadDetailQuery(m_database).casesOn(asOf, workerIds);
}

Result<QStringList> CaseloadService::units()
{
    return CaseloadDetailQuery(m_database).units();
}

Result<QStringList> CaseloadService::municipalities()
{
    return CaseloadDetailQuery(m_database).municipalities();
}

Result<AssignmentPreview> CaseloadService::preview(qint64 workerId, qint64 caseId,
                                                   const QDate& from)
{
    if (Status may = Permissions::mayAssignWorkers(m_actor); !may)
        return may.error();
    auto worker = Lookup::worker(m_database, workerId);
    if (!worker)
        return worker.error();
    const Worker& w = *worker;
    const auto kind = caseKindFor(w.role);
    if (!kind)
        return refused(
            tr("Worker %1 is a %2 and carries no cases.").arg(workerId).arg(roleName(w.role)));
    if (!w.isActiveOn(from))
        return refused(tr("Worker %1 is not employed on %2.").arg(workerId).arg(localDate(from)));

    const CaseRef ref{*kind, caseId};
    auto period = casePeriod(m_database, ref);
    if (!period)
        return period.error();
    if (!*period)
        return badInput(tr("There is no %1 (worker %2 is a %3, who works with %4).")
                            .arg(caseLabel(ref))
                            .arg(workerId)
                            .arg(roleName(w.role), *kind == CaseKind::Family
                                                       ? tr("families")
                                                       : tr("foster families")));
    if ((*period)->closed && *(*period)->closed <= from)
        return refused(tr("The %1 is closed since %2; a closed case takes no new worker.")
                           .arg(caseLabel(ref), localDate((*period)->closed)));
    if ((*period)->opened > from)
        return refused(tr("The %1 opens on %2; assign it from that day.")
                           .arg(caseLabel(ref), localDate((*period)->opened)));

    AssignmentRepository assignments(m_database);
    auto overlap = assignments.overlaps(workerId, ref, from, std::nullopt);
    if (!overlap)
        return overlap.error();
    if (*overlap)
        return refused(tr("Worker %1 already works with the %2 on or after %3.")
                           .arg(workerId)
                           .arg(caseLabel(ref), localDate(from)));

    auto existing = assignments.countedForWorker(workerId);
    if (!existing)
        return existing.error();
    auto rules = RuleRepository(m_database).all();
    if (!rules)
        return rules.error();
    const CountedAssignment proposed{from, std::nullopt, (*period)->opened, (*period)->closed};
    return AssignmentPreview{w, ref,
                             CaseloadEngine::checkAssignment(w, *existing, proposed, *rules)};
}

Result<qint64> CaseloadService::assign(const AssignRequest& request)
{
    OPIEKA_TRY(FieldCopy::refuseOffline(m_database, FieldCopy::CentreOnly::Assignments));
    return AuditedWrite(m_database, m_actor).run([&](AuditedWrite& write) {
        return assignInTransaction(write, request);
    });
}

Result<qint64> CaseloadService::assignInTransaction(AuditedWrite& write,
                                                    const AssignRequest& request)
{
    if (Status allowed = Permissions::mayAssignWorkers(m_actor); !allowed)
        return allowed.error();
    // Checked inside the write transaction, so no other writer can slip in between.
    auto preview = this->preview(request.workerId, request.caseId, request.from);
    if (!preview)
        return preview.error();

    Assignment assignment;
    assignment.workerId = request.workerId;
    assignment.caseRef = preview->caseRef;
    assignment.from = request.from;
    const QString reason = request.overrideReason.trimmed();
    if (!preview->verdict.allowed) {
        if (reason.isEmpty())
            return refused(preview->verdict.message + QLatin1Char(' ') +
                           tr("A manager can allow it by giving an override reason."));
        if (Status may = Permissions::mayOverrideLimit(m_actor); !may)
            return may.error();
        assignment.overrideReason = reason;
    }

    auto id = AssignmentRepository(m_database).insert(assignment);
    if (!id)
        return id.error();
    assignment.id = *id;
    OPIEKA_TRY(write.record(assignment.overrideReason.isEmpty() ? QStringLiteral("assign")
                                                                : QStringLiteral("assign.override"),
                            QStringLiteral("assignment"), *id, {}, toJson(assignment)));
    logging::get("app")->info("assignment {} created{}", *id,
                              assignment.overrideReason.isEmpty() ? "" : " with override");
    return id;
}

Status CaseloadService::release(qint64 workerId, qint64 caseId, const QDate& on)
{
    OPIEKA_TRY(FieldCopy::refuseOffline(m_database, FieldCopy::CentreOnly::Assignments));
    if (Status allowed = Permissions::mayAssignWorkers(m_actor); !allowed)
        return allowed;
    auto worker = Lookup::worker(m_database, workerId);
    if (!worker)
        return worker.error();
    const auto kind = caseKindFor(worker->role);
    if (!kind)
        return refused(tr("Worker %1 is a %2 and carries no cases.")
                           .arg(workerId)
                           .arg(roleLabel(worker->role)));
    const CaseRef ref{*kind, caseId};
    return AuditedWrite(m_database, m_actor).run([&](AuditedWrite& write) {
        return endAssignment(write, workerId, ref, on);
    });
}

Status CaseloadService::endAssignment(AuditedWrite& write, qint64 workerId, const CaseRef& ref,
                                      const QDate& on)
{
    AssignmentRepository assignments(m_database);
    // The assignment running the day before the release: it ends on `on`.
    auto running = assignments.runningOn(workerId, ref, on.addDays(-1));
    if (!running)
        return running.error();
    if (!*running) {
        auto startsThatDay = assignments.runningOn(workerId, ref, on);
        if (startsThatDay && *startsThatDay)
            return refused(tr("Worker %1 starts with the %2 on %3; an assignment must last at "
                              "least one day.")
                               .arg(workerId)
                               .arg(caseLabel(ref), localDate(on)));
        return refused(tr("Worker %1 does not work with the %2 on %3.")
                           .arg(workerId)
                           .arg(caseLabel(ref), localDate(on.addDays(-1))));
    }
    Assignment before = **running;
    Assignment after = before;
    after.to = on;
    if (before.to && *before.to <= on)
        return refused(tr("The assignment already ends on %1.").arg(localDate(before.to)));
    OPIEKA_TRY(assignments.end(before.id, on));
    return write.record(QStringLiteral("release"), QStringLiteral("assignment"), before.id,
                        toJson(before), toJson(after));
}

Result<qint64> CaseloadService::transfer(qint64 fromWorkerId, const AssignRequest& to)
{
    OPIEKA_TRY(FieldCopy::refuseOffline(m_database, FieldCopy::CentreOnly::Assignments));
    // The release joins this transaction: a refused assignment rolls it back too.
    return AuditedWrite(m_database, m_actor).run([&](AuditedWrite& write) -> Result<qint64> {
        OPIEKA_TRY(release(fromWorkerId, to.caseId, to.from));
        return assignInTransaction(write, to);
    });
}

Result<QList<WorkerCaseload>> CaseloadService::withRoom(Role role, const QDate& asOf)
{
    if (Status may = Permissions::mayAssignWorkers(m_actor); !may)
        return may.error();
    auto full = compute(asOf, {}, CaseloadDetail::Figures);
    if (!full)
        return full.error();
    return CaseloadEngine::withRoom(role, full->rows);
}

Result<RuleBook> CaseloadService::rules()
{
    return RuleRepository(m_database).all();
}

Result<RuleBook> CaseloadService::statuteRules()
{
    return RuleRepository(m_database).statute();
}

Result<QList<RuleDifference>> CaseloadService::differencesFromStatute(const QDate& day)
{
    RuleRepository repository(m_database);
    auto applied = repository.all();
    if (!applied)
        return applied.error();
    auto statute = repository.statute();
    if (!statute)
        return statute.error();
    return opieka::differencesFromStatute(*applied, *statute, day);
}

QString CaseloadService::differenceText(const RuleDifference& d)
{
    const QString statute = tr("the statute: %1 from %2 (%3)")
                                .arg(d.statute->limit)
                                .arg(localDate(d.statute->validFrom), d.statute->source);
    if (!d.applied)
        return tr("%1: the centre has no rule in force; %2.").arg(roleLabel(d.role), statute);
    const QString whose = d.applied->isCentresOwn() ? tr("the centre's own rule")
                                                    : tr("a rule of the statute's past wording");
    const QString kind =
        d.stricter() ? tr("stricter than the statute") : tr("not the statute's limit");
    return tr("%1: the centre applies %2 from %3 (%4, %5); %6.")
        .arg(roleLabel(d.role))
        .arg(d.applied->limit)
        .arg(localDate(d.applied->validFrom), whose, kind, statute);
}

Result<qint64> CaseloadService::addRule(const CaseloadRule& rule)
{
    OPIEKA_TRY(FieldCopy::refuseOffline(m_database, FieldCopy::CentreOnly::Assignments));
    if (Status may = Permissions::mayChangeRules(m_actor); !may)
        return may.error();
    if (!carriesCases(rule.role))
        return badInput(tr("Only social_worker, family_assistant and foster_care_coordinator "
                           "have caseload limits."));
    if (rule.limit < 0)
        return badInput(tr("The limit must be zero or more."));
    if (!rule.validFrom.isValid())
        return badInput(tr("The rule needs the date it takes effect."));

    return AuditedWrite(m_database, m_actor).run([&](AuditedWrite& write) -> Result<qint64> {
        return insertRule(write, rule);
    });
}

Result<qint64> CaseloadService::insertRule(AuditedWrite& write, const CaseloadRule& rule)
{
    RuleRepository rules(m_database);
    auto clash = rules.exists(rule.role, rule.validFrom);
    if (!clash)
        return clash.error();
    if (*clash)
        return refused(tr("A rule for %1 from %2 already exists.")
                           .arg(roleName(rule.role), localDate(rule.validFrom)));
    CaseloadRule own = rule;
    own.source.clear(); // a rule added here is the centre's own, never the statute's
    return write.recordNew(rules.insert(own), QStringLiteral("rule.add"),
                           QStringLiteral("caseload_rule"), toJson(rule));
}

} // namespace opieka
