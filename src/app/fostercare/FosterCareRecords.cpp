#include "FosterCareRecords.h"

#include "AuditedWrite.h"
#include "CaseAccess.h"
#include "ChildCareRepository.h"
#include "Database.h"
#include "FosterFamilyRepository.h"
#include "IsoDate.h"
#include "MemberRepository.h"
#include "PlacementRepository.h"
#include "Required.h"
#include "SettingsRepository.h"

namespace opieka {
namespace {
int settingOr(SettingsRepository& settings, const char* key, int fallback)
{
    auto value = settings.value(QLatin1String(key));
    bool ok = false;
    const int number = value && *value ? (*value)->toInt(&ok) : 0;
    return ok && number > 0 ? number : fallback;
}
} // namespace

Result<FosterCareSettings> FosterCareRecords::settings()
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

Result<Member> FosterCareRecords::child(qint64 childMemberId)
{
    return required(MemberRepository(m_database).find(childMemberId),
                    tr("There is no family member with id %1.").arg(childMemberId));
}

Error FosterCareRecords::noFosterFamily(qint64 fosterFamilyId)
{
    return badInput(tr("There is no foster family with id %1.").arg(fosterFamilyId));
}

Result<FosterFamilyStatus> FosterCareRecords::familyStatus(qint64 fosterFamilyId,
                                                           const QDate& today)
{
    auto family = FosterFamilyRepository(m_database).find(fosterFamilyId);
    if (!family)
        return family.error();
    if (!*family)
        return noFosterFamily(fosterFamilyId);
    auto s = settings();
    if (!s)
        return s.error();
    return familyStatus(**family, today, *s);
}

Result<FosterFamilyStatus> FosterCareRecords::familyStatus(const FosterFamily& family,
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

Status FosterCareRecords::changeChildStatus(const User& actor, qint64 childMemberId,
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

} // namespace opieka
