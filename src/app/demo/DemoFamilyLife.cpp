#include "DemoGenerator.h"
#include "DemoNames.h"
#include "DemoPeople.h"
#include "DemoRandom.h"

#include <QHash>
#include <QSet>

namespace opieka {
namespace {
using namespace demo;

} // namespace

void addFamilyLife(DemoData& data, DemoRandom& random, const QDate& today)
{
    QHash<QString, std::pair<const char*, const char*>> surnames;
    for (const auto& pair : kSurnames)
        surnames.insert(text(pair.first), pair);
    QHash<qint64, qint64> socialWorkerOf;
    for (const Assignment& a : data.assignments)
        if (a.caseRef.kind == CaseKind::Family && !a.to)
            socialWorkerOf.insert(a.caseRef.id, a.workerId);
    QList<qint64> coordinators;
    for (const Worker& w : data.workers)
        if (w.role == Role::FosterCareCoordinator)
            coordinators << w.id;

    DemoPesels pesels;
    for (const Family& f : data.families) {
        const auto surname = surnames.value(f.name, kSurnames[0]);
        // Parents born 1965-2000, children 2006-2025 (PESEL serials unique within the demo).
        const int parents = 1 + random.below(2);
        for (int i = 0; i < parents; ++i)
            data.members << demoPerson(random, f.id, surname, Relation::Parent,
                                       random.dayBetween(QDate(1965, 1, 1), QDate(2000, 12, 31)),
                                       pesels);
        const int children =
            f.category == NeedCategory::Coping ? random.below(3) : 1 + random.below(4);
        for (int i = 0; i < children; ++i)
            data.members << demoPerson(random, f.id, surname, Relation::Child,
                                       random.dayBetween(QDate(2006, 1, 1), today.addDays(-30)),
                                       pesels);
        if (random.chance(10))
            data.members << demoPerson(random, f.id, surname, Relation::Grandparent,
                                       random.dayBetween(QDate(1940, 1, 1), QDate(1960, 12, 31)),
                                       pesels);

        const qint64 worker = socialWorkerOf.value(f.id, 0);
        if (f.closedOn || worker == 0)
            continue;
        // Contacts over the last year, spread evenly up to a recent one (most workers keep up; a
        // few families have gone quiet); the latest may carry an agreed step, some overdue.
        const int contacts = 1 + random.below(6);
        const QDate first = std::max(f.openedOn, today.addDays(-365));
        const QDate last = random.chance(80) ? today.addDays(-random.below(40))
                                             : today.addDays(-60 - random.below(120));
        const qint64 span = std::max<qint64>(0, first.daysTo(std::max(first, last)));
        QDate day = first;
        for (int i = 0; i < contacts && day <= today; ++i) {
            const QDate target = first.addDays(span * (i + 1) / contacts);
            day = std::max(day, random.dayBetween(target.addDays(-10), target));
            Contact c = demoVisit(random, f.id, worker, day);
            if (i == contacts - 1 || random.chance(30))
                agreeDemoNextStep(random, c);
            data.contacts << c;
            day = day.addDays(1);
        }
        if (f.category != NeedCategory::Coping && random.chance(25))
            data.earlierCategories << std::make_tuple(
                f.id, NeedCategory::Coping, random.dayBetween(f.openedOn.addDays(1), today));
        if (f.category != NeedCategory::Coping && random.chance(6))
            data.blueCards << std::make_pair(f.id, random.dayBetween(f.openedOn, today));
        if (f.category == NeedCategory::AtRisk && !coordinators.isEmpty() && random.chance(70))
            data.coordinatorLinks << std::make_tuple(
                f.id, coordinators[random.below(static_cast<int>(coordinators.size()))],
                random.dayBetween(f.openedOn, today));
    }
}

} // namespace opieka
