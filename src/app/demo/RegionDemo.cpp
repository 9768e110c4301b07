#include "RegionDemo.h"

#include "AssessmentRepository.h"
#include "BulkWriter.h"
#include "DemoGenerator.h"
#include "DemoPeople.h"
#include "FamilyHistoryRepository.h"
#include "FosterFamilyRepository.h"
#include "TextFolding.h"
#include "WorkPlanRepository.h"
#include "WorkerRepository.h"

#include <QSet>
#include <cmath>

namespace opieka {
namespace {
using namespace demo;

constexpr int kSocialWorkerLimit = 50; // the default rule set; past it the demo gives a reason

int capacityOf(FosterFamilyKind kind)
{
    switch (kind) {
    case FosterFamilyKind::FamilyHome:
        return 8;
    case FosterFamilyKind::Kinship:
        return 4; // no statutory number; grandparents rarely take more
    default:
        return 3;
    }
}

struct FosterPlace
{
    qint64 id = 0;
    qint64 coordinatorId = 0;
    QDate openedOn;
    int room = 0;
};

// Writes the region family by family; holds only the workers and the foster families.
class RegionWriter
{
public:
    RegionWriter(Database& database, const RegionShape& shape, quint64 seed, const QDate& today)
        : m_database(database)
        , m_shape(shape)
        , m_random(seed * 104729 + 7)
        , m_today(today)
        , m_firstDay(today.addYears(-5))
        , m_writer(database)
    {}

    Result<RegionCounts> write()
    {
        OPIEKA_TRY(writeWorkers());
        OPIEKA_TRY(writeFosterFamilies());
        // Every 25th family is a closed case besides the open ones the shape asks for.
        const int total = m_shape.families + m_shape.families / 24;
        for (int id = 1; id <= total; ++id)
            OPIEKA_TRY(writeFamily(id, id % 25 == 0));
        return m_counts;
    }

private:
    Status writeWorkers()
    {
        WorkerRepository workers(m_database);
        const std::array<std::pair<Role, int>, 4> roles{
            {{Role::SocialWorker, m_shape.socialWorkers},
             {Role::FamilyAssistant, m_shape.assistants},
             {Role::FosterCareCoordinator, m_shape.coordinators},
             {Role::Manager, m_shape.managers}}};
        qint64 id = 1;
        for (const auto& [role, count] : roles)
            for (int i = 0; i < count; ++i, ++id) {
                Worker w = demoWorker(m_random, id, role);
                w.unit = demoUnit(role, i);
                OPIEKA_TRY(workers.insert(w));
                ++m_counts.workers;
                if (role == Role::SocialWorker)
                    m_social << id;
                else if (role == Role::FamilyAssistant)
                    m_assistants << id;
                else if (role == Role::FosterCareCoordinator)
                    m_coordinators << id;
                else if (m_counts.managerWorkerId == 0)
                    m_counts.managerWorkerId = id;
            }
        return {};
    }

    Status writeFosterFamilies()
    {
        FosterFamilyRepository fosters(m_database);
        for (int i = 1; i <= m_shape.fosterFamilies; ++i) {
            const FosterFamily f =
                demoFosterFamily(m_random, i, m_firstDay, m_today.addDays(-120), m_today);
            OPIEKA_TRY(fosters.insert(f));
            // Coordinators in turn: 3.4 thousand families for 116 gives the seed's 29 each.
            const qint64 coordinator = m_coordinators[(i - 1) % m_coordinators.size()];
            Assignment a;
            a.workerId = coordinator;
            a.caseRef = {CaseKind::FosterFamily, f.id};
            a.from = f.openedOn.addDays(m_random.below(14));
            OPIEKA_TRY(m_writer.addAssignment(a));
            ++m_counts.assignments;
            ++m_counts.fosterFamilies;
            m_fosterPlaces << FosterPlace{f.id, coordinator, f.openedOn, capacityOf(f.kind)};
        }
        return {};
    }

    Status writeFamily(qint64 id, bool closed)
    {
        const int socialCount = static_cast<int>(m_social.size());
        // Open cases go to the social workers in turn, so each carries the seed's 77; the ones
        // past the limit carry a manager's reason.
        const int socialIndex = closed ? m_random.below(socialCount) : m_openFamilies % socialCount;
        const int loadIndex = closed ? 0 : m_openFamilies / socialCount + 1;
        Family f;
        f.id = id;
        const auto& surname = m_random.pick(kSurnames);
        f.name = text(surname.first);
        f.municipality = text(
            kMunicipalities[static_cast<std::size_t>(socialIndex / 6) % kMunicipalities.size()]);
        const int need = m_random.below(100);
        f.category = need < 90   ? NeedCategory::Coping
                     : need < 97 ? NeedCategory::Struggling
                                 : NeedCategory::AtRisk;
        if (closed) {
            f.openedOn = m_random.dayBetween(m_firstDay, m_today.addDays(-60));
            f.closedOn = m_random.dayBetween(f.openedOn.addDays(30), m_today.addDays(-1));
        } else {
            f.openedOn = m_random.dayBetween(m_firstDay, m_today.addDays(-20));
            ++m_openFamilies;
        }
        f.caseNumber =
            QStringLiteral("OPS.%1.%2").arg(f.openedOn.year()).arg(id, 6, 10, QLatin1Char('0'));

        QList<Member> members = household(f, surname);
        QStringList search{f.name, f.caseNumber, f.municipality};
        for (const Member& m : members)
            search << m.firstName << m.lastName << m.pesel;
        OPIEKA_TRY(m_writer.addFamily(f, foldForSearch(search.join(QLatin1Char(' ')))));
        ++m_counts.families;
        QList<std::pair<qint64, QDate>> children;
        for (const Member& m : members) {
            auto memberId = m_writer.addMember(m);
            if (!memberId)
                return memberId.error();
            ++m_counts.members;
            if (m.relation == Relation::Child)
                children << std::make_pair(*memberId, *m.birthDate);
        }
        OPIEKA_TRY(
            m_writer.addCategoryChange(f.id, f.openedOn, f.category, QStringLiteral("demo")));

        Assignment social;
        social.workerId = m_social[socialIndex];
        social.caseRef = {CaseKind::Family, f.id};
        social.from = closed ? f.openedOn : f.openedOn.addDays(m_random.below(14));
        social.to = f.closedOn;
        if (loadIndex > kSocialWorkerLimit)
            social.overrideReason = text(m_random.pick(kOverrideReasons));
        OPIEKA_TRY(m_writer.addAssignment(social));
        ++m_counts.assignments;
        const QDate lastDay = f.closedOn ? f.closedOn->addDays(-1) : m_today;
        // The social worker visits about every three months (45 to 135 days).
        OPIEKA_TRY(writeVisits(f.id, social.workerId, social.from, lastDay, 45, 90));
        if (closed)
            return {};
        if (f.category != NeedCategory::Coping) {
            OPIEKA_TRY(assist(f));
            if (m_random.chance(6))
                if (auto card = FamilyHistoryRepository(m_database)
                                    .startBlueCard(f.id, m_random.dayBetween(f.openedOn, m_today));
                    !card)
                    return card.error();
        }
        if (f.category == NeedCategory::AtRisk && m_random.chance(63))
            return placeChildren(f, children);
        return {};
    }

    QList<Member> household(const Family& f, const std::pair<const char*, const char*>& surname)
    {
        QList<Member> members;
        const int parents = 1 + m_random.below(2);
        for (int i = 0; i < parents; ++i)
            members << demoPerson(m_random, f.id, surname, Relation::Parent,
                                  m_random.dayBetween(QDate(1965, 1, 1), QDate(2000, 12, 31)),
                                  m_pesels);
        const int children =
            f.category == NeedCategory::Coping ? m_random.below(3) : 1 + m_random.below(4);
        for (int i = 0; i < children; ++i)
            members << demoPerson(m_random, f.id, surname, Relation::Child,
                                  m_random.dayBetween(QDate(2006, 1, 1), f.openedOn.addDays(-1)),
                                  m_pesels);
        if (m_random.chance(10))
            members << demoPerson(m_random, f.id, surname, Relation::Grandparent,
                                  m_random.dayBetween(QDate(1940, 1, 1), QDate(1960, 12, 31)),
                                  m_pesels);
        return members;
    }

    // Visits from `from` to `last`, one every `minGap` to `minGap + spread` days; the latest
    // agrees a next step.
    Status writeVisits(qint64 familyId, qint64 workerId, const QDate& from, const QDate& last,
                       int minGap, int spread)
    {
        QDate day = from.addDays(m_random.below(minGap));
        while (day <= last) {
            Contact c = demoVisit(m_random, familyId, workerId, day);
            day = day.addDays(minGap + m_random.below(spread + 1));
            if (day > last)
                agreeDemoNextStep(m_random, c);
            OPIEKA_TRY(m_writer.addContact(c));
            ++m_counts.contacts;
        }
        return {};
    }

    // A family assistant for as many struggling families as the region has assistants for
    // (3.5 thousand of 17 thousand), with a work plan and visits every three to seven weeks.
    Status assist(const Family& f)
    {
        const int quota = m_shape.assistedFamilies;
        const int nonCoping = std::max(1, m_shape.families / 10);
        if (m_assisted >= quota || m_random.below(nonCoping) >= quota)
            return {};
        const qint64 assistant = m_assistants[m_assisted % m_assistants.size()];
        ++m_assisted;
        Assignment a;
        a.workerId = assistant;
        a.caseRef = {CaseKind::Family, f.id};
        a.from = std::min(m_today.addDays(-1), f.openedOn.addDays(14 + m_random.below(60)));
        OPIEKA_TRY(m_writer.addAssignment(a));
        ++m_counts.assignments;
        OPIEKA_TRY(writeVisits(f.id, assistant, a.from, m_today, 21, 28));
        if (m_random.chance(12))
            return {};
        QList<WorkPlan> plans;
        QList<FamilyAssessment> assessments;
        addPlanFor(m_random, f, assistant, m_today, plans, assessments);
        WorkPlanRepository planRepo(m_database);
        for (WorkPlan& plan : plans)
            if (auto id = planRepo.insert(plan); !id)
                return id.error();
        AssessmentRepository assessmentRepo(m_database);
        for (const FamilyAssessment& assessment : assessments)
            if (auto id = assessmentRepo.insert(assessment); !id)
                return id.error();
        return {};
    }

    // The children of a family at risk placed in foster families with room, siblings together
    // where one has room for them; the coordinator joins the family's team.
    Status placeChildren(const Family& f, const QList<std::pair<qint64, QDate>>& children)
    {
        QSet<qint64> linked;
        for (const auto& [childId, born] : children) {
            if (m_counts.placements >= m_shape.childrenInCare)
                return {};
            FosterPlace* place = nextPlace();
            if (!place)
                return {};
            Placement p;
            p.childMemberId = childId;
            p.fosterFamilyId = place->id;
            p.from = std::max(
                {f.openedOn.addDays(m_random.below(90)), place->openedOn, born.addDays(1)});
            p.from = std::min(p.from, m_today.addDays(-1));
            p.basis = PlacementBasis::CourtOrder;
            p.courtOrder = QStringLiteral("III Nsm %1/%2")
                               .arg(m_counts.placements + 1)
                               .arg(p.from.year() % 100, 2, 10, QLatin1Char('0'));
            p.courtOrderDate = p.from.addDays(-m_random.below(10));
            OPIEKA_TRY(m_writer.addPlacement(p));
            --place->room;
            ++m_counts.placements;
            if (!linked.contains(place->coordinatorId)) {
                linked.insert(place->coordinatorId);
                OPIEKA_TRY(m_writer.addTeamLink(f.id, place->coordinatorId, p.from));
            }
        }
        return {};
    }

    // The next foster family with room, in turn; none when every one is full.
    FosterPlace* nextPlace()
    {
        for (qsizetype tries = 0; tries < m_fosterPlaces.size(); ++tries) {
            FosterPlace& place = m_fosterPlaces[m_placeCursor];
            if (place.room > 0)
                return &place;
            m_placeCursor = (m_placeCursor + 1) % m_fosterPlaces.size();
        }
        return nullptr;
    }

    Database& m_database;
    RegionShape m_shape;
    DemoRandom m_random;
    QDate m_today;
    QDate m_firstDay;
    BulkWriter m_writer;
    DemoPesels m_pesels;
    QList<qint64> m_social, m_assistants, m_coordinators;
    QList<FosterPlace> m_fosterPlaces;
    qsizetype m_placeCursor = 0;
    int m_openFamilies = 0;
    int m_assisted = 0;
    RegionCounts m_counts;
};

} // namespace

RegionShape RegionShape::scaled(double fraction)
{
    RegionShape full;
    auto part = [fraction](int n) {
        return std::max(1, static_cast<int>(std::lround(n * fraction)));
    };
    return RegionShape{part(full.socialWorkers),  part(full.assistants),
                       part(full.coordinators),   part(full.managers),
                       part(full.families),       part(full.assistedFamilies),
                       part(full.fosterFamilies), part(full.childrenInCare)};
}

Result<RegionCounts> writeRegionDemo(Database& database, const RegionShape& shape, quint64 seed,
                                     const QDate& today)
{
    return RegionWriter(database, shape, seed, today).write();
}

} // namespace opieka
