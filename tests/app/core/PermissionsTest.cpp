// Permissions by role (issue 7): who reads and changes which case, and what each refusal says.
// A small centre: two units of social workers, an assistant, a coordinator, a worker without a
// unit, a manager and the administrator.
#include "AssistantDeskService.h"
#include "AuditRepository.h"
#include "CaseAccess.h"
#include "CaseloadService.h"
#include "ChildCareQuery.h"
#include "ChildCareService.h"
#include "ChronologyService.h"
#include "ContactRepository.h"
#include "ContactService.h"
#include "DirectoryService.h"
#include "ExportService.h"
#include "FamilyService.h"
#include "FosterRegisterService.h"
#include "ImportService.h"
#include "MemberService.h"
#include "PlacementService.h"
#include "ReportService.h"
#include "Session.h"
#include "SocialWorkerDeskService.h"
#include "TestWorkspace.h"
#include "WorkPlanService.h"

#include <QBuffer>
#include <QSet>
#include <gtest/gtest.h>

using namespace opieka;

namespace {

class PermissionsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ws.loadWorkers({{1, "Anna", "Pierwsza", Role::SocialWorker, 1, "Zespół 1"},
                        {2, "Bogdan", "Drugi", Role::SocialWorker, 1, "Zespół 1"},
                        {3, "Cezary", "Trzeci", Role::SocialWorker, 1, "Zespół 2"},
                        {4, "Dorota", "Czwarta", Role::FamilyAssistant, 1, "Zespół 1"},
                        {5, "Ewa", "Piąta", Role::FosterCareCoordinator},
                        {6, "Filip", "Szósty", Role::SocialWorker}});
        ws.load(DataSet::Families, test::familiesCsv(7));
        ws.load(DataSet::FosterFamilies, "id,name,kind,municipality,opened_on,closed_on\n"
                                         "1,Zastępcza Jeden,kinship,Testowo,2020-01-01,\n"
                                         "2,Zastępcza Dwa,kinship,Testowo,2020-01-01,\n");
        // Family 5 has no worker: only its child placed with Ewa's foster family links it to
        // anyone. Family 7 has nobody at all.
        ws.load(DataSet::Assignments, "worker_id,case_kind,case_id,from,to\n"
                                      "1,family,1,2021-01-01,\n"
                                      "2,family,2,2021-01-01,\n"
                                      "3,family,3,2021-01-01,\n"
                                      "4,family,4,2021-01-01,\n"
                                      "6,family,6,2021-01-01,\n"
                                      "5,foster_family,1,2021-01-01,\n");
        Member child;
        child.familyId = 5;
        child.firstName = QStringLiteral("Dziecko");
        child.lastName = QStringLiteral("Testowe");
        child.birthDate = QDate(2015, 3, 1);
        child.sex = Sex::Female; // no PESEL: the sex is chosen (issue 17)
        child.relation = Relation::Child;
        auto childId = MemberService(ws.session(ws.manager())).add(child);
        ASSERT_TRUE(childId.ok()) << childId.error().message.toStdString();
        placedChild = *childId;
        Placement placement;
        placement.childMemberId = placedChild;
        placement.fosterFamilyId = 1;
        placement.from = QDate(2024, 1, 10);
        placement.courtOrder = QStringLiteral("III Nsm 1/24");
        placement.courtOrderDate = QDate(2024, 1, 8);
        auto placed = PlacementService(ws.session(ws.manager())).place(placement);
        ASSERT_TRUE(placed.ok()) << placed.error().message.toStdString();

        anna = account(QStringLiteral("anna"), Role::SocialWorker, 1);
        bogdan = account(QStringLiteral("bogdan"), Role::SocialWorker, 2);
        cezary = account(QStringLiteral("cezary"), Role::SocialWorker, 3);
        dorota = account(QStringLiteral("dorota"), Role::FamilyAssistant, 4);
        ewa = account(QStringLiteral("ewa"), Role::FosterCareCoordinator, 5);
        filip = account(QStringLiteral("filip"), Role::SocialWorker, 6);
        unlinked = account(QStringLiteral("bez-etatu"), Role::SocialWorker, std::nullopt);
    }

    User account(const QString& login, Role role, std::optional<qint64> workerId)
    {
        User user = ws.addUser(login, role);
        user.workerId = workerId;
        return user;
    }

    QSet<qint64> listed(const User& actor)
    {
        FamilyQuery query;
        query.limit = 100;
        auto families = DirectoryService(ws.session(actor)).families(query);
        EXPECT_TRUE(families.ok());
        QSet<qint64> ids;
        for (const Family& f : *families)
            ids << f.id;
        auto count = DirectoryService(ws.session(actor)).familyCount(query);
        EXPECT_EQ(*count, ids.size()) << "the count matches the list";
        return ids;
    }

    bool reads(const User& actor, qint64 familyId)
    {
        return static_cast<bool>(CaseAccess(ws.database()).mayReadFamily(actor, familyId));
    }

    Contact visit(qint64 familyId)
    {
        Contact c;
        c.familyId = familyId;
        c.workerId = 1;
        c.date = QDate(2024, 6, 1);
        c.kind = ContactKind::HomeVisit;
        c.notes = QStringLiteral("Wizyta kontrolna.");
        return c;
    }

    int contactsOf(qint64 familyId)
    {
        auto contacts = ContactRepository(ws.database()).forFamily(familyId);
        return contacts ? static_cast<int>(contacts->size()) : -1;
    }

    test::TestWorkspace ws;
    qint64 placedChild = 0;
    User anna, bogdan, cezary, dorota, ewa, filip, unlinked;
};

TEST_F(PermissionsTest, ASocialWorkerReachesHerCasesAndHerUnitsOnly)
{
    EXPECT_TRUE(reads(anna, 1)) << "her own case";
    EXPECT_TRUE(reads(anna, 2)) << "a colleague's of Zespół 1";
    EXPECT_TRUE(reads(anna, 4)) << "the unit's assistant's case";
    EXPECT_FALSE(reads(anna, 3)) << "Zespół 2";
    EXPECT_FALSE(reads(anna, 5));
    EXPECT_FALSE(reads(anna, 6));
    EXPECT_FALSE(reads(anna, 7));
    EXPECT_EQ(listed(anna), (QSet<qint64>{1, 2, 4}));
    // A worker without a unit reaches only her own case.
    EXPECT_EQ(listed(filip), (QSet<qint64>{6}));
    EXPECT_EQ(listed(cezary), (QSet<qint64>{3}));
    // Before the assignments began (2021), nobody's case was hers.
    EXPECT_FALSE(CaseAccess(ws.database()).mayReadFamily(anna, 1, QDate(2020, 6, 1)));
}

TEST_F(PermissionsTest, AChangeOutsideTheReachIsRefusedWithTheReasonAndWritesNothing)
{
    ContactService contacts(ws.session(cezary));
    auto refused = contacts.log(visit(1), QDate(2024, 6, 2));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Refused);
    const QString message = refused.error().message;
    EXPECT_TRUE(message.contains(QStringLiteral("'cezary'"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("family 1"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("A manager can assign it")))
        << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("Rodzina"))) << "no family name in a refusal";
    EXPECT_EQ(contactsOf(1), 0);

    EXPECT_TRUE(ContactService(ws.session(anna)).log(visit(1), QDate(2024, 6, 2)).ok());
    EXPECT_TRUE(ContactService(ws.session(bogdan)).log(visit(1), QDate(2024, 6, 2)).ok())
        << "same unit";
    EXPECT_EQ(contactsOf(1), 2);

    FamilyService families(ws.session(cezary));
    EXPECT_FALSE(families.changeCategory(1, NeedCategory::AtRisk, QDate(2024, 6, 1)));
    EXPECT_FALSE(families.close(1, QDate(2024, 6, 1), QStringLiteral("koniec")));
    EXPECT_FALSE(families.startBlueCard(1, QDate(2024, 6, 1)));
    Member member;
    member.familyId = 1;
    member.firstName = QStringLiteral("Jan");
    member.lastName = QStringLiteral("Testowy");
    member.sex = Sex::Male;
    member.relation = Relation::Parent;
    EXPECT_FALSE(MemberService(ws.session(cezary)).add(member).ok());
    EXPECT_FALSE(MemberService(ws.session(cezary)).remove(placedChild));
    EXPECT_FALSE(WorkPlanService(ws.session(cezary)).createDraft(1, QDate(2024, 6, 1)).ok());
    auto family = FamilyService(ws.session(ws.manager())).family(1);
    ASSERT_TRUE(family.ok());
    EXPECT_EQ(family->category, NeedCategory::Struggling) << "nothing changed";
    EXPECT_FALSE(family->closedOn.has_value());
}

TEST_F(PermissionsTest, EveryReadOfACaseAsksTheSameRule)
{
    ASSERT_TRUE(ContactService(ws.session(anna)).log(visit(1), QDate(2024, 6, 2)).ok());
    auto planId = WorkPlanService(ws.session(anna)).createDraft(1, QDate(2024, 6, 1));
    ASSERT_TRUE(planId.ok()) << planId.error().message.toStdString();

    EXPECT_FALSE(FamilyService(ws.session(cezary)).family(1).ok());
    EXPECT_FALSE(FamilyService(ws.session(cezary)).categoryHistory(1).ok());
    EXPECT_FALSE(FamilyService(ws.session(cezary)).blueCards(1).ok());
    EXPECT_FALSE(MemberService(ws.session(cezary)).members(1).ok());
    EXPECT_FALSE(ContactService(ws.session(cezary)).contacts(1).ok());
    EXPECT_FALSE(ChronologyService(ws.session(cezary)).forFamily(1).ok());
    EXPECT_FALSE(ChronologyService(ws.session(cezary)).printableHtml(1, isoDates()).ok());
    EXPECT_FALSE(WorkPlanService(ws.session(cezary)).plan(*planId).ok());
    EXPECT_FALSE(WorkPlanService(ws.session(cezary)).versions(1).ok());
    EXPECT_FALSE(WorkPlanService(ws.session(cezary)).printableHtml(*planId, isoDates()).ok());
    EXPECT_FALSE(DirectoryService(ws.session(cezary)).family(1).ok());

    auto contacts = ContactService(ws.session(anna)).contacts(1);
    ASSERT_TRUE(contacts.ok());
    EXPECT_EQ(contacts->size(), 1);
    EXPECT_TRUE(ChronologyService(ws.session(bogdan)).forFamily(1).ok());
    EXPECT_TRUE(WorkPlanService(ws.session(dorota)).plan(*planId).ok()) << "unit's assistant";
}

TEST_F(PermissionsTest, ACoordinatorReachesHerFosterFamiliesAndThePlacedChildrensFamilies)
{
    CaseAccess access(ws.database());
    EXPECT_TRUE(access.mayReadFosterFamily(ewa, 1));
    EXPECT_FALSE(access.mayReadFosterFamily(ewa, 2));
    EXPECT_FALSE(access.mayReadFosterFamily(anna, 1)) << "a social worker has no foster family";
    EXPECT_TRUE(reads(ewa, 5)) << "the placed child's family";
    EXPECT_FALSE(reads(ewa, 1));
    EXPECT_EQ(listed(ewa), (QSet<qint64>{5}));

    auto fosterFamilies = FosterRegisterService(ws.session(ewa)).fosterFamilies();
    ASSERT_TRUE(fosterFamilies.ok());
    ASSERT_EQ(fosterFamilies->size(), 1);
    EXPECT_EQ(fosterFamilies->first().family.id, 1);
    EXPECT_TRUE(FosterRegisterService(ws.session(anna)).fosterFamilies()->isEmpty());
    EXPECT_EQ(FosterRegisterService(ws.session(ws.manager())).fosterFamilies()->size(), 2);

    ChildReview review;
    review.childMemberId = placedChild;
    review.reviewedOn = QDate(2024, 6, 1);
    review.team = {QStringLiteral("koordynator")};
    review.findings = QStringLiteral("Dziecko czuje się dobrze.");
    review.decision = ReviewDecision::Continue;
    EXPECT_TRUE(ChildCareService(ws.session(ewa)).recordReview(review, QDate(2024, 6, 2)).ok());
    EXPECT_FALSE(ChildCareService(ws.session(anna)).recordReview(review, QDate(2024, 6, 2)).ok());
    FosterFamily other;
    other.id = 2;
    other.name = QStringLiteral("Zastępcza Dwa");
    other.municipality = QStringLiteral("Testowo");
    other.openedOn = QDate(2020, 1, 1);
    EXPECT_FALSE(FosterRegisterService(ws.session(ewa)).updateFamily(other))
        << "not her foster family";

    // The foster-care reads ask the same rules: the foster family's, or the child's family's.
    EXPECT_TRUE(ChildCareService(ws.session(ewa)).reviews(placedChild).ok());
    EXPECT_FALSE(ChildCareService(ws.session(anna)).reviews(placedChild).ok());
    EXPECT_FALSE(ChildCareService(ws.session(cezary)).helpPlan(placedChild).ok());
    EXPECT_FALSE(ChildCareService(ws.session(anna)).deadlines(placedChild).ok());
    EXPECT_TRUE(ChildCareService(ws.session(ewa)).deadlines(placedChild).ok());
    EXPECT_FALSE(PlacementService(ws.session(anna)).placementsOfChild(placedChild).ok());
    EXPECT_TRUE(PlacementService(ws.session(ewa)).placementsIn(1).ok());
    EXPECT_FALSE(PlacementService(ws.session(anna)).placementsIn(1).ok());
    EXPECT_FALSE(FosterRegisterService(ws.session(ewa)).familyStatus(2).ok());
}

TEST_F(PermissionsTest, TheCasesBehindAReportsFigureAreListedForManagersOnly)
{
    EXPECT_FALSE(CaseloadService(ws.session(ws.admin())).casesBehind(QDate(2024, 6, 1), {1}).ok());
    EXPECT_FALSE(CaseloadService(ws.session(anna)).casesBehind(QDate(2024, 6, 1), {1}).ok());
    auto listed = CaseloadService(ws.session(ws.manager())).casesBehind(QDate(2024, 6, 1), {1});
    ASSERT_TRUE(listed.ok());
    EXPECT_EQ(listed->size(), 1);
}

// Every worker's figures are a report (issue 20): the services refuse them to a worker whatever
// screen or command asks, not only the screens that hide them.
TEST_F(PermissionsTest, TheCentresFiguresAreReadByManagersAndAdministratorsOnly)
{
    const QDate day(2024, 6, 1);
    for (const User& worker : {anna, dorota, ewa}) {
        auto report = CaseloadService(ws.session(worker)).report(day);
        ASSERT_FALSE(report.ok()) << worker.login.toStdString();
        EXPECT_EQ(report.error().kind, ErrorKind::Refused);
        EXPECT_FALSE(ReportService(ws.session(worker)).statistics(day).ok())
            << worker.login.toStdString();
    }
    for (const User& reader : {ws.manager(), ws.admin()}) {
        auto report = CaseloadService(ws.session(reader)).report(day);
        ASSERT_TRUE(report.ok()) << reader.login.toStdString();
        EXPECT_FALSE(report->rows.isEmpty());
        EXPECT_TRUE(ReportService(ws.session(reader)).statistics(day).ok())
            << reader.login.toStdString();
    }
}

// What an assignment would do and who has room are the assigning manager's questions.
TEST_F(PermissionsTest, TheAssignmentPreviewAndWhoHasRoomAreForWhoAssigns)
{
    const QDate day(2024, 6, 1);
    CaseloadService byWorker(ws.session(anna));
    EXPECT_FALSE(byWorker.preview(4, 7, day).ok());
    EXPECT_FALSE(byWorker.withRoom(Role::FamilyAssistant, day).ok());
    CaseloadService byManager(ws.session(ws.manager()));
    EXPECT_TRUE(byManager.preview(4, 7, day).ok());
    auto room = byManager.withRoom(Role::FamilyAssistant, day);
    ASSERT_TRUE(room.ok());
    ASSERT_EQ(room->size(), 1);
    EXPECT_EQ(room->first().worker.id, 4);
}

// The child-care look-ups (adoption reporting, leaving care, foster assessments) follow the rule
// of the case, as every other read does.
TEST_F(PermissionsTest, TheChildCareLookUpsAskTheRuleOfTheCase)
{
    EXPECT_TRUE(ChildCareQuery(ws.session(ewa)).status(placedChild).ok());
    EXPECT_TRUE(ChildCareQuery(ws.session(ewa)).fosterAssessments(1).ok());
    auto child = ChildCareQuery(ws.session(anna)).status(placedChild);
    ASSERT_FALSE(child.ok());
    EXPECT_EQ(child.error().kind, ErrorKind::Refused);
    EXPECT_FALSE(ChildCareQuery(ws.session(anna)).fosterAssessments(1).ok());
    EXPECT_FALSE(ChildCareQuery(ws.session(ewa)).fosterAssessments(2).ok());
    EXPECT_TRUE(ChildCareQuery(ws.session(ws.manager())).status(placedChild).ok());
}

// A refusal for a child out of reach says only that: not whether the child's legal situation is
// settled (which the adoption rule's own refusal would tell).
TEST_F(PermissionsTest, AnAdoptionReportOutOfReachTellsNothingOfTheChild)
{
    const Status outOfReach = CaseAccess(ws.database()).mayChangeMember(anna, placedChild);
    ASSERT_FALSE(outOfReach.ok());
    const Status refused =
        PlacementService(ws.session(anna))
            .reportForAdoption(placedChild, QDate(2024, 6, 1), QStringLiteral("Ośrodek adopcyjny"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message.toStdString(), outOfReach.error().message.toStdString());
}

// The window and the command line ask the session what to offer; it answers as the rules do.
TEST_F(PermissionsTest, TheSessionAnswersAsTheRules)
{
    const Session asAnna(ws.database(), anna);
    const Session asManager(ws.database(), ws.manager());
    const Session asAdmin(ws.database(), ws.admin());
    EXPECT_FALSE(asAnna.may(Capability::ReadReports).ok());
    EXPECT_TRUE(asManager.may(Capability::ReadReports).ok());
    EXPECT_TRUE(asAdmin.may(Capability::ReadReports).ok());
    EXPECT_FALSE(asAdmin.may(Capability::ReadDeadlines).ok());
    EXPECT_TRUE(asAdmin.may(Capability::ManageUsers).ok());
    EXPECT_FALSE(asManager.may(Capability::ManageUsers).ok());
    EXPECT_TRUE(asAnna.hasDesk(Role::SocialWorker));
    EXPECT_FALSE(asAnna.hasDesk(Role::FamilyAssistant));
    EXPECT_TRUE(asManager.hasDesk(Role::FosterCareCoordinator));
    EXPECT_FALSE(asAdmin.hasDesk(Role::SocialWorker));
    EXPECT_FALSE(Session(ws.database(), unlinked).hasDesk(Role::SocialWorker));
    EXPECT_TRUE(asAnna.mayViewWorkerDesk(1).ok());
    EXPECT_FALSE(asAnna.mayViewWorkerDesk(2).ok());
}

TEST_F(PermissionsTest, AManagerReadsAndChangesEveryCaseAndHerOpeningsAreAudited)
{
    const User& manager = ws.manager();
    for (qint64 id = 1; id <= 7; ++id)
        EXPECT_TRUE(reads(manager, id)) << id;
    EXPECT_EQ(listed(manager).size(), 7);
    EXPECT_TRUE(ContactService(ws.session(manager)).log(visit(3), QDate(2024, 6, 2)).ok());
    FamilyService families(ws.session(manager));
    auto opened = families.open(3);
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(opened->id, 3);
    EXPECT_FALSE(FamilyService(ws.session(cezary)).open(1).ok()) << "open checks before it reads";
}

TEST_F(PermissionsTest, TheAdministratorManagesTheSystemButReadsNoCase)
{
    const User& admin = ws.admin();
    EXPECT_TRUE(listed(admin).isEmpty());
    auto refused = FamilyService(ws.session(admin)).family(1);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Administrators")))
        << refused.error().message.toStdString();
    EXPECT_FALSE(ContactService(ws.session(admin)).log(visit(1), QDate(2024, 6, 2)).ok());
    EXPECT_FALSE(ReportService(ws.session(admin)).deadlines(QDate(2024, 6, 1)).ok());
    EXPECT_TRUE(ReportService(ws.session(ws.manager())).deadlines(QDate(2024, 6, 1)).ok());

    QBuffer out;
    out.open(QIODevice::WriteOnly);
    EXPECT_FALSE(ExportService(ws.session(admin)).exportCsv(DataSet::Visits, out).ok());
    EXPECT_FALSE(ExportService(ws.session(admin)).exportCsv(DataSet::Families, out).ok());
    EXPECT_TRUE(ExportService(ws.session(admin)).exportCsv(DataSet::Workers, out).ok());
    EXPECT_FALSE(ExportService(ws.session(anna)).exportCsv(DataSet::Workers, out).ok());
    EXPECT_TRUE(ExportService(ws.session(ws.manager())).exportCsv(DataSet::Visits, out).ok());

    // Setting up stays the administrator's: imports and caseload rules.
    EXPECT_TRUE(ImportService(ws.session(admin))
                    .importBytes(DataSet::Families, test::familiesCsv(1, 50),
                                 QStringLiteral("more.csv"), false, QDate(2024, 6, 1))
                    .ok());
    EXPECT_FALSE(ImportService(ws.session(anna))
                     .importBytes(DataSet::Families, test::familiesCsv(1, 60),
                                  QStringLiteral("more.csv"), false, QDate(2024, 6, 1))
                     .ok());
}

// Issue 18, defect 6: an import's errors must not tell an account that reaches no case whether
// a PESEL is on file (nor in which family): members and placements carry the people of the cases,
// so only an account that reaches every case imports them; the refused attempt is audited.
TEST_F(PermissionsTest, AnAccountThatReachesNoCaseCannotProbeAPeselThroughAnImport)
{
    const QString onFile = QStringLiteral("65123100169");
    const QString notOnFile = QStringLiteral("02070803628");
    auto members = [](const QString& pesel) {
        return QStringLiteral("family_id,pesel,first_name,last_name,birth_date,sex,relation\n"
                              "1,%1,Ewa,Próbna,,,parent\n")
            .arg(pesel)
            .toUtf8();
    };
    auto placements = [](const QString& pesel) {
        return QStringLiteral("child_pesel,foster_family_id,from,to,court_order,end_reason\n"
                              "%1,2,2024-02-01,,III Nsm 2/24,\n")
            .arg(pesel)
            .toUtf8();
    };
    const QByteArray kept = QStringLiteral("family_id,pesel,first_name,last_name,birth_date,sex,"
                                           "relation\n3,%1,Ewa,Próbna,,,parent\n")
                                .arg(onFile)
                                .toUtf8();
    auto stored = ImportService(ws.session(ws.manager()))
                      .importBytes(DataSet::Members, kept, QStringLiteral("kept.csv"), false,
                                   QDate(2024, 6, 1));
    ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();

    const User& admin = ws.admin();
    for (const DataSet set : {DataSet::Members, DataSet::Placements}) {
        auto csv = [&](const QString& pesel) {
            return set == DataSet::Members ? members(pesel) : placements(pesel);
        };
        auto known = ImportService(ws.session(admin))
                         .importBytes(set, csv(onFile), QStringLiteral("probe.csv"), false,
                                      QDate(2024, 6, 1));
        auto unknown = ImportService(ws.session(admin))
                           .importBytes(set, csv(notOnFile), QStringLiteral("probe.csv"), false,
                                        QDate(2024, 6, 1));
        ASSERT_FALSE(known.ok()) << dataSetName(set).toStdString();
        ASSERT_FALSE(unknown.ok()) << dataSetName(set).toStdString()
                                   << ": a PESEL not on file was imported by the administrator";
        EXPECT_EQ(known.error().kind, ErrorKind::Refused);
        EXPECT_EQ(known.error().message, unknown.error().message)
            << "the answer differs with the PESEL: " << known.error().message.toStdString();
        EXPECT_FALSE(known.error().message.contains(QStringLiteral("family 3")))
            << known.error().message.toStdString();
        EXPECT_FALSE(known.error().message.contains(onFile));
    }
    auto trail = AuditRepository(ws.database()).byUser(admin.login);
    ASSERT_TRUE(trail.ok());
    int attempts = 0;
    for (const AuditEntry& e : *trail)
        if (e.action == QStringLiteral("import.refused")) {
            ++attempts;
            EXPECT_FALSE(e.newValues.contains(onFile)) << "the audit keeps no PESEL of the file";
        }
    EXPECT_EQ(attempts, 4) << "every refused attempt is audited";

    // A manager reaches every case: she imports them, and is told which family holds a PESEL.
    auto clash = ImportService(ws.session(ws.manager()))
                     .importBytes(DataSet::Members, members(onFile), QStringLiteral("again.csv"),
                                  false, QDate(2024, 6, 1));
    ASSERT_FALSE(clash.ok());
    EXPECT_TRUE(clash.error().message.contains(QStringLiteral("family 3")))
        << clash.error().message.toStdString();
}

TEST_F(PermissionsTest, AssignmentsAndOverridesAreAManagersAct)
{
    AssignRequest request;
    request.workerId = 1;
    request.caseId = 7;
    request.from = QDate(2024, 6, 1);
    auto byWorker = CaseloadService(ws.session(anna)).assign(request);
    ASSERT_FALSE(byWorker.ok());
    EXPECT_TRUE(byWorker.error().message.contains(QStringLiteral("Only a manager")));
    EXPECT_FALSE(CaseloadService(ws.session(ws.admin())).assign(request).ok());
    EXPECT_FALSE(reads(anna, 7));
    ASSERT_TRUE(CaseloadService(ws.session(ws.manager())).assign(request).ok());
    EXPECT_TRUE(reads(anna, 7)) << "assigned: now her case";
    EXPECT_FALSE(CaseloadService(ws.session(anna)).release(1, 7, QDate(2024, 7, 1)));
}

TEST_F(PermissionsTest, WhoOpensCasesAndRegistersFosterFamilies)
{
    Family family;
    family.name = QStringLiteral("Rodzina Nowa");
    family.municipality = QStringLiteral("Testowo");
    family.openedOn = QDate(2024, 6, 1);
    EXPECT_TRUE(FamilyService(ws.session(anna)).create(family).ok());
    EXPECT_FALSE(FamilyService(ws.session(dorota)).create(family).ok());
    EXPECT_FALSE(FamilyService(ws.session(ws.admin())).create(family).ok());

    FosterFamily foster;
    foster.name = QStringLiteral("Zastępcza Trzy");
    foster.municipality = QStringLiteral("Testowo");
    foster.openedOn = QDate(2024, 6, 1);
    EXPECT_TRUE(FosterRegisterService(ws.session(ewa)).registerFamily(foster).ok());
    EXPECT_FALSE(FosterRegisterService(ws.session(anna)).registerFamily(foster).ok());
}

TEST_F(PermissionsTest, AWorkersDeskIsHersOrAManagers)
{
    EXPECT_TRUE(SocialWorkerDeskService(ws.session(anna)).forWorker(1).ok());
    auto other = SocialWorkerDeskService(ws.session(anna)).forWorker(2);
    ASSERT_FALSE(other.ok());
    EXPECT_EQ(other.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(SocialWorkerDeskService(ws.session(ws.manager())).forWorker(2).ok());
    EXPECT_TRUE(AssistantDeskService(ws.session(dorota)).forWorker(4).ok());
    EXPECT_FALSE(AssistantDeskService(ws.session(anna)).forWorker(4).ok());
}

TEST_F(PermissionsTest, AnAccountWithoutAWorkerOrADisabledOneReachesNothing)
{
    auto refused = FamilyService(ws.session(unlinked)).family(1);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("not linked to a worker")))
        << refused.error().message.toStdString();
    EXPECT_TRUE(listed(unlinked).isEmpty());

    User disabled = anna;
    disabled.active = false;
    auto closed = FamilyService(ws.session(disabled)).family(1);
    ASSERT_FALSE(closed.ok());
    EXPECT_TRUE(closed.error().message.contains(QStringLiteral("disabled")));
    EXPECT_TRUE(listed(disabled).isEmpty());
}

} // namespace
