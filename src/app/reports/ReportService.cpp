#include "ReportService.h"

#include "AssistantDeskService.h"
#include "CaseloadService.h"
#include "CoordinatorDeskService.h"
#include "DeadlineQuery.h"
#include "FamilyRepository.h"
#include "FieldCopy.h"
#include "FosterFamilyRepository.h"
#include "FosterRegisterService.h"
#include "MemberRepository.h"
#include "Permissions.h"
#include "Pesel.h"
#include "PlacementRepository.h"
#include "WorkerRepository.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace opieka {

Result<QList<std::pair<QString, double>>> ReportService::figures(const QDate& asOf)
{
    OPIEKA_TRY(FieldCopy::refuseOffline(m_database, FieldCopy::CentreOnly::CentreReports));
    QList<std::pair<QString, double>> out;
    // Families helped on the day and, of them, families with a child under 18.
    QSet<qint64> openFamilies;
    if (Status s = FamilyRepository(m_database).forEach([&](const Family& f) {
            if (f.isOpenOn(asOf))
                openFamilies.insert(f.id);
            return true;
        });
        !s)
        return s.error();
    QSet<qint64> withChildren;
    if (Status s = MemberRepository(m_database).forEach([&](const Member& m) {
            if (openFamilies.contains(m.familyId) && m.relation == Relation::Child &&
                (!m.birthDate || (*m.birthDate <= asOf && ageOn(*m.birthDate, asOf) < 18)))
                withChildren.insert(m.familyId);
            return true;
        });
        !s)
        return s.error();
    out << std::make_pair(QStringLiteral("families_helped"), double(openFamilies.size()));
    out << std::make_pair(QStringLiteral("families_with_children"), double(withChildren.size()));

    auto report = CaseloadService(Session(m_database, m_actor)).report(asOf);
    if (!report)
        return report.error();
    const RoleSummary& assistants = report->summaries.at(1);
    out << std::make_pair(QStringLiteral("families_with_assistant"), double(assistants.cases));
    out << std::make_pair(QStringLiteral("families_with_assistant_pct_of_families_with_children"),
                          withChildren.isEmpty() ? 0.0
                                                 : 100.0 * assistants.cases / withChildren.size());

    // Children in foster care by form.
    auto active = PlacementRepository(m_database).activeOn(asOf);
    if (!active)
        return active.error();
    auto fosters = FosterFamilyRepository(m_database).all();
    if (!fosters)
        return fosters.error();
    QHash<qint64, FosterFamilyKind> kindOf;
    for (const FosterFamily& f : *fosters)
        kindOf.insert(f.id, f.kind);
    QHash<QString, int> byForm;
    for (const Placement& p : *active)
        ++byForm[p.fosterFamilyId ? fosterFamilyKindName(kindOf.value(*p.fosterFamilyId))
                                  : QStringLiteral("institution")];
    out << std::make_pair(QStringLiteral("children_in_care"), double(active->size()));
    for (const QString& form : fosterFamilyKindNames() + QStringList{QStringLiteral("institution")})
        out << std::make_pair(QStringLiteral("children_in_care_") + form,
                              double(byForm.value(form)));

    for (const RoleSummary& s : report->summaries) {
        out << std::make_pair(QStringLiteral("workers_") + roleName(s.role), double(s.workers));
        out << std::make_pair(QStringLiteral("cases_per_worker_") + roleName(s.role),
                              s.casesPerWorker);
    }
    return out;
}

Result<QList<StatisticsRow>> ReportService::statistics(const QDate& asOf)
{
    OPIEKA_TRY(FieldCopy::refuseOffline(m_database, FieldCopy::CentreOnly::CentreReports));
    if (Status may = Permissions::mayReadReports(m_actor); !may)
        return may.error();
    auto now = figures(asOf);
    if (!now)
        return now.error();
    auto before = figures(asOf.addYears(-1));
    if (!before)
        return before.error();
    QList<StatisticsRow> rows;
    for (int i = 0; i < now->size(); ++i)
        rows << StatisticsRow{now->at(i).first, now->at(i).second, before->at(i).second};
    return rows;
}

Result<QList<DeadlineRow>> ReportService::deadlines(const QDate& asOf, int horizonDays)
{
    OPIEKA_TRY(FieldCopy::refuseOffline(m_database, FieldCopy::CentreOnly::CentreReports));
    if (Status may = Permissions::mayReadDeadlines(m_actor); !may)
        return may.error();
    auto workers = WorkerRepository(m_database).byId();
    if (!workers)
        return workers.error();
    const QDate horizon = asOf.addDays(horizonDays);
    QList<DeadlineRow> rows;
    auto add = [&](const Worker& w, const QString& kind, const QString& subject,
                   std::optional<QDate> due) {
        if (due && *due > horizon)
            return;
        rows << DeadlineRow{w.id, w.displayName(), kind, subject, due, due && *due < asOf};
    };

    // Every social worker's next steps in one statement, each worker's in the order of their desk
    // (SocialWorkerDeskService): for one due date, the longest without contact first.
    auto steps = DeadlineQuery(m_database).nextStepsDue(asOf, horizon);
    if (!steps)
        return steps.error();
    std::stable_sort(steps->begin(), steps->end(), [](const NextStepDue& a, const NextStepDue& b) {
        if (a.workerId != b.workerId)
            return a.workerId < b.workerId;
        if (a.lastContact.has_value() != b.lastContact.has_value())
            return !a.lastContact.has_value();
        return a.lastContact && *a.lastContact < *b.lastContact;
    });
    const QString nextStep = QStringLiteral("next_step");
    for (const NextStepDue& step : *steps) {
        const auto w = workers->constFind(step.workerId);
        if (w != workers->cend())
            add(*w, nextStep, step.familyName, step.due);
    }

    QList<Worker> active;
    for (const Worker& w : *workers)
        if (w.isActiveOn(asOf))
            active << w;
    std::sort(active.begin(), active.end(),
              [](const Worker& a, const Worker& b) { return a.id < b.id; });
    AssistantDeskService assistantDesk(Session(m_database, m_actor));
    CoordinatorDeskService coordinatorDesk(Session(m_database, m_actor));
    // A coordinator's desk lists 30 days ahead.
    const QDate coordinatorHorizon = std::min(horizon, asOf.addDays(30));
    for (const Worker& w : active) {
        if (w.role == Role::FamilyAssistant) {
            auto families = assistantDesk.familiesOf(w.id, asOf);
            if (!families)
                return families.error();
            for (const AssistantFamilyRow& r : *families)
                if (r.assessmentDue)
                    add(w, QStringLiteral("family_assessment"), r.family.name, r.assessmentDue);
        } else if (w.role == Role::FosterCareCoordinator) {
            auto items = coordinatorDesk.itemsOf(w.id, asOf, coordinatorHorizon);
            if (!items)
                return items.error();
            for (const CoordinatorItem& item : *items)
                add(w, coordinatorItemName(item.kind), item.who, item.due);
        }
    }
    OPIEKA_TRY(addOrganisersDeadlines(asOf, horizon, rows));
    std::stable_sort(rows.begin(), rows.end(), [](const DeadlineRow& a, const DeadlineRow& b) {
        const QDate da = a.due.value_or(QDate(1900, 1, 1));
        const QDate db = b.due.value_or(QDate(1900, 1, 1));
        if (da != db)
            return da < db;
        return a.workerId < b.workerId;
    });
    return rows;
}

// Art. 77 ust. 1a: the organiser carries out the coordinator's tasks for a foster family no
// coordinator works with; its deadlines stay on the list, with no worker's name.
Status ReportService::addOrganisersDeadlines(const QDate& asOf, const QDate& horizon,
                                             QList<DeadlineRow>& rows)
{
    FosterRegisterService fosterRegister(Session(m_database, m_actor));
    auto uncovered = fosterRegister.familiesWithoutCoordinator(asOf);
    if (!uncovered)
        return uncovered.error();
    QList<qint64> uncoveredIds;
    for (const FosterFamily& f : *uncovered) {
        uncoveredIds << f.id;
        rows << DeadlineRow{0,      QString(),    QStringLiteral("no_coordinator"),
                            f.name, std::nullopt, false};
    }
    auto statuses = fosterRegister.familyStatuses(uncoveredIds, asOf);
    if (!statuses)
        return statuses.error();
    auto items =
        CoordinatorDeskService(Session(m_database, m_actor)).itemsFor(*statuses, asOf, horizon);
    if (!items)
        return items.error();
    for (const CoordinatorItem& item : *items)
        rows << DeadlineRow{0,        QString(), coordinatorItemName(item.kind),
                            item.who, item.due,  item.overdue};
    return {};
}

Result<int> ReportService::overdueCount(const QDate& asOf)
{
    OPIEKA_TRY(FieldCopy::refuseOffline(m_database, FieldCopy::CentreOnly::CentreReports));
    if (Status may = Permissions::mayReadDeadlines(m_actor); !may)
        return may.error();
    // The next steps (most of the report's rows) counted by the database; the rest are few.
    auto steps = DeadlineQuery(m_database).nextStepsOverdue(asOf);
    if (!steps)
        return steps.error();
    int count = *steps;
    auto workers = WorkerRepository(m_database).all();
    if (!workers)
        return workers.error();
    AssistantDeskService assistantDesk(Session(m_database, m_actor));
    CoordinatorDeskService coordinatorDesk(Session(m_database, m_actor));
    for (const Worker& w : *workers) {
        if (!w.isActiveOn(asOf))
            continue;
        if (w.role == Role::FamilyAssistant) {
            auto families = assistantDesk.familiesOf(w.id, asOf);
            if (!families)
                return families.error();
            for (const AssistantFamilyRow& r : *families)
                count += r.assessmentDue && *r.assessmentDue < asOf ? 1 : 0;
        } else if (w.role == Role::FosterCareCoordinator) {
            auto items = coordinatorDesk.itemsOf(w.id, asOf, asOf);
            if (!items)
                return items.error();
            for (const CoordinatorItem& item : *items)
                count += item.overdue || !item.due ? 1 : 0;
        }
    }
    QList<DeadlineRow> organisers;
    OPIEKA_TRY(addOrganisersDeadlines(asOf, asOf, organisers));
    for (const DeadlineRow& row : organisers)
        count += row.overdue || !row.due ? 1 : 0;
    return count;
}

} // namespace opieka
