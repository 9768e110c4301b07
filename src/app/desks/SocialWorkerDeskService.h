#pragma once

#include "Family.h"
#include "Result.h"
#include "Session.h"
#include "User.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace opieka {

class Database;

// One line of a worker's start page.
struct MyCaseloadRow
{
    Family family;
    std::optional<QDate> lastContact;
    std::optional<int> daysSinceContact;
    QString nextStep;
    std::optional<QDate> nextStepDue;
    bool overdue = false; // the next step's due date has passed
};

// "My caseload" (moje sprawy): the worker's open families with their last contact and next agreed
// step, overdue first, then by due date, then those with no step.
class SocialWorkerDeskService
{
public:
    explicit SocialWorkerDeskService(const Session& session)
        : m_database(session.database())
        , m_actor(session.actor())
    {}

    Result<QList<MyCaseloadRow>> forWorker(qint64 workerId,
                                           const QDate& today = QDate::currentDate());

private:
    Database& m_database;
    User m_actor; // the signed-in account every read and change is checked for
};

} // namespace opieka
