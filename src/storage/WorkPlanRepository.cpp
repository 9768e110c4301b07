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

FamilyAssessment assessmentFromRow(const QSqlQuery& q)
{
    FamilyAssessment a;
    a.id = q.value(0).toLongLong();
    a.familyId = q.value(1).toLongLong();
    a.assessedOn = sql::requiredDate(q.value(2));
    if (!q.value(3).isNull())
        a.workerId = q.value(3).toLongLong();
    a.findings = q.value(4).toString();
    a.sentToSocialWorkerOn = sql::optionalDate(q.value(5));
    a.sentToCoordinatorOn = sql::optionalDate(q.value(6));
    return a;
}
const QString kAssessmentColumns =
    QStringLiteral("id, family_id, assessed_on, worker_id, findings, sent_to_social_worker_on, "
                   "sent_to_coordinator_on");
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
    auto goals = sql::run(m_database,
                          QStringLiteral("SELECT id, description FROM plan_goals WHERE plan_id = ? "
                                         "ORDER BY position, id"),
                          {p.id});
    if (!goals)
        return goals.error();
    while (goals->next())
        p.goals << PlanGoal{goals->value(0).toLongLong(), goals->value(1).toString(), {}};
    for (PlanGoal& goal : p.goals) {
        auto q =
            sql::run(m_database,
                     QStringLiteral("SELECT id, description, responsible_kind, responsible, "
                                    "deadline, expected_effect, status, abandon_reason, "
                                    "progress_notes FROM plan_actions WHERE goal_id = ? ORDER BY "
                                    "position, id"),
                     {goal.id});
        if (!q)
            return q.error();
        while (q->next()) {
            PlanAction a;
            a.id = q->value(0).toLongLong();
            a.description = q->value(1).toString();
            a.responsibleKind =
                parseResponsible(q->value(2).toString()).value_or(Responsible::FamilyMember);
            a.responsible = q->value(3).toString();
            a.deadline = sql::optionalDate(q->value(4));
            a.expectedEffect = q->value(5).toString();
            a.status = parseActionStatus(q->value(6).toString()).value_or(ActionStatus::Planned);
            a.abandonReason = q->value(7).toString();
            a.progressNotes = q->value(8).toString();
            goal.actions << a;
        }
    }
    return {};
}

Result<std::optional<WorkPlan>> WorkPlanRepository::find(qint64 planId)
{
    auto q = sql::run(m_database,
                      QStringLiteral("SELECT ") + kPlanColumns +
                          QStringLiteral(" FROM work_plans WHERE id = ?"),
                      {planId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<WorkPlan>();
    WorkPlan plan = planFromRow(*q);
    if (Status s = loadContent(plan); !s)
        return s.error();
    return std::optional<WorkPlan>(plan);
}

Result<std::optional<qint64>> WorkPlanRepository::planOfAction(qint64 actionId)
{
    auto q =
        sql::run(m_database,
                 QStringLiteral("SELECT g.plan_id FROM plan_actions a JOIN plan_goals g ON g.id = "
                                "a.goal_id WHERE a.id = ?"),
                 {actionId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<qint64>();
    return std::optional<qint64>(q->value(0).toLongLong());
}

Result<QList<WorkPlan>> WorkPlanRepository::forFamily(qint64 familyId)
{
    auto q = sql::run(m_database,
                      QStringLiteral("SELECT ") + kPlanColumns +
                          QStringLiteral(" FROM work_plans WHERE family_id = ? ORDER BY version"),
                      {familyId});
    if (!q)
        return q.error();
    QList<WorkPlan> plans;
    while (q->next())
        plans << planFromRow(*q);
    for (WorkPlan& plan : plans)
        if (Status s = loadContent(plan); !s)
            return s.error();
    return plans;
}

Result<qint64> AssessmentRepository::insert(const FamilyAssessment& a)
{
    return sql::returnedId(sql::run(
        m_database,
        QStringLiteral(
            "INSERT INTO family_assessments (family_id, assessed_on, worker_id, findings, "
            "sent_to_social_worker_on, sent_to_coordinator_on) VALUES (?, ?, ?, ?, ?, ?) "
            "RETURNING id"),
        {a.familyId, sql::date(a.assessedOn),
         a.workerId ? QVariant(*a.workerId) : QVariant(QMetaType::fromType<qlonglong>()),
         a.findings, sql::date(a.sentToSocialWorkerOn), sql::date(a.sentToCoordinatorOn)}));
}

Result<std::optional<FamilyAssessment>> AssessmentRepository::find(qint64 id)
{
    auto q = sql::run(m_database,
                      QStringLiteral("SELECT ") + kAssessmentColumns +
                          QStringLiteral(" FROM family_assessments WHERE id = ?"),
                      {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<FamilyAssessment>();
    return std::optional<FamilyAssessment>(assessmentFromRow(*q));
}

Result<QList<FamilyAssessment>> AssessmentRepository::forFamily(qint64 familyId)
{
    auto q = sql::run(m_database,
                      QStringLiteral("SELECT ") + kAssessmentColumns +
                          QStringLiteral(" FROM family_assessments WHERE family_id = ? ORDER BY "
                                         "assessed_on, id"),
                      {familyId});
    if (!q)
        return q.error();
    QList<FamilyAssessment> list;
    while (q->next())
        list << assessmentFromRow(*q);
    return list;
}

Result<std::optional<QString>> SettingsRepository::value(const QString& key)
{
    auto q =
        sql::run(m_database,
                 QStringLiteral("SELECT setting_value FROM settings WHERE setting_key = ?"), {key});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

Status SettingsRepository::setValue(const QString& key, const QString& value)
{
    if (auto q = sql::run(m_database, QStringLiteral("DELETE FROM settings WHERE setting_key = ?"),
                          {key});
        !q)
        return q.error();
    return sql::run(
        m_database,
        QStringLiteral("INSERT INTO settings (setting_key, setting_value) VALUES (?, ?)"),
        {key, value});
}

} // namespace opieka
