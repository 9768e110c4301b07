#include "DemoService.h"

#include "AssignmentRepository.h"
#include "AuditTrail.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "FamilyRepository.h"
#include "Logging.h"
#include "Permissions.h"
#include "SqlTransaction.h"
#include "UserRepository.h"
#include "WorkerRepository.h"

#include <QJsonObject>

namespace opieka {

Result<DemoSummary> DemoService::generate(const User& actor, Scale scale, quint64 seed,
                                          const QDate& today)
{
    if (Status may = Permissions::mayChangeCases(actor); !may)
        return may.error();
    auto workers = WorkerRepository(m_database).all();
    if (!workers)
        return workers.error();
    auto families = FamilyRepository(m_database).count({});
    if (!families)
        return families.error();
    if (!workers->isEmpty() || *families > 0)
        return refused(tr("The database already holds data; demo data goes only into an empty "
                          "database. Give another file with --db."));

    DemoShape shape;
    if (scale == Scale::County)
        shape = DemoShape{40, 12, 8, 2, 2200, 230};
    const DemoData data = generateDemo(shape, seed, today);

    auto transaction = SqlTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    WorkerRepository workerRepo(m_database);
    for (const Worker& w : data.workers)
        if (Status s = workerRepo.insert(w); !s)
            return s.error();
    FamilyRepository familyRepo(m_database);
    for (const Family& f : data.families)
        if (Status s = familyRepo.insert(f); !s)
            return s.error();
    FosterFamilyRepository fosterRepo(m_database);
    for (const FosterFamily& f : data.fosterFamilies)
        if (Status s = fosterRepo.insert(f); !s)
            return s.error();
    AssignmentRepository assignmentRepo(m_database);
    for (const Assignment& a : data.assignments)
        if (auto id = assignmentRepo.insert(a); !id)
            return id.error();

    // A manager's account, so that overrides can be tried in the demo.
    UserRepository users(m_database);
    for (const Worker& w : data.workers) {
        if (w.role != Role::Manager)
            continue;
        auto existing = users.findByLogin(QStringLiteral("kierownik"));
        if (!existing)
            return existing.error();
        if (!*existing) {
            User manager;
            manager.login = QStringLiteral("kierownik");
            manager.role = Role::Manager;
            manager.workerId = w.id;
            if (auto id = users.insert(manager); !id)
                return id.error();
        }
        break;
    }

    DemoSummary summary{
        static_cast<int>(data.workers.size()), static_cast<int>(data.families.size()),
        static_cast<int>(data.fosterFamilies.size()), static_cast<int>(data.assignments.size())};
    if (Status s = AuditTrail(m_database)
                       .record(actor, QStringLiteral("demo.generate"), QStringLiteral("database"),
                               QString(), {},
                               {{QStringLiteral("seed"), QString::number(seed)},
                                {QStringLiteral("scale"), scale == Scale::County
                                                              ? QStringLiteral("county")
                                                              : QStringLiteral("small")},
                                {QStringLiteral("workers"), summary.workers},
                                {QStringLiteral("families"), summary.families},
                                {QStringLiteral("foster_families"), summary.fosterFamilies},
                                {QStringLiteral("assignments"), summary.assignments}});
        !s)
        return s.error();
    if (Status s = transaction->commit(); !s)
        return s.error();
    logging::get("app")->info("demo data generated: {} workers, {} families", summary.workers,
                              summary.families);
    return summary;
}

} // namespace opieka
