#pragma once

#include "Categories.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace opieka {

enum class PlacementBasis
{
    CourtOrder, // postanowienie sądu
    Emergency,  // umieszczenie w trybie pilnym (court notified within 24 hours)
};
enum class PlacementEnd
{
    ReturnHome,
    Adoption,
    AnotherPlacement,
    LeavingCare,
    ComingOfAge
};
enum class ReviewDecision
{
    Continue,
    ReturnHome,
    ChangePlacement,
    ReportForAdoption
};

QString placementBasisName(PlacementBasis basis);
std::optional<PlacementBasis> parsePlacementBasis(const QString& text);
QString placementEndName(PlacementEnd end);
std::optional<PlacementEnd> parsePlacementEnd(const QString& text);
QStringList placementEndNames();
// The ground of an emergency stay's extension with the organiser's consent (art. 58 ust. 4).
enum class ExtensionGround
{
    EightMonths,      // up to 8 months from the intake
    CourtProceedings, // until the court's proceedings end (return home, adoption, foster care)
};
// Those an emergency family tells of an intake within 24 hours (art. 58 ust. 3).
enum class IntakeNotice
{
    Court,
    Starosta,
    HomeOps, // the social welfare centre (or social services centre) of the child's home
};

QString extensionGroundName(ExtensionGround ground);
std::optional<ExtensionGround> parseExtensionGround(const QString& text);
QString intakeNoticeName(IntakeNotice notice);
std::optional<IntakeNotice> parseIntakeNotice(const QString& text);
QString reviewDecisionName(ReviewDecision decision);
std::optional<ReviewDecision> parseReviewDecision(const QString& text);

// A child (a member of a biological family) placed in a foster family or an institution.
struct Placement
{
    qint64 id = 0;
    qint64 childMemberId = 0;
    std::optional<qint64> fosterFamilyId; // either a foster family...
    QString institution;                  // ...or a care institution (placówka)
    QDate from;
    std::optional<QDate> to; // exclusive
    PlacementBasis basis = PlacementBasis::CourtOrder;
    QString courtOrder; // number (sygnatura) of the court order
    std::optional<QDate> courtOrderDate;
    std::optional<QDate> emergencyNoticeOn; // the court notified (within 24 hours)
    std::optional<QDate> starostaNoticeOn;  // the starosta notified (within 24 hours)
    std::optional<QDate> opsNoticeOn;       // the child's home OPS notified (within 24 hours)
    std::optional<PlacementEnd> endReason;
    std::optional<QDate> extendedUntil; // an emergency family's stay extended (to 8 months)
    // The organiser's consent to extend an emergency stay (art. 58 ust. 4): when, who, why.
    std::optional<QDate> extensionConsentOn;
    QString extensionConsentBy;
    std::optional<ExtensionGround> extensionGround;
    std::optional<QDate> courtProceedingsEndedOn; // for the CourtProceedings ground
    QString overCapacityConsent; // siblings beyond capacity: consent and coordinator's opinion

    bool isActiveOn(const QDate& day) const { return from <= day && (!to || day < *to); }
    std::optional<QDate> noticeOn(IntakeNotice notice) const;
    void setNoticeOn(IntakeNotice notice, const QDate& on);
};

// Intervals and capacities: settings, since several are not confirmed in law (domain.md).
struct FosterCareSettings
{
    int reviewMonths = 6;
    int reviewUnder3Months = 3;
    int firstAssessmentMonths = 12;
    int assessmentIntervalMonths = 36;
    int certificateMonths = 24;
    int emergencyStayMonths = 4;
    int emergencyStayMaxMonths = 8;
    QHash<FosterFamilyKind, int> capacity{{FosterFamilyKind::NonProfessional, 3},
                                          {FosterFamilyKind::Professional, 3},
                                          {FosterFamilyKind::Emergency, 3},
                                          {FosterFamilyKind::Specialised, 3},
                                          {FosterFamilyKind::FamilyHome, 8}};
};

// Pure deadline rules of foster care.
namespace foster_rules {

// The next periodic review of a placed child: from the latest review (or the placement's start),
// every 3 months while the child is under 3 on that day, every 6 months after.
QDate nextChildReview(const QDate& placementStart, const std::optional<QDate>& lastReview,
                      const QDate& birthDate, const FosterCareSettings& settings);
// Foster family assessment: a year after the first placement, again a year later, then every
// three years from the latest.
QDate nextFosterAssessment(const QDate& firstPlacement, int assessmentsDone,
                           const std::optional<QDate>& lastAssessment,
                           const FosterCareSettings& settings);
// Health certificate and psychologist's opinion (art. 45a): every two years from the latest one
// presented. When none is recorded, two years from the qualification (kwalifikacja), for which
// both were presented (art. 42), or, when no qualification date is recorded either, from the day
// the family entered the register (`registeredOn`, its opened_on), the first day the centre knew
// it as qualified. None for a kinship family, which art. 45a does not bind.
std::optional<QDate> nextCertificate(FosterFamilyKind kind, const std::optional<QDate>& last,
                                     const std::optional<QDate>& qualifiedOn,
                                     const QDate& registeredOn, const FosterCareSettings& settings);
// An emergency family keeps a child up to 4 months, extendable to 8.
QDate emergencyStayEnds(const QDate& from, const std::optional<QDate>& extendedUntil,
                        const FosterCareSettings& settings);
QDate emergencyStayLimit(const QDate& from, const FosterCareSettings& settings);
// When an emergency stay must end as the placement's record stands (art. 58 ust. 4): 4 months
// from the intake; with the organiser's consent to 8 months, the day extended to; with the
// consent "until the court's proceedings end", none while they are pending and, once recorded
// ended, the day they ended (never before the 4 months).
std::optional<QDate> emergencyStayDue(const Placement& placement,
                                      const FosterCareSettings& settings);
// Whether the stay runs on the consent "until the court's proceedings end", still pending.
bool emergencyStayAwaitsCourt(const Placement& placement);
// The notices an intake without a court order still lacks (art. 58 ust. 3), each due within 24
// hours: by the day after the intake.
QList<IntakeNotice> missingIntakeNotices(const Placement& placement);
QDate intakeNoticeDue(const Placement& placement);
// Leaving care: the guardian of independence a year before the 18th birthday, the individual
// programme a month before it.
QDate independenceGuardianDue(const QDate& birthDate);
QDate independenceProgrammeDue(const QDate& birthDate);
// Children a foster family may take; none: no statutory number (kinship families).
std::optional<int> capacityOf(FosterFamilyKind kind, const std::optional<int>& ownCapacity,
                              const FosterCareSettings& settings);

// Whether one more child may join the `placed` children of a foster family (domain.md, "Foster
// care forms and their capacity"): within the capacity always; beyond it only as a brother or
// sister of a child placed there at the time, and with the family's consent recorded.
enum class CapacityVerdict
{
    Within,              // room left, or no statutory number
    SiblingWithConsent,  // beyond the capacity: a sibling, the consent recorded
    SiblingNeedsConsent, // beyond the capacity: a sibling, but no consent recorded
    Full,                // beyond the capacity and not a sibling of a child placed there
};
CapacityVerdict capacityVerdict(const std::optional<int>& capacity, int placed, bool siblingPlaced,
                                bool consentRecorded);

} // namespace foster_rules
} // namespace opieka
