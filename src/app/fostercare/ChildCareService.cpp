#include "ChildCareService.h"

#include "AuditedWrite.h"
#include "CaseAccess.h"
#include "ChildCareRepository.h"
#include "Database.h"
#include "FosterCareRecords.h"
#include "FosterFamilyRepository.h"
#include "IsoDate.h"
#include "PastDates.h"
#include "PlacementRepository.h"

namespace opieka {

Result<FosterCareSettings> ChildCareService::settings()
{
    return FosterCareRecords(m_database).settings();
}

Result<qint64> ChildCareService::recordReview(const ChildReview& review, const QDate& today)
{
    const auto rule = [&]() -> Status {
        OPIEKA_TRY(CaseAccess(m_database).mayChangeMember(m_actor, review.childMemberId));
        if (review.findings.trimmed().isEmpty())
            return badInput(tr("Write the findings of the review."));
        if (review.team.isEmpty())
            return badInput(tr("Record who took part in the review."));
        if (!review.reviewedOn.isValid())
            return badInput(tr("Give the day of the review."));
        return PastDates::notAfterToday(PastEvent::ChildReview, review.reviewedOn, today);
    };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Result<qint64> {
        OPIEKA_TRY(FosterCareRecords(m_database).child(review.childMemberId));
        return write.recordNew(ChildCareRepository(m_database).addReview(review),
                               QStringLiteral("child_review.record"),
                               QStringLiteral("child_review"),
                               {{QStringLiteral("child_member_id"), review.childMemberId},
                                {QStringLiteral("reviewed_on"), isoDate(review.reviewedOn)},
                                {QStringLiteral("decision"), reviewDecisionName(review.decision)}});
    });
}

Result<QList<ChildReview>> ChildCareService::reviews(qint64 childMemberId)
{
    OPIEKA_TRY(CaseAccess(m_database).mayReadMember(m_actor, childMemberId));

    return ChildCareRepository(m_database).reviews(childMemberId);
}

Result<ChildDeadlines> ChildCareService::deadlines(qint64 childMemberId, const QDate& today)
{
    OPIEKA_TRY(CaseAccess(m_database).mayReadMember(m_actor, childMemberId));
    auto s = settings();
    if (!s)
        return s.error();
    return loadDeadlines(childMemberId, today, *s);
}

Result<ChildDeadlines> ChildCareService::deadlines(qint64 childMemberId, const QDate& today,
                                                   const FosterCareSettings& settings)
{
    OPIEKA_TRY(CaseAccess(m_database).mayReadMember(m_actor, childMemberId));
    return loadDeadlines(childMemberId, today, settings);
}

Result<ChildDeadlines> ChildCareService::loadDeadlines(qint64 childMemberId, const QDate& today,
                                                       const FosterCareSettings& settings)
{
    auto c = FosterCareRecords(m_database).child(childMemberId);
    if (!c)
        return c.error();
    const FosterCareSettings* s = &settings;
    ChildDeadlines d;
    d.child = *c;
    auto placements = PlacementRepository(m_database).forChild(childMemberId);
    if (!placements)
        return placements.error();
    for (const Placement& p : *placements)
        if (p.isActiveOn(today))
            d.placement = p;
    auto reviewList = ChildCareRepository(m_database).reviews(childMemberId);
    if (!reviewList)
        return reviewList.error();
    if (d.placement && c->birthDate) {
        const std::optional<QDate> last = reviewList->isEmpty()
                                              ? std::nullopt
                                              : std::optional<QDate>(reviewList->last().reviewedOn);
        d.nextReview = foster_rules::nextChildReview(d.placement->from, last, *c->birthDate, *s);
    }
    if (d.placement && d.placement->fosterFamilyId) {
        auto family = FosterFamilyRepository(m_database).find(*d.placement->fosterFamilyId);
        if (!family)
            return family.error();
        if (*family && (*family)->kind == FosterFamilyKind::Emergency) {
            d.emergencyStayEnds = foster_rules::emergencyStayDue(*d.placement, *s);
            d.emergencyStayAwaitsCourt = foster_rules::emergencyStayAwaitsCourt(*d.placement);
        }
    }
    if (d.placement)
        d.missingNotices = foster_rules::missingIntakeNotices(*d.placement);
    auto status = ChildCareRepository(m_database).status(childMemberId);
    if (!status)
        return status.error();
    d.toReportForAdoption =
        *status && (*status)->legalSituationSettledOn && !(*status)->reportedForAdoptionOn;
    if (d.placement && c->birthDate && ageOn(*c->birthDate, today) < 18) {
        if (!*status || !(*status)->guardianChosenOn)
            d.guardianDue = foster_rules::independenceGuardianDue(*c->birthDate);
        if (!*status || !(*status)->programmeReadyOn)
            d.programmeDue = foster_rules::independenceProgrammeDue(*c->birthDate);
    }
    return d;
}

Status ChildCareService::saveHelpPlan(qint64 childMemberId, const QList<HelpPlanItem>& items)
{
    const auto rule = [&]() -> Status {
        OPIEKA_TRY(CaseAccess(m_database).mayChangeMember(m_actor, childMemberId));
        for (const HelpPlanItem& item : items)
            if (item.goal.trimmed().isEmpty())
                return badInput(tr("Every item of the help plan needs its goal."));
        return {};
    };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Status {
        OPIEKA_TRY(FosterCareRecords(m_database).child(childMemberId));
        OPIEKA_TRY(ChildCareRepository(m_database).replaceHelpPlan(childMemberId, items));
        return write.record(QStringLiteral("help_plan.save"), QStringLiteral("member"),
                            childMemberId, {},
                            {{QStringLiteral("items"), static_cast<int>(items.size())}});
    });
}

Result<QList<HelpPlanItem>> ChildCareService::helpPlan(qint64 childMemberId)
{
    OPIEKA_TRY(CaseAccess(m_database).mayReadMember(m_actor, childMemberId));

    return ChildCareRepository(m_database).helpPlan(childMemberId);
}

Status ChildCareService::recordLeavingCare(qint64 childMemberId, const QString& guardian,
                                           const std::optional<QDate>& guardianChosenOn,
                                           const std::optional<QDate>& programmeReadyOn)
{
    if (guardianChosenOn && guardian.trimmed().isEmpty())
        return badInput(tr("Name the guardian of independence."));
    if (guardianChosenOn)
        OPIEKA_TRY(
            PastDates::notAfterToday(PastEvent::GuardianChosen, *guardianChosenOn, Clock::today()));
    if (programmeReadyOn)
        OPIEKA_TRY(
            PastDates::notAfterToday(PastEvent::ProgrammeReady, *programmeReadyOn, Clock::today()));
    return FosterCareRecords(m_database)
        .changeChildStatus(m_actor, childMemberId, QStringLiteral("leaving_care.record"),
                           [&](ChildStatus& s) {
                               s.independenceGuardian = guardian.trimmed();
                               s.guardianChosenOn = guardianChosenOn;
                               s.programmeReadyOn = programmeReadyOn;
                           });
}

} // namespace opieka
