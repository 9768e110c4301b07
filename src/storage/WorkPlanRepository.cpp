#include "WorkPlanRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

namespace opieka {
namespace {
const QString kPlanColumns = QStringLiteral(
    "id, family_id, version, status, created_on, created_by, agreed_on, family_took_part, "
    "social_worker_consulted, participants, closed_on");

WorkPlan planFromRow(const QSqlQuery& q)
{
    WorkPlan p;
    p.id = q.value(0).toLongLong();
    p.familyId = q.value(1).toLongLong();
    p.version = q.value(2).toInt();
    p.status = parsePlanStatus(q.value(3).toString()).value_or(PlanStatus::Draft);
    p.createdOn = sql::requiredDate(q.value(4));
    p.createdBy = q.value(5).toString();
    p.agreedOn = sql::optionalDate(q.value(6));
    p.familyTookPart = q.value(7).toInt() != 0;
    p.socialWorkerConsulted = q.value(8).toInt() != 0;
    p.participants = q.value(9).toString();
    p.closedOn = sql::optionalDate(q.value(10));
    return p;
}

sql::Table<WorkPlan> plans(const Database& database)
{
    return {database, QStringLiteral("work_plans"), kPlanColumns, planFromRow};
}

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
    auto id = sql::returnedId(sql::run(
        m_database,
        QStringLiteral(
            "INSERT INTO work_plans (family_id, version, status, created_on, created_by, "
            "agreed_on, family_took_part, social_worker_consulted, participants, closed_on) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {p.familyId, p.version, planStatusName(p.status), sql::date(p.createdOn), p.createdBy,
         sql::date(p.agreedOn), p.familyTookPart ? 1 : 0, p.socialWorkerConsulted ? 1 : 0,
         sql::text(p.participants), sql::date(p.closedOn)}));
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
    return sql::run(
        m_database,
        QStringLiteral("UPDATE work_plans SET status = ?, agreed_on = ?, family_took_part = ?, "
                       "social_worker_consulted = ?, participants = ?, closed_on = ? WHERE id = ?"),
        {planStatusName(p.status), sql::date(p.agreedOn), p.familyTookPart ? 1 : 0,
         p.socialWorkerConsulted ? 1 : 0, sql::text(p.participants), sql::date(p.closedOn), p.id});
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
    auto plan = plans(m_database).find(planId);
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
    auto versions =
        plans(m_database).list(QStringLiteral("WHERE family_id = ? ORDER BY version"), {familyId});
    if (versions)
        for (WorkPlan& plan : *versions)
            OPIEKA_TRY(loadContent(plan));
    return versions;
}

} // namespace opieka
