#pragma once

#include "CaseloadEngine.h"
#include "FosterRegisterService.h"
#include "Result.h"
#include "Session.h"
#include "User.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace opieka {

class Database;

// Something on a coordinator's desk with its date.
struct CoordinatorItem
{
    enum class Kind
    {
        ChildReview,
        FosterAssessment,
        HealthCertificate,
        PsychologistOpinion,
        EmergencyStay,
        AdoptionReport,
        IndependenceGuardian,
        IndependenceProgramme,
        CourtNotice, // art. 58 ust. 3: the intake told to the court within 24 hours
        StarostaNotice,
        HomeOpsNotice,
    };
    Kind kind = Kind::ChildReview;
    qint64 fosterFamilyId = 0;
    std::optional<qint64> childMemberId;
    QString who;              // the foster family's or the child's name
    std::optional<QDate> due; // none for "report now" items
    bool overdue = false;
};

struct CoordinatorStartPage
{
    std::optional<WorkerCaseload> capacity; // the coordinator against the limit (foster families)
    QList<FosterFamilyStatus> families;     // my foster families
    QList<CoordinatorItem> items;           // overdue first, then due within 30 days
};

// The foster-care coordinator's start page (pulpit koordynatora).
class CoordinatorDeskService
{
public:
    explicit CoordinatorDeskService(const Session& session)
        : m_database(session.database())
        , m_actor(session.actor())
    {}

    Result<CoordinatorStartPage> forWorker(qint64 workerId,
                                           const QDate& today = QDate::currentDate());
    // What is due about the worker's foster families and their placed children by `horizon`,
    // overdue items included, the "report now" items first, then by date: the start page's items
    // without the worker's figures against the limit (the deadlines report's part of the desk).
    Result<QList<CoordinatorItem>> itemsOf(qint64 workerId, const QDate& today,
                                           const QDate& horizon);
    // What is due about these foster families and their placed children by `horizon`, overdue
    // items included (a coordinator's desk, or the organiser's for families without one).
    Result<QList<CoordinatorItem>> itemsFor(const QList<FosterFamilyStatus>& statuses,
                                            const QDate& today, const QDate& horizon);

private:
    Result<QList<CoordinatorItem>> workerItems(qint64 workerId, const QDate& today,
                                               const QDate& horizon,
                                               QList<FosterFamilyStatus>* families);

    Database& m_database;
    User m_actor; // the signed-in account every read and change is checked for
};

QString coordinatorItemName(CoordinatorItem::Kind kind);
// The desk's item of a missing notice of an emergency intake (art. 58 ust. 3), and back.
CoordinatorItem::Kind noticeItemKind(IntakeNotice notice);
std::optional<IntakeNotice> itemIntakeNotice(CoordinatorItem::Kind kind);

} // namespace opieka
