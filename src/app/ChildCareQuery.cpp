#include "ChildCareQuery.h"

namespace opieka {

Result<std::optional<ChildStatus>> ChildCareQuery::status(qint64 childMemberId)
{
    return ChildCareRepository(m_database).status(childMemberId);
}

Result<QList<FosterAssessmentRow>> ChildCareQuery::fosterAssessments(qint64 fosterFamilyId)
{
    return ChildCareRepository(m_database).fosterAssessments(fosterFamilyId);
}

} // namespace opieka
