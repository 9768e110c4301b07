#include "AuditRepository.h"
#include "CaseAccess.h"
#include "ChronologyService.h"
#include "ContactService.h"
#include "DirectoryService.h"
#include "FamilyService.h"
#include "MemberService.h"
#include "SocialWorkerDeskService.h"
#include "TeamService.h"
#include "TestWorkspace.h"

#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace opieka;
using test::kToday;

namespace {

class FamilyRecordTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ws.loadWorkers({{1, "Anna", "Socjalna", Role::SocialWorker},
                        {2, "Beata", "Asystentka", Role::FamilyAssistant},
                        {3, "Celina", "Koordynatorka", Role::FosterCareCoordinator}});
        auto id =
            families.create(family(QStringLiteral("Żółkiewski"), QStringLiteral("OPS.2023.00077")));
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
        familyId = *id;
    }

    static Family family(const QString& name, const QString& caseNumber)
    {
        Family f;
        f.name = name;
        f.municipality = QStringLiteral("Łódź");
        f.category = NeedCategory::Struggling;
        f.openedOn = QDate(2023, 1, 10);
        f.caseNumber = caseNumber;
        return f;
    }

    Member member(const QString& first, const QString& pesel = {})
    {
        Member m;
        m.familyId = familyId;
        m.firstName = first;
        m.lastName = QStringLiteral("Żółkiewska");
        m.pesel = pesel;
        if (pesel.isEmpty())
            m.sex = Sex::Female; // no PESEL: the sex is chosen (issue 17)
        m.relation = Relation::Child;
        return m;
    }

    Contact contact(const QDate& date, const QString& notes,
                    ContactKind kind = ContactKind::HomeVisit)
    {
        Contact c;
        c.familyId = familyId;
        c.workerId = 1;
        c.date = date;
        c.kind = kind;
        c.notes = notes;
        return c;
    }

    QList<qint64> search(const QString& text)
    {
        FamilyQuery q;
        q.text = text;
        auto found = DirectoryService(ws.session(ws.manager())).families(q);
        EXPECT_TRUE(found.ok());
        QList<qint64> ids;
        for (const Family& f : *found)
            ids << f.id;
        return ids;
    }

    test::TestWorkspace ws;
    FamilyService families{ws.session(ws.manager())};
    MemberService members{ws.session(ws.manager())};
    ContactService contacts{ws.session(ws.manager())};
    qint64 familyId = 0;
};
} // namespace

TEST_F(FamilyRecordTest, AGoodPeselFillsBirthDateAndSex)
{
    auto id = members.add(member(QStringLiteral("Ola"), QStringLiteral("04251500089")));
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    auto list = members.members(familyId);
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(list->first().birthDate, QDate(2004, 5, 15));
    EXPECT_EQ(list->first().sex, Sex::Female);
}

TEST_F(FamilyRecordTest, ABadOrContradictedPeselIsRefusedAndNothingStored)
{
    auto bad = members.add(member(QStringLiteral("Ola"), QStringLiteral("04251500088")));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("check digit")));

    Member wrongDate = member(QStringLiteral("Ola"), QStringLiteral("04251500089"));
    wrongDate.birthDate = QDate(2004, 5, 16);
    auto contradicted = members.add(wrongDate);
    ASSERT_FALSE(contradicted.ok());
    EXPECT_TRUE(contradicted.error().message.contains(QStringLiteral("2004-05-15")))
        << contradicted.error().message.toStdString();

    Member wrongSex = member(QStringLiteral("Ola"), QStringLiteral("04251500089"));
    wrongSex.sex = Sex::Male;
    ASSERT_FALSE(members.add(wrongSex).ok());
    EXPECT_TRUE(members.members(familyId)->isEmpty());
}

TEST_F(FamilyRecordTest, APeselBelongsToOnePerson)
{
    ASSERT_TRUE(members.add(member(QStringLiteral("Ola"), QStringLiteral("04251500089"))).ok());
    auto twice = members.add(member(QStringLiteral("Ala"), QStringLiteral("04251500089")));
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().message.contains(QStringLiteral("already recorded")));
    // Without a PESEL (a newborn, a foreigner) there is no such rule.
    ASSERT_TRUE(members.add(member(QStringLiteral("Noworodek"))).ok());
    ASSERT_TRUE(members.add(member(QStringLiteral("Gość"))).ok());
    // Editing a member keeps its own PESEL.
    auto list = members.members(familyId);
    Member ola = list->first();
    ola.firstName = QStringLiteral("Aleksandra");
    EXPECT_TRUE(members.update(ola).ok());
}

// Issue 18, defect 6: a PESEL already on file in a family the user may not read is refused
// without naming that family (its id, case number or name), as she types and when she saves; a
// manager, who reads every family, is told which.
TEST_F(FamilyRecordTest, APeselInACaseTheUserCannotReadNamesNoFamily)
{
    const Family other =
        family(QStringLiteral("Wrzosowscy-Testowi"), QStringLiteral("OPS.2023.00078"));
    auto otherId = families.create(other);
    ASSERT_TRUE(otherId.ok()) << otherId.error().message.toStdString();
    Member held = member(QStringLiteral("Ola"), QStringLiteral("04251500089"));
    held.familyId = *otherId;
    ASSERT_TRUE(members.add(held).ok());
    // Anna works with the first family only.
    ws.load(DataSet::Assignments, "worker_id,case_kind,case_id,from,to\n1,family," +
                                      QByteArray::number(familyId) + ",2023-01-10,\n");
    User anna = ws.addUser(QStringLiteral("anna"), Role::SocialWorker);
    anna.workerId = 1;
    ASSERT_TRUE(CaseAccess(ws.database()).mayChangeFamily(anna, familyId).ok());
    ASSERT_FALSE(CaseAccess(ws.database()).mayReadFamily(anna, *otherId).ok());

    const Member typed = member(QStringLiteral("Ala"), QStringLiteral("04251500089"));
    const auto namesTheOtherFamily = [&](const QString& message) {
        return message.contains(QRegularExpression(QStringLiteral("family \\d"))) ||
               message.contains(other.caseNumber) || message.contains(other.name);
    };
    for (const Error& error : {MemberService(ws.session(anna)).validate(typed).error(),
                               MemberService(ws.session(anna)).add(typed).error()}) {
        EXPECT_EQ(error.kind, ErrorKind::BadInput);
        EXPECT_FALSE(namesTheOtherFamily(error.message)) << error.message.toStdString();
        EXPECT_TRUE(error.message.contains(QStringLiteral("already registered")))
            << error.message.toStdString();
        EXPECT_TRUE(error.message.contains(QStringLiteral("manager")))
            << error.message.toStdString();
    }
    EXPECT_EQ(MemberService(ws.session(anna)).members(familyId)->size(), 0);

    Member typedByManager = typed;
    auto told = members.add(typedByManager);
    ASSERT_FALSE(told.ok());
    EXPECT_TRUE(told.error().message.contains(QStringLiteral("family %1").arg(*otherId)))
        << told.error().message.toStdString();
}

TEST_F(FamilyRecordTest, SearchForgivesDiacriticsAndFindsMembersAndPesel)
{
    ASSERT_TRUE(members.add(member(QStringLiteral("Łucja"), QStringLiteral("04251500089"))).ok());
    Family other;
    other.name = QStringLiteral("Nowak");
    other.municipality = QStringLiteral("Kraków");
    other.openedOn = QDate(2023, 1, 1);
    auto otherId = families.create(other);
    ASSERT_TRUE(otherId.ok());

    EXPECT_EQ(search(QStringLiteral("zolkiewski")), QList<qint64>{familyId});
    EXPECT_EQ(search(QStringLiteral("ZOLKIEWSKA")), QList<qint64>{familyId})
        << "a member's surname";
    EXPECT_EQ(search(QStringLiteral("lucja")), QList<qint64>{familyId}) << "a member's first name";
    EXPECT_EQ(search(QStringLiteral("lodz")), QList<qint64>{familyId}) << "the municipality";
    EXPECT_EQ(search(QStringLiteral("0425150")), QList<qint64>{familyId}) << "a PESEL prefix";
    EXPECT_EQ(search(QStringLiteral("2023.00077")), QList<qint64>{familyId}) << "the case number";
    EXPECT_EQ(search(QStringLiteral("krakow")), QList<qint64>{*otherId});
    EXPECT_TRUE(search(QStringLiteral("%")).isEmpty()) << "a wildcard is a plain character";
    EXPECT_TRUE(search(QStringLiteral("_")).isEmpty());
    EXPECT_EQ(search(QStringLiteral("lucja lodz")), QList<qint64>{familyId})
        << "every word must match";
}

TEST_F(FamilyRecordTest, CategoryHistoryClosingAndBlueCardAreKeptAndAudited)
{
    ASSERT_TRUE(families.changeCategory(familyId, NeedCategory::AtRisk, QDate(2024, 2, 1)).ok());
    auto history = families.categoryHistory(familyId);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 2);
    EXPECT_FALSE(history->at(0).from.has_value());
    EXPECT_EQ(history->at(1).from, NeedCategory::Struggling);
    EXPECT_EQ(history->at(1).to, NeedCategory::AtRisk);

    ASSERT_TRUE(families.startBlueCard(familyId, QDate(2024, 3, 1)).ok());
    EXPECT_FALSE(families.startBlueCard(familyId, QDate(2024, 3, 2)).ok()) << "one at a time";
    auto active = families.activeBlueCard(familyId);
    ASSERT_TRUE(active.ok() && active->has_value());
    EXPECT_EQ((*active)->startedOn, QDate(2024, 3, 1));
    ASSERT_TRUE(families.endBlueCard(familyId, QDate(2024, 5, 1)).ok());
    EXPECT_FALSE(families.activeBlueCard(familyId)->has_value());

    EXPECT_FALSE(families.close(familyId, QDate(2024, 6, 1), QStringLiteral("  ")).ok())
        << "a reason is required";
    ASSERT_TRUE(
        families.close(familyId, QDate(2024, 6, 1), QStringLiteral("Cel pracy osiągnięty")).ok());
    EXPECT_EQ(families.family(familyId)->closeReason, QStringLiteral("Cel pracy osiągnięty"));
    EXPECT_FALSE(families.close(familyId, QDate(2024, 7, 1), QStringLiteral("Znowu")).ok());

    auto audit = AuditRepository(ws.database())
                     .forEntity(QStringLiteral("family"), QString::number(familyId));
    ASSERT_TRUE(audit.ok());
    QStringList actions;
    for (const AuditEntry& e : *audit)
        actions << e.action;
    EXPECT_EQ(actions,
              (QStringList{QStringLiteral("family.create"), QStringLiteral("family.category"),
                           QStringLiteral("blue_card.start"), QStringLiteral("blue_card.end"),
                           QStringLiteral("family.close")}));
}

TEST_F(FamilyRecordTest, ContactsRejectFutureDatesAndMisplacedNextSteps)
{
    EXPECT_FALSE(contacts.log(contact(kToday.addDays(1), QStringLiteral("jutro")), kToday).ok());
    Contact dueWithoutStep = contact(kToday, QStringLiteral("x"));
    dueWithoutStep.nextStepDue = kToday.addDays(7);
    EXPECT_FALSE(contacts.log(dueWithoutStep, kToday).ok());
    Contact unknownWorker = contact(kToday, QStringLiteral("x"));
    unknownWorker.workerId = 99;
    EXPECT_FALSE(contacts.log(unknownWorker, kToday).ok());
    EXPECT_TRUE(contacts.contacts(familyId)->isEmpty());
}

TEST_F(FamilyRecordTest, ADraftSurvivesUntilTheContactIsSaved)
{
    Contact draft = contact(kToday, QStringLiteral("Rozmowa z matką o szkole, ciąg dalszy…"));
    draft.present = QStringLiteral("matka, syn");
    draft.time = QTime(10, 30);
    ASSERT_TRUE(contacts.saveDraft(draft).ok());
    draft.notes += QStringLiteral(" i o zdrowiu");
    ASSERT_TRUE(contacts.saveDraft(draft).ok()) << "saving again replaces the draft";

    ws.reopen(); // as after a crash or a closed program
    ContactService again(ws.session(ws.manager()));
    auto restored = again.draft(familyId);
    ASSERT_TRUE(restored.ok() && restored->has_value());
    EXPECT_EQ((*restored)->notes, draft.notes);
    EXPECT_EQ((*restored)->present, draft.present);
    EXPECT_EQ((*restored)->time, QTime(10, 30));

    ASSERT_TRUE(again.log(**restored, kToday).ok());
    EXPECT_FALSE(again.draft(familyId)->has_value()) << "the saved note's draft is gone";
}

TEST_F(FamilyRecordTest, ChronologyMergesEventsNewestFirstAndFilters)
{
    ASSERT_TRUE(
        contacts.log(contact(QDate(2024, 1, 15), QStringLiteral("Pierwsza wizyta")), kToday).ok());
    Contact kgr = contact(QDate(2024, 4, 2), QStringLiteral("Konferencja"),
                          ContactKind::FamilyGroupConference);
    kgr.nextStep = QStringLiteral("Plan rodziny");
    kgr.nextStepDue = QDate(2024, 5, 1);
    ASSERT_TRUE(contacts.log(kgr, kToday).ok());
    ASSERT_TRUE(families.changeCategory(familyId, NeedCategory::AtRisk, QDate(2024, 3, 1)).ok());
    ASSERT_TRUE(families.startBlueCard(familyId, QDate(2024, 3, 5)).ok());

    ChronologyService chronology(ws.session(ws.manager()));
    auto all = chronology.forFamily(familyId);
    ASSERT_TRUE(all.ok());
    QList<ChronologyKind> kinds;
    QList<QDate> dates;
    for (const ChronologyEntry& e : *all) {
        kinds << e.kind;
        dates << e.date;
    }
    EXPECT_EQ(kinds, (QList<ChronologyKind>{ChronologyKind::Contact, ChronologyKind::BlueCard,
                                            ChronologyKind::CategoryChange, ChronologyKind::Contact,
                                            ChronologyKind::CaseOpened}));
    EXPECT_TRUE(std::is_sorted(dates.begin(), dates.end(), std::greater<>()));
    EXPECT_TRUE(all->first().detail.contains(QStringLiteral("Plan rodziny")));

    auto onlyContacts = chronology.forFamily(familyId, {ChronologyKind::Contact});
    ASSERT_TRUE(onlyContacts.ok());
    EXPECT_EQ(onlyContacts->size(), 2);

    auto html = chronology.printableHtml(familyId, isoDates());
    ASSERT_TRUE(html.ok());
    EXPECT_TRUE(html->contains(QStringLiteral("Żółkiewski")));
    EXPECT_TRUE(html->contains(QStringLiteral("Pierwsza wizyta")));
}

TEST_F(FamilyRecordTest, TheCategorySaysWhoMustBeOnTheTeam)
{
    TeamService team(ws.session(ws.manager()));
    auto status = team.team(familyId, kToday);
    ASSERT_TRUE(status.ok());
    EXPECT_EQ(status->missingRoles, (QList<Role>{Role::SocialWorker, Role::FamilyAssistant}));
    EXPECT_EQ(*team.familiesMissingTeam(kToday), QList<qint64>{familyId});

    ws.load(
        DataSet::Assignments,
        "worker_id,case_kind,case_id,from,to\n1,family,1,2023-01-10,\n2,family,1,2023-02-01,\n");
    status = team.team(familyId, kToday);
    EXPECT_TRUE(status->missingRoles.isEmpty());
    EXPECT_EQ(status->current.size(), 2);
    EXPECT_TRUE(team.familiesMissingTeam(kToday)->isEmpty());

    ASSERT_TRUE(families.changeCategory(familyId, NeedCategory::AtRisk, QDate(2024, 5, 1)).ok());
    EXPECT_EQ(team.team(familyId, kToday)->missingRoles, QList<Role>{Role::FosterCareCoordinator});
    // A page of the families list asks the same for its rows in one query.
    auto family = DirectoryService(ws.session(ws.manager())).family(familyId);
    ASSERT_TRUE(family.ok() && family->has_value());
    EXPECT_EQ(*team.familiesMissingTeam(kToday), QList<qint64>{familyId});
    EXPECT_EQ(*team.missingTeamAmong({**family}, kToday), QSet<qint64>{familyId});
    EXPECT_FALSE(team.addCoordinator(familyId, 2, QDate(2024, 5, 2)).ok()) << "not a coordinator";
    ASSERT_TRUE(team.addCoordinator(familyId, 3, QDate(2024, 5, 2)).ok());
    status = team.team(familyId, kToday);
    EXPECT_TRUE(status->missingRoles.isEmpty());
    const auto coordinator = std::find_if(status->current.begin(), status->current.end(),
                                          [](const TeamMember& m) { return m.worker.id == 3; });
    ASSERT_NE(coordinator, status->current.end());
    EXPECT_FALSE(coordinator->countsAgainstLimit);
    EXPECT_TRUE(team.familiesMissingTeam(kToday)->isEmpty());
    EXPECT_TRUE(team.missingTeamAmong({**family}, kToday)->isEmpty());
    ASSERT_TRUE(team.endCoordinator(familyId, 3, QDate(2024, 5, 20)).ok());
    EXPECT_EQ(team.team(familyId, kToday)->past.size(), 1);
    EXPECT_EQ(*team.missingTeamAmong({**family}, kToday), QSet<qint64>{familyId})
        << "the coordinator left before the day";
    EXPECT_TRUE(team.missingTeamAmong({**family}, QDate(2024, 5, 10))->isEmpty())
        << "the coordinator was on the team that day";
}

TEST_F(FamilyRecordTest, MyCaseloadPutsOverdueStepsFirst)
{
    Family second;
    second.name = QStringLiteral("Drugi");
    second.municipality = QStringLiteral("Bochnia");
    second.openedOn = QDate(2023, 1, 1);
    auto secondId = families.create(second);
    Family third = second;
    third.name = QStringLiteral("Trzeci");
    auto thirdId = families.create(third);
    ASSERT_TRUE(secondId.ok() && thirdId.ok());
    ws.load(DataSet::Assignments, "worker_id,case_kind,case_id,from,to\n1,family,1,2023-02-01,\n"
                                  "1,family,2,2023-02-01,\n1,family,3,2023-02-01,\n");

    Contact soon = contact(QDate(2024, 5, 20), QStringLiteral("a"));
    soon.nextStep = QStringLiteral("Wizyta kontrolna");
    soon.nextStepDue = QDate(2024, 6, 10);
    ASSERT_TRUE(contacts.log(soon, kToday).ok());
    Contact late = contact(QDate(2024, 4, 1), QStringLiteral("b"));
    late.familyId = *secondId;
    late.nextStep = QStringLiteral("Dostarczyć zaświadczenie");
    late.nextStepDue = QDate(2024, 5, 1);
    ASSERT_TRUE(contacts.log(late, kToday).ok());

    auto rows = SocialWorkerDeskService(ws.session(ws.manager())).forWorker(1, kToday);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 3);
    EXPECT_EQ(rows->at(0).family.id, *secondId);
    EXPECT_TRUE(rows->at(0).overdue);
    EXPECT_EQ(rows->at(0).daysSinceContact, 61);
    EXPECT_EQ(rows->at(0).nextStep, QStringLiteral("Dostarczyć zaświadczenie"));
    EXPECT_EQ(rows->at(1).family.id, familyId);
    EXPECT_FALSE(rows->at(1).overdue);
    EXPECT_EQ(rows->at(2).family.id, *thirdId);
    EXPECT_FALSE(rows->at(2).lastContact.has_value());
}
