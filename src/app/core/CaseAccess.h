#pragma once

#include "FamilyQuery.h"
#include "Result.h"
#include "User.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>

namespace opieka {

class Database;

// Who may read and change which case (issue 7, "permissions by role"). Every family-scoped read
// and change in the services asks here:
// - social workers and family assistants: their own cases and their unit's;
// - foster-care coordinators: the foster families they or their unit coordinate, and the
//   families of the children placed there (plus any family whose team they are on);
// - managers: every case (they supervise and stand in; their openings outside a team are
//   audited);
// - administrators: no case at all (they manage accounts and rule sets, and read no notes).
// A refusal names the case by its number and says why, never by a person's name.
class CaseAccess
{
    Q_DECLARE_TR_FUNCTIONS(CaseAccess)

public:
    explicit CaseAccess(Database& database)
        : m_database(database)
    {}

    // Reading and changing follow the same rule; they are separate so that each use says which.
    Status mayReadFamily(const User& actor, qint64 familyId,
                         const QDate& day = QDate::currentDate());
    Status mayChangeFamily(const User& actor, qint64 familyId,
                           const QDate& day = QDate::currentDate());
    Status mayReadFosterFamily(const User& actor, qint64 fosterFamilyId,
                               const QDate& day = QDate::currentDate());
    Status mayChangeFosterFamily(const User& actor, qint64 fosterFamilyId,
                                 const QDate& day = QDate::currentDate());
    // A household member's record: the rule of the member's family.
    Status mayChangeMember(const User& actor, qint64 memberId,
                           const QDate& day = QDate::currentDate());
    Status mayReadMember(const User& actor, qint64 memberId,
                         const QDate& day = QDate::currentDate());

    // Which of `familyIds` the actor may read: the rule of mayReadFamily, asked for a list's rows
    // at once (one query for a worker, none for a manager). A refused account reads none.
    Result<QSet<qint64>> readableFamilies(const User& actor, const QList<qint64>& familyIds,
                                          const QDate& day = QDate::currentDate());

    // Limits a families list to what the actor may see.
    static FamilyQuery scoped(const User& actor, FamilyQuery query,
                              const QDate& day = QDate::currentDate());

private:
    Status familyRule(const User& actor, qint64 familyId, const QDate& day, bool change);
    Status memberRule(const User& actor, qint64 memberId, const QDate& day, bool change);
    Status fosterRule(const User& actor, qint64 fosterFamilyId, const QDate& day, bool change);

    Database& m_database;
};

} // namespace opieka
