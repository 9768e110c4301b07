#pragma once

#include "FosterCare.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// What is recorded about the children placed in foster care beside their placement: reviews,
// help plans, adoption reporting and leaving care, and the foster family's own assessments.
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

} // namespace opieka
