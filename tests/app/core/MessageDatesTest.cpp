// Issue 17: "every date in the language's format". A refusal or a verdict that names a day writes
// it as the user's language does (Polish: 06.12.2026), the way the window shows it; files, CSV and
// the audit details keep ISO.
#include "CaseloadService.h"
#include "ContactService.h"
#include "FamilyService.h"
#include "ImportService.h"
#include "MemberService.h"
#include "Pesel.h"
#include "PlacementService.h"
#include "TeamService.h"
#include "TestWorkspace.h"
#include "WorkPlanService.h"
#include "WorkerService.h"

#include <QLocale>
#include <gtest/gtest.h>

using namespace opieka;

namespace {
constexpr qint64 kFullAssistant = 1; // 20 families: over the limit of 15 (since 2015)
constexpr qint64 kOtherAssistant = 2;
constexpr qint64 kCoordinator = 4;
constexpr qint64 kClosedFamily = 30; // closed on 2024-03-01

class MessageDatesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::Polish, QLocale::Poland));
        ws.load(DataSet::Workers, "id,first_name,last_name,role,fte\n"
                                  "1,Anna,Testowa,family_assistant,1\n"
                                  "2,Beata,Próbna,family_assistant,1\n"
                                  "4,Dorota,Koordynatorka,foster_care_coordinator,1\n");
        ws.load(DataSet::Families, test::familiesCsv(21));
        ws.load(DataSet::Families, "id,name,municipality,category,opened_on,closed_on\n"
                                   "30,Zamknięci,Testowo,struggling,2020-01-01,2024-03-01\n");
        ws.load(DataSet::FosterFamilies, "id,name,kind,municipality,opened_on,closed_on\n"
                                         "1,Zastępczy,non_professional,Testowo,2019-01-01,\n");
        ws.load(DataSet::Assignments, test::assignmentsCsv(kFullAssistant, 1, 20));
        ws.load(DataSet::Assignments, "worker_id,case_kind,case_id,from,to\n"
                                      "2,family,21,2021-01-01,2022-05-10\n"
                                      "4,foster_family,1,2020-01-01,\n");
    }
    void TearDown() override { QLocale::setDefault(m_previous); }

    Member child(const QDate& birth)
    {
        Member m;
        m.familyId = 21;
        m.firstName = QStringLiteral("Zuzanna");
        m.lastName = QStringLiteral("Testowa");
        m.pesel = Pesel::compose(birth, 512, Sex::Female);
        m.relation = Relation::Child;
        return m;
    }

    test::TestWorkspace ws;
    CaseloadService caseloads{ws.session(ws.manager())};

private:
    QLocale m_previous;
};

// The message names `day` as a Polish reader writes it, and never in ISO.
::testing::AssertionResult namesDayInPolish(const QString& message, const QDate& day)
{
    const QString polish = day.toString(QStringLiteral("dd.MM.yyyy"));
    if (message.contains(polish) && !message.contains(day.toString(Qt::ISODate)))
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << "expected " << polish.toStdString() << " in \"" << message.toStdString() << '"';
}

template <typename R> QString refusalOf(const R& result)
{
    EXPECT_FALSE(result.ok()) << "accepted where a refusal was expected";
    return result.ok() ? QString() : result.error().message;
}
} // namespace

TEST_F(MessageDatesTest, TheLimitVerdictNamesTheDayInPolish)
{
    const QDate from(2024, 6, 3);
    auto preview = caseloads.preview(kFullAssistant, 21, from);
    ASSERT_TRUE(preview.ok()) << preview.error().message.toStdString();
    EXPECT_FALSE(preview->verdict.allowed);
    EXPECT_TRUE(namesDayInPolish(preview->verdict.message, from));
}

TEST_F(MessageDatesTest, AssignmentRefusalsNameTheDayInPolish)
{
    const QString closed =
        refusalOf(caseloads.assign({kOtherAssistant, kClosedFamily, QDate(2024, 6, 3), {}}));
    EXPECT_TRUE(namesDayInPolish(closed, QDate(2024, 3, 1)));

    const QString notHers = refusalOf(caseloads.release(kOtherAssistant, 21, QDate(2024, 6, 1)));
    EXPECT_TRUE(namesDayInPolish(notHers, QDate(2024, 5, 31)));

    const CaseloadRule rule{0, Role::FamilyAssistant, 18, false, QDate(2024, 9, 1)};
    ASSERT_TRUE(caseloads.addRule(rule).ok());
    EXPECT_TRUE(namesDayInPolish(refusalOf(caseloads.addRule(rule)), rule.validFrom));
}

TEST_F(MessageDatesTest, FamilyAndTeamRefusalsNameTheDayInPolish)
{
    FamilyService families(ws.session(ws.manager()));
    const QString closed = refusalOf(
        families.close(kClosedFamily, QDate(2024, 6, 3), QStringLiteral("Cele osiągnięte")));
    EXPECT_TRUE(namesDayInPolish(closed, QDate(2024, 3, 1)));

    const QString notOpen =
        refusalOf(TeamService(ws.session(ws.manager()))
                      .addCoordinator(kClosedFamily, kCoordinator, QDate(2024, 6, 3)));
    EXPECT_TRUE(namesDayInPolish(notOpen, QDate(2024, 6, 3)));
}

TEST_F(MessageDatesTest, PlanContactAndMemberRefusalsNameTheDayInPolish)
{
    WorkPlanService plans(ws.session(ws.manager()));
    auto id = plans.createDraft(21, QDate(2024, 1, 10));
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    WorkPlan p = *plans.plan(*id);
    PlanAction a;
    a.description = QStringLiteral("Kontakt ze szkołą");
    a.responsibleKind = Responsible::FamilyMember;
    a.responsible = QStringLiteral("matka");
    a.deadline = QDate(2024, 3, 1);
    a.expectedEffect = QStringLiteral("poprawa");
    p.goals = {PlanGoal{0, QStringLiteral("Regularna nauka"), {a}}};
    ASSERT_TRUE(plans.saveDraft(p).ok());
    const QString early = refusalOf(plans.agree(*id, QDate(2024, 1, 5), true, true));
    EXPECT_TRUE(namesDayInPolish(early, QDate(2024, 1, 10)));

    Contact c;
    c.familyId = 21;
    c.workerId = kFullAssistant;
    c.date = QDate(2024, 5, 10);
    c.nextStep = QStringLiteral("Wizyta w szkole");
    c.nextStepDue = QDate(2024, 5, 2);
    const QString due = refusalOf(ContactService(ws.session(ws.manager())).log(c));
    EXPECT_TRUE(namesDayInPolish(due, QDate(2024, 5, 2)));

    Member m = child(QDate(2015, 4, 1));
    m.birthDate = QDate(2015, 4, 2);
    const QString contradiction = refusalOf(MemberService(ws.session(ws.manager())).add(m));
    EXPECT_TRUE(namesDayInPolish(contradiction, QDate(2015, 4, 2)));
    EXPECT_TRUE(namesDayInPolish(contradiction, QDate(2015, 4, 1)));
}

TEST_F(MessageDatesTest, PlacementRefusalsNameTheDayInPolish)
{
    auto childId = MemberService(ws.session(ws.manager())).add(child(QDate(2015, 4, 1)));
    ASSERT_TRUE(childId.ok()) << childId.error().message.toStdString();
    PlacementService placementService(ws.session(ws.manager()));
    Placement p;
    p.childMemberId = *childId;
    p.fosterFamilyId = 1;
    p.from = QDate(2024, 1, 10);
    p.basis = PlacementBasis::CourtOrder;
    p.courtOrder = QStringLiteral("III Nsm 123/24");
    p.courtOrderDate = QDate(2024, 1, 8);
    auto placed = placementService.place(p);
    ASSERT_TRUE(placed.ok()) << placed.error().message.toStdString();

    const QString early = refusalOf(
        placementService.endPlacement(*placed, QDate(2024, 1, 5), PlacementEnd::ReturnHome));
    EXPECT_TRUE(namesDayInPolish(early, QDate(2024, 1, 10)));

    Placement second = p;
    second.from = QDate(2024, 2, 1);
    const QString twice = refusalOf(placementService.place(second));
    EXPECT_TRUE(namesDayInPolish(twice, QDate(2024, 1, 10)));
}

// The import's refusals are read in the import window and on the command line: a row's dates and
// the day the limits were checked as the language writes them (the file itself keeps ISO).
TEST_F(MessageDatesTest, ImportRefusalsNameTheDayInPolish)
{
    ImportService imports(ws.session(ws.manager()));
    const QDate today(2024, 6, 3);
    auto import = [&](DataSet set, const QByteArray& csv, bool strict = false) {
        return refusalOf(imports.importBytes(set, csv, QStringLiteral("in.csv"), strict, today));
    };
    const QString closed =
        import(DataSet::Families, "id,name,municipality,category,opened_on,closed_on\n"
                                  "40,Nowi,Testowo,struggling,2024-03-01,2024-02-01\n");
    EXPECT_TRUE(namesDayInPolish(closed, QDate(2024, 3, 1)));
    EXPECT_TRUE(namesDayInPolish(closed, QDate(2024, 2, 1)));

    const QString ended = import(DataSet::Assignments, "worker_id,case_kind,case_id,from,to\n"
                                                       "2,family,21,2024-05-10,2024-05-01\n");
    EXPECT_TRUE(namesDayInPolish(ended, QDate(2024, 5, 10)));
    EXPECT_TRUE(namesDayInPolish(ended, QDate(2024, 5, 1)));

    const QString future = import(DataSet::Visits, "family_id,worker_id,date,kind,notes\n"
                                                   "21,2,2024-06-10,home_visit,\n");
    EXPECT_TRUE(namesDayInPolish(future, QDate(2024, 6, 10)));

    // Another family for the full assistant: with --strict nothing is imported, naming the day.
    const QString strict =
        import(DataSet::Assignments,
               "worker_id,case_kind,case_id,from,to\n1,family,21,2024-01-02,\n", true);
    EXPECT_TRUE(namesDayInPolish(strict, today));
}

// "Someone else changed this record by 'szefowa' at ...": the window shows when, as it writes days.
TEST_F(MessageDatesTest, TheLastChangeOfARecordIsDatedInPolish)
{
    FamilyService families(ws.session(ws.manager()));
    auto opened = families.family(21);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Family theirs = *opened;
    theirs.address = QStringLiteral("ul. Lipowa 1");
    ASSERT_TRUE(families.update(theirs).ok());
    const QDate changedOn = QDate::currentDate();

    Family mine = *opened;
    mine.name = QStringLiteral("Rodzina Zmieniona");
    const Status stale = families.update(mine);
    ASSERT_FALSE(stale.ok());
    EXPECT_TRUE(namesDayInPolish(stale.error().message, changedOn));
}

// Ending a worker's employment is refused in the Workers window naming the days as the window
// writes them (06.12.2026), like every other refusal, not "6 grudnia 2026".
TEST_F(MessageDatesTest, EmploymentRefusalsNameTheDayInPolish)
{
    WorkerService workers(ws.session(ws.manager()));
    Worker w;
    w.firstName = QStringLiteral("Ewa");
    w.lastName = QStringLiteral("Przykładowa");
    w.role = Role::SocialWorker;
    w.fte = 1.0;
    w.activeFrom = QDate(2024, 3, 4);
    auto added = workers.add(w);
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
    EXPECT_TRUE(namesDayInPolish(refusalOf(workers.setEmploymentEnd(added->id, QDate(2024, 3, 1))),
                                 QDate(2024, 3, 4)));

    Worker ends = *added;
    ends.activeTo = QDate(2024, 2, 1);
    const Status invalid = WorkerService::validate(ends);
    ASSERT_FALSE(invalid.ok());
    EXPECT_TRUE(namesDayInPolish(invalid.error().message, QDate(2024, 3, 4)));

    const QDate leaves(2030, 1, 7);
    EXPECT_TRUE(
        namesDayInPolish(refusalOf(workers.setEmploymentEnd(kFullAssistant, leaves)), leaves));
}
