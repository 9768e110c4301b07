#pragma once

#include "ChildCare.h"
#include "FosterCare.h"
#include "FosterRegisterService.h"
#include "Member.h"
#include "Result.h"
#include "User.h"

#include <QCoreApplication>
#include <QDate>
#include <functional>

namespace opieka {

class Database;

// Internal to src/app/fostercare: what the foster-care services (FosterRegisterService,
// PlacementService, ChildCareService) share. The window and the CLI call the services.
class FosterCareRecords
{
    Q_DECLARE_TR_FUNCTIONS(FosterCareRecords)

public:
    explicit FosterCareRecords(Database& database)
        : m_database(database)
    {}

    // The centre's intervals and capacities (the settings table; the domain's defaults where a
    // setting is missing or not a positive number).
    Result<FosterCareSettings> settings();
    // The child a placement, review, help plan or status is about.
    Result<Member> child(qint64 childMemberId);
    // What the register shows about a foster family on a day.
    Result<FosterFamilyStatus> familyStatus(qint64 fosterFamilyId, const QDate& today);
    // The same with the settings read once by a caller that lists many foster families.
    Result<FosterFamilyStatus> familyStatus(const FosterFamily& family, const QDate& today,
                                            const FosterCareSettings& settings);
    // The answer for a foster family id the register does not hold.
    static Error noFosterFamily(qint64 fosterFamilyId);
    // A change of what is recorded about the child's adoption reporting and leaving care: who
    // may change the child, `change`, the save and its audit record under `action`.
    Status changeChildStatus(const User& actor, qint64 childMemberId, const QString& action,
                             const std::function<void(ChildStatus&)>& change);

private:
    Database& m_database;
};

} // namespace opieka
