#include "FosterCareService.h"

#include "AssignmentRepository.h"
#include "AuditTrail.h"
#include "AuditedWrite.h"
#include "CaseAccess.h"
#include "Database.h"
#include "FosterFamilyRepository.h"
#include "IsoDate.h"
#include "MemberRepository.h"
#include "PastDates.h"
#include "Permissions.h"
#include "PlacementRepository.h"
#include "SettingsRepository.h"

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

// The dates of the register that record what has happened: none after today.
Status registerDatesHappened(const FosterFamily& f, const QDate& today)
{
    const std::pair<PastEvent, std::optional<QDate>> dates[] = {
        {PastEvent::FosterFamilyRegistered, f.openedOn},
        {PastEvent::FosterFamilyQualified, f.qualifiedOn},
        {PastEvent::HealthCertificate, f.healthCertificateOn},
        {PastEvent::PsychologistOpinion, f.psychologistOpinionOn}};
    for (const auto& [event, day] : dates)
        if (day)
            OPIEKA_TRY(PastDates::notAfterToday(event, *day, today));
    return {};
}

// A notice of an emergency intake (art. 58 ust. 3): not before the intake, not ahead of today. A
// late one is recorded as it happened.
Status checkNoticeDate(const Placement& p, IntakeNotice notice, const QDate& on, const QDate& today)
{
    OPIEKA_TRY(PastDates::notAfterToday(notice == IntakeNotice::Court ? PastEvent::CourtNotified
                                                                      : PastEvent::IntakeNotified,
                                        on, today));
    if (on < p.from)
        return badInput(FosterCareService::tr("The intake was on %1; it is told of on that day or "
                                              "later.")
                            .arg(localDate(p.from)));
    return {};
}

QString alreadyNotified(IntakeNotice notice, const QDate& on)
{
    switch (notice) {
    case IntakeNotice::Court:
        return FosterCareService::tr("The court was already told of this intake on %1.")
            .arg(localDate(on));
    case IntakeNotice::Starosta:
        return FosterCareService::tr("The starosta was already told of this intake on %1.")
            .arg(localDate(on));
    case IntakeNotice::HomeOps:
        break;
    }
    return FosterCareService::tr("The child's home OPS was already told of this intake on %1.")
        .arg(localDate(on));
}

int settingOr(SettingsRepository& settings, const char* key, int fallback)
{
    auto value = settings.value(QLatin1String(key));
    bool ok = false;
    const int number = value && *value ? (*value)->toInt(&ok) : 0;
    return ok && number > 0 ? number : fallback;
}
} // namespace

Result<FosterCareSettings> FosterCareService::settings()
{
    SettingsRepository repo(m_database);
    FosterCareSettings s;
    s.reviewMonths = settingOr(repo, "child_review_interval_months", s.reviewMonths);
    s.reviewUnder3Months =
        settingOr(repo, "child_review_interval_under_3_months", s.reviewUnder3Months);
    s.firstAssessmentMonths =
        settingOr(repo, "foster_first_assessment_months", s.firstAssessmentMonths);
    s.assessmentIntervalMonths =
        settingOr(repo, "foster_assessment_interval_months", s.assessmentIntervalMonths);
    s.certificateMonths =
        settingOr(repo, "foster_certificate_interval_months", s.certificateMonths);
    s.emergencyStayMonths = settingOr(repo, "emergency_stay_months", s.emergencyStayMonths);
    s.emergencyStayMaxMonths =
        settingOr(repo, "emergency_stay_max_months", s.emergencyStayMaxMonths);
    for (FosterFamilyKind kind :
         {FosterFamilyKind::NonProfessional, FosterFamilyKind::Professional,
          FosterFamilyKind::Emergency, FosterFamilyKind::Specialised, FosterFamilyKind::FamilyHome})
        s.capacity[kind] =
            settingOr(repo, ("capacity_" + fosterFamilyKindName(kind).toStdString()).c_str(),
                      s.capacity.value(kind));
    return s;
}

Result<qint64> FosterCareService::registerFamily(const User& actor, FosterFamily f)
{
    f.name = f.name.trimmed();
    const auto rule = [&]() -> Status {
        OPIEKA_TRY(Permissions::mayRegisterFosterFamily(actor));
        if (f.name.isEmpty() || f.municipality.trimmed().isEmpty() || !f.openedOn.isValid())
            return badInput(
                tr("Give the foster family's name, municipality and the date it starts."));
        if (f.capacity && *f.capacity < 1)
            return badInput(tr("The capacity must be at least one child."));
        return registerDatesHappened(f, Clock::today());
    };
    return AuditedWrite(m_database, actor).run(rule, [&](AuditedWrite& write) -> Result<qint64> {
        FosterFamilyRepository repo(m_database);
        if (f.id == 0) {
            auto all = repo.all();
            if (!all)
                return all.error();
            qint64 next = 1;
            for (const FosterFamily& other : *all)
                next = std::max(next, other.id + 1);
            f.id = next;
        }
        OPIEKA_TRY(repo.insert(f));
        OPIEKA_TRY(write.record(QStringLiteral("foster_family.register"),
                                QStringLiteral("foster_family"), f.id, {},
                                {{QStringLiteral("kind"), fosterFamilyKindName(f.kind)},
                                 {QStringLiteral("opened_on"), isoDate(f.openedOn)}}));
        return f.id;
    });
}

Status FosterCareService::updateFamily(const User& actor, const FosterFamily& f)
{
    const auto rule = [&]() -> Status {
        OPIEKA_TRY(CaseAccess(m_database).mayChangeFosterFamily(actor, f.id));
        if (f.capacity && *f.capacity < 1)
            return badInput(tr("The capacity must be at least one child."));
        return registerDatesHappened(f, Clock::today());
    };
    return AuditedWrite(m_database, actor).run(rule, [&](AuditedWrite& write) -> Status {
        FosterFamilyRepository repo(m_database);
        auto current = repo.find(f.id);
        if (!current)
            return current.error();
        if (!*current)
            return badInput(tr("There is no foster family with id %1.").arg(f.id));
        OPIEKA_TRY(repo.update(f));
        return write.record(
            QStringLiteral("foster_family.update"), QStringLiteral("foster_family"), f.id,
            {{QStringLiteral("health_certificate_on"), isoDate((*current)->healthCertificateOn)},
             {QStringLiteral("psychologist_opinion_on"),
              isoDate((*current)->psychologistOpinionOn)}},
            {{QStringLiteral("health_certificate_on"), isoDate(f.healthCertificateOn)},
             {QStringLiteral("psychologist_opinion_on"), isoDate(f.psychologistOpinionOn)}});
    });
}

Result<FosterFamilyStatus> FosterCareService::familyStatus(const User& actor, qint64 fosterFamilyId,
                                                           const QDate& today)
{
    OPIEKA_TRY(CaseAccess(m_database).mayReadFosterFamily(actor, fosterFamilyId));
    return loadStatus(fosterFamilyId, today);
}

Result<FosterFamilyStatus> FosterCareService::loadStatus(qint64 fosterFamilyId, const QDate& today)
{
    auto family = FosterFamilyRepository(m_database).find(fosterFamilyId);
    if (!family)
        return family.error();
    if (!*family)
        return badInput(tr("There is no foster family with id %1.").arg(fosterFamilyId));
    auto s = settings();
    if (!s)
        return s.error();
    return loadStatus(**family, today, *s);
}

// The settings are read once by a caller that lists many foster families.
Result<FosterFamilyStatus> FosterCareService::loadStatus(const FosterFamily& family,
                                                         const QDate& today,
                                                         const FosterCareSettings& settings)
{
    auto placements = PlacementRepository(m_database).forFosterFamily(family.id);
    if (!placements)
        return placements.error();
    auto assessments = ChildCareRepository(m_database).fosterAssessments(family.id);
    if (!assessments)
        return assessments.error();
    FosterFamilyStatus status;
    status.family = family;
    std::optional<QDate> firstPlacement;
    MemberRepository members(m_database);
    for (const Placement& p : *placements) {
        if (p.isActiveOn(today)) {
            // Art. 53 ust. 1 and art. 61 ust. 1 count those who stay on after 18 (art. 37 ust. 2).
            ++status.childrenPlaced;
            auto member = members.find(p.childMemberId);
            if (!member)
                return member.error();
            if (*member && (*member)->birthDate && ageOn(*(*member)->birthDate, today) >= 18)
                ++status.adultsStaying;
        }
        if (!firstPlacement || p.from < *firstPlacement)
            firstPlacement = p.from;
    }
    status.capacity =
        foster_rules::capacityOf(status.family.kind, status.family.capacity, settings);
    status.healthCertificateDue = foster_rules::nextCertificate(
        family.kind, family.healthCertificateOn, family.qualifiedOn, family.openedOn, settings);
    status.psychologistOpinionDue = foster_rules::nextCertificate(
        family.kind, family.psychologistOpinionOn, family.qualifiedOn, family.openedOn, settings);
    if (firstPlacement)
        status.assessmentDue = foster_rules::nextFosterAssessment(
            *firstPlacement, static_cast<int>(assessments->size()),
            assessments->isEmpty() ? std::nullopt
                                   : std::optional<QDate>(assessments->last().assessedOn),
            settings);
    return status;
}

Result<QList<FosterFamilyStatus>> FosterCareService::fosterFamilies(const User& actor,
                                                                    const QDate& today)
{
    auto all = FosterFamilyRepository(m_database).all();
    if (!all)
        return all.error();
    auto s = settings();
    if (!s)
        return s.error();
    CaseAccess access(m_database);
    QList<FosterFamilyStatus> list;
    for (const FosterFamily& f : *all) {
        if (!access.mayReadFosterFamily(actor, f.id, today))
            continue; // not among the actor's foster families
        auto status = loadStatus(f, today, *s);
        if (!status)
            return status.error();
        list << *status;
    }
    return list;
}

Result<QList<FosterFamilyStatus>>
FosterCareService::familyStatuses(const User& actor, const QList<qint64>& fosterFamilyIds,
                                  const QDate& today)
{
    auto s = settings();
    if (!s)
        return s.error();
    CaseAccess access(m_database);
    FosterFamilyRepository families(m_database);
    QList<FosterFamilyStatus> list;
    for (qint64 id : fosterFamilyIds) {
        OPIEKA_TRY(access.mayReadFosterFamily(actor, id, today));
        auto family = families.find(id);
        if (!family)
            return family.error();
        if (!*family)
            return badInput(tr("There is no foster family with id %1.").arg(id));
        auto status = loadStatus(**family, today, *s);
        if (!status)
            return status.error();
        list << *status;
    }
    return list;
}

Result<Member> FosterCareService::child(qint64 childMemberId)
{
    auto member = MemberRepository(m_database).find(childMemberId);
    if (!member)
        return member.error();
    if (!*member)
        return badInput(tr("There is no family member with id %1.").arg(childMemberId));
    return **member;
}

Status FosterCareService::checkPlacement(const Placement& p)
{
    auto c = child(p.childMemberId);
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
    auto status = loadStatus(*p.fosterFamilyId, p.from);
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
Result<bool> FosterCareService::siblingPlacedIn(const Member& child, qint64 fosterFamilyId,
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

Result<bool> FosterCareService::recordOpening(const User& actor, qint64 fosterFamilyId,
                                              const QDate& day)
{
    if (actor.workerId) {
        auto own =
            AssignmentRepository(m_database)
                .runningOn(*actor.workerId, CaseRef{CaseKind::FosterFamily, fosterFamilyId}, day);
        if (!own)
            return own.error();
        if (*own)
            return false; // its own coordinator
    }
    OPIEKA_TRY(AuditTrail(m_database)
                   .record(actor, QStringLiteral("foster_family.open"),
                           QStringLiteral("foster_family"), QString::number(fosterFamilyId), {},
                           {{QStringLiteral("outside_team"), true}}));
    return true;
}

Status FosterCareService::mayChangePlacement(const User& actor, const Placement& placement)
{
    CaseAccess access(m_database);
    Status byChild = access.mayChangeMember(actor, placement.childMemberId);
    if (byChild || !placement.fosterFamilyId)
        return byChild;
    if (Status byFosterFamily = access.mayChangeFosterFamily(actor, *placement.fosterFamilyId);
        byFosterFamily)
        return byFosterFamily;
    return byChild;
}

Status FosterCareService::mayChangePlacement(const User& actor, qint64 placementId)
{
    auto placement = PlacementRepository(m_database).find(placementId);
    if (!placement)
        return placement.error();
    if (!*placement)
        return badInput(tr("There is no placement with id %1.").arg(placementId));
    return mayChangePlacement(actor, **placement);
}

Result<qint64> FosterCareService::place(const User& actor, const Placement& p)
{
    const auto rule = [&] { return mayChangePlacement(actor, p); };
    return AuditedWrite(m_database, actor).run(rule, [&](AuditedWrite& write) -> Result<qint64> {
        OPIEKA_TRY(checkPlacement(p));
        auto id = PlacementRepository(m_database).insert(p);
        if (!id)
            return id.error();
        OPIEKA_TRY(write.record(QStringLiteral("placement.create"), QStringLiteral("placement"),
                                *id, {}, placementJson(p)));
        return id;
    });
}

Status FosterCareService::endPlacement(const User& actor, qint64 placementId, const QDate& on,
                                       PlacementEnd reason)
{
    const auto rule = [&] { return mayChangePlacement(actor, placementId); };
    return AuditedWrite(m_database, actor).run(rule, [&](AuditedWrite& write) -> Status {
        PlacementRepository repo(m_database);
        auto current = repo.find(placementId);
        if (!current)
            return current.error();
        if (!*current)
            return badInput(tr("There is no placement with id %1.").arg(placementId));
        if ((*current)->to)
            return refused(tr("The placement already ended on %1.").arg(localDate((*current)->to)));
        if (on <= (*current)->from)
            return badInput(
                tr("The placement started on %1; it ends later.").arg(localDate((*current)->from)));
        OPIEKA_TRY(PastDates::notAfterToday(PastEvent::PlacementEnded, on, Clock::today()));
        Placement next = **current;
        next.to = on;
        next.endReason = reason;
        OPIEKA_TRY(repo.update(next));
        return write.record(QStringLiteral("placement.end"), QStringLiteral("placement"),
                            placementId, placementJson(**current), placementJson(next));
    });
}

Result<Placement> FosterCareService::emergencyPlacement(qint64 placementId)
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

Status FosterCareService::savePlacementChange(AuditedWrite& write, const QString& action,
                                              const Placement& before, const Placement& after)
{
    OPIEKA_TRY(PlacementRepository(m_database).update(after));
    return write.record(action, QStringLiteral("placement"), after.id, placementJson(before),
                        placementJson(after));
}

Status FosterCareService::changeEmergencyStay(
    const User& actor, qint64 placementId, const QString& action,
    const std::function<Status(const Placement& current, Placement& next)>& change)
{
    const auto rule = [&] { return mayChangePlacement(actor, placementId); };
    return AuditedWrite(m_database, actor).run(rule, [&](AuditedWrite& write) -> Status {
        auto current = emergencyPlacement(placementId);
        if (!current)
            return current.error();
        Placement next = *current;
        OPIEKA_TRY(change(*current, next));
        return savePlacementChange(write, action, *current, next);
    });
}

Status FosterCareService::extendEmergencyStay(const User& actor, qint64 placementId,
                                              const EmergencyExtension& extension)
{
    auto s = settings();
    if (!s)
        return s.error();
    return changeEmergencyStay(
        actor, placementId, QStringLiteral("placement.extend"),
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

Status FosterCareService::recordCourtProceedingsEnded(const User& actor, qint64 placementId,
                                                      const QDate& on)
{
    return changeEmergencyStay(
        actor, placementId, QStringLiteral("placement.court_proceedings_ended"),
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

Status FosterCareService::recordIntakeNotice(const User& actor, qint64 placementId,
                                             IntakeNotice notice, const QDate& on)
{
    const auto rule = [&] { return mayChangePlacement(actor, placementId); };
    return AuditedWrite(m_database, actor).run(rule, [&](AuditedWrite& write) -> Status {
        auto current = PlacementRepository(m_database).find(placementId);
        if (!current)
            return current.error();
        if (!*current)
            return badInput(tr("There is no placement with id %1.").arg(placementId));
        if ((*current)->basis != PlacementBasis::Emergency)
            return refused(tr("A placement by court order needs no notice of the intake."));
        // Recorded once: a notice on the record is not redated by a second one (the audit keeps
        // it).
        if (const auto recorded = (*current)->noticeOn(notice))
            return refused(alreadyNotified(notice, *recorded));
        OPIEKA_TRY(checkNoticeDate(**current, notice, on, Clock::today()));
        Placement next = **current;
        next.setNoticeOn(notice, on);
        return savePlacementChange(write, QStringLiteral("placement.intake_notice"), **current,
                                   next);
    });
}

Result<QList<FosterFamily>> FosterCareService::familiesWithoutCoordinator(const User& actor,
                                                                          const QDate& day)
{
    OPIEKA_TRY(Permissions::mayReadDeadlines(actor));
    auto all = FosterFamilyRepository(m_database).all();
    if (!all)
        return all.error();
    AssignmentRepository assignments(m_database);
    QList<FosterFamily> uncovered;
    for (const FosterFamily& f : *all) {
        if (!f.isOpenOn(day))
            continue;
        auto held = assignments.forCase(CaseRef{CaseKind::FosterFamily, f.id});
        if (!held)
            return held.error();
        if (std::none_of(held->cbegin(), held->cend(),
                         [&](const Assignment& a) { return a.isActiveOn(day); }))
            uncovered << f;
    }
    return uncovered;
}

Result<QList<Placement>> FosterCareService::placementsOfChild(const User& actor,
                                                              qint64 childMemberId)
{
    OPIEKA_TRY(CaseAccess(m_database).mayReadMember(actor, childMemberId));

    return PlacementRepository(m_database).forChild(childMemberId);
}

Result<QList<Placement>> FosterCareService::placementsIn(const User& actor, qint64 fosterFamilyId)
{
    OPIEKA_TRY(CaseAccess(m_database).mayReadFosterFamily(actor, fosterFamilyId));

    return PlacementRepository(m_database).forFosterFamily(fosterFamilyId);
}

Result<qint64> FosterCareService::recordReview(const User& actor, const ChildReview& review,
                                               const QDate& today)
{
    const auto rule = [&]() -> Status {
        OPIEKA_TRY(CaseAccess(m_database).mayChangeMember(actor, review.childMemberId));
        if (review.findings.trimmed().isEmpty())
            return badInput(tr("Write the findings of the review."));
        if (review.team.isEmpty())
            return badInput(tr("Record who took part in the review."));
        if (!review.reviewedOn.isValid())
            return badInput(tr("Give the day of the review."));
        return PastDates::notAfterToday(PastEvent::ChildReview, review.reviewedOn, today);
    };
    return AuditedWrite(m_database, actor).run(rule, [&](AuditedWrite& write) -> Result<qint64> {
        OPIEKA_TRY(child(review.childMemberId));
        auto id = ChildCareRepository(m_database).addReview(review);
        if (!id)
            return id.error();
        OPIEKA_TRY(write.record(
            QStringLiteral("child_review.record"), QStringLiteral("child_review"), *id, {},
            {{QStringLiteral("child_member_id"), review.childMemberId},
             {QStringLiteral("reviewed_on"), isoDate(review.reviewedOn)},
             {QStringLiteral("decision"), reviewDecisionName(review.decision)}}));
        return id;
    });
}

Result<QList<ChildReview>> FosterCareService::reviews(const User& actor, qint64 childMemberId)
{
    OPIEKA_TRY(CaseAccess(m_database).mayReadMember(actor, childMemberId));

    return ChildCareRepository(m_database).reviews(childMemberId);
}

Result<ChildDeadlines> FosterCareService::deadlines(const User& actor, qint64 childMemberId,
                                                    const QDate& today)
{
    OPIEKA_TRY(CaseAccess(m_database).mayReadMember(actor, childMemberId));
    return loadDeadlines(childMemberId, today);
}

Result<ChildDeadlines> FosterCareService::loadDeadlines(qint64 childMemberId, const QDate& today)
{
    auto c = child(childMemberId);
    if (!c)
        return c.error();
    auto s = settings();
    if (!s)
        return s.error();
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

Status FosterCareService::saveHelpPlan(const User& actor, qint64 childMemberId,
                                       const QList<HelpPlanItem>& items)
{
    const auto rule = [&]() -> Status {
        OPIEKA_TRY(CaseAccess(m_database).mayChangeMember(actor, childMemberId));
        for (const HelpPlanItem& item : items)
            if (item.goal.trimmed().isEmpty())
                return badInput(tr("Every item of the help plan needs its goal."));
        return {};
    };
    return AuditedWrite(m_database, actor).run(rule, [&](AuditedWrite& write) -> Status {
        OPIEKA_TRY(child(childMemberId));
        OPIEKA_TRY(ChildCareRepository(m_database).replaceHelpPlan(childMemberId, items));
        return write.record(QStringLiteral("help_plan.save"), QStringLiteral("member"),
                            childMemberId, {},
                            {{QStringLiteral("items"), static_cast<int>(items.size())}});
    });
}

Result<QList<HelpPlanItem>> FosterCareService::helpPlan(const User& actor, qint64 childMemberId)
{
    OPIEKA_TRY(CaseAccess(m_database).mayReadMember(actor, childMemberId));

    return ChildCareRepository(m_database).helpPlan(childMemberId);
}

Status FosterCareService::changeStatus(const User& actor, qint64 childMemberId,
                                       const QString& action,
                                       const std::function<void(ChildStatus&)>& change)
{
    const auto rule = [&] { return CaseAccess(m_database).mayChangeMember(actor, childMemberId); };
    return AuditedWrite(m_database, actor).run(rule, [&](AuditedWrite& write) -> Status {
        OPIEKA_TRY(child(childMemberId));
        ChildCareRepository repo(m_database);
        auto current = repo.status(childMemberId);
        if (!current)
            return current.error();
        ChildStatus next = current->value_or(ChildStatus{childMemberId, {}, {}, {}, {}, {}, {}});
        change(next);
        OPIEKA_TRY(repo.saveStatus(next));
        return write.record(
            action, QStringLiteral("member"), childMemberId, {},
            {{QStringLiteral("legal_situation_settled_on"), isoDate(next.legalSituationSettledOn)},
             {QStringLiteral("reported_for_adoption_on"), isoDate(next.reportedForAdoptionOn)},
             {QStringLiteral("guardian_chosen_on"), isoDate(next.guardianChosenOn)},
             {QStringLiteral("programme_ready_on"), isoDate(next.programmeReadyOn)}});
    });
}

Status FosterCareService::markLegalSituationSettled(const User& actor, qint64 childMemberId,
                                                    const QDate& on)
{
    OPIEKA_TRY(PastDates::notAfterToday(PastEvent::LegalSituationSettled, on, Clock::today()));
    return changeStatus(actor, childMemberId, QStringLiteral("adoption.settled"),
                        [&](ChildStatus& s) { s.legalSituationSettledOn = on; });
}

Status FosterCareService::reportForAdoption(const User& actor, qint64 childMemberId,
                                            const QDate& on, const QString& centre)
{
    if (centre.trimmed().isEmpty())
        return badInput(tr("Name the adoption centre the child is reported to."));
    OPIEKA_TRY(PastDates::notAfterToday(PastEvent::ReportedForAdoption, on, Clock::today()));
    // Who may not reach the child learns nothing of its legal situation from the refusal.
    OPIEKA_TRY(CaseAccess(m_database).mayChangeMember(actor, childMemberId));
    auto current = ChildCareRepository(m_database).status(childMemberId);
    if (!current)
        return current.error();
    if (!*current || !(*current)->legalSituationSettledOn)
        return refused(
            tr("A child is reported to an adoption centre once the legal situation is settled."));
    return changeStatus(actor, childMemberId, QStringLiteral("adoption.report"),
                        [&](ChildStatus& s) {
                            s.reportedForAdoptionOn = on;
                            s.adoptionCentre = centre.trimmed();
                        });
}

Status FosterCareService::recordLeavingCare(const User& actor, qint64 childMemberId,
                                            const QString& guardian,
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
    return changeStatus(actor, childMemberId, QStringLiteral("leaving_care.record"),
                        [&](ChildStatus& s) {
                            s.independenceGuardian = guardian.trimmed();
                            s.guardianChosenOn = guardianChosenOn;
                            s.programmeReadyOn = programmeReadyOn;
                        });
}

Result<qint64> FosterCareService::recordFosterAssessment(const User& actor,
                                                         const FosterAssessmentRow& a,
                                                         const QDate& today)
{
    const auto rule = [&]() -> Status {
        OPIEKA_TRY(CaseAccess(m_database).mayChangeFosterFamily(actor, a.fosterFamilyId));
        if (a.findings.trimmed().isEmpty())
            return badInput(tr("Write the findings of the assessment."));
        if (!a.assessedOn.isValid())
            return badInput(tr("Give the day of the assessment."));
        return PastDates::notAfterToday(PastEvent::FosterAssessment, a.assessedOn, today);
    };
    return AuditedWrite(m_database, actor).run(rule, [&](AuditedWrite& write) -> Result<qint64> {
        auto family = FosterFamilyRepository(m_database).exists(a.fosterFamilyId);
        if (!family)
            return family.error();
        if (!*family)
            return badInput(tr("There is no foster family with id %1.").arg(a.fosterFamilyId));
        auto id = ChildCareRepository(m_database).addFosterAssessment(a);
        if (!id)
            return id.error();
        OPIEKA_TRY(write.record(QStringLiteral("foster_assessment.record"),
                                QStringLiteral("foster_family"), a.fosterFamilyId, {},
                                {{QStringLiteral("assessed_on"), isoDate(a.assessedOn)}}));
        return id;
    });
}

} // namespace opieka
