#include "WorkPlanRepository.h"

#include "Database.h"
#include "SqlColumns.h"

namespace opieka {
namespace {
const sql::Columns<WorkPlan> kPlans{
    QStringLiteral("work_plans"),
    {sql::column("id", &WorkPlan::id),
     sql::column("family_id", &WorkPlan::familyId, sql::Written::OnInsert),
     sql::column("version", &WorkPlan::version, sql::Written::OnInsert),
     sql::named("status", &WorkPlan::status, planStatusName, parsePlanStatus, PlanStatus::Draft),
     sql::column("created_on", &WorkPlan::createdOn, sql::Written::OnInsert),
     sql::column("created_by", &WorkPlan::createdBy, sql::Written::OnInsert),
     sql::column("agreed_on", &WorkPlan::agreedOn),
     sql::column("family_took_part", &WorkPlan::familyTookPart),
     sql::column("social_worker_consulted", &WorkPlan::socialWorkerConsulted),
     sql::optionalText("participants", &WorkPlan::participants),
     sql::column("closed_on", &WorkPlan::closedOn),
     // Read only: a new version copied from this one was not signed; setFamilySignedOn writes it.
     sql::column("family_signed_on", &WorkPlan::familySignedOn, sql::Written::Never)}};

PlanAction actionFromRow(const QSqlQuery& q)
{
    PlanAction a;
    a.id = q.value(0).toLongLong();
    a.description = q.value(1).toString();
    a.responsibleKind = parseResponsible(q.value(2).toString()).value_or(Responsible::FamilyMember);
    a.responsible = q.value(3).toString();
    a.deadline = sql::optionalDate(q.value(4));
    a.expectedEffect = q.value(5).toString();
    a.status = parseActionStatus(q.value(6).toString()).value_or(ActionStatus::Planned);
    a.abandonReason = q.value(7).toString();
    a.progressNotes = q.value(8).toString();
    return a;
}

} // namespace

Result<qint64> WorkPlanRepository::insert(WorkPlan& p)
{
    auto id = kPlans.insertReturningId(m_database, p);
    if (!id)
        return id.error();
    p.id = *id;
    if (Status s = replaceContent(p); !s)
        return s.error();
    return id;
}

Status WorkPlanRepository::replaceContent(WorkPlan& p)
{
    if (auto q =
            sql::run(m_database,
                     QStringLiteral("DELETE FROM plan_actions WHERE goal_id IN (SELECT id FROM "
                                    "plan_goals WHERE plan_id = ?)"),
                     {p.id});
        !q)
        return q.error();
    if (auto q = sql::run(m_database, QStringLiteral("DELETE FROM plan_goals WHERE plan_id = ?"),
                          {p.id});
        !q)
        return q.error();
    for (qsizetype g = 0; g < p.goals.size(); ++g) {
        PlanGoal& goal = p.goals[g];
        auto goalId =
            sql::returnedId(sql::run(m_database,
                                     QStringLiteral("INSERT INTO plan_goals (plan_id, position, "
                                                    "description) VALUES (?, ?, ?) RETURNING id"),
                                     {p.id, static_cast<int>(g), goal.description}));
        if (!goalId)
            return goalId.error();
        goal.id = *goalId;
        for (qsizetype i = 0; i < goal.actions.size(); ++i) {
            PlanAction& a = goal.actions[i];
            auto actionId = sql::returnedId(sql::run(
                m_database,
                QStringLiteral(
                    "INSERT INTO plan_actions (goal_id, position, description, "
                    "responsible_kind, responsible, deadline, expected_effect, status, "
                    "abandon_reason, progress_notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "RETURNING id"),
                {goal.id, static_cast<int>(i), a.description, responsibleName(a.responsibleKind),
                 sql::text(a.responsible), sql::date(a.deadline), sql::text(a.expectedEffect),
                 actionStatusName(a.status), sql::text(a.abandonReason),
                 sql::text(a.progressNotes)}));
            if (!actionId)
                return actionId.error();
            a.id = *actionId;
        }
    }
    return {};
}

Status WorkPlanRepository::updateHeader(const WorkPlan& p)
{
    return kPlans.update(m_database, p.id, p);
}

Status WorkPlanRepository::setFamilySignedOn(qint64 planId, const QDate& on)
{
    return sql::run(m_database,
                    QStringLiteral("UPDATE work_plans SET family_signed_on = ? WHERE id = ?"),
                    {sql::date(on), planId});
}

Status WorkPlanRepository::updateAction(const PlanAction& a)
{
    return sql::run(
        m_database,
        QStringLiteral("UPDATE plan_actions SET status = ?, abandon_reason = ?, "
                       "progress_notes = ? WHERE id = ?"),
        {actionStatusName(a.status), sql::text(a.abandonReason), sql::text(a.progressNotes), a.id});
}

Status WorkPlanRepository::loadContent(WorkPlan& p)
{
    auto goals = sql::rows(m_database,
                           QStringLiteral("SELECT id, description FROM plan_goals WHERE plan_id = "
                                          "? ORDER BY position, id"),
                           {p.id}, [](const QSqlQuery& q) {
                               return PlanGoal{q.value(0).toLongLong(), q.value(1).toString(), {}};
                           });
    if (!goals)
        return goals.error();
    p.goals = *goals;
    for (PlanGoal& goal : p.goals) {
        auto actions =
            sql::rows(m_database,
                      QStringLiteral("SELECT id, description, responsible_kind, responsible, "
                                     "deadline, expected_effect, status, abandon_reason, "
                                     "progress_notes FROM plan_actions WHERE goal_id = ? ORDER BY "
                                     "position, id"),
                      {goal.id}, actionFromRow);
        if (!actions)
            return actions.error();
        goal.actions = *actions;
    }
    return {};
}

Result<std::optional<WorkPlan>> WorkPlanRepository::find(qint64 planId)
{
    auto plan = kPlans.table(m_database).find(planId);
    if (plan && *plan)
        OPIEKA_TRY(loadContent(**plan));
    return plan;
}

Result<std::optional<qint64>> WorkPlanRepository::planOfAction(qint64 actionId)
{
    return sql::firstRow(m_database,
                         QStringLiteral("SELECT g.plan_id FROM plan_actions a JOIN plan_goals g "
                                        "ON g.id = a.goal_id WHERE a.id = ?"),
                         {actionId}, sql::idColumn);
}

Result<QList<WorkPlan>> WorkPlanRepository::forFamily(qint64 familyId)
{
    auto versions = kPlans.table(m_database)
                        .list(QStringLiteral("WHERE family_id = ? ORDER BY version"), {familyId});
    if (versions)
        for (WorkPlan& plan : *versions)
            OPIEKA_TRY(loadContent(plan));
    return versions;
}

} // namespace opieka
