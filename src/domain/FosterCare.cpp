#include "FosterCare.h"

#include "EnumNames.h"
#include "Pesel.h"

namespace opieka {
namespace {
constexpr EnumNames<PlacementBasis, 2> kBases{{{
    {PlacementBasis::CourtOrder, "court_order"},
    {PlacementBasis::Emergency, "emergency"},
}}};
constexpr EnumNames<PlacementEnd, 5> kEnds{{{
    {PlacementEnd::ReturnHome, "return_home"},
    {PlacementEnd::Adoption, "adoption"},
    {PlacementEnd::AnotherPlacement, "another_placement"},
    {PlacementEnd::LeavingCare, "leaving_care"},
    {PlacementEnd::ComingOfAge, "coming_of_age"},
}}};
constexpr EnumNames<ReviewDecision, 4> kDecisions{{{
    {ReviewDecision::Continue, "continue"},
    {ReviewDecision::ReturnHome, "return_home"},
    {ReviewDecision::ChangePlacement, "change_placement"},
    {ReviewDecision::ReportForAdoption, "report_for_adoption"},
}}};
constexpr EnumNames<ExtensionGround, 2> kGrounds{{{
    {ExtensionGround::EightMonths, "eight_months"},
    {ExtensionGround::CourtProceedings, "court_proceedings"},
}}};
constexpr EnumNames<IntakeNotice, 3> kNotices{{{
    {IntakeNotice::Court, "court"},
    {IntakeNotice::Starosta, "starosta"},
    {IntakeNotice::HomeOps, "home_ops"},
}}};
} // namespace

QString extensionGroundName(ExtensionGround ground)
{
    return kGrounds.name(ground);
}
std::optional<ExtensionGround> parseExtensionGround(const QString& text)
{
    return kGrounds.parse(text.trimmed());
}
QString intakeNoticeName(IntakeNotice notice)
{
    return kNotices.name(notice);
}
std::optional<IntakeNotice> parseIntakeNotice(const QString& text)
{
    return kNotices.parse(text.trimmed());
}

std::optional<QDate> Placement::noticeOn(IntakeNotice notice) const
{
    switch (notice) {
    case IntakeNotice::Court:
        return emergencyNoticeOn;
    case IntakeNotice::Starosta:
        return starostaNoticeOn;
    case IntakeNotice::HomeOps:
        return opsNoticeOn;
    }
    return std::nullopt;
}

void Placement::setNoticeOn(IntakeNotice notice, const QDate& on)
{
    switch (notice) {
    case IntakeNotice::Court:
        emergencyNoticeOn = on;
        break;
    case IntakeNotice::Starosta:
        starostaNoticeOn = on;
        break;
    case IntakeNotice::HomeOps:
        opsNoticeOn = on;
        break;
    }
}

QString placementBasisName(PlacementBasis basis)
{
    return kBases.name(basis);
}
std::optional<PlacementBasis> parsePlacementBasis(const QString& text)
{
    return kBases.parse(text);
}
QString placementEndName(PlacementEnd end)
{
    return kEnds.name(end);
}
std::optional<PlacementEnd> parsePlacementEnd(const QString& text)
{
    return kEnds.parse(text.trimmed());
}
QStringList placementEndNames()
{
    return kEnds.names();
}
QString reviewDecisionName(ReviewDecision decision)
{
    return kDecisions.name(decision);
}
std::optional<ReviewDecision> parseReviewDecision(const QString& text)
{
    return kDecisions.parse(text);
}

namespace foster_rules {

QDate nextChildReview(const QDate& placementStart, const std::optional<QDate>& lastReview,
                      const QDate& birthDate, const FosterCareSettings& settings)
{
    const QDate base = lastReview && *lastReview > placementStart ? *lastReview : placementStart;
    const bool underThree = ageOn(birthDate, base) < 3;
    return base.addMonths(underThree ? settings.reviewUnder3Months : settings.reviewMonths);
}

QDate nextFosterAssessment(const QDate& firstPlacement, int assessmentsDone,
                           const std::optional<QDate>& lastAssessment,
                           const FosterCareSettings& settings)
{
    if (assessmentsDone == 0 || !lastAssessment)
        return firstPlacement.addMonths(settings.firstAssessmentMonths);
    if (assessmentsDone == 1)
        return lastAssessment->addMonths(settings.firstAssessmentMonths);
    return lastAssessment->addMonths(settings.assessmentIntervalMonths);
}

std::optional<QDate> nextCertificate(FosterFamilyKind kind, const std::optional<QDate>& last,
                                     const std::optional<QDate>& qualifiedOn,
                                     const QDate& registeredOn, const FosterCareSettings& settings)
{
    if (kind == FosterFamilyKind::Kinship)
        return std::nullopt;
    // Never "due today" for want of a record: that showed every family of a new register as due.
    const QDate from = last ? *last : qualifiedOn ? *qualifiedOn : registeredOn;
    if (!from.isValid())
        return std::nullopt;
    return from.addMonths(settings.certificateMonths);
}

QDate emergencyStayEnds(const QDate& from, const std::optional<QDate>& extendedUntil,
                        const FosterCareSettings& settings)
{
    if (extendedUntil)
        return std::min(*extendedUntil, emergencyStayLimit(from, settings));
    return from.addMonths(settings.emergencyStayMonths);
}

QDate emergencyStayLimit(const QDate& from, const FosterCareSettings& settings)
{
    return from.addMonths(settings.emergencyStayMaxMonths);
}

std::optional<QDate> emergencyStayDue(const Placement& p, const FosterCareSettings& settings)
{
    const QDate standard = p.from.addMonths(settings.emergencyStayMonths);
    if (p.extensionGround == ExtensionGround::CourtProceedings) {
        if (!p.courtProceedingsEndedOn)
            return std::nullopt;
        return std::max(standard, *p.courtProceedingsEndedOn);
    }
    return emergencyStayEnds(p.from, p.extendedUntil, settings);
}

bool emergencyStayAwaitsCourt(const Placement& p)
{
    return p.extensionGround == ExtensionGround::CourtProceedings && !p.courtProceedingsEndedOn;
}

QList<IntakeNotice> missingIntakeNotices(const Placement& p)
{
    QList<IntakeNotice> missing;
    if (p.basis != PlacementBasis::Emergency)
        return missing;
    for (IntakeNotice notice : {IntakeNotice::Court, IntakeNotice::Starosta, IntakeNotice::HomeOps})
        if (!p.noticeOn(notice))
            missing << notice;
    return missing;
}

QDate intakeNoticeDue(const Placement& p)
{
    return p.from.addDays(1);
}

QDate independenceGuardianDue(const QDate& birthDate)
{
    return birthDate.addYears(17);
}

QDate independenceProgrammeDue(const QDate& birthDate)
{
    return birthDate.addYears(18).addMonths(-1);
}

std::optional<int> capacityOf(FosterFamilyKind kind, const std::optional<int>& ownCapacity,
                              const FosterCareSettings& settings)
{
    if (ownCapacity)
        return ownCapacity;
    const auto it = settings.capacity.constFind(kind);
    if (it == settings.capacity.constEnd())
        return std::nullopt;
    return *it;
}

CapacityVerdict capacityVerdict(const std::optional<int>& capacity, int placed, bool siblingPlaced,
                                bool consentRecorded)
{
    if (!capacity || placed < *capacity)
        return CapacityVerdict::Within;
    if (!siblingPlaced)
        return CapacityVerdict::Full;
    return consentRecorded ? CapacityVerdict::SiblingWithConsent
                           : CapacityVerdict::SiblingNeedsConsent;
}

} // namespace foster_rules
} // namespace opieka
