#include "CoordinatorDeskService.h"

#include "AssignmentRepository.h"
#include "ChildCareService.h"
#include "Database.h"
#include "DeskPage.h"
#include "EnumNames.h"
#include "Permissions.h"
#include "PlacementService.h"

#include <algorithm>

namespace opieka {

namespace {
constexpr EnumNames<CoordinatorItem::Kind, 11> kItemNames{{{
    {CoordinatorItem::Kind::ChildReview, "child_review"},
    {CoordinatorItem::Kind::FosterAssessment, "foster_assessment"},
    {CoordinatorItem::Kind::HealthCertificate, "health_certificate"},
    {CoordinatorItem::Kind::PsychologistOpinion, "psychologist_opinion"},
    {CoordinatorItem::Kind::EmergencyStay, "emergency_stay"},
    {CoordinatorItem::Kind::AdoptionReport, "adoption_report"},
    {CoordinatorItem::Kind::IndependenceGuardian, "independence_guardian"},
    {CoordinatorItem::Kind::IndependenceProgramme, "independence_programme"},
    {CoordinatorItem::Kind::CourtNotice, "intake_notice_court"},
    {CoordinatorItem::Kind::StarostaNotice, "intake_notice_starosta"},
    {CoordinatorItem::Kind::HomeOpsNotice, "intake_notice_home_ops"},
}}};
} // namespace

QString coordinatorItemName(CoordinatorItem::Kind kind)
{
    return kItemNames.name(kind);
}

CoordinatorItem::Kind noticeItemKind(IntakeNotice notice)
{
    switch (notice) {
    case IntakeNotice::Court:
        return CoordinatorItem::Kind::CourtNotice;
    case IntakeNotice::Starosta:
        return CoordinatorItem::Kind::StarostaNotice;
    case IntakeNotice::HomeOps:
        break;
    }
    return CoordinatorItem::Kind::HomeOpsNotice;
}

std::optional<IntakeNotice> itemIntakeNotice(CoordinatorItem::Kind kind)
{
    for (IntakeNotice notice : {IntakeNotice::Court, IntakeNotice::Starosta, IntakeNotice::HomeOps})
        if (noticeItemKind(notice) == kind)
            return notice;
    return std::nullopt;
}

Result<CoordinatorStartPage> CoordinatorDeskService::forWorker(qint64 workerId, const QDate& today)
{
    auto page = openDeskPage<CoordinatorStartPage>(m_database, m_actor, workerId, today);
    if (!page)
        return page;
    auto items = workerItems(workerId, today, today.addDays(30), &page->families);
    if (!items)
        return items.error();
    page->items = *items;
    return page;
}

Result<QList<CoordinatorItem>> CoordinatorDeskService::itemsOf(qint64 workerId, const QDate& today,
                                                               const QDate& horizon)
{
    OPIEKA_TRY(Permissions::mayViewWorkerDesk(m_actor, workerId));
    return workerItems(workerId, today, horizon, nullptr);
}

Result<QList<CoordinatorItem>>
CoordinatorDeskService::workerItems(qint64 workerId, const QDate& today, const QDate& horizon,
                                    QList<FosterFamilyStatus>* families)
{
    QList<qint64> familyIds;
    auto assignments = AssignmentRepository(m_database).forWorker(workerId);
    if (!assignments)
        return assignments.error();
    for (const Assignment& a : *assignments)
        if (a.caseRef.kind == CaseKind::FosterFamily && a.isActiveOn(today))
            familyIds << a.caseRef.id;

    auto statuses =
        FosterRegisterService(Session(m_database, m_actor)).familyStatuses(familyIds, today);
    if (!statuses)
        return statuses.error();
    if (families)
        *families = *statuses;
    auto items = itemsFor(*statuses, today, horizon);
    if (!items)
        return items.error();
    std::stable_sort(
        items->begin(), items->end(), [](const CoordinatorItem& a, const CoordinatorItem& b) {
            const QDate da = a.due.value_or(QDate(1900, 1, 1)); // "report now" items first
            const QDate db = b.due.value_or(QDate(1900, 1, 1));
            return da < db;
        });
    return items;
}

Result<QList<CoordinatorItem>>
CoordinatorDeskService::itemsFor(const QList<FosterFamilyStatus>& statuses, const QDate& today,
                                 const QDate& horizon)
{
    PlacementService placementService(Session(m_database, m_actor));
    ChildCareService childCare(Session(m_database, m_actor));
    QList<CoordinatorItem> items;
    if (statuses.isEmpty())
        return items;
    auto settings = childCare.settings(); // read once for every child
    if (!settings)
        return settings.error();
    auto consider = [&](CoordinatorItem item) {
        if (item.due && *item.due > horizon)
            return;
        item.overdue = item.due && *item.due < today;
        items << item;
    };
    for (const FosterFamilyStatus& status : statuses) {
        const qint64 id = status.family.id;
        const QString name = status.family.name;
        if (status.healthCertificateDue) // none for a kinship family (art. 45a)
            consider({CoordinatorItem::Kind::HealthCertificate, id, std::nullopt, name,
                      status.healthCertificateDue});
        if (status.psychologistOpinionDue)
            consider({CoordinatorItem::Kind::PsychologistOpinion, id, std::nullopt, name,
                      status.psychologistOpinionDue});
        if (status.assessmentDue)
            consider({CoordinatorItem::Kind::FosterAssessment, id, std::nullopt, name,
                      status.assessmentDue});
        auto placements = placementService.placementsIn(id);
        if (!placements)
            return placements.error();
        for (const Placement& p : *placements) {
            if (!p.isActiveOn(today))
                continue;
            auto d = childCare.deadlines(p.childMemberId, today, *settings);
            if (!d)
                return d.error();
            // The placed child's item of `kind`, due on `due`.
            const QString child = d->child.displayName();
            const auto considerChild = [&](CoordinatorItem::Kind kind, std::optional<QDate> due) {
                consider({kind, id, p.childMemberId, child, due});
            };
            if (d->nextReview)
                considerChild(CoordinatorItem::Kind::ChildReview, d->nextReview);
            // None while the stay runs until the court's proceedings end (art. 58 ust. 4).
            if (d->emergencyStayEnds)
                considerChild(CoordinatorItem::Kind::EmergencyStay, d->emergencyStayEnds);
            for (IntakeNotice notice : d->missingNotices)
                considerChild(noticeItemKind(notice), foster_rules::intakeNoticeDue(p));
            if (d->toReportForAdoption)
                considerChild(CoordinatorItem::Kind::AdoptionReport, std::nullopt);
            if (d->guardianDue)
                considerChild(CoordinatorItem::Kind::IndependenceGuardian, d->guardianDue);
            if (d->programmeDue)
                considerChild(CoordinatorItem::Kind::IndependenceProgramme, d->programmeDue);
        }
    }
    return items;
}

} // namespace opieka
