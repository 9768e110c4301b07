#pragma once

#include "Categories.h"

#include <QDate>
#include <QHash>
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
    std::optional<PlacementEnd> endReason;
    std::optional<QDate> extendedUntil; // an emergency family's stay extended
    QString overCapacityConsent; // siblings beyond capacity: consent and coordinator's opinion

    bool isActiveOn(const QDate& day) const { return from <= day && (!to || day < *to); }
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
// Health certificate and psychologist's opinion: every two years from the latest; none recorded
// means due now (`qualifiedOn` when known).
QDate nextCertificate(const std::optional<QDate>& last, const std::optional<QDate>& qualifiedOn,
                      const QDate& today, const FosterCareSettings& settings);
// An emergency family keeps a child up to 4 months, extendable to 8.
QDate emergencyStayEnds(const QDate& from, const std::optional<QDate>& extendedUntil,
                        const FosterCareSettings& settings);
QDate emergencyStayLimit(const QDate& from, const FosterCareSettings& settings);
// Leaving care: the guardian of independence a year before the 18th birthday, the individual
// programme a month before it.
QDate independenceGuardianDue(const QDate& birthDate);
QDate independenceProgrammeDue(const QDate& birthDate);
// Children a foster family may take; none: no statutory number (kinship families).
std::optional<int> capacityOf(FosterFamilyKind kind, const std::optional<int>& ownCapacity,
                              const FosterCareSettings& settings);

} // namespace foster_rules
} // namespace opieka
