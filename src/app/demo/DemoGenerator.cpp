#include "DemoGenerator.h"

#include "CaseloadEngine.h"
#include "DemoNames.h"
#include "DemoPeople.h"
#include "DemoRandom.h"

#include <algorithm>
#include <array>
#include <limits>

namespace opieka {
namespace {
using namespace demo;

// Hands the open cases out to workers of one role, each up to a target near the limit; a few
// go beyond it with a manager's reason, as in a real centre with a vacancy.
void shareOut(DemoRandom& random, DemoData& data, const QList<qint64>& workerIds, int fullLimit,
              const QList<std::pair<CaseRef, QDate>>& cases)
{
    if (workerIds.isEmpty())
        return;
    QList<int> targets;
    for (qint64 id : workerIds) {
        const Worker& w = data.workers[static_cast<int>(id - 1)];
        const int limit = static_cast<int>(fullLimit * w.fte + 1e-9);
        // The second worker of each role stands in for a vacancy and is over the limit.
        const bool over = targets.size() == 1 || random.chance(8);
        const int percent = over ? 102 + random.below(6) : 62 + random.below(38);
        targets << std::max(1, limit * percent / 100);
    }
    // Each worker in turn up to a target, so that those standing in for a vacancy do go over.
    int worker = 0;
    int load = 0;
    for (const auto& [ref, opened] : cases) {
        while (worker < workerIds.size() && load >= targets[worker]) {
            ++worker;
            load = 0;
        }
        if (worker == workerIds.size())
            break; // everyone is at target: the rest wait for a worker
        const qint64 workerId = workerIds[worker];
        const Worker& w = data.workers[static_cast<int>(workerId - 1)];
        Assignment a;
        a.workerId = workerId;
        a.caseRef = ref;
        a.from = opened.addDays(random.below(14));
        const int limit = static_cast<int>(fullLimit * w.fte + 1e-9);
        if (load >= limit)
            a.overrideReason = text(random.pick(kOverrideReasons));
        data.assignments << a;
        ++load;
    }
}

} // namespace

void giveDemoCertificates(FosterFamily& family, const QDate& today)
{
    family.qualifiedOn = family.openedOn;
    // 0..759 days ago: about one in twenty-five overdue, a few more due within a month.
    const auto presented = [&](qint64 factor) {
        return std::max(family.openedOn, today.addDays(-((family.id * factor) % 760)));
    };
    family.healthCertificateOn = presented(53);
    family.psychologistOpinionOn = presented(71);
}

FosterFamily demoFosterFamily(DemoRandom& random, qint64 id, const QDate& openedFrom,
                              const QDate& openedTo, const QDate& today)
{
    FosterFamily f;
    f.id = id;
    f.kind = demoFosterKind(random);
    f.name = text(random.pick(kSurnames).first);
    f.municipality = text(random.pick(kMunicipalities));
    f.openedOn = random.dayBetween(openedFrom, openedTo);
    giveDemoCertificates(f, today);
    return f;
}

Worker demoWorker(DemoRandom& random, qint64 id, Role role)
{
    Worker w;
    w.id = id;
    w.role = role;
    const bool female = random.chance(85); // the profession is mostly women
    const auto& surname = random.pick(kSurnames);
    w.firstName = text(female ? random.pick(kFemaleNames) : random.pick(kMaleNames));
    w.lastName = text(female ? surname.second : surname.first);
    w.fte = 1.0;
    return w;
}

QString demoUnit(Role role, int index)
{
    switch (role) {
    case Role::SocialWorker:
        return QStringLiteral("Zespół %1").arg(index / 6 + 1);
    case Role::FamilyAssistant:
        return QStringLiteral("Zespół asystentów rodziny");
    case Role::FosterCareCoordinator:
        return QStringLiteral("Dział pieczy zastępczej");
    default:
        return QStringLiteral("Kierownictwo");
    }
}

DemoData generateDemo(const DemoShape& shape, quint64 seed, const QDate& today,
                      const RuleBook& rules)
{
    // A role without a rule in force gets no limit to aim at: its workers share the cases evenly.
    const auto limitOf = [&](Role role) {
        const auto rule = rules.ruleFor(role, today);
        return rule ? rule->limit : std::numeric_limits<int>::max() / 200;
    };
    DemoRandom random(seed * 7919 + 17);
    DemoData data;
    QList<qint64> social, assistants, coordinators;
    qint64 nextId = 1;
    auto addWorkers = [&](int count, Role role, QList<qint64>* ids) {
        for (int i = 0; i < count; ++i) {
            Worker w = demoWorker(random, nextId, role);
            w.unit = demoUnit(role, i);
            if (role == Role::SocialWorker && random.chance(15))
                w.fte = 0.5;
            data.workers << w;
            if (ids)
                *ids << nextId;
            ++nextId;
        }
    };
    addWorkers(shape.socialWorkers, Role::SocialWorker, &social);
    addWorkers(shape.assistants, Role::FamilyAssistant, &assistants);
    addWorkers(shape.coordinators, Role::FosterCareCoordinator, &coordinators);
    addWorkers(shape.managers, Role::Manager, nullptr);

    const QDate firstDay = today.addYears(-5);
    const QDate lastOpen = today.addDays(-20);
    QList<std::pair<CaseRef, QDate>> openFamilies, needAssistant, openFosters;
    for (int i = 1; i <= shape.families; ++i) {
        Family f;
        f.id = i;
        f.caseNumber =
            QStringLiteral("OPS.%1.%2").arg(2020 + random.below(5)).arg(i, 5, 10, QLatin1Char('0'));
        f.name = text(random.pick(kSurnames).first);
        f.municipality = text(random.pick(kMunicipalities));
        const int need = random.below(100);
        f.category = need < 62 ? NeedCategory::Coping
                               : (need < 88 ? NeedCategory::Struggling : NeedCategory::AtRisk);
        f.openedOn = random.dayBetween(firstDay, lastOpen);
        f.caseNumber =
            QStringLiteral("OPS.%1.%2").arg(f.openedOn.year()).arg(i, 5, 10, QLatin1Char('0'));
        if (random.chance(8)) {
            f.closedOn = random.dayBetween(f.openedOn.addDays(30), today);
            if (*f.closedOn <= f.openedOn)
                f.closedOn.reset();
        }
        data.families << f;
        if (f.closedOn) {
            // A closed case keeps its history: the worker it had until it closed.
            Assignment past;
            past.workerId =
                social.isEmpty() ? 0 : social[random.below(static_cast<int>(social.size()))];
            past.caseRef = {CaseKind::Family, f.id};
            past.from = f.openedOn;
            past.to = f.closedOn;
            if (past.workerId > 0)
                data.assignments << past;
            continue;
        }
        openFamilies << std::make_pair(CaseRef{CaseKind::Family, f.id}, f.openedOn);
        if (f.category != NeedCategory::Coping)
            needAssistant << std::make_pair(CaseRef{CaseKind::Family, f.id}, f.openedOn);
    }
    for (int i = 1; i <= shape.fosterFamilies; ++i) {
        const FosterFamily f = demoFosterFamily(random, i, firstDay, lastOpen, today);
        data.fosterFamilies << f;
        openFosters << std::make_pair(CaseRef{CaseKind::FosterFamily, f.id}, f.openedOn);
    }
    shareOut(random, data, social, limitOf(Role::SocialWorker), openFamilies);
    shareOut(random, data, assistants, limitOf(Role::FamilyAssistant), needAssistant);
    shareOut(random, data, coordinators, limitOf(Role::FosterCareCoordinator), openFosters);
    addFamilyLife(data, random, today);
    addPlans(data, random, today);
    return data;
}

} // namespace opieka
