#pragma once

#include "ChildCareRepository.h"
#include "Clock.h"
#include "Family.h"
#include "FosterCare.h"
#include "Member.h"
#include "Result.h"
#include "User.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <functional>
#include <optional>

namespace opieka {

class AuditedWrite;
class Database;

// A foster family with what the register shows about it on a day.
struct FosterFamilyStatus
{
    FosterFamily family;
    int childrenPlaced = 0;      // every place taken, the adults who stay on included
    int adultsStaying = 0;       // of them, adults who stay on after 18 (art. 37 ust. 2)
    std::optional<int> capacity; // none: no statutory number (kinship)
    // Art. 45a; none for a kinship family, which it does not bind.
    std::optional<QDate> healthCertificateDue;
    std::optional<QDate> psychologistOpinionDue;
    std::optional<QDate> assessmentDue; // none until a first placement
};

// A placed child's deadlines.
struct ChildDeadlines
{
    Member child;
    std::optional<Placement> placement; // the active one
    std::optional<QDate> nextReview;
    std::optional<QDate> emergencyStayEnds; // none while it runs until the court's proceedings end
    bool emergencyStayAwaitsCourt = false;  // the consent: until the court's proceedings end
    QList<IntakeNotice> missingNotices;     // art. 58 ust. 3, each due the day after the intake
    bool toReportForAdoption = false;       // legal situation settled, not yet reported
    std::optional<QDate> guardianDue;       // leaving care, while not yet done
    std::optional<QDate> programmeDue;
};

// The organiser's consent to extend an emergency stay (art. 58 ust. 4).
struct EmergencyExtension
{
    QDate consentOn;
    QString consentBy; // who gave the consent for the organiser
    ExtensionGround ground = ExtensionGround::EightMonths;
    std::optional<QDate> until; // EightMonths: the day the stay is extended to (8 months at most)
};

// Foster care (piecza zastępcza): the foster family register, placements with their rules
// (one active placement per child, capacity, court order or emergency basis, the emergency
// family's stay), reviews, help plans, foster family assessments, adoption reporting and leaving
// care.
class FosterCareService
{
    Q_DECLARE_TR_FUNCTIONS(FosterCareService)

public:
    explicit FosterCareService(Database& database)
        : m_database(database)
    {}

    Result<FosterCareSettings> settings();

    Result<qint64> registerFamily(const User& actor, FosterFamily family);
    Status updateFamily(const User& actor, const FosterFamily& family);
    // The foster families the actor may see (CaseAccess): a coordinator's and the unit's, all
    // for a manager.
    Result<QList<FosterFamilyStatus>> fosterFamilies(const User& actor,
                                                     const QDate& today = Clock::today());
    // The reads below check CaseAccess: the foster family's, or the child's family's rule.
    Result<FosterFamilyStatus> familyStatus(const User& actor, qint64 fosterFamilyId,
                                            const QDate& today = Clock::today());
    // The same for several foster families, the settings read once (a coordinator's desk).
    Result<QList<FosterFamilyStatus>>
    familyStatuses(const User& actor, const QList<qint64>& fosterFamilyIds, const QDate& today);

    // Records in the audit that the actor opened the foster family's record when the actor is
    // not its coordinator that day (a manager, a colleague standing in). Whether it recorded.
    Result<bool> recordOpening(const User& actor, qint64 fosterFamilyId,
                               const QDate& day = Clock::today());

    // Checks a placement without saving (for a form's live verdict): the reason it would be
    // refused, or a warning-free success.
    Status checkPlacement(const Placement& placement);
    Result<qint64> place(const User& actor, const Placement& placement);
    Status endPlacement(const User& actor, qint64 placementId, const QDate& on,
                        PlacementEnd reason);
    // Records the organiser's consent and the stay's new end (art. 58 ust. 4).
    Status extendEmergencyStay(const User& actor, qint64 placementId,
                               const EmergencyExtension& extension);
    // The court's proceedings a stay was extended for ended on `on`: the stay's deadline returns.
    Status recordCourtProceedingsEnded(const User& actor, qint64 placementId, const QDate& on);
    // The court, the starosta or the child's home OPS told of an emergency intake (art. 58 ust. 3).
    Status recordIntakeNotice(const User& actor, qint64 placementId, IntakeNotice notice,
                              const QDate& on);
    // Open foster families no coordinator works with on `day` (art. 77 ust. 1a: the organiser
    // carries out the coordinator's tasks for them). Managers (Permissions::mayReadDeadlines).
    Result<QList<FosterFamily>> familiesWithoutCoordinator(const User& actor, const QDate& day);
    Result<QList<Placement>> placementsOfChild(const User& actor, qint64 childMemberId);
    Result<QList<Placement>> placementsIn(const User& actor, qint64 fosterFamilyId);

    Result<qint64> recordReview(const User& actor, const ChildReview& review,
                                const QDate& today = Clock::today());
    Result<QList<ChildReview>> reviews(const User& actor, qint64 childMemberId);
    Result<ChildDeadlines> deadlines(const User& actor, qint64 childMemberId,
                                     const QDate& today = Clock::today());

    Status saveHelpPlan(const User& actor, qint64 childMemberId, const QList<HelpPlanItem>& items);
    Result<QList<HelpPlanItem>> helpPlan(const User& actor, qint64 childMemberId);

    Status markLegalSituationSettled(const User& actor, qint64 childMemberId, const QDate& on);
    Status reportForAdoption(const User& actor, qint64 childMemberId, const QDate& on,
                             const QString& centre);
    Status recordLeavingCare(const User& actor, qint64 childMemberId, const QString& guardian,
                             const std::optional<QDate>& guardianChosenOn,
                             const std::optional<QDate>& programmeReadyOn);

    Result<qint64> recordFosterAssessment(const User& actor, const FosterAssessmentRow& assessment,
                                          const QDate& today = Clock::today());

private:
    Result<Member> child(qint64 childMemberId);
    Result<bool> siblingPlacedIn(const Member& child, qint64 fosterFamilyId, const QDate& day);
    Result<FosterFamilyStatus> loadStatus(qint64 fosterFamilyId, const QDate& today);
    Result<FosterFamilyStatus> loadStatus(const FosterFamily& family, const QDate& today,
                                          const FosterCareSettings& settings);
    Result<ChildDeadlines> loadDeadlines(qint64 childMemberId, const QDate& today);
    // A placement is recorded by whoever reaches the child's family or the foster family.
    Status mayChangePlacement(const User& actor, const Placement& placement);
    Status mayChangePlacement(const User& actor, qint64 placementId);
    // Loads a placement in an emergency foster family for a change of its stay.
    Result<Placement> emergencyPlacement(qint64 placementId);
    Status savePlacementChange(AuditedWrite& write, const QString& action, const Placement& before,
                               const Placement& after);
    // A change of an emergency stay: who may change the placement, the stay as it is, `change`
    // (its checks and the new values), the save and its audit record under `action`.
    Status changeEmergencyStay(
        const User& actor, qint64 placementId, const QString& action,
        const std::function<Status(const Placement& current, Placement& next)>& change);
    Status changeStatus(const User& actor, qint64 childMemberId, const QString& action,
                        const std::function<void(ChildStatus&)>& change);

    Database& m_database;
};

} // namespace opieka
