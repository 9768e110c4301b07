#include "FosterCare.h"

#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::foster_rules;

TEST(ChildReviewDue, EverySixMonthsAndEveryThreeUnderThree)
{
    const FosterCareSettings s;
    const QDate placed(2024, 1, 10);
    EXPECT_EQ(nextChildReview(placed, std::nullopt, QDate(2015, 5, 5), s), QDate(2024, 7, 10));
    EXPECT_EQ(nextChildReview(placed, std::nullopt, QDate(2023, 5, 5), s), QDate(2024, 4, 10))
        << "a baby";
    EXPECT_EQ(nextChildReview(placed, QDate(2024, 6, 30), QDate(2015, 5, 5), s),
              QDate(2024, 12, 30));
}

TEST(ChildReviewDue, AChildTurningThreeBetweenReviewsMovesToSixMonths)
{
    const FosterCareSettings s;
    const QDate birth(2021, 8, 20);
    // Reviewed at 2 years 10 months: still under three, so three months on.
    const QDate first = nextChildReview(QDate(2023, 1, 1), QDate(2024, 6, 20), birth, s);
    EXPECT_EQ(first, QDate(2024, 9, 20));
    // The review held then, at 3 years 1 month: six months on.
    EXPECT_EQ(nextChildReview(QDate(2023, 1, 1), first, birth, s), QDate(2025, 3, 20));
    // Reviewed on the third birthday itself: six months.
    EXPECT_EQ(nextChildReview(QDate(2023, 1, 1), QDate(2024, 8, 20), birth, s), QDate(2025, 2, 20));
}

TEST(FosterAssessmentDue, AYearAfterTheFirstPlacementAgainAYearLaterThenEveryThreeYears)
{
    const FosterCareSettings s;
    const QDate first(2022, 3, 15);
    EXPECT_EQ(nextFosterAssessment(first, 0, std::nullopt, s), QDate(2023, 3, 15));
    EXPECT_EQ(nextFosterAssessment(first, 1, QDate(2023, 3, 10), s), QDate(2024, 3, 10));
    EXPECT_EQ(nextFosterAssessment(first, 2, QDate(2024, 3, 1), s), QDate(2027, 3, 1));
    EXPECT_EQ(nextFosterAssessment(first, 5, QDate(2027, 2, 28), s), QDate(2030, 2, 28));
}

TEST(Certificates, EveryTwoYearsFromTheLastOrTheQualificationOrTheRegistration)
{
    const FosterCareSettings s;
    const auto kind = FosterFamilyKind::Professional;
    const QDate registered(2019, 1, 1);
    EXPECT_EQ(nextCertificate(kind, QDate(2022, 2, 28), QDate(2021, 5, 1), registered, s),
              QDate(2024, 2, 28))
        << "two years from the last one presented";
    EXPECT_EQ(nextCertificate(kind, std::nullopt, QDate(2021, 5, 1), registered, s),
              QDate(2023, 5, 1))
        << "none presented since the qualification: two years from it";
    EXPECT_EQ(nextCertificate(kind, std::nullopt, std::nullopt, registered, s), QDate(2021, 1, 1))
        << "nothing recorded: two years from the registration, never 'today'";
    for (FosterFamilyKind bound : {FosterFamilyKind::NonProfessional, FosterFamilyKind::Emergency,
                                   FosterFamilyKind::Specialised, FosterFamilyKind::FamilyHome})
        EXPECT_TRUE(nextCertificate(bound, std::nullopt, std::nullopt, registered, s).has_value());
    EXPECT_FALSE(
        nextCertificate(FosterFamilyKind::Kinship, QDate(2022, 2, 28), std::nullopt, registered, s)
            .has_value())
        << "art. 45a does not bind kinship families";
}

TEST(Capacity, BeyondItOnlyASiblingWithTheFamilysConsent)
{
    EXPECT_EQ(capacityVerdict(3, 2, false, false), CapacityVerdict::Within);
    EXPECT_EQ(capacityVerdict(std::nullopt, 9, false, false), CapacityVerdict::Within)
        << "kinship: no statutory number";
    EXPECT_EQ(capacityVerdict(3, 3, false, true), CapacityVerdict::Full)
        << "consent alone lets no child of another family in";
    EXPECT_EQ(capacityVerdict(3, 3, true, false), CapacityVerdict::SiblingNeedsConsent);
    EXPECT_EQ(capacityVerdict(3, 3, true, true), CapacityVerdict::SiblingWithConsent);
    EXPECT_EQ(capacityVerdict(8, 9, true, true), CapacityVerdict::SiblingWithConsent);
}

TEST(EmergencyStay, FourMonthsExtendableToEight)
{
    const FosterCareSettings s;
    EXPECT_EQ(emergencyStayEnds(QDate(2024, 10, 31), std::nullopt, s), QDate(2025, 2, 28));
    EXPECT_EQ(emergencyStayLimit(QDate(2024, 10, 31), s), QDate(2025, 6, 30));
    EXPECT_EQ(emergencyStayEnds(QDate(2024, 1, 1), QDate(2024, 7, 1), s), QDate(2024, 7, 1));
    EXPECT_EQ(emergencyStayEnds(QDate(2024, 1, 1), QDate(2025, 1, 1), s), QDate(2024, 9, 1))
        << "capped at 8";
}

TEST(LeavingCare, GuardianAYearAndProgrammeAMonthBeforeEighteen)
{
    EXPECT_EQ(independenceGuardianDue(QDate(2008, 2, 29)), QDate(2025, 2, 28));
    EXPECT_EQ(independenceProgrammeDue(QDate(2008, 2, 29)), QDate(2026, 1, 28));
    EXPECT_EQ(independenceProgrammeDue(QDate(2008, 3, 31)), QDate(2026, 2, 28));
}

TEST(Capacity, ByKindUnlessTheFamilyHasItsOwn)
{
    const FosterCareSettings s;
    EXPECT_EQ(capacityOf(FosterFamilyKind::NonProfessional, std::nullopt, s), 3);
    EXPECT_EQ(capacityOf(FosterFamilyKind::FamilyHome, std::nullopt, s), 8);
    EXPECT_FALSE(capacityOf(FosterFamilyKind::Kinship, std::nullopt, s).has_value());
    EXPECT_EQ(capacityOf(FosterFamilyKind::Professional, 2, s), 2);
}

namespace {
Placement emergencyIntake(const QDate& from)
{
    Placement p;
    p.fosterFamilyId = 2;
    p.from = from;
    p.basis = PlacementBasis::Emergency;
    return p;
}
} // namespace

// Art. 58 ust. 4: four months; with the organiser's consent to eight.
TEST(EmergencyStayDue, FourMonthsThenTheConsentToEightMovesIt)
{
    const FosterCareSettings s;
    Placement p = emergencyIntake(QDate(2024, 1, 15));
    EXPECT_EQ(emergencyStayDue(p, s), QDate(2024, 5, 15)) << "the 4th month ends on 15 May";
    EXPECT_FALSE(emergencyStayAwaitsCourt(p));
    p.extensionConsentOn = QDate(2024, 5, 10);
    p.extensionConsentBy = QStringLiteral("Dyrektor PCPR");
    p.extensionGround = ExtensionGround::EightMonths;
    p.extendedUntil = QDate(2024, 9, 15);
    EXPECT_EQ(emergencyStayDue(p, s), QDate(2024, 9, 15)) << "the 8th month ends on 15 September";
    p.extendedUntil = QDate(2024, 9, 16);
    EXPECT_EQ(emergencyStayDue(p, s), QDate(2024, 9, 15)) << "never past eight months";
}

// Art. 58 ust. 4: "or until the court's proceedings end": no deadline while they are pending, even
// past eight months; once they are recorded ended, the stay is due to end that day.
TEST(EmergencyStayDue, UntilTheCourtsProceedingsEnd)
{
    const FosterCareSettings s;
    Placement p = emergencyIntake(QDate(2024, 1, 15));
    p.extensionConsentOn = QDate(2024, 5, 14);
    p.extensionConsentBy = QStringLiteral("Dyrektor PCPR");
    p.extensionGround = ExtensionGround::CourtProceedings;
    EXPECT_FALSE(emergencyStayDue(p, s).has_value()) << "pending: no date to be overdue against";
    EXPECT_TRUE(emergencyStayAwaitsCourt(p));
    p.courtProceedingsEndedOn = QDate(2024, 10, 3); // past the 8th month
    EXPECT_FALSE(emergencyStayAwaitsCourt(p));
    EXPECT_EQ(emergencyStayDue(p, s), QDate(2024, 10, 3)) << "the deadline comes back";
    p.courtProceedingsEndedOn = QDate(2024, 3, 1);
    EXPECT_EQ(emergencyStayDue(p, s), QDate(2024, 5, 15)) << "never shorter than four months";
}

// Art. 58 ust. 3: the court, the starosta and the home OPS, each within 24 hours.
TEST(IntakeNotices, EachMissingOneIsDueTheDayAfterTheIntake)
{
    Placement p = emergencyIntake(QDate(2024, 2, 1));
    EXPECT_EQ(
        missingIntakeNotices(p),
        (QList<IntakeNotice>{IntakeNotice::Court, IntakeNotice::Starosta, IntakeNotice::HomeOps}));
    EXPECT_EQ(intakeNoticeDue(p), QDate(2024, 2, 2));
    p.emergencyNoticeOn = QDate(2024, 2, 1);
    p.opsNoticeOn = QDate(2024, 2, 2);
    EXPECT_EQ(missingIntakeNotices(p), QList<IntakeNotice>{IntakeNotice::Starosta});
    p.basis = PlacementBasis::CourtOrder;
    p.emergencyNoticeOn.reset();
    EXPECT_TRUE(missingIntakeNotices(p).isEmpty()) << "a court order's placement owes no notice";
}
