#pragma once

#include "ChildCare.h"
#include "Result.h"
#include "User.h"

#include <QList>
#include <optional>

namespace opieka {

class Database;

// Read-only look-ups the foster-care screens show next to the foster-care services
// (FosterRegisterService, PlacementService, ChildCareService): what is recorded about a child's
// adoption reporting and leaving care, and a foster family's assessments. Bound to the account
// reading: each look-up first asks whether that account reaches the case.
class ChildCareQuery
{
public:
    ChildCareQuery(Database& database, User actor)
        : m_database(database)
        , m_actor(std::move(actor))
    {}

    Result<std::optional<ChildStatus>> status(qint64 childMemberId);
    Result<QList<FosterAssessmentRow>> fosterAssessments(qint64 fosterFamilyId); // oldest first

private:
    Database& m_database;
    User m_actor;
};

} // namespace opieka
