#include "ChildCareQuery.h"

#include "CaseAccess.h"
#include "ChildCareRepository.h"

namespace opieka {

Result<std::optional<ChildStatus>> ChildCareQuery::status(qint64 childMemberId)
{
    if (Status may = CaseAccess(m_database).mayReadMember(m_actor, childMemberId); !may)
        return may.error();
    return ChildCareRepository(m_database).status(childMemberId);
}

Result<QList<FosterAssessmentRow>> ChildCareQuery::fosterAssessments(qint64 fosterFamilyId)
{
    if (Status may = CaseAccess(m_database).mayReadFosterFamily(m_actor, fosterFamilyId); !may)
        return may.error();
    return ChildCareRepository(m_database).fosterAssessments(fosterFamilyId);
}

} // namespace opieka
