#include "ChildCareRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

namespace opieka {
Result<qint64> ChildCareRepository::addReview(const ChildReview& r)
{
    return sql::returnedId(
        sql::run(m_database,
                 QStringLiteral("INSERT INTO child_reviews (child_member_id, reviewed_on, team, "
                                "findings, decision) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                 {r.childMemberId, sql::date(r.reviewedOn), r.team.join(QLatin1Char(',')),
                  r.findings, reviewDecisionName(r.decision)}));
}

Result<QList<ChildReview>> ChildCareRepository::reviews(qint64 childMemberId)
{
    return sql::rows(
        m_database,
        QStringLiteral("SELECT id, child_member_id, reviewed_on, team, findings, decision "
                       "FROM child_reviews WHERE child_member_id = ? ORDER BY reviewed_on, id"),
        {childMemberId}, [](const QSqlQuery& q) {
            return ChildReview{
                q.value(0).toLongLong(),
                q.value(1).toLongLong(),
                sql::requiredDate(q.value(2)),
                q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts),
                q.value(4).toString(),
                parseReviewDecision(q.value(5).toString()).value_or(ReviewDecision::Continue)};
        });
}

Status ChildCareRepository::replaceHelpPlan(qint64 childMemberId, const QList<HelpPlanItem>& items)
{
    if (auto q = sql::run(m_database,
                          QStringLiteral("DELETE FROM help_plan_items WHERE child_member_id = ?"),
                          {childMemberId});
        !q)
        return q.error();
    for (int i = 0; i < items.size(); ++i) {
        const HelpPlanItem& it = items[i];
        if (auto q = sql::run(
                m_database,
                QStringLiteral("INSERT INTO help_plan_items (child_member_id, position, goal, "
                               "task, responsible, deadline, done) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {childMemberId, i, it.goal, sql::text(it.task), sql::text(it.responsible),
                 sql::date(it.deadline), it.done ? 1 : 0});
            !q)
            return q.error();
    }
    return {};
}

Result<QList<HelpPlanItem>> ChildCareRepository::helpPlan(qint64 childMemberId)
{
    return sql::rows(
        m_database,
        QStringLiteral("SELECT id, child_member_id, goal, task, responsible, deadline, done "
                       "FROM help_plan_items WHERE child_member_id = ? ORDER BY position, id"),
        {childMemberId}, [](const QSqlQuery& q) {
            return HelpPlanItem{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                q.value(2).toString(),   q.value(3).toString(),
                                q.value(4).toString(),   sql::optionalDate(q.value(5)),
                                q.value(6).toInt() != 0};
        });
}

Result<std::optional<ChildStatus>> ChildCareRepository::status(qint64 childMemberId)
{
    return sql::firstRow(
        m_database,
        QStringLiteral("SELECT child_member_id, legal_situation_settled_on, "
                       "reported_for_adoption_on, adoption_centre, independence_guardian, "
                       "guardian_chosen_on, programme_ready_on FROM child_status WHERE "
                       "child_member_id = ?"),
        {childMemberId}, [](const QSqlQuery& q) {
            return ChildStatus{q.value(0).toLongLong(),       sql::optionalDate(q.value(1)),
                               sql::optionalDate(q.value(2)), q.value(3).toString(),
                               q.value(4).toString(),         sql::optionalDate(q.value(5)),
                               sql::optionalDate(q.value(6))};
        });
}

Status ChildCareRepository::saveStatus(const ChildStatus& s)
{
    if (auto q = sql::run(m_database,
                          QStringLiteral("DELETE FROM child_status WHERE child_member_id = ?"),
                          {s.childMemberId});
        !q)
        return q.error();
    return sql::run(
        m_database,
        QStringLiteral("INSERT INTO child_status (child_member_id, legal_situation_settled_on, "
                       "reported_for_adoption_on, adoption_centre, independence_guardian, "
                       "guardian_chosen_on, programme_ready_on) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {s.childMemberId, sql::date(s.legalSituationSettledOn), sql::date(s.reportedForAdoptionOn),
         sql::text(s.adoptionCentre), sql::text(s.independenceGuardian),
         sql::date(s.guardianChosenOn), sql::date(s.programmeReadyOn)});
}

Result<qint64> ChildCareRepository::addFosterAssessment(const FosterAssessmentRow& a)
{
    return sql::returnedId(
        sql::run(m_database,
                 QStringLiteral("INSERT INTO foster_assessments (foster_family_id, assessed_on, "
                                "findings) VALUES (?, ?, ?) RETURNING id"),
                 {a.fosterFamilyId, sql::date(a.assessedOn), a.findings}));
}

Result<QList<FosterAssessmentRow>> ChildCareRepository::fosterAssessments(qint64 fosterFamilyId)
{
    return sql::rows(
        m_database,
        QStringLiteral("SELECT id, foster_family_id, assessed_on, findings FROM "
                       "foster_assessments WHERE foster_family_id = ? ORDER BY assessed_on, id"),
        {fosterFamilyId}, [](const QSqlQuery& q) {
            return FosterAssessmentRow{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                       sql::requiredDate(q.value(2)), q.value(3).toString()};
        });
}

} // namespace opieka
