#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

namespace opieka {

// A date as the user's language writes it (Polish: 06.12.2026), always with a four-digit year and
// two-digit day and month; ISO 8601 where the locale has no date format of its own (C). For
// messages and screens; files, CSV and the CLI's data keep ISO dates.
QString localDateFormat();
QString localDate(const QDate& date);
QString localDate(const std::optional<QDate>& date); // empty when none

// What a date records. A date that records something that has already happened (a plan agreed
// with the family, a case opened, a visit, a placement started, a certificate presented...)
// cannot lie after today; a date that plans something (an action's deadline, a next review, an
// emergency stay extended until) can, and is not checked here.
enum class PastEvent
{
    CaseOpened,
    CaseClosed,
    CategoryChanged,
    BlueCardStarted,
    BlueCardEnded,
    PlanDrafted,
    PlanAgreed,
    PlanVersionDrafted,
    PlanClosed,
    Contact,
    Birth,
    FamilyAssessment,
    FosterFamilyRegistered,
    FosterFamilyQualified,
    HealthCertificate,
    PsychologistOpinion,
    PlacementStarted,
    PlacementEnded,
    CourtOrder,
    CourtNotified,
    ChildReview,
    FosterAssessment,
    LegalSituationSettled,
    ReportedForAdoption,
    GuardianChosen,
    ProgrammeReady,
    IntakeNotified, // the starosta or the child's home OPS told of an emergency intake
    ExtensionConsent,
    CourtProceedingsEnded,
};

class PastDates
{
    Q_DECLARE_TR_FUNCTIONS(PastDates)

public:
    // Refused (naming the day) when `day` is after `today`; the domain has no clock, the
    // services pass their today (Clock). An invalid day is the caller's to report.
    static Status notAfterToday(PastEvent what, const QDate& day, const QDate& today);
    // The refusal's text for `what` on `day`, e.g. "The plan cannot be agreed on a day that has
    // not come yet: 15.12.2026."
    static QString futureMessage(PastEvent what, const QDate& day);
};

} // namespace opieka
