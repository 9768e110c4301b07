#pragma once

#include "Contact.h"
#include "DemoNames.h"
#include "DemoRandom.h"
#include "Family.h"
#include "Member.h"
#include "Pesel.h"

#include <QHash>

namespace opieka {

// Hands out PESEL numbers for generated people: a serial per birth day and sex, so that no two
// people share one (up to 1,000 people born on one day of one sex, far more than any demo has).
class DemoPesels
{
public:
    QString next(const QDate& birth, Sex sex)
    {
        const qint64 key = birth.toJulianDay() * 2 + (sex == Sex::Male ? 1 : 0);
        const int serial = m_serials[key]++;
        return Pesel::compose(birth, serial, sex);
    }

private:
    QHash<qint64, int> m_serials;
};

// A visit's kind, home visits most often.
inline ContactKind demoContactKind(DemoRandom& random)
{
    const int kind = random.below(100);
    return kind < 55   ? ContactKind::HomeVisit
           : kind < 75 ? ContactKind::Phone
           : kind < 87 ? ContactKind::OfficeMeeting
           : kind < 93 ? ContactKind::PartnerInstitution
           : kind < 96 ? ContactKind::FamilyGroupConference
           : kind < 98 ? ContactKind::FamilyMediation
                       : ContactKind::SpecialistHelp;
}

// A foster family's kind, kinship families most often.
inline FosterFamilyKind demoFosterKind(DemoRandom& random)
{
    const int kind = random.below(100);
    return kind < 45   ? FosterFamilyKind::Kinship
           : kind < 70 ? FosterFamilyKind::NonProfessional
           : kind < 82 ? FosterFamilyKind::Professional
           : kind < 88 ? FosterFamilyKind::Emergency
           : kind < 92 ? FosterFamilyKind::Specialised
                       : FosterFamilyKind::FamilyHome;
}

// A visit by the family's worker on `day`, at a working hour, with who was there and a note.
inline Contact demoVisit(DemoRandom& random, qint64 familyId, qint64 workerId, const QDate& day)
{
    using namespace demo;
    Contact c;
    c.familyId = familyId;
    c.workerId = workerId;
    c.date = day;
    c.time = QTime(8 + random.below(8), random.chance(50) ? 0 : 30);
    c.kind = demoContactKind(random);
    c.present = text(random.pick(kPresent));
    c.notes = text(random.pick(kNotes));
    return c;
}

// The next step agreed at the visit, due three to nine weeks later.
inline void agreeDemoNextStep(DemoRandom& random, Contact& visit)
{
    using namespace demo;
    visit.nextStep = text(random.pick(kNextSteps));
    visit.nextStepDue = visit.date.addDays(21 + random.below(40));
}

// One person of a household, with a PESEL most of the time (newborns and foreigners have none).
inline Member demoPerson(DemoRandom& random, qint64 familyId,
                         const std::pair<const char*, const char*>& surname, Relation relation,
                         const QDate& birth, DemoPesels& pesels)
{
    using namespace demo;
    Member m;
    m.familyId = familyId;
    const bool female = random.chance(50);
    m.firstName = text(female ? random.pick(kFemaleNames) : random.pick(kMaleNames));
    m.lastName = text(female ? surname.second : surname.first);
    m.relation = relation;
    m.sex = female ? Sex::Female : Sex::Male;
    m.birthDate = birth;
    if (!random.chance(8))
        m.pesel = pesels.next(birth, *m.sex);
    return m;
}

} // namespace opieka
