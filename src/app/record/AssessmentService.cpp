#include "AssessmentService.h"

#include "AssessmentRepository.h"
#include "AssessmentRules.h"
#include "AuditedWrite.h"
#include "CaseAccess.h"
#include "Database.h"
#include "FamilyRepository.h"
#include "IsoDate.h"
#include "Lookup.h"
#include "PastDates.h"
#include "Permissions.h"
#include "PrintLayout.h"
#include "Required.h"
#include "SettingsService.h"
#include "WorkPlanRepository.h"
#include "WorkerRepository.h"

#include <QJsonObject>

namespace opieka {

Status checkAssessmentEntry(const QString& findings, const QDate& assessedOn, PastEvent what,
                            const QDate& today)
{
    if (findings.trimmed().isEmpty())
        return badInput(AssessmentService::tr("Write the findings of the assessment."));
    if (!assessedOn.isValid())
        return badInput(AssessmentService::tr("Give the day of the assessment."));
    return PastDates::notAfterToday(what, assessedOn, today);
}

Result<qint64> AssessmentService::record(const FamilyAssessment& a, const QDate& today)
{
    const auto rule = [&]() -> Status {
        OPIEKA_TRY(CaseAccess(m_database).mayChangeFamily(m_actor, a.familyId));
        OPIEKA_TRY(
            checkAssessmentEntry(a.findings, a.assessedOn, PastEvent::FamilyAssessment, today));
        if ((a.sentToSocialWorkerOn && *a.sentToSocialWorkerOn < a.assessedOn) ||
            (a.sentToCoordinatorOn && *a.sentToCoordinatorOn < a.assessedOn))
            return badInput(tr("An assessment is sent on or after the day it is made."));
        return {};
    };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Result<qint64> {
        OPIEKA_TRY(Lookup::familyExists(m_database, a.familyId));
        return write.recordNew(
            AssessmentRepository(m_database).insert(a), QStringLiteral("assessment.record"),
            QStringLiteral("family_assessment"),
            {{QStringLiteral("family_id"), a.familyId},
             {QStringLiteral("assessed_on"), isoDate(a.assessedOn)},
             {QStringLiteral("sent_to_social_worker_on"), isoDate(a.sentToSocialWorkerOn)},
             {QStringLiteral("sent_to_coordinator_on"), isoDate(a.sentToCoordinatorOn)}});
    });
}

Result<QList<FamilyAssessment>> AssessmentService::assessments(qint64 familyId)
{
    OPIEKA_TRY(CaseAccess(m_database).mayReadFamily(m_actor, familyId));
    return AssessmentRepository(m_database).forFamily(familyId);
}

Result<AssessmentSchedule> AssessmentService::schedule(qint64 familyId, const QDate& today)
{
    auto interval = SettingsService(Session(m_database, m_actor)).assessmentIntervalMonths();
    if (!interval)
        return interval.error();
    return schedule(familyId, today, *interval);
}

Result<AssessmentSchedule> AssessmentService::schedule(qint64 familyId, const QDate& today,
                                                       int intervalMonths)
{
    OPIEKA_TRY(CaseAccess(m_database).mayReadFamily(m_actor, familyId));
    auto plans = WorkPlanRepository(m_database).forFamily(familyId);
    if (!plans)
        return plans.error();
    auto done = AssessmentRepository(m_database).forFamily(familyId);
    if (!done)
        return done.error();
    AssessmentSchedule s;
    for (const WorkPlan& p : *plans)
        if (p.agreedOn && (!s.firstAgreedPlan || *p.agreedOn < *s.firstAgreedPlan))
            s.firstAgreedPlan = p.agreedOn;
    if (!done->isEmpty())
        s.lastAssessment = done->last().assessedOn;
    s.nextDue = nextAssessmentDue(s.firstAgreedPlan, s.lastAssessment, intervalMonths);
    if (s.nextDue) {
        s.overdue = *s.nextDue < today;
        s.dueSoon = !s.overdue && today.daysTo(*s.nextDue) <= 14;
    }
    return s;
}

Result<QString> AssessmentService::printableHtml(qint64 assessmentId, const DateText& date)
{
    auto a = required(AssessmentRepository(m_database).find(assessmentId),
                      tr("There is no assessment with id %1.").arg(assessmentId));
    if (!a)
        return a.error();
    OPIEKA_TRY(CaseAccess(m_database).mayReadFamily(m_actor, a->familyId));
    auto family = FamilyRepository(m_database).find(a->familyId);
    if (!family)
        return family.error();
    auto centre = SettingsService(Session(m_database, m_actor)).centreName();
    if (!centre)
        return centre.error();
    QString author;
    if (a->workerId) {
        auto worker = WorkerRepository(m_database).find(*a->workerId);
        if (worker && *worker)
            author = (*worker)->displayName();
    }
    PrintLayout doc(*centre, tr("Assessment of the family's situation"));
    doc.facts(
        {{tr("Family"), *family ? (*family)->name : QString()},
         {tr("Case number"), *family ? (*family)->caseNumber : QString()},
         {tr("Assessed on"), date(a->assessedOn)},
         {tr("Family assistant"), author},
         {tr("Sent to the social worker"), optionalDate(a->sentToSocialWorkerOn, date)},
         {tr("Sent to the foster-care coordinator"), optionalDate(a->sentToCoordinatorOn, date)}});
    doc.heading(tr("Findings"));
    doc.paragraph(a->findings);
    doc.signatures({tr("Family assistant"), tr("Family")});
    return doc.html();
}

} // namespace opieka
