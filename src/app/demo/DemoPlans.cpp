#include "DemoGenerator.h"
#include "DemoNames.h"
#include "DemoRandom.h"

#include <QHash>

namespace opieka {
namespace {
using namespace demo;

constexpr std::array<const char*, 6> kGoals{
    "Regularne uczęszczanie dzieci do szkoły", "Uregulowanie zaległości czynszowych",
    "Podjęcie zatrudnienia przez rodzica",     "Poprawa warunków mieszkaniowych",
    "Zapewnienie dzieciom opieki zdrowotnej",  "Wzmocnienie kompetencji wychowawczych"};
constexpr std::array<const char*, 8> kActions{"Codzienne odprowadzanie dzieci do szkoły",
                                              "Spotkanie z wychowawcą raz w miesiącu",
                                              "Ustalenie planu spłaty z zarządcą budynku",
                                              "Rejestracja w powiatowym urzędzie pracy",
                                              "Udział w warsztatach dla rodziców",
                                              "Wizyta u pediatry i uzupełnienie szczepień",
                                              "Zgłoszenie do poradni psychologiczno-pedagogicznej",
                                              "Prowadzenie domowego budżetu"};
constexpr std::array<const char*, 4> kEffects{"Frekwencja powyżej 90%", "Brak nowych zaległości",
                                              "Umowa o pracę", "Dzieci pod stałą opieką lekarza"};
} // namespace

void addPlanFor(DemoRandom& random, const Family& f, qint64 assistant, const QDate& today,
                QList<WorkPlan>& plans, QList<FamilyAssessment>& assessments)
{
    WorkPlan plan;
    plan.familyId = f.id;
    plan.createdOn = std::min(today.addDays(-10), f.openedOn.addDays(14 + random.below(30)));
    plan.createdBy = QStringLiteral("demo");
    plan.participants = QStringLiteral("rodzice, asystent rodziny");
    const int goals = 2 + random.below(2);
    for (int g = 0; g < goals; ++g) {
        PlanGoal goal;
        goal.description = text(random.pick(kGoals));
        const int actions = 1 + random.below(3);
        for (int i = 0; i < actions; ++i) {
            PlanAction action;
            action.description = text(random.pick(kActions));
            action.responsibleKind =
                random.chance(60) ? Responsible::FamilyMember : Responsible::Assistant;
            action.responsible = action.responsibleKind == Responsible::FamilyMember
                                     ? QStringLiteral("rodzic")
                                     : QStringLiteral("asystent rodziny");
            action.deadline = plan.createdOn.addDays(30 + random.below(300));
            action.expectedEffect = text(random.pick(kEffects));
            const int progress = random.below(100);
            action.status = *action.deadline < today && progress < 60 ? ActionStatus::Done
                            : progress < 80                           ? ActionStatus::InProgress
                                                                      : ActionStatus::Planned;
            goal.actions << action;
        }
        plan.goals << goal;
    }
    if (random.chance(15)) { // still a draft being written with the family
        plans << plan;
        return;
    }
    plan.status = PlanStatus::Agreed;
    plan.agreedOn = std::min(today, plan.createdOn.addDays(7 + random.below(14)));
    plan.familyTookPart = true;
    plan.socialWorkerConsulted = true;
    plans << plan;

    // An assessment every six months, but a busy assistant may be late with the latest one.
    QDate due = plan.agreedOn->addMonths(6);
    while (due <= today && !(today.daysTo(due) > -45 && random.chance(40))) {
        FamilyAssessment assessment;
        assessment.familyId = f.id;
        assessment.assessedOn = due.addDays(-random.below(10));
        assessment.workerId = assistant;
        assessment.findings = QStringLiteral("Rodzina realizuje plan; część działań w toku.");
        assessment.sentToSocialWorkerOn = assessment.assessedOn.addDays(random.below(5));
        if (*assessment.sentToSocialWorkerOn > today)
            assessment.sentToSocialWorkerOn = today;
        assessments << assessment;
        due = assessment.assessedOn.addMonths(6);
    }
}

void addPlans(DemoData& data, DemoRandom& random, const QDate& today)
{
    QHash<qint64, qint64> assistantOf;
    for (const Assignment& a : data.assignments)
        if (a.caseRef.kind == CaseKind::Family && !a.to)
            for (const Worker& w : data.workers)
                if (w.id == a.workerId && w.role == Role::FamilyAssistant)
                    assistantOf.insert(a.caseRef.id, a.workerId);

    for (const Family& f : data.families) {
        const qint64 assistant = assistantOf.value(f.id, 0);
        if (assistant == 0 || random.chance(12))
            continue;
        addPlanFor(random, f, assistant, today, data.plans, data.assessments);
    }
}

} // namespace opieka
