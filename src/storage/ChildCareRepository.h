#pragma once

#include "ChildCare.h"
#include "Repository.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace opieka {

// Reviews, help plans, adoption and leaving-care records of children, and foster family
// assessments.
class ChildCareRepository : public Repository
{
public:
    using Repository::Repository;

    Result<qint64> addReview(const ChildReview& review);
    Result<QList<ChildReview>> reviews(qint64 childMemberId); // oldest first

    Status replaceHelpPlan(qint64 childMemberId, const QList<HelpPlanItem>& items);
    Result<QList<HelpPlanItem>> helpPlan(qint64 childMemberId);

    Result<std::optional<ChildStatus>> status(qint64 childMemberId);
    Status saveStatus(const ChildStatus& status);

    Result<qint64> addFosterAssessment(const FosterAssessmentRow& assessment);
    Result<QList<FosterAssessmentRow>> fosterAssessments(qint64 fosterFamilyId); // oldest first
};

} // namespace opieka
