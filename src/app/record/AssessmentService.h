#pragma once

#include "Clock.h"
#include "DateText.h"
#include "FamilyAssessment.h"
#include "Result.h"
#include "Session.h"
#include "User.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <optional>

namespace opieka {

class Database;

// When the next assessment is due and how it stands today.
struct AssessmentSchedule
{
    std::optional<QDate> firstAgreedPlan;
    std::optional<QDate> lastAssessment;
    std::optional<QDate> nextDue; // none until a plan is agreed
    bool overdue = false;
    bool dueSoon = false; // within 14 days
};

// Periodic assessment of the family's situation (okresowa ocena sytuacji rodziny), at least every
// six months (a setting) from the first agreed plan; each records its findings and to whom it was
// sent (the social worker; the coordinator when a child is in care).
class AssessmentService
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentService)

public:
    explicit AssessmentService(const Session& session)
        : m_database(session.database())
        , m_actor(session.actor())
    {}

    Result<qint64> record(const FamilyAssessment& assessment, const QDate& today = Clock::today());
    // The reads check CaseAccess (the family must be among the signed-in account's cases).
    Result<QList<FamilyAssessment>> assessments(qint64 familyId);
    Result<AssessmentSchedule> schedule(qint64 familyId, const QDate& today = Clock::today());
    // The same with the centre's interval already read (SettingsService::
    // assessmentIntervalMonths): a desk listing many families reads it once (issue 24).
    Result<AssessmentSchedule> schedule(qint64 familyId, const QDate& today, int intervalMonths);
    // The assessment as a document to sign, its dates written by `date` (the window's
    // language's format, or isoDates()).
    Result<QString> printableHtml(qint64 assessmentId, const DateText& date);

private:
    Database& m_database;
    User m_actor; // the signed-in account every read and change is checked for
};

} // namespace opieka
