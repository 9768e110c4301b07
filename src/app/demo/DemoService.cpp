#include "DemoService.h"

#include "AssessmentRepository.h"
#include "AssignmentRepository.h"
#include "AuditedWrite.h"
#include "ContactRepository.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "FamilyHistoryRepository.h"
#include "FamilyRepository.h"
#include "FosterFamilyRepository.h"
#include "Logging.h"
#include "MemberRepository.h"
#include "Permissions.h"
#include "RegionDemo.h"
#include "RuleRepository.h"
#include "UserRepository.h"
#include "WorkPlanRepository.h"
#include "WorkerRepository.h"

#include <QHash>
#include <QJsonObject>

namespace opieka {

Status DemoService::storeFamilyLife(const DemoData& data)
{
    MemberRepository members(m_database);
    for (const Member& m : data.members)
        if (auto id = members.insert(m); !id)
            return id.error();
    ContactRepository contacts(m_database);
    for (const Contact& c : data.contacts)
        if (auto id = contacts.insert(c); !id)
            return id.error();
    FamilyHistoryRepository history(m_database);
    QHash<qint64, std::pair<NeedCategory, QDate>> earlier;
    for (const auto& [familyId, before, changedOn] : data.earlierCategories)
        earlier.insert(familyId, {before, changedOn});
    for (const Family& f : data.families) {
        const auto change = earlier.constFind(f.id);
        const NeedCategory first = change == earlier.constEnd() ? f.category : change->first;
        if (auto id = history.addCategoryChange(
                {0, f.id, f.openedOn, std::nullopt, first, QStringLiteral("demo")});
            !id)
            return id.error();
        if (change != earlier.constEnd())
            if (auto id = history.addCategoryChange(
                    {0, f.id, change->second, first, f.category, QStringLiteral("demo")});
                !id)
                return id.error();
    }
    for (const auto& [familyId, startedOn] : data.blueCards)
        if (auto id = history.startBlueCard(familyId, startedOn); !id)
            return id.error();
    for (const auto& [familyId, workerId, from] : data.coordinatorLinks)
        if (auto id = history.addTeamLink({0, familyId, workerId, from, std::nullopt}); !id)
            return id.error();
    WorkPlanRepository plans(m_database);
    for (WorkPlan plan : data.plans)
        if (auto id = plans.insert(plan); !id)
            return id.error();
    AssessmentRepository assessments(m_database);
    for (const FamilyAssessment& a : data.assessments)
        if (auto id = assessments.insert(a); !id)
            return id.error();
    FamilyRepository families(m_database);
    for (const Family& f : data.families)
        OPIEKA_TRY(families.refreshSearchText(f.id));
    return {};
}

Result<DemoSummary> DemoService::storeCentre(Scale scale, quint64 seed, const QDate& today)
{
    DemoShape shape;
    if (scale == Scale::County)
        shape = DemoShape{40, 12, 8, 2, 2200, 230};
    auto rules = RuleRepository(m_database).all();
    if (!rules)
        return rules.error();
    const DemoData data = generateDemo(shape, seed, today, *rules);

    WorkerRepository workerRepo(m_database);
    for (const Worker& w : data.workers)
        OPIEKA_TRY(workerRepo.insert(w));
    FamilyRepository familyRepo(m_database);
    for (const Family& f : data.families)
        OPIEKA_TRY(familyRepo.insert(f));
    FosterFamilyRepository fosterRepo(m_database);
    for (const FosterFamily& f : data.fosterFamilies)
        OPIEKA_TRY(fosterRepo.insert(f));
    AssignmentRepository assignmentRepo(m_database);
    for (const Assignment& a : data.assignments)
        if (auto id = assignmentRepo.insert(a); !id)
            return id.error();
    OPIEKA_TRY(storeFamilyLife(data));
    for (const Worker& w : data.workers)
        if (w.role == Role::Manager) {
            OPIEKA_TRY(addManagerAccount(w.id));
            break;
        }
    return DemoSummary{static_cast<int>(data.workers.size()),
                       static_cast<int>(data.families.size()),
                       static_cast<int>(data.fosterFamilies.size()),
                       static_cast<int>(data.assignments.size()),
                       static_cast<int>(data.members.size()),
                       static_cast<int>(data.contacts.size()),
                       0};
}

Result<DemoSummary> DemoService::storeRegion(quint64 seed, const QDate& today, double fraction)
{
    auto counts = writeRegionDemo(m_database, RegionShape::scaled(fraction), seed, today);
    if (!counts)
        return counts.error();
    OPIEKA_TRY(addManagerAccount(counts->managerWorkerId));
    return static_cast<const DemoSummary&>(*counts);
}

// A manager's account, so that overrides can be tried in the demo.
Status DemoService::addManagerAccount(qint64 workerId)
{
    UserRepository users(m_database);
    auto existing = users.findByLogin(QStringLiteral("kierownik"));
    if (!existing)
        return existing.error();
    if (*existing)
        return {};
    User manager;
    manager.login = QStringLiteral("kierownik");
    manager.role = Role::Manager;
    manager.workerId = workerId;
    return users.insert(manager);
}

Result<DemoSummary> DemoService::generate(Scale scale, quint64 seed, const QDate& today,
                                          double fraction)
{
    const auto rule = [&]() -> Status {
        OPIEKA_TRY(Permissions::mayImport(m_actor));
        auto workers = WorkerRepository(m_database).all();
        if (!workers)
            return workers.error();
        auto families = FamilyRepository(m_database).count({});
        if (!families)
            return families.error();
        if (!workers->isEmpty() || *families > 0)
            return refused(tr("The database already holds data; demo data goes only into an "
                              "empty database. Give another file with --db."));
        return {};
    };
    // One transaction and one audit record for the whole generation.
    auto summary =
        AuditedWrite(m_database, m_actor)
            .run(rule, [&](AuditedWrite& write) -> Result<DemoSummary> {
                auto stored = scale == Scale::Voivodeship ? storeRegion(seed, today, fraction)
                                                          : storeCentre(scale, seed, today);
                if (!stored)
                    return stored.error();
                const QString scaleName = scale == Scale::Voivodeship
                                              ? QStringLiteral("voivodeship")
                                          : scale == Scale::County ? QStringLiteral("county")
                                                                   : QStringLiteral("small");
                OPIEKA_TRY(write.record(
                    QStringLiteral("demo.generate"), QStringLiteral("database"), QString(), {},
                    {{QStringLiteral("seed"), QString::number(seed)},
                     {QStringLiteral("scale"), scaleName},
                     {QStringLiteral("workers"), stored->workers},
                     {QStringLiteral("families"), stored->families},
                     {QStringLiteral("foster_families"), stored->fosterFamilies},
                     {QStringLiteral("assignments"), stored->assignments},
                     {QStringLiteral("members"), stored->members},
                     {QStringLiteral("contacts"), stored->contacts},
                     {QStringLiteral("placements"), stored->placements}}));
                return stored;
            });
    if (!summary)
        return summary;
    logging::get("app")->info("demo data generated: {} workers, {} families", summary->workers,
                              summary->families);
    return summary;
}

} // namespace opieka
