#pragma once

#include "Clock.h"
#include "FosterCare.h"
#include "Member.h"
#include "Result.h"
#include "Session.h"
#include "User.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <functional>
#include <optional>

namespace opieka {

class AuditedWrite;
class Database;

// The organiser's consent to extend an emergency stay (art. 58 ust. 4).
struct EmergencyExtension
{
    QDate consentOn;
    QString consentBy; // who gave the consent for the organiser
    ExtensionGround ground = ExtensionGround::EightMonths;
    std::optional<QDate> until; // EightMonths: the day the stay is extended to (8 months at most)
};

// A child's placements (umieszczenie w pieczy zastępczej) with their rules (one active placement
// per child, capacity, court order or emergency basis), their end, the emergency family's stay
// and its extension, the notices of an emergency intake and the end of the court's proceedings,
// and the child's adoption reporting.
class PlacementService
{
    Q_DECLARE_TR_FUNCTIONS(PlacementService)

public:
    explicit PlacementService(const Session& session)
        : m_database(session.database())
        , m_actor(session.actor())
    {}

    Result<FosterCareSettings> settings();

    // Checks a placement without saving (for a form's live verdict): the reason it would be
    // refused, or a warning-free success.
    Status checkPlacement(const Placement& placement);
    Result<qint64> place(const Placement& placement);
    Status endPlacement(qint64 placementId, const QDate& on, PlacementEnd reason);
    // Records the organiser's consent and the stay's new end (art. 58 ust. 4).
    Status extendEmergencyStay(qint64 placementId, const EmergencyExtension& extension);
    // The court's proceedings a stay was extended for ended on `on`: the stay's deadline returns.
    Status recordCourtProceedingsEnded(qint64 placementId, const QDate& on);
    // The court, the starosta or the child's home OPS told of an emergency intake (art. 58 ust. 3).
    Status recordIntakeNotice(qint64 placementId, IntakeNotice notice, const QDate& on);
    // The reads check CaseAccess: the child's family's, or the foster family's rule.
    Result<QList<Placement>> placementsOfChild(qint64 childMemberId);
    Result<QList<Placement>> placementsIn(qint64 fosterFamilyId);

    Status markLegalSituationSettled(qint64 childMemberId, const QDate& on);
    Status reportForAdoption(qint64 childMemberId, const QDate& on, const QString& centre);

private:
    Result<bool> siblingPlacedIn(const Member& child, qint64 fosterFamilyId, const QDate& day);
    // A placement is recorded by whoever reaches the child's family or the foster family.
    Status mayChangePlacement(const Placement& placement);
    Status mayChangePlacement(qint64 placementId);
    // Loads a placement in an emergency foster family for a change of its stay.
    Result<Placement> emergencyPlacement(qint64 placementId);
    Status savePlacementChange(AuditedWrite& write, const QString& action, const Placement& before,
                               const Placement& after);
    // A change of an emergency stay: who may change the placement, the stay as it is, `change`
    // (its checks and the new values), the save and its audit record under `action`.
    Status changeEmergencyStay(
        qint64 placementId, const QString& action,
        const std::function<Status(const Placement& current, Placement& next)>& change);

    Database& m_database;
    User m_actor; // the signed-in account every read and change is checked for
};

} // namespace opieka
