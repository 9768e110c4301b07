// The check on entry (issue 21 part 2): DuplicateService::checkMember and checkFamily find the
// likely duplicates of a record being typed through the stored blocking keys, tell an account
// only as much of a match out of its reach as it may know, and forget nothing marked "someone
// else".
#include "AuditService.h"
#include "Database.h"
#include "DuplicateService.h"
#include "FamilyService.h"
#include "MemberService.h"
#include "SchemaMigrator.h"
#include "SqlHelpers.h"
#include "TestDatabase.h"
#include "TestWorkspace.h"

#include <gtest/gtest.h>

using namespace opieka;

namespace {

class EntryCheckTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ws.loadWorkers({{1, "Anna", "Pierwsza", Role::SocialWorker, 1, "Zespół 1"},
                        {2, "Cezary", "Trzeci", Role::SocialWorker, 1, "Zespół 2"}});
        ws.load(DataSet::Families, "id,name,municipality,category,opened_on,closed_on\n"
                                   "1,Rodzina Wójcików,Testowo,coping,2020-01-01,\n"
                                   "2,Rodzina Brandów,Testowo,coping,2020-01-01,\n"
                                   "3,Rodzina Kalitów,Testowo,coping,2020-01-01,\n");
        ws.load(DataSet::Members, "family_id,pesel,first_name,last_name,birth_date,sex,relation\n"
                                  "1,,Małgorzata,Wójcik,1984-05-12,F,parent\n"
                                  "1,,Jan,Nowak,1950-04-10,M,grandparent\n"
                                  "3,,Ewa,Zielińska,1985-03-07,F,parent\n");
        // Anna has families 1 and 2; family 3 is Cezary's, in another unit.
        ws.load(DataSet::Assignments, "worker_id,case_kind,case_id,from,to\n"
                                      "1,family,1,2021-01-01,\n"
                                      "1,family,2,2021-01-01,\n"
                                      "2,family,3,2021-01-01,\n");
        anna = ws.addUser(QStringLiteral("anna"), Role::SocialWorker);
        anna.workerId = 1;
    }

    QList<EntryMatch> checked(const User& actor, const MemberDraft& draft)
    {
        auto matches = DuplicateService(ws.session(actor)).checkMember(draft);
        EXPECT_TRUE(matches.ok()) << (matches ? "" : matches.error().message.toStdString());
        return matches ? *matches : QList<EntryMatch>{};
    }

    static MemberDraft draft(qint64 familyId, const char* first, const char* last,
                             const QDate& born)
    {
        MemberDraft d;
        d.familyId = familyId;
        d.firstName = QString::fromUtf8(first);
        d.lastName = QString::fromUtf8(last);
        d.birthDate = born;
        return d;
    }

    test::TestWorkspace ws;
    User anna;
};

TEST_F(EntryCheckTest, ANameWithoutDiacriticsBornTheSameDayIsAMatchWithItsCaseAndWorker)
{
    const auto matches = checked(anna, draft(2, "Malgorzata", "Wojcik", QDate(1984, 5, 12)));
    ASSERT_EQ(matches.size(), 1);
    const EntryMatch& m = matches.first();
    EXPECT_TRUE(m.reachable);
    EXPECT_EQ(m.name, QStringLiteral("Małgorzata Wójcik"));
    EXPECT_EQ(m.birthDate, QDate(1984, 5, 12));
    EXPECT_EQ(m.familyId, 1);
    EXPECT_EQ(m.familyName, QStringLiteral("Rodzina Wójcików"));
    EXPECT_EQ(m.caseWorkers, QStringLiteral("Anna Pierwsza"));
    EXPECT_GE(m.score, 70);
    EXPECT_TRUE(m.reasons.contains(QStringLiteral("birth-date")));
}

TEST_F(EntryCheckTest, TheSameCommonNameWithAClearlyDifferentBirthDateIsNoMatch)
{
    EXPECT_TRUE(checked(anna, draft(2, "Jan", "Nowak", QDate(1982, 9, 15))).isEmpty());
    EXPECT_TRUE(checked(anna, draft(2, "Małgorzata", "Wójcik", QDate(1991, 1, 30))).isEmpty());
}

TEST_F(EntryCheckTest, DayAndMonthSwappedAndAPeselAreFoundThroughTheirKeys)
{
    // Cezary's Ewa Zielińska, born 7 March; typed as 3 July with two letters of the surname's
    // first four swapped, so that only the birth-date key finds her.
    const auto byDate = checked(ws.manager(), draft(2, "Ewa", "Zeilińska", QDate(1985, 7, 3)));
    ASSERT_EQ(byDate.size(), 1);
    EXPECT_TRUE(byDate.first().reasons.contains(QStringLiteral("birth-date-swapped")));
}

TEST_F(EntryCheckTest, EditingAMemberDoesNotMatchItWithItself)
{
    MemberDraft same = draft(1, "Małgorzata", "Wójcik", QDate(1984, 5, 12));
    same.memberId = 1;
    EXPECT_TRUE(checked(anna, same).isEmpty());
}

TEST_F(EntryCheckTest, AMatchOutOfReachSaysOnlyWhoseCaseItIs)
{
    const auto matches = checked(anna, draft(2, "Ewa", "Zielińska", QDate(1985, 3, 7)));
    ASSERT_EQ(matches.size(), 1);
    const EntryMatch& m = matches.first();
    EXPECT_FALSE(m.reachable);
    EXPECT_EQ(m.caseWorkers, QStringLiteral("Cezary Trzeci"));
    EXPECT_EQ(m.id, 0);
    EXPECT_EQ(m.familyId, 0);
    EXPECT_TRUE(m.name.isEmpty());
    EXPECT_FALSE(m.birthDate.has_value());
    EXPECT_TRUE(m.caseNumber.isEmpty() && m.familyName.isEmpty());
    EXPECT_TRUE(m.reasons.isEmpty());
    EXPECT_EQ(m.score, 0);
    // The telling is in the audit, without a name.
    auto audit = AuditService(ws.session(ws.manager())).ofUser(QStringLiteral("anna"));
    ASSERT_TRUE(audit.ok());
    bool recorded = false;
    for (const AuditEntry& entry : *audit)
        recorded = recorded || entry.action == QStringLiteral("duplicates.check");
    EXPECT_TRUE(recorded);
    // A manager sees the whole match.
    const auto full = checked(ws.manager(), draft(2, "Ewa", "Zielińska", QDate(1985, 3, 7)));
    ASSERT_EQ(full.size(), 1);
    EXPECT_TRUE(full.first().reachable);
    EXPECT_EQ(full.first().name, QStringLiteral("Ewa Zielińska"));
}

TEST_F(EntryCheckTest, AWorkerChecksOnlyInFamiliesSheMayChange)
{
    auto refused = DuplicateService(ws.session(anna))
                       .checkMember(draft(3, "Malgorzata", "Wojcik", QDate(1984, 5, 12)));
    EXPECT_FALSE(refused.ok());
}

TEST_F(EntryCheckTest, SomeoneElseIsRememberedOnEntryAndOnTheList)
{
    auto added = MemberService(ws.session(anna)).add([&] {
        Member m;
        m.familyId = 2;
        m.firstName = QStringLiteral("Malgorzata");
        m.lastName = QStringLiteral("Wojcik");
        m.birthDate = QDate(1984, 5, 12);
        m.sex = Sex::Female;
        m.relation = Relation::Parent;
        return m;
    }());
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
    DuplicateService manager(ws.session(ws.manager()));
    auto before = manager.list(DuplicateKind::Members);
    ASSERT_TRUE(before.ok());
    ASSERT_EQ(before->size(), 1) << "the new record and Małgorzata Wójcik";

    ASSERT_TRUE(DuplicateService(ws.session(anna)).dismiss(DuplicateKind::Members, *added, 1));
    MemberDraft edit = draft(2, "Malgorzata", "Wojcik", QDate(1984, 5, 12));
    edit.memberId = *added;
    EXPECT_TRUE(checked(anna, edit).isEmpty()) << "remembered on the next edit";
    auto after = manager.list(DuplicateKind::Members);
    ASSERT_TRUE(after.ok());
    EXPECT_TRUE(after->isEmpty()) << "not listed again";
    EXPECT_TRUE(DuplicateService(ws.session(anna)).dismiss(DuplicateKind::Members, 1, *added))
        << "marking a pair again, the other way round, is not an error";
}

TEST_F(EntryCheckTest, AWorkerCannotDismissAPairSheCannotRead)
{
    // Member 3 is in Cezary's family.
    EXPECT_FALSE(DuplicateService(ws.session(anna)).dismiss(DuplicateKind::Members, 1, 3));
    EXPECT_FALSE(DuplicateService(ws.session(ws.manager())).dismiss(DuplicateKind::Members, 1, 1));
    EXPECT_FALSE(
        DuplicateService(ws.session(ws.manager())).dismiss(DuplicateKind::Members, 1, 999));
    EXPECT_TRUE(DuplicateService(ws.session(ws.manager())).dismiss(DuplicateKind::Members, 1, 3));
}

TEST_F(EntryCheckTest, AChangedNameIsFoundUnderItsNewKey)
{
    // The stored key follows an edit: Ewa renamed Wiśniewska is found as Wiśniewska.
    auto members = MemberService(ws.session(ws.manager())).members(3);
    ASSERT_TRUE(members.ok());
    Member ewa = members->first();
    ewa.lastName = QStringLiteral("Wiśniewska");
    ewa.birthDate = QDate(1985, 3, 8); // and a birth date off by a digit, so the name key counts
    ASSERT_TRUE(MemberService(ws.session(ws.manager())).update(ewa));
    const auto found = checked(ws.manager(), draft(2, "Ewa", "Wisniewska", QDate(1985, 3, 18)));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().name, QStringLiteral("Ewa Wiśniewska"));
}

TEST_F(EntryCheckTest, ANewFamilyOfTheSameNameAndAddressInTheMunicipalityIsAMatch)
{
    Family f;
    f.caseNumber = QStringLiteral("OPS/1/2020");
    f.name = QStringLiteral("Rodzina Kalinowskich");
    f.municipality = QStringLiteral("Testowo");
    f.address = QStringLiteral("ul. Długa 12 m. 3");
    f.category = NeedCategory::Coping;
    f.openedOn = QDate(2020, 1, 1);
    auto id = FamilyService(ws.session(ws.manager())).create(f);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();

    FamilyDraft typed;
    typed.name = QStringLiteral("Kalinowscy");
    typed.municipality = QStringLiteral("Testowo");
    typed.address = QStringLiteral("Dluga 12/3");
    auto matches = DuplicateService(ws.session(ws.manager())).checkFamily(typed);
    ASSERT_TRUE(matches.ok()) << matches.error().message.toStdString();
    ASSERT_EQ(matches->size(), 1);
    EXPECT_EQ(matches->first().id, *id);
    EXPECT_TRUE(matches->first().reasons.contains(QStringLiteral("address")));

    typed.familyId = *id; // the family edited: not itself
    matches = DuplicateService(ws.session(ws.manager())).checkFamily(typed);
    ASSERT_TRUE(matches.ok());
    EXPECT_TRUE(matches->isEmpty());

    FamilyDraft other;
    other.name = QStringLiteral("Rodzina Kalinowskich");
    other.municipality = QStringLiteral("Innowo");
    other.address = QStringLiteral("Krótka 1");
    matches = DuplicateService(ws.session(ws.manager())).checkFamily(other);
    ASSERT_TRUE(matches.ok());
    EXPECT_TRUE(matches->isEmpty()) << "a common name elsewhere at another address";
}

TEST_F(EntryCheckTest, AFamilyEditedIsMatchedWithOneThatSharesItsPeopleAtAnotherAddress)
{
    // Family 2 gets Małgorzata Wójcik and Jan Nowak of family 1 recorded again (same names, same
    // birth dates) and is renamed as family 1 is named; no address on either, so only the shared
    // people can find family 1 (a name and a municipality alone score 55).
    ws.load(DataSet::Members, "family_id,pesel,first_name,last_name,birth_date,sex,relation\n"
                              "2,,Malgorzata,Wojcik,1984-05-12,F,parent\n"
                              "2,,Jan,Nowak,1950-04-10,M,grandparent\n");
    FamilyDraft edited;
    edited.familyId = 2;
    edited.name = QStringLiteral("Rodzina Wójcików");
    edited.municipality = QStringLiteral("Testowo");
    auto matches = DuplicateService(ws.session(ws.manager())).checkFamily(edited);
    ASSERT_TRUE(matches.ok()) << matches.error().message.toStdString();
    ASSERT_EQ(matches->size(), 1);
    EXPECT_EQ(matches->first().id, 1);
    EXPECT_TRUE(matches->first().reasons.contains(QStringLiteral("shared-member")));
}

TEST_F(EntryCheckTest, AWorkerMarksHerNewFamilyAsAnotherThanOneOfHerCases)
{
    // Her new family is out of her reach until a manager assigns it; she opened it, though.
    Family f;
    f.name = QStringLiteral("Rodzina Wójcików");
    f.municipality = QStringLiteral("Testowo");
    f.category = NeedCategory::Coping;
    f.openedOn = QDate(2024, 1, 1);
    auto id = FamilyService(ws.session(anna)).create(f);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_TRUE(DuplicateService(ws.session(anna)).dismiss(DuplicateKind::Families, *id, 1));
    EXPECT_FALSE(DuplicateService(ws.session(anna)).dismiss(DuplicateKind::Families, *id, 3))
        << "family 3 is Cezary's: she may neither read it nor did she open it";
    User other = ws.addUser(QStringLiteral("bogna"), Role::SocialWorker);
    other.workerId = 2;
    EXPECT_FALSE(DuplicateService(ws.session(other)).dismiss(DuplicateKind::Families, *id, 3))
        << "Cezary's account reads family 3 but did not open Anna's new family";
}

TEST(EntryCheckUpgrade, PeopleAndFamiliesFromBeforeSchema17GetTheirKeysWhenTheFileIsOpened)
{
    test::TestDatabase old;
    {
        auto db = Database::open(old.location(), Database::OpenMode::CreateIfMissing);
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        ASSERT_TRUE(SchemaMigrator(**db).migrate(16).ok());
        ASSERT_TRUE(sql::run(**db, QStringLiteral("INSERT INTO families (id, name, municipality, "
                                                  "category, opened_on, address) VALUES (1, "
                                                  "'Rodzina Wójcików', 'Testowo', 'coping', "
                                                  "'2020-01-01', 'ul. Długa 1')"))
                        .ok());
        ASSERT_TRUE(sql::run(**db, QStringLiteral("INSERT INTO members (family_id, first_name, "
                                                  "last_name, birth_date, relation) VALUES (1, "
                                                  "'Małgorzata', 'Wójcik', '1984-05-12', "
                                                  "'parent')"))
                        .ok());
    }
    auto ws = Workspace::open(old.location(), Workspace::OpenMode::MustExist);
    ASSERT_TRUE(ws.ok()) << ws.error().message.toStdString();
    auto keys = sql::firstRow((*ws)->database(),
                              QStringLiteral("SELECT m.name_key, f.address_key FROM "
                                             "members m JOIN families f ON f.id = m.family_id"),
                              {}, [](const QSqlQuery& q) {
                                  return QStringList{q.value(0).toString(), q.value(1).toString()};
                              });
    ASSERT_TRUE(keys.ok() && *keys);
    EXPECT_EQ(**keys, (QStringList{QStringLiteral("s:wojcm"), QStringLiteral("a:dluga 1")}));
    User manager;
    manager.login = QStringLiteral("kierownik");
    manager.role = Role::Manager;
    MemberDraft typed;
    typed.familyId = 1;
    typed.firstName = QStringLiteral("Malgorzata");
    typed.lastName = QStringLiteral("Wojcik");
    typed.birthDate = QDate(1984, 5, 13); // one digit off: only the stored name key finds her
    auto matches = DuplicateService(Session((*ws)->database(), manager)).checkMember(typed);
    ASSERT_TRUE(matches.ok()) << matches.error().message.toStdString();
    ASSERT_EQ(matches->size(), 1);
    EXPECT_EQ(matches->first().name, QStringLiteral("Małgorzata Wójcik"));
}

} // namespace
