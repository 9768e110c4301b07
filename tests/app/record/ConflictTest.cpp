// Two windows or two workstations editing the same record: the second save, made from the version
// both opened, is refused with who changed it, and nothing of the first is overwritten.
#include "FamilyService.h"
#include "MemberService.h"
#include "TestWorkspace.h"

#include <gtest/gtest.h>

using namespace opieka;

TEST(Conflicts, TheSecondSaveOfAFamilyFromTheSameVersionIsRefused)
{
    test::TestWorkspace ws;
    ws.load(DataSet::Families, test::familiesCsv(1));
    // A second connection to the same file: another process or workstation.
    auto other = Workspace::open(ws.path(), Workspace::OpenMode::MustExist);
    ASSERT_TRUE(other.ok());

    auto mine = FamilyService(ws.session(ws.manager())).family(1);
    auto theirs = FamilyService(Session((*other)->database(), ws.manager())).family(1);
    ASSERT_TRUE(mine.ok() && theirs.ok());
    EXPECT_EQ(mine->rowVersion, theirs->rowVersion);

    theirs->address = QStringLiteral("ul. Lipowa 1");
    ASSERT_TRUE(FamilyService(Session((*other)->database(), ws.manager())).update(*theirs).ok());

    mine->name = QStringLiteral("Rodzina Zmieniona");
    const Status second = FamilyService(ws.session(ws.manager())).update(*mine);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(second.error().message.contains(QStringLiteral("by 'szefowa'")))
        << second.error().message.toStdString();

    auto now = FamilyService(ws.session(ws.manager())).family(1);
    EXPECT_EQ(now->address, QStringLiteral("ul. Lipowa 1")) << "the first save stands";
    EXPECT_EQ(now->name, QStringLiteral("Rodzina 1")) << "the second did not overwrite it";
    EXPECT_EQ(now->rowVersion, mine->rowVersion + 1);

    // Saving again from the fresh version works.
    now->name = QStringLiteral("Rodzina Zmieniona");
    EXPECT_TRUE(FamilyService(ws.session(ws.manager())).update(*now).ok());
}

TEST(Conflicts, OtherChangesToTheFamilyAlsoMakeAnOpenCopyStale)
{
    test::TestWorkspace ws;
    ws.load(DataSet::Families, test::familiesCsv(1));
    FamilyService families(ws.session(ws.manager()));
    auto opened = families.family(1);
    ASSERT_TRUE(families.changeCategory(1, NeedCategory::AtRisk, QDate(2024, 5, 1)).ok());
    opened->address = QStringLiteral("ul. Nowa 2");
    EXPECT_FALSE(families.update(*opened).ok())
        << "a copy opened before the category changed would save the old category back";
}

TEST(Conflicts, TheSecondSaveOfAMemberFromTheSameVersionIsRefused)
{
    test::TestWorkspace ws;
    ws.loadFamilyWithChild("Ola");
    MemberService members(ws.session(ws.manager()));
    const Member opened = members.members(1)->first();
    Member first = opened;
    first.firstName = QStringLiteral("Aleksandra");
    ASSERT_TRUE(members.update(first).ok());
    Member second = opened;
    second.lastName = QStringLiteral("Inna");
    const Status refused = members.update(second);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Someone else")));
    const Member now = members.members(1)->first();
    EXPECT_EQ(now.firstName, QStringLiteral("Aleksandra"));
    EXPECT_EQ(now.lastName, QStringLiteral("Testowa"));
}
