#pragma once

#include "ChildCare.h"
#include "Result.h"
#include "Session.h"
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
    explicit ChildCareQuery(const Session& session)
        : m_database(session.database())
        , m_actor(session.actor())
    {}

    Result<std::optional<ChildStatus>> status(qint64 childMemberId);
    Result<QList<FosterAssessmentRow>> fosterAssessments(qint64 fosterFamilyId); // oldest first

private:
    Database& m_database;
    User m_actor; // the signed-in account every read and change is checked for
};

} // namespace opieka
