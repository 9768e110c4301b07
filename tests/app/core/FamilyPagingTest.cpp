// The families list read a page at a time (issue 24, fourth round): each page starts after the
// last row of the one before it (keyset paging). Walking the pages must give exactly the rows,
// in exactly the order, of the whole list read at once, whatever the sort, its direction, the
// closed cases and the search text; also where many families share the sort key, so that a page
// ends in the middle of them.
#include "DirectoryService.h"
#include "TestWorkspace.h"

#include <gtest/gtest.h>

using namespace opieka;

namespace {

class FamilyPagingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // 37 families: three names, two municipalities, three categories, four opening days;
        // every fifth closed. Ties on every sort key, across page boundaries of 4.
        const char* names[] = {"Testowa", "Przykładowa", "Wzorcowa"};
        const char* municipalities[] = {"Testowo", "Bochnia"};
        const char* categories[] = {"coping", "struggling", "at_risk"};
        const char* opened[] = {"2020-01-01", "2021-06-30", "2019-03-15", "2022-11-02"};
        QByteArray csv = "id,name,municipality,category,opened_on,closed_on\n";
        for (int id = 1; id <= 37; ++id)
            csv += QStringLiteral("%1,%2,%3,%4,%5,%6\n")
                       .arg(id)
                       .arg(QString::fromUtf8(names[(id * 7) % 3]))
                       .arg(QString::fromUtf8(municipalities[(id / 3) % 2]))
                       .arg(QString::fromUtf8(categories[(id / 2) % 3]))
                       .arg(QString::fromUtf8(opened[(id * 5) % 4]))
                       .arg(id % 5 == 0 ? QStringLiteral("2023-05-05") : QString())
                       .toUtf8();
        ws.load(DataSet::Families, csv);
    }

    // The ids of every page from the first, each starting after the previous page's last row.
    QList<qint64> paged(FamilyQuery query, int pageSize)
    {
        query.limit = pageSize;
        QList<qint64> ids;
        for (int pages = 0; pages < 100; ++pages) {
            auto page = directory.familyPage(query);
            EXPECT_TRUE(page.ok());
            if (!page)
                break;
            EXPECT_LE(page->families.size(), pageSize);
            for (const FamilyListRow& row : page->families)
                ids << row.id;
            if (!page->more) {
                EXPECT_FALSE(page->next.has_value());
                break;
            }
            EXPECT_TRUE(page->next.has_value())
                << "more rows follow: the next page starts somewhere";
            query.after = page->next;
        }
        return ids;
    }

    // The ids of the whole list in one page.
    QList<qint64> whole(FamilyQuery query)
    {
        query.limit = 1000;
        QList<qint64> ids;
        auto page = directory.familyPage(query);
        EXPECT_TRUE(page.ok());
        if (page) {
            EXPECT_FALSE(page->more);
            for (const FamilyListRow& row : page->families)
                ids << row.id;
        }
        return ids;
    }

    test::TestWorkspace ws;
    DirectoryService directory{ws.session(ws.manager())};
};

} // namespace

TEST_F(FamilyPagingTest, EveryPageFollowsTheLastInEverySortAndFilter)
{
    const FamilyQuery::Sort sorts[] = {FamilyQuery::Sort::Id, FamilyQuery::Sort::Name,
                                       FamilyQuery::Sort::Municipality, FamilyQuery::Sort::Category,
                                       FamilyQuery::Sort::OpenedOn};
    for (FamilyQuery::Sort sort : sorts)
        for (bool descending : {false, true})
            for (bool openOnly : {true, false})
                for (const QString& text :
                     {QString(), QStringLiteral("testowa"), QStringLiteral("bochnia przyklad")}) {
                    FamilyQuery query;
                    query.sort = sort;
                    query.descending = descending;
                    query.openOnly = openOnly;
                    query.text = text;
                    const QList<qint64> all = whole(query);
                    SCOPED_TRACE(testing::Message()
                                 << "sort " << static_cast<int>(sort) << (descending ? " desc" : "")
                                 << (openOnly ? " open only" : " with closed") << " text '"
                                 << text.toStdString() << "'");
                    ASSERT_FALSE(all.isEmpty());
                    for (int pageSize : {1, 4, 7})
                        EXPECT_EQ(paged(query, pageSize), all) << "pages of " << pageSize;
                }
}

TEST_F(FamilyPagingTest, TheWholeListIsOrderedByTheSortKeyThenTheId)
{
    FamilyQuery query;
    query.sort = FamilyQuery::Sort::Name;
    query.limit = 1000;
    auto page = directory.familyPage(query);
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page->families.size(), 37);
    for (int i = 1; i < page->families.size(); ++i) {
        const FamilyListRow& before = page->families.at(i - 1);
        const FamilyListRow& row = page->families.at(i);
        EXPECT_TRUE(before.name < row.name || (before.name == row.name && before.id < row.id))
            << before.id << " before " << row.id;
    }
    // What a row shows: the columns of the list.
    const FamilyListRow& first = page->families.first();
    EXPECT_FALSE(first.name.isEmpty());
    EXPECT_FALSE(first.municipality.isEmpty());
    EXPECT_TRUE(first.openedOn.isValid());
}
