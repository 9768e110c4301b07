#pragma once

#include "AssessmentRepository.h"
#include "Assignment.h"
#include "CaseloadRule.h"
#include "Contact.h"
#include "Family.h"
#include "Member.h"
#include "WorkPlan.h"
#include "Worker.h"

#include <QDate>
#include <QList>
#include <tuple>
#include <utility>

namespace opieka {

// Shape of a generated centre.
struct DemoShape
{
    int socialWorkers = 8;
    int assistants = 3;
    int coordinators = 2;
    int managers = 1;
    int families = 340;
    int fosterFamilies = 50;
};

struct DemoData
{
    QList<Worker> workers;
    QList<Family> families;
    QList<FosterFamily> fosterFamilies;
    QList<Assignment> assignments;
    QList<Member> members;
    QList<Contact> contacts;
    QList<std::pair<qint64, QDate>> blueCards;                        // family, started on
    QList<std::tuple<qint64, qint64, QDate>> coordinatorLinks;        // family, coordinator, from
    QList<std::tuple<qint64, NeedCategory, QDate>> earlierCategories; // family, before, changed on
    QList<WorkPlan> plans;               // every version, goals and actions included
    QList<FamilyAssessment> assessments; // periodic assessments of the families with a plan
};

class DemoRandom;
// A worker with a generated name, full-time.
Worker demoWorker(DemoRandom& random, qint64 id, Role role);
// Social workers work in teams of six by area; assistants and coordinators in one unit each.
QString demoUnit(Role role, int index);
// A generated foster family's qualification and its last certificate and psychologist's opinion
// (art. 45a: every two years), spread over the last two years from its id, so that the demo's
// register shows a few due soon or overdue rather than every family due the same day. Uses no
// random numbers: the rest of a seeded demo stays as it was.
void giveDemoCertificates(FosterFamily& family, const QDate& today);
// A foster family with a generated name, kind and municipality, opened on a day from
// `openedFrom` to `openedTo`, with its certificates.
FosterFamily demoFosterFamily(DemoRandom& random, qint64 id, const QDate& openedFrom,
                              const QDate& openedTo, const QDate& today);
// Households, contacts, Niebieska Karta procedures and coordinators' team links for the families.
void addFamilyLife(DemoData& data, DemoRandom& random, const QDate& today);
// Work plans and assessments for the families an assistant works with.
void addPlanFor(DemoRandom& random, const Family& family, qint64 assistant, const QDate& today,
                QList<WorkPlan>& plans, QList<FamilyAssessment>& assessments);
void addPlans(DemoData& data, DemoRandom& random, const QDate& today);

// Pure generation (no storage): deterministic for a seed and a day.
// Each role's cases are shared out up to about its limit in force on `today` in `rules` (the
// centre's rule set: 50 / 15 / 15 today), a few beyond it with a manager's reason.
DemoData generateDemo(const DemoShape& shape, quint64 seed, const QDate& today,
                      const RuleBook& rules);

} // namespace opieka
