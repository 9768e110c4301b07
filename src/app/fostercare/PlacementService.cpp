#include "PlacementService.h"

#include "AuditedWrite.h"
#include "CaseAccess.h"
#include "ChildCareRepository.h"
#include "Database.h"
#include "FosterCareRecords.h"
#include "FosterFamilyRepository.h"
#include "IsoDate.h"
#include "MemberRepository.h"
#include "PastDates.h"
#include "PlacementRepository.h"
#include "Required.h"

#include <QJsonObject>

namespace opieka {
namespace {
QJsonObject placementJson(const Placement& p)
{
    return {
        {QStringLiteral("child_member_id"), p.childMemberId},
        {QStringLiteral("foster_family_id"), p.fosterFamilyId ? *p.fosterFamilyId : 0},
        {QStringLiteral("institution"), p.institution},
        {QStringLiteral("from"), isoDate(p.from)},
        {QStringLiteral("to"), isoDate(p.to)},
        {QStringLiteral("basis"), placementBasisName(p.basis)},
        {QStringLiteral("court_order"), p.courtOrder},
        {QStringLiteral("end_reason"), p.endReason ? placementEndName(*p.endReason) : QString()},
        {QStringLiteral("extended_until"), isoDate(p.extendedUntil)},
        {QStringLiteral("court_notice_on"), isoDate(p.emergencyNoticeOn)},
        {QStringLiteral("starosta_notice_on"), isoDate(p.starostaNoticeOn)},
        {QStringLiteral("ops_notice_on"), isoDate(p.opsNoticeOn)},
        {QStringLiteral("extension_consent_on"), isoDate(p.extensionConsentOn)},
        {QStringLiteral("extension_consent_by"), p.extensionConsentBy},
        {QStringLiteral("extension_ground"),
         p.extensionGround ? extensionGroundName(*p.extensionGround) : QString()},
        {QStringLiteral("court_proceedings_ended_on"), isoDate(p.courtProceedingsEndedOn)}};
}

// A notice of an emergency intake (art. 58 ust. 3): not before the intake, not ahead of today. A
// late one is recorded as it happened.
Status checkNoticeDate(const Placement& p, IntakeNotice notice, const QDate& on, const QDate& today)
{
    OPIEKA_TRY(PastDates::notAfterToday(notice == IntakeNotice::Court ? PastEvent::CourtNotified
                                                                      : PastEvent::IntakeNotified,
                                        on, today));
    if (on < p.from)
        return badInput(PlacementService::tr("The intake was on %1; it is told of on that day or "
                                             "later.")
                            .arg(localDate(p.from)));
    return {};
}

QString alreadyNotified(IntakeNotice notice, const QDate& on)
{
    switch (notice) {
    case IntakeNotice::Court:
        return PlacementService::tr("The court was already told of this intake on %1.")
            .arg(localDate(on));
    case IntakeNotice::Starosta:
        return PlacementService::tr("The starosta was already told of this intake on %1.")
            .arg(localDate(on));
    case IntakeNotice::HomeOps:
        break;
    }
    return PlacementService::tr("The child's home OPS was already told of this intake on %1.")
        .arg(localDate(on));
}
} // namespace

Result<FosterCareSettings> PlacementService::settings()
{
    return FosterCareRecords(m_database).settings();
}

Status PlacementService::checkPlacement(const Placement& p)
{
    FosterCareRecords records(m_database);
    auto c = records.child(p.childMemberId);
    if (!c)
        return c.error();
    if (!p.from.isValid())
        return badInput(tr("Give the day the placement starts."));
    const QDate today = Clock::today();
    OPIEKA_TRY(PastDates::notAfterToday(PastEvent::PlacementStarted, p.from, today));
    if (p.courtOrderDate)
        OPIEKA_TRY(PastDates::notAfterToday(PastEvent::CourtOrder, *p.courtOrderDate, today));
    for (IntakeNotice notice : {IntakeNotice::Court, IntakeNotice::Starosta, IntakeNotice::HomeOps})
        if (const auto on = p.noticeOn(notice))
            OPIEKA_TRY(checkNoticeDate(p, notice, *on, today));
    if (p.fosterFamilyId.has_value() == !p.institution.trimmed().isEmpty())
        return badInput(tr("A child is placed either in a foster family or in an institution."));
    if (p.basis == PlacementBasis::CourtOrder &&
        (p.courtOrder.trimmed().isEmpty() || !p.courtOrderDate))
        return badInput(tr("A placement by court order needs the order's number and date."));
    // One active placement per child.
    auto placements = PlacementRepository(m_database).forChild(p.childMemberId);
    if (!placements)
        return placements.error();
    for (const Placement& other : *placements)
        if (other.id != p.id && (!p.to || other.from < *p.to) && (!other.to || p.from < *other.to))
            return refused(
                tr("%1 already has a placement from %2; a child has one placement at a time. "
                   "End it first.")
                    .arg(c->displayName(), localDate(other.from)));
    if (!p.fosterFamilyId)
        return {};
    auto status = records.familyStatus(*p.fosterFamilyId, p.from);
    if (!status)
        return status.error();
    if (!status->family.isOpenOn(p.from))
        return refused(tr("The foster family %1 does not take children on %2.")
                           .arg(status->family.name, localDate(p.from)));
    auto sibling = siblingPlacedIn(*c, *p.fosterFamilyId, p.from);
    if (!sibling)
        return sibling.error();
    const auto verdict =
        foster_rules::capacityVerdict(status->capacity, status->childrenPlaced, *sibling,
                                      !p.overCapacityConsent.trimmed().isEmpty());
    const QString full =
        tr("%1 (%2) already has %3 of %4 children, its capacity.")
            .arg(status->family.name, fosterFamilyKindLabel(status->family.kind))
            .arg(status->childrenPlaced)
            .arg(status->capacity.value_or(0)) +
        (status->adultsStaying > 0
             ? QLatin1Char(' ') + tr("%n of them stay(s) on after 18, and count (art. 53, "
                                     "art. 61).",
                                     nullptr, status->adultsStaying)
             : QString());
    if (verdict == foster_rules::CapacityVerdict::Full)
        return refused(full + QLatin1Char(' ') +
                       tr("Beyond it the law allows only a brother or sister of a child placed "
                          "there, with the family's consent; %1 has no sibling placed there.")
                           .arg(c->displayName()));
    if (verdict == foster_rules::CapacityVerdict::SiblingNeedsConsent)
        return refused(full + QLatin1Char(' ') +
                       tr("%1 is a sibling of a child placed there: record the family's consent "
                          "(and the coordinator's opinion) to place beyond the capacity.")
                           .arg(c->displayName()));
    return {};
}

// Siblings are children of the same biological family in the record (one family, one household
// of brothers and sisters): whether one of them is placed in the foster family on `day`.
Result<bool> PlacementService::siblingPlacedIn(const Member& child, qint64 fosterFamilyId,
                                               const QDate& day)
{
    auto placements = PlacementRepository(m_database).forFosterFamily(fosterFamilyId);
    if (!placements)
        return placements.error();
    MemberRepository members(m_database);
    for (const Placement& placed : *placements) {
        if (!placed.isActiveOn(day) || placed.childMemberId == child.id)
            continue;
        auto other = members.find(placed.childMemberId);
        if (!other)
            return other.error();
        if (*other && (*other)->familyId == child.familyId)
            return true;
    }
    return false;
}

Status PlacementService::mayChangePlacement(const Placement& placement)
{
    CaseAccess access(m_database);
    Status byChild = access.mayChangeMember(m_actor, placement.childMemberId);
    if (byChild || !placement.fosterFamilyId)
        return byChild;
    if (Status byFosterFamily = access.mayChangeFosterFamily(m_actor, *placement.fosterFamilyId);
        byFosterFamily)
        return byFosterFamily;
    return byChild;
}

Status PlacementService::mayChangePlacement(qint64 placementId)
{
    auto placement = required(PlacementRepository(m_database).find(placementId),
                              tr("There is no placement with id %1.").arg(placementId));
    if (!placement)
        return placement.error();
    return mayChangePlacement(*placement);
}

Result<qint64> PlacementService::place(const Placement& p)
{
    const auto rule = [&] { return mayChangePlacement(p); };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Result<qint64> {
        OPIEKA_TRY(checkPlacement(p));
        return write.recordNew(PlacementRepository(m_database).insert(p),
                               QStringLiteral("placement.create"), QStringLiteral("placement"),
                               placementJson(p));
    });
}

Status PlacementService::endPlacement(qint64 placementId, const QDate& on, PlacementEnd reason)
{
    const auto rule = [&] { return mayChangePlacement(placementId); };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Status {
        PlacementRepository repo(m_database);
        auto current = required(repo.find(placementId),
                                tr("There is no placement with id %1.").arg(placementId));
        if (!current)
            return current.error();
        if (current->to)
            return refused(tr("The placement already ended on %1.").arg(localDate(current->to)));
        if (on <= current->from)
            return badInput(
                tr("The placement started on %1; it ends later.").arg(localDate(current->from)));
        OPIEKA_TRY(PastDates::notAfterToday(PastEvent::PlacementEnded, on, Clock::today()));
        Placement next = *current;
        next.to = on;
        next.endReason = reason;
        OPIEKA_TRY(repo.update(next));
        return write.record(QStringLiteral("placement.end"), QStringLiteral("placement"),
                            placementId, placementJson(*current), placementJson(next));
    });
}

Result<Placement> PlacementService::emergencyPlacement(qint64 placementId)
{
    auto current = PlacementRepository(m_database).find(placementId);
    if (!current)
        return current.error();
    if (!*current || !(*current)->fosterFamilyId)
        return badInput(
            tr("There is no placement in a foster family with id %1.").arg(placementId));
    auto family = FosterFamilyRepository(m_database).find(*(*current)->fosterFamilyId);
    if (!family)
        return family.error();
    if (!*family || (*family)->kind != FosterFamilyKind::Emergency)
        return refused(
            tr("Only a stay in an emergency foster family (pogotowie rodzinne) is extended."));
    return **current;
}

Status PlacementService::savePlacementChange(AuditedWrite& write, const QString& action,
                                             const Placement& before, const Placement& after)
{
    OPIEKA_TRY(PlacementRepository(m_database).update(after));
    return write.record(action, QStringLiteral("placement"), after.id, placementJson(before),
                        placementJson(after));
}

Status PlacementService::changeEmergencyStay(
    qint64 placementId, const QString& action,
    const std::function<Status(const Placement& current, Placement& next)>& change)
{
    const auto rule = [&] { return mayChangePlacement(placementId); };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Status {
        auto current = emergencyPlacement(placementId);
        if (!current)
            return current.error();
        Placement next = *current;
        OPIEKA_TRY(change(*current, next));
        return savePlacementChange(write, action, *current, next);
    });
}

Status PlacementService::extendEmergencyStay(qint64 placementId,
                                             const EmergencyExtension& extension)
{
    auto s = settings();
    if (!s)
        return s.error();
    return changeEmergencyStay(
        placementId, QStringLiteral("placement.extend"),
        [&](const Placement& current, Placement& next) -> Status {
            if (extension.consentBy.trimmed().isEmpty() || !extension.consentOn.isValid())
                return badInput(
                    tr("Record the organiser's consent: the day it was given and who gave it."));
            OPIEKA_TRY(PastDates::notAfterToday(PastEvent::ExtensionConsent, extension.consentOn,
                                                Clock::today()));
            if (extension.consentOn < current.from)
                return badInput(tr("The stay started on %1; the consent to extend it comes later.")
                                    .arg(localDate(current.from)));
            next.extensionConsentOn = extension.consentOn;
            next.extensionConsentBy = extension.consentBy.trimmed();
            next.extensionGround = extension.ground;
            next.courtProceedingsEndedOn.reset();
            if (extension.ground == ExtensionGround::EightMonths) {
                const QDate limit = foster_rules::emergencyStayLimit(current.from, *s);
                if (!extension.until || *extension.until <= current.from)
                    return badInput(tr("Give the day the stay is extended to."));
                if (*extension.until > limit)
                    return refused(tr("An emergency stay may last until %1 at most (%2 months), "
                                      "unless it is extended until the court's proceedings end.")
                                       .arg(localDate(limit))
                                       .arg(s->emergencyStayMaxMonths));
                next.extendedUntil = extension.until;
            } else {
                next.extendedUntil.reset(); // the proceedings' end, not a day, ends the stay
            }
            return {};
        });
}

Status PlacementService::recordCourtProceedingsEnded(qint64 placementId, const QDate& on)
{
    return changeEmergencyStay(
        placementId, QStringLiteral("placement.court_proceedings_ended"),
        [&](const Placement& current, Placement& next) -> Status {
            if (current.extensionGround != ExtensionGround::CourtProceedings)
                return refused(tr("The stay was not extended until the court's proceedings end."));
            OPIEKA_TRY(
                PastDates::notAfterToday(PastEvent::CourtProceedingsEnded, on, Clock::today()));
            if (on < current.from)
                return badInput(tr("The stay started on %1; the proceedings ended later.")
                                    .arg(localDate(current.from)));
            next.courtProceedingsEndedOn = on;
            return {};
        });
}

Status PlacementService::recordIntakeNotice(qint64 placementId, IntakeNotice notice,
                                            const QDate& on)
{
    const auto rule = [&] { return mayChangePlacement(placementId); };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Status {
        auto current = required(PlacementRepository(m_database).find(placementId),
                                tr("There is no placement with id %1.").arg(placementId));
        if (!current)
            return current.error();
        if (current->basis != PlacementBasis::Emergency)
            return refused(tr("A placement by court order needs no notice of the intake."));
        // Recorded once: a notice on the record is not redated by a second one (the audit keeps
        // it).
        if (const auto recorded = current->noticeOn(notice))
            return refused(alreadyNotified(notice, *recorded));
        OPIEKA_TRY(checkNoticeDate(*current, notice, on, Clock::today()));
        Placement next = *current;
        next.setNoticeOn(notice, on);
        return savePlacementChange(write, QStringLiteral("placement.intake_notice"), *current,
                                   next);
    });
}

Result<QList<Placement>> PlacementService::placementsOfChild(qint64 childMemberId)
{
    OPIEKA_TRY(CaseAccess(m_database).mayReadMember(m_actor, childMemberId));

    return PlacementRepository(m_database).forChild(childMemberId);
}

Result<QList<Placement>> PlacementService::placementsIn(qint64 fosterFamilyId)
{
    OPIEKA_TRY(CaseAccess(m_database).mayReadFosterFamily(m_actor, fosterFamilyId));

    return PlacementRepository(m_database).forFosterFamily(fosterFamilyId);
}

Status PlacementService::markLegalSituationSettled(qint64 childMemberId, const QDate& on)
{
    OPIEKA_TRY(PastDates::notAfterToday(PastEvent::LegalSituationSettled, on, Clock::today()));
    return FosterCareRecords(m_database)
        .changeChildStatus(m_actor, childMemberId, QStringLiteral("adoption.settled"),
                           [&](ChildStatus& s) { s.legalSituationSettledOn = on; });
}

Status PlacementService::reportForAdoption(qint64 childMemberId, const QDate& on,
                                           const QString& centre)
{
    if (centre.trimmed().isEmpty())
        return badInput(tr("Name the adoption centre the child is reported to."));
    OPIEKA_TRY(PastDates::notAfterToday(PastEvent::ReportedForAdoption, on, Clock::today()));
    // Who may not reach the child learns nothing of its legal situation from the refusal.
    OPIEKA_TRY(CaseAccess(m_database).mayChangeMember(m_actor, childMemberId));
    auto current = ChildCareRepository(m_database).status(childMemberId);
    if (!current)
        return current.error();
    if (!*current || !(*current)->legalSituationSettledOn)
        return refused(
            tr("A child is reported to an adoption centre once the legal situation is settled."));
    return FosterCareRecords(m_database)
        .changeChildStatus(m_actor, childMemberId, QStringLiteral("adoption.report"),
                           [&](ChildStatus& s) {
                               s.reportedForAdoptionOn = on;
                               s.adoptionCentre = centre.trimmed();
                           });
}

} // namespace opieka
