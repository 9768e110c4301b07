#pragma once

#include "CaseloadEngine.h"
#include "Family.h"
#include "Result.h"
#include "Session.h"
#include "User.h"
#include "WorkPlan.h"

#include <QDate>
#include <QList>
#include <optional>

namespace opieka {

class Database;

// One family on a family assistant's start page.
struct AssistantFamilyRow
{
    Family family;
    std::optional<int> planVersion; // the latest version, none without a plan
    std::optional<PlanStatus> planStatus;
    int actionsOverdue = 0;     // open actions of the current plan past their deadline
    int actionsDueThisWeek = 0; // open actions due within 7 days
    std::optional<QDate> assessmentDue;
    bool assessmentOverdue = false;
    bool assessmentDueSoon = false; // within 14 days
};

struct AssistantStartPage
{
    std::optional<WorkerCaseload> capacity; // the assistant against the limit
    QList<AssistantFamilyRow> families;     // what needs attention first
};

// The family assistant's start page (pulpit asystenta rodziny).
class AssistantDeskService
{
public:
    explicit AssistantDeskService(const Session& session)
        : m_database(session.database())
        , m_actor(session.actor())
    {}

    Result<AssistantStartPage> forWorker(qint64 workerId,
                                         const QDate& today = QDate::currentDate());
    // The start page's families alone, without the worker's figures against the limit (the
    // deadlines report's part of the desk).
    Result<QList<AssistantFamilyRow>> familiesOf(qint64 workerId, const QDate& today);

private:
    Result<QList<AssistantFamilyRow>> familyRows(qint64 workerId, const QDate& today);

    Database& m_database;
    User m_actor; // the signed-in account every read and change is checked for
};

} // namespace opieka
