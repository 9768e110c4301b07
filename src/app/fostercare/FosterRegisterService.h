#pragma once

#include "ChildCare.h"
#include "Clock.h"
#include "Family.h"
#include "FosterCare.h"
#include "Result.h"
#include "Session.h"
#include "User.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <optional>

namespace opieka {

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

// The foster family register (rejestr rodzin zastępczych): the families, their kind, capacity
// and qualifications, what is due for each (certificates, the foster family's assessment), the
// assessments of the foster family, and the families no coordinator works with.
// Placements: PlacementService; the placed children's reviews and deadlines: ChildCareService.
class FosterRegisterService
{
    Q_DECLARE_TR_FUNCTIONS(FosterRegisterService)

public:
    explicit FosterRegisterService(const Session& session)
        : m_database(session.database())
        , m_actor(session.actor())
    {}

    Result<FosterCareSettings> settings();

    Result<qint64> registerFamily(FosterFamily family);
    Status updateFamily(const FosterFamily& family);
    // The foster families the signed-in account may see (CaseAccess): a coordinator's and the
    // unit's, all for a manager.
    Result<QList<FosterFamilyStatus>> fosterFamilies(const QDate& today = Clock::today());
    // The reads below check CaseAccess: the foster family's rule.
    Result<FosterFamilyStatus> familyStatus(qint64 fosterFamilyId,
                                            const QDate& today = Clock::today());
    // The same for several foster families, the settings read once (a coordinator's desk).
    Result<QList<FosterFamilyStatus>> familyStatuses(const QList<qint64>& fosterFamilyIds,
                                                     const QDate& today);

    // Records in the audit that the signed-in account opened the foster family's record when it
    // is not its coordinator that day (a manager, a colleague standing in). Whether it recorded.
    Result<bool> recordOpening(qint64 fosterFamilyId, const QDate& day = Clock::today());

    // Open foster families no coordinator works with on `day` (art. 77 ust. 1a: the organiser
    // carries out the coordinator's tasks for them). Managers (Permissions::mayReadDeadlines).
    Result<QList<FosterFamily>> familiesWithoutCoordinator(const QDate& day);

    Result<qint64> recordFosterAssessment(const FosterAssessmentRow& assessment,
                                          const QDate& today = Clock::today());

private:
    Database& m_database;
    User m_actor; // the signed-in account every read and change is checked for
};

} // namespace opieka
