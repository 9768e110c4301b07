#include "FosterRegisterService.h"

#include "AssessmentRules.h"
#include "AssignmentRepository.h"
#include "AuditTrail.h"
#include "AuditedWrite.h"
#include "CaseAccess.h"
#include "ChildCareRepository.h"
#include "Database.h"
#include "FosterCareRecords.h"
#include "FosterFamilyRepository.h"
#include "IsoDate.h"
#include "PastDates.h"
#include "Permissions.h"

namespace opieka {
namespace {
// The dates of the register that record what has happened: none after today.
Status registerDatesHappened(const FosterFamily& f, const QDate& today)
{
    const std::pair<PastEvent, std::optional<QDate>> dates[] = {
        {PastEvent::FosterFamilyRegistered, f.openedOn},
        {PastEvent::FosterFamilyQualified, f.qualifiedOn},
        {PastEvent::HealthCertificate, f.healthCertificateOn},
        {PastEvent::PsychologistOpinion, f.psychologistOpinionOn}};
    for (const auto& [event, day] : dates)
        if (day)
            OPIEKA_TRY(PastDates::notAfterToday(event, *day, today));
    return {};
}
} // namespace

Result<FosterCareSettings> FosterRegisterService::settings()
{
    return FosterCareRecords(m_database).settings();
}

Result<qint64> FosterRegisterService::registerFamily(FosterFamily f)
{
    f.name = f.name.trimmed();
    const auto rule = [&]() -> Status {
        OPIEKA_TRY(Permissions::mayRegisterFosterFamily(m_actor));
        if (f.name.isEmpty() || f.municipality.trimmed().isEmpty() || !f.openedOn.isValid())
            return badInput(
                tr("Give the foster family's name, municipality and the date it starts."));
        if (f.capacity && *f.capacity < 1)
            return badInput(tr("The capacity must be at least one child."));
        return registerDatesHappened(f, Clock::today());
    };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Result<qint64> {
        FosterFamilyRepository repo(m_database);
        if (f.id == 0) {
            auto all = repo.all();
            if (!all)
                return all.error();
            qint64 next = 1;
            for (const FosterFamily& other : *all)
                next = std::max(next, other.id + 1);
            f.id = next;
        }
        OPIEKA_TRY(repo.insert(f));
        OPIEKA_TRY(write.record(QStringLiteral("foster_family.register"),
                                QStringLiteral("foster_family"), f.id, {},
                                {{QStringLiteral("kind"), fosterFamilyKindName(f.kind)},
                                 {QStringLiteral("opened_on"), isoDate(f.openedOn)}}));
        return f.id;
    });
}

Status FosterRegisterService::updateFamily(const FosterFamily& f)
{
    const auto rule = [&]() -> Status {
        OPIEKA_TRY(CaseAccess(m_database).mayChangeFosterFamily(m_actor, f.id));
        if (f.capacity && *f.capacity < 1)
            return badInput(tr("The capacity must be at least one child."));
        return registerDatesHappened(f, Clock::today());
    };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Status {
        FosterFamilyRepository repo(m_database);
        auto current = repo.find(f.id);
        if (!current)
            return current.error();
        if (!*current)
            return FosterCareRecords::noFosterFamily(f.id);
        OPIEKA_TRY(repo.update(f));
        return write.record(
            QStringLiteral("foster_family.update"), QStringLiteral("foster_family"), f.id,
            {{QStringLiteral("health_certificate_on"), isoDate((*current)->healthCertificateOn)},
             {QStringLiteral("psychologist_opinion_on"),
              isoDate((*current)->psychologistOpinionOn)}},
            {{QStringLiteral("health_certificate_on"), isoDate(f.healthCertificateOn)},
             {QStringLiteral("psychologist_opinion_on"), isoDate(f.psychologistOpinionOn)}});
    });
}

Result<FosterFamilyStatus> FosterRegisterService::familyStatus(qint64 fosterFamilyId,
                                                               const QDate& today)
{
    OPIEKA_TRY(CaseAccess(m_database).mayReadFosterFamily(m_actor, fosterFamilyId));
    return FosterCareRecords(m_database).familyStatus(fosterFamilyId, today);
}

Result<QList<FosterFamilyStatus>> FosterRegisterService::fosterFamilies(const QDate& today)
{
    auto all = FosterFamilyRepository(m_database).all();
    if (!all)
        return all.error();
    FosterCareRecords records(m_database);
    auto s = records.settings();
    if (!s)
        return s.error();
    CaseAccess access(m_database);
    QList<FosterFamilyStatus> list;
    for (const FosterFamily& f : *all) {
        if (!access.mayReadFosterFamily(m_actor, f.id, today))
            continue; // not among the actor's foster families
        auto status = records.familyStatus(f, today, *s);
        if (!status)
            return status.error();
        list << *status;
    }
    return list;
}

Result<QList<FosterFamilyStatus>>
FosterRegisterService::familyStatuses(const QList<qint64>& fosterFamilyIds, const QDate& today)
{
    FosterCareRecords records(m_database);
    auto s = records.settings();
    if (!s)
        return s.error();
    CaseAccess access(m_database);
    FosterFamilyRepository families(m_database);
    QList<FosterFamilyStatus> list;
    for (qint64 id : fosterFamilyIds) {
        OPIEKA_TRY(access.mayReadFosterFamily(m_actor, id, today));
        auto family = families.find(id);
        if (!family)
            return family.error();
        if (!*family)
            return FosterCareRecords::noFosterFamily(id);
        auto status = records.familyStatus(**family, today, *s);
        if (!status)
            return status.error();
        list << *status;
    }
    return list;
}

Result<bool> FosterRegisterService::recordOpening(qint64 fosterFamilyId, const QDate& day)
{
    if (m_actor.workerId) {
        auto own =
            AssignmentRepository(m_database)
                .runningOn(*m_actor.workerId, CaseRef{CaseKind::FosterFamily, fosterFamilyId}, day);
        if (!own)
            return own.error();
        if (*own)
            return false; // its own coordinator
    }
    OPIEKA_TRY(AuditTrail(m_database)
                   .record(m_actor, QStringLiteral("foster_family.open"),
                           QStringLiteral("foster_family"), QString::number(fosterFamilyId), {},
                           {{QStringLiteral("outside_team"), true}}));
    return true;
}

Result<QList<FosterFamily>> FosterRegisterService::familiesWithoutCoordinator(const QDate& day)
{
    OPIEKA_TRY(Permissions::mayReadDeadlines(m_actor));
    auto all = FosterFamilyRepository(m_database).all();
    if (!all)
        return all.error();
    AssignmentRepository assignments(m_database);
    QList<FosterFamily> uncovered;
    for (const FosterFamily& f : *all) {
        if (!f.isOpenOn(day))
            continue;
        auto held = assignments.forCase(CaseRef{CaseKind::FosterFamily, f.id});
        if (!held)
            return held.error();
        if (std::none_of(held->cbegin(), held->cend(),
                         [&](const Assignment& a) { return a.isActiveOn(day); }))
            uncovered << f;
    }
    return uncovered;
}

Result<qint64> FosterRegisterService::recordFosterAssessment(const FosterAssessmentRow& a,
                                                             const QDate& today)
{
    const auto rule = [&]() -> Status {
        OPIEKA_TRY(CaseAccess(m_database).mayChangeFosterFamily(m_actor, a.fosterFamilyId));
        return checkAssessmentEntry(a.findings, a.assessedOn, PastEvent::FosterAssessment, today);
    };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Result<qint64> {
        auto family = FosterFamilyRepository(m_database).exists(a.fosterFamilyId);
        if (!family)
            return family.error();
        if (!*family)
            return FosterCareRecords::noFosterFamily(a.fosterFamilyId);
        auto id = ChildCareRepository(m_database).addFosterAssessment(a);
        if (!id)
            return id.error();
        OPIEKA_TRY(write.record(QStringLiteral("foster_assessment.record"),
                                QStringLiteral("foster_family"), a.fosterFamilyId, {},
                                {{QStringLiteral("assessed_on"), isoDate(a.assessedOn)}}));
        return id;
    });
}

} // namespace opieka
