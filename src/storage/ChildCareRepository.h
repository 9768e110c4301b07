#pragma once

#include "FosterCare.h"
#include "Repository.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace opieka {

// A periodic review of a placed child's situation (okresowa ocena sytuacji dziecka).
struct ChildReview
{
    qint64 id = 0;
    qint64 childMemberId = 0;
    QDate reviewedOn;
    QStringList team; // who took part: foster_family, coordinator, psychologist, ...
    QString findings;
    ReviewDecision decision = ReviewDecision::Continue;
};

// One goal or task of a child's help plan (plan pomocy dziecku).
struct HelpPlanItem
{
    qint64 id = 0;
    qint64 childMemberId = 0;
    QString goal;
    QString task;
    QString responsible;
    std::optional<QDate> deadline;
    bool done = false;
};

// What is recorded about a child's adoption reporting and leaving care.
struct ChildStatus
{
    qint64 childMemberId = 0;
    std::optional<QDate> legalSituationSettledOn; // uregulowana sytuacja prawna
    std::optional<QDate> reportedForAdoptionOn;
    QString adoptionCentre;
    QString independenceGuardian; // opiekun usamodzielnienia
    std::optional<QDate> guardianChosenOn;
    std::optional<QDate> programmeReadyOn; // indywidualny program usamodzielnienia
};

struct FosterAssessmentRow
{
    qint64 id = 0;
    qint64 fosterFamilyId = 0;
    QDate assessedOn;
    QString findings;
};

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
