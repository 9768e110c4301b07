#pragma once

#include "Family.h"
#include "Result.h"
#include "Session.h"
#include "User.h"
#include "Worker.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <optional>

namespace opieka {

class Database;

// Someone who works with a family: a social worker or assistant through a caseload assignment,
// a foster-care coordinator through a team link (the coordinator's caseload counts foster
// families, so this link does not count against a limit).
struct TeamMember
{
    Worker worker;
    QDate from;
    std::optional<QDate> to;
    bool countsAgainstLimit = true;
};

struct TeamStatus
{
    QList<TeamMember> current; // on the day asked
    QList<TeamMember> past;    // ended before it
    QList<Role> missingRoles;  // required by the category, held by nobody current
};

// The family's team (zespół): who works with it and who is missing.
class TeamService
{
    Q_DECLARE_TR_FUNCTIONS(TeamService)

public:
    explicit TeamService(const Session& session)
        : m_database(session.database())
        , m_actor(session.actor())
    {}

    // The family's team on `day`, for an account that may read the family (CaseAccess).
    Result<TeamStatus> team(qint64 familyId, const QDate& day = QDate::currentDate());
    // Links a coordinator to a biological family's team (zespół roboczy, seed 004 slide 13).
    Result<qint64> addCoordinator(qint64 familyId, qint64 workerId, const QDate& from);
    Status endCoordinator(qint64 familyId, qint64 workerId, const QDate& on);
    // Open families whose team lacks a role their category requires, as of the day, by id (two
    // passes over the families and the teams, not a query per family). The whole centre: for an
    // account that reads every worker's case deadlines (a manager).
    Result<QList<qint64>> familiesMissingTeam(const QDate& day = QDate::currentDate());
    // The same for the given families only (a loaded page of a list): one query. Families the
    // account may not read are left out of the answer.
    Result<QSet<qint64>> missingTeamAmong(const QList<Family>& families,
                                          const QDate& day = QDate::currentDate());

private:
    Database& m_database;
    User m_actor; // the signed-in account every read and change is checked for
};

} // namespace opieka
