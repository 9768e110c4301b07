#pragma once

#include "ChildCareRepository.h"
#include "Result.h"

#include <QList>
#include <optional>

namespace opieka {

class Database;

// Read-only look-ups the foster-care screens show next to FosterCareService: what is recorded
// about a child's adoption reporting and leaving care, and a foster family's assessments.
class ChildCareQuery
{
public:
    explicit ChildCareQuery(Database& database)
        : m_database(database)
    {}

    Result<std::optional<ChildStatus>> status(qint64 childMemberId);
    Result<QList<FosterAssessmentRow>> fosterAssessments(qint64 fosterFamilyId); // oldest first

private:
    Database& m_database;
};

} // namespace opieka
