#include "WorkPlanService.h"

#include "AuditedWrite.h"
#include "CaseAccess.h"
#include "Clock.h"
#include "Database.h"
#include "FamilyRepository.h"
#include "IsoDate.h"
#include "Lookup.h"
#include "PastDates.h"
#include "Permissions.h"
#include "PrintLayout.h"
#include "Required.h"
#include "SettingsService.h"
#include "WorkPlanRepository.h"

#include <QJsonObject>

namespace opieka {
namespace {
QJsonObject summary(const WorkPlan& p)
{
    return {{QStringLiteral("family_id"), p.familyId},
            {QStringLiteral("version"), p.version},
            {QStringLiteral("status"), planStatusName(p.status)},
            {QStringLiteral("agreed_on"), isoDate(p.agreedOn)},
            {QStringLiteral("goals"), static_cast<int>(p.goals.size())},
            {QStringLiteral("actions"), p.actionCount()}};
}

Status audit(AuditedWrite& write, const QString& action, const WorkPlan& before,
             const WorkPlan& after)
{
    return write.record(action, QStringLiteral("work_plan"), after.id,
                        before.id ? summary(before) : QJsonObject(), summary(after));
}
} // namespace

Result<WorkPlan> WorkPlanService::load(qint64 planId)
{
    return required(WorkPlanRepository(m_database).find(planId),
                    tr("There is no work plan with id %1.").arg(planId));
}

Result<QList<WorkPlan>> WorkPlanService::loadVersions(qint64 familyId)
{
    return WorkPlanRepository(m_database).forFamily(familyId);
}

Result<WorkPlan> WorkPlanService::plan(qint64 planId)
{
    auto p = load(planId);
    if (!p)
        return p;
    OPIEKA_TRY(CaseAccess(m_database).mayReadFamily(m_actor, p->familyId));
    return p;
}

Result<QList<WorkPlan>> WorkPlanService::versions(qint64 familyId)
{
    OPIEKA_TRY(CaseAccess(m_database).mayReadFamily(m_actor, familyId));
    return loadVersions(familyId);
}

Result<WorkPlan> WorkPlanService::changeable(qint64 planId)
{
    auto p = load(planId);
    if (!p)
        return p.error();
    if (p->status == PlanStatus::Closed)
        return refused(
            tr("Version %1 of the plan is closed and can no longer change.").arg(p->version));
    auto all = loadVersions(p->familyId);
    if (!all)
        return all.error();
    for (const WorkPlan& other : *all)
        if (other.version > p->version && other.status != PlanStatus::Draft)
            return refused(
                tr("Version %1 has been replaced by version %2; change the current version.")
                    .arg(p->version)
                    .arg(other.version));
    return p;
}

Status WorkPlanService::mayChangePlan(qint64 planId)
{
    auto p = load(planId);
    if (!p)
        return p.error();
    return CaseAccess(m_database).mayChangeFamily(m_actor, p->familyId);
}

Status WorkPlanService::mayChangeAction(qint64 actionId)
{
    auto planId = required(WorkPlanRepository(m_database).planOfAction(actionId),
                           tr("There is no plan action with id %1.").arg(actionId));
    if (!planId)
        return planId.error();
    return mayChangePlan(*planId);
}

Result<qint64> WorkPlanService::createDraft(qint64 familyId, const QDate& on,
                                            const QString& participants)
{
    const auto rule = [&]() -> Status {
        OPIEKA_TRY(CaseAccess(m_database).mayChangeFamily(m_actor, familyId));
        return PastDates::notAfterToday(PastEvent::PlanDrafted, on, Clock::today());
    };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Result<qint64> {
        auto family = Lookup::family(m_database, familyId);
        if (!family)
            return family.error();
        if (family->closedOn)
            return refused(tr("The family's case is closed; a closed case gets no new plan."));
        auto existing = loadVersions(familyId);
        if (!existing)
            return existing.error();
        if (!existing->isEmpty())
            return refused(tr("The family already has a work plan; change it by a new version."));
        WorkPlan p;
        p.familyId = familyId;
        p.version = 1;
        p.createdOn = on;
        p.createdBy = m_actor.login;
        p.participants = participants.trimmed();
        auto id = WorkPlanRepository(m_database).insert(p);
        if (!id)
            return id.error();
        OPIEKA_TRY(audit(write, QStringLiteral("plan.create"), {}, p));
        return id;
    });
}

Status WorkPlanService::saveDraft(const WorkPlan& edited)
{
    const auto rule = [&] { return mayChangePlan(edited.id); };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Status {
        auto current = load(edited.id);
        if (!current)
            return current.error();
        if (current->status != PlanStatus::Draft)
            return refused(
                tr("Version %1 is %2; only a draft is edited. Make a new version to change it.")
                    .arg(current->version)
                    .arg(planStatusLabel(current->status)));
        WorkPlan next = *current;
        next.participants = edited.participants.trimmed();
        next.goals = edited.goals;
        for (int g = 0; g < next.goals.size(); ++g) {
            if (next.goals[g].description.trimmed().isEmpty())
                return badInput(tr("Goal %1 has no description.").arg(g + 1));
            for (int a = 0; a < next.goals[g].actions.size(); ++a)
                if (next.goals[g].actions[a].description.trimmed().isEmpty())
                    return badInput(
                        tr("Action %1 of goal %2 has no description.").arg(a + 1).arg(g + 1));
        }
        WorkPlanRepository plans(m_database);
        OPIEKA_TRY(plans.updateHeader(next));
        OPIEKA_TRY(plans.replaceContent(next));
        return audit(write, QStringLiteral("plan.edit"), *current, next);
    });
}

Status WorkPlanService::agree(qint64 planId, const QDate& on, bool familyTookPart,
                              bool socialWorkerConsulted)
{
    const auto rule = [&]() -> Status {
        OPIEKA_TRY(mayChangePlan(planId));
        return PastDates::notAfterToday(PastEvent::PlanAgreed, on, Clock::today());
    };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Status {
        auto current = load(planId);
        if (!current)
            return current.error();
        if (current->status != PlanStatus::Draft)
            return refused(tr("Only a draft can be agreed; version %1 is %2.")
                               .arg(current->version)
                               .arg(planStatusLabel(current->status)));
        if (!familyTookPart)
            return refused(tr("A work plan is agreed together with the family: confirm that the "
                              "family took part."));
        if (!socialWorkerConsulted)
            return refused(tr("A work plan is agreed in consultation with the social worker: "
                              "confirm the consultation."));
        if (current->goals.isEmpty() || current->actionCount() == 0)
            return refused(
                tr("The plan needs at least one goal with an action before it is agreed."));
        if (on < current->createdOn)
            return badInput(tr("The plan cannot be agreed before it was drafted (%1).")
                                .arg(localDate(current->createdOn)));
        WorkPlan next = *current;
        next.status = PlanStatus::Agreed;
        next.agreedOn = on;
        next.familyTookPart = true;
        next.socialWorkerConsulted = true;
        OPIEKA_TRY(WorkPlanRepository(m_database).updateHeader(next));
        return audit(write, QStringLiteral("plan.agree"), *current, next);
    });
}

Result<qint64> WorkPlanService::newVersion(qint64 planId, const QDate& on)
{
    const auto rule = [&]() -> Status {
        OPIEKA_TRY(mayChangePlan(planId));
        return PastDates::notAfterToday(PastEvent::PlanVersionDrafted, on, Clock::today());
    };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Result<qint64> {
        auto current = changeable(planId);
        if (!current)
            return current.error();
        if (current->status != PlanStatus::Agreed)
            return refused(
                tr("A new version is made from the agreed plan; version %1 is a draft — edit it.")
                    .arg(current->version));
        auto all = loadVersions(current->familyId);
        if (!all)
            return all.error();
        if (all->last().version != current->version)
            return refused(tr("Version %1 already has a draft successor (version %2).")
                               .arg(current->version)
                               .arg(all->last().version));
        WorkPlan next = *current;
        next.id = 0;
        next.version = current->version + 1;
        next.status = PlanStatus::Draft;
        next.createdOn = on;
        next.createdBy = m_actor.login;
        next.agreedOn.reset();
        next.familyTookPart = false;
        next.socialWorkerConsulted = false;
        auto id = WorkPlanRepository(m_database).insert(next);
        if (!id)
            return id.error();
        OPIEKA_TRY(audit(write, QStringLiteral("plan.version"), *current, next));
        return id;
    });
}

Status WorkPlanService::updateAction(qint64 actionId, ActionStatus status,
                                     const QString& progressNote, const QString& abandonReason)
{
    const auto rule = [&] { return mayChangeAction(actionId); };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Status {
        WorkPlanRepository plans(m_database);
        auto planId = required(plans.planOfAction(actionId),
                               tr("There is no plan action with id %1.").arg(actionId));
        if (!planId)
            return planId.error();
        auto current = changeable(*planId);
        if (!current)
            return current.error();
        if (status == ActionStatus::Abandoned && abandonReason.trimmed().isEmpty())
            return badInput(tr("Say why the action is abandoned."));
        for (const PlanGoal& goal : current->goals)
            for (PlanAction action : goal.actions) {
                if (action.id != actionId)
                    continue;
                const PlanAction before = action;
                action.status = status;
                action.abandonReason =
                    status == ActionStatus::Abandoned ? abandonReason.trimmed() : QString();
                if (!progressNote.trimmed().isEmpty())
                    action.progressNotes +=
                        (action.progressNotes.isEmpty() ? QString() : QStringLiteral("\n")) +
                        isoDate(Clock::today()) + QStringLiteral(": ") + progressNote.trimmed();
                OPIEKA_TRY(plans.updateAction(action));
                return write.record(QStringLiteral("plan.action"), QStringLiteral("plan_action"),
                                    actionId,
                                    {{QStringLiteral("status"), actionStatusName(before.status)}},
                                    {{QStringLiteral("status"), actionStatusName(action.status)},
                                     {QStringLiteral("abandon_reason"), action.abandonReason}});
            }
        return badInput(tr("There is no plan action with id %1.").arg(actionId));
    });
}

Status WorkPlanService::close(qint64 planId, const QDate& on)
{
    const auto rule = [&]() -> Status {
        OPIEKA_TRY(mayChangePlan(planId));
        return PastDates::notAfterToday(PastEvent::PlanClosed, on, Clock::today());
    };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Status {
        auto current = changeable(planId);
        if (!current)
            return current.error();
        if (current->agreedOn && on < *current->agreedOn)
            return badInput(tr("The plan cannot close before it was agreed (%1).")
                                .arg(localDate(current->agreedOn)));
        WorkPlan next = *current;
        next.status = PlanStatus::Closed;
        next.closedOn = on;
        OPIEKA_TRY(WorkPlanRepository(m_database).updateHeader(next));
        return audit(write, QStringLiteral("plan.close"), *current, next);
    });
}

Result<QList<PlanComparisonRow>> WorkPlanService::compare(qint64 olderPlanId, qint64 newerPlanId)
{
    auto older = plan(olderPlanId);
    if (!older)
        return older.error();
    auto newer = plan(newerPlanId);
    if (!newer)
        return newer.error();
    if (older->familyId != newer->familyId)
        return badInput(tr("Only versions of the same family's plan can be compared."));
    return comparePlans(*older, *newer);
}

Result<QString> WorkPlanService::printableHtml(qint64 planId, const DateText& date)
{
    auto p = plan(planId);
    if (!p)
        return p.error();
    auto family = FamilyRepository(m_database).find(p->familyId);
    if (!family || !*family)
        return family ? Result<QString>(badInput(tr("The plan's family is missing.")))
                      : Result<QString>(family.error());
    auto centre = SettingsService(Session(m_database, m_actor)).centreName();
    if (!centre)
        return centre.error();
    PrintLayout doc(*centre, tr("Family work plan — version %1").arg(p->version));
    doc.facts({{tr("Family"), (*family)->name},
               {tr("Case number"), (*family)->caseNumber},
               {tr("Municipality"), (*family)->municipality},
               {tr("Drafted on"), date(p->createdOn)},
               {tr("Agreed on"), p->agreedOn ? date(*p->agreedOn) : tr("not yet agreed")},
               {tr("Participants"), p->participants}});
    QList<QStringList> rows;
    for (int g = 0; g < p->goals.size(); ++g) {
        const PlanGoal& goal = p->goals[g];
        rows << QStringList{
            QString::number(g + 1), goal.description, QString(), QString(), QString(), QString()};
        for (int a = 0; a < goal.actions.size(); ++a) {
            const PlanAction& act = goal.actions[a];
            rows << QStringList{QStringLiteral("%1.%2").arg(g + 1).arg(a + 1),
                                act.description,
                                act.responsible.isEmpty() ? responsibleLabel(act.responsibleKind)
                                                          : act.responsible,
                                act.deadline ? date(*act.deadline) : QString(),
                                act.expectedEffect,
                                actionStatusLabel(act.status)};
        }
    }
    doc.table({tr("No."), tr("Goal / action"), tr("Responsible"), tr("Deadline"),
               tr("Expected effect"), tr("Status")},
              rows);
    doc.signatures({tr("Family"), tr("Family assistant"), tr("Social worker (consulted)")});
    return doc.html();
}

} // namespace opieka
