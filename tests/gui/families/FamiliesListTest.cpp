#include "FamiliesModel.h"
#include "WindowTest.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::test;

namespace {
class FamiliesListTest : public WindowTest
{
protected:
    // The model tester calls fetchMore on every change, so it stays off where a test counts
    // pages; with one page or less it checks every reset.
    void open(const QByteArray& families, bool withTester = true)
    {
        db.load(DataSet::Families, families);
        ASSERT_TRUE(window.openDatabase(db.path()));
        model = window.findChild<ui::FamiliesModel*>(QStringLiteral("familiesModel"));
        ASSERT_NE(model, nullptr);
        if (withTester)
            tester = std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::Warning);
    }

    ui::FamiliesModel* model = nullptr;
    std::unique_ptr<QAbstractItemModelTester> tester;
};
} // namespace

TEST_F(FamiliesListTest, LoadsOnePageAtATime)
{
    open(familiesCsv(1000), false);
    window.show();
    QApplication::processEvents();
    EXPECT_FALSE(model->countKnown()) << "one bounded query: the matches are not counted";
    EXPECT_EQ(model->rowCount(), ui::FamiliesModel::PageSize); // not all 1000
    ASSERT_TRUE(model->canFetchMore({}));

    model->fetchMore({});
    EXPECT_EQ(model->rowCount(), 400);
    EXPECT_EQ(model->index(399, ui::FamiliesModel::IdColumn).data().toInt(), 400);
    while (model->canFetchMore({}))
        model->fetchMore({});
    EXPECT_EQ(model->rowCount(), 1000);
    EXPECT_TRUE(model->countKnown()) << "the last page loaded tells the number";
    EXPECT_EQ(model->totalCount(), 1000);
}

TEST_F(FamiliesListTest, ManyMatchesShowAsMoreThanAPageUntilCounted)
{
    open(familiesCsv(1000), false);
    window.show();
    auto* label = window.findChild<QLabel*>(QStringLiteral("familiesCountLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().contains(QStringLiteral("More than 200 families match")))
        << label->text().toStdString();

    emit label->linkActivated(QStringLiteral("count")); // "Count them"
    EXPECT_TRUE(model->countKnown());
    EXPECT_EQ(model->totalCount(), 1000);
    EXPECT_EQ(model->rowCount(), ui::FamiliesModel::PageSize) << "counting loads no rows";
    EXPECT_TRUE(label->text().startsWith(QStringLiteral("1000 families match; the first 200")))
        << label->text().toStdString();

    // A new search starts uncounted again; a page or less is counted by itself.
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    ASSERT_NE(search, nullptr);
    QTest::keyClicks(search, QStringLiteral("Family-99"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->rowCount() == 11; }, 2000));
    EXPECT_TRUE(model->countKnown());
    EXPECT_EQ(label->text(), QStringLiteral("11 families match."));
}

TEST_F(FamiliesListTest, SortingRequeriesFromTheFirstPage)
{
    open(familiesCsv(1000), false);
    model->fetchMore({});
    model->sort(ui::FamiliesModel::IdColumn, Qt::DescendingOrder);
    EXPECT_EQ(model->rowCount(), ui::FamiliesModel::PageSize);
    EXPECT_EQ(model->index(0, ui::FamiliesModel::IdColumn).data().toInt(), 1000);

    model->sort(ui::FamiliesModel::NameColumn, Qt::AscendingOrder);
    EXPECT_EQ(model->index(0, ui::FamiliesModel::NameColumn).data().toString(),
              QStringLiteral("Family-1"));
    EXPECT_EQ(model->index(1, ui::FamiliesModel::NameColumn).data().toString(),
              QStringLiteral("Family-10")); // text order, done by SQL
}

TEST_F(FamiliesListTest, SearchFieldFiltersAsYouType)
{
    open(familiesCsv(150));
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    ASSERT_NE(search, nullptr);
    window.show();

    QTest::keyClicks(search, QStringLiteral("Family-12"));
    // Family-12 and Family-120..129: 11 families, read from SQL after a short pause.
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->totalCount() == 11; }, 2000))
        << model->totalCount();
    EXPECT_EQ(model->rowCount(), 11);
    for (int row = 0; row < model->rowCount(); ++row)
        EXPECT_TRUE(model->index(row, ui::FamiliesModel::NameColumn)
                        .data()
                        .toString()
                        .startsWith(QStringLiteral("Family-12")));

    search->clear();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->totalCount() == 150; }, 2000));

    // Wildcards typed by the user are text, not patterns.
    QTest::keyClicks(search, QStringLiteral("%"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->totalCount() == 0; }, 2000));
    EXPECT_EQ(model->rowCount(), 0);
}

TEST_F(FamiliesListTest, ClosedCasesShowOnRequest)
{
    open(familiesCsv(100, 1, 10)); // every 10th closed
    EXPECT_EQ(model->totalCount(), 90);
    auto* closed = window.findChild<QCheckBox*>(QStringLiteral("showClosedCheck"));
    ASSERT_NE(closed, nullptr);
    closed->setChecked(true);
    EXPECT_EQ(model->totalCount(), 100);
    bool sawClosingDate = false;
    for (int row = 0; row < model->rowCount(); ++row)
        sawClosingDate |=
            !model->index(row, ui::FamiliesModel::ClosedColumn).data().toString().isEmpty();
    EXPECT_TRUE(sawClosingDate);
}

TEST_F(FamiliesListTest, ScrollingASortedListShowsEveryFamilyOnceInOrder)
{
    // 450 families under three names: a page of 200 ends among families of one name, and the
    // next page must go on after the last one shown (keyset paging), not skip or repeat any.
    QByteArray csv = "id,name,municipality,category,opened_on,closed_on\n";
    const char* names[] = {"Testowa", "Wzorcowa", "Przykładowa"};
    for (int id = 1; id <= 450; ++id)
        csv += QByteArray::number(id) + ',' + names[id % 3] + ",Testowo,coping,2020-01-01,\n";
    open(csv, false);
    window.show();
    auto* header =
        window.findChild<QTableView*>(QStringLiteral("familiesTable"))->horizontalHeader();
    header->setSortIndicator(ui::FamiliesModel::NameColumn, Qt::DescendingOrder);
    QApplication::processEvents();
    while (model->canFetchMore({}))
        model->fetchMore({});
    ASSERT_EQ(model->rowCount(), 450);
    EXPECT_EQ(model->totalCount(), 450);
    QSet<int> seen;
    for (int row = 0; row < model->rowCount(); ++row) {
        const int id = model->index(row, ui::FamiliesModel::IdColumn).data().toInt();
        EXPECT_FALSE(seen.contains(id)) << "family " << id << " shown twice";
        seen.insert(id);
        if (row == 0)
            continue;
        const QString name = model->index(row, ui::FamiliesModel::NameColumn).data().toString();
        const QString before =
            model->index(row - 1, ui::FamiliesModel::NameColumn).data().toString();
        const int idBefore = model->index(row - 1, ui::FamiliesModel::IdColumn).data().toInt();
        EXPECT_TRUE(name < before || (name == before && id < idBefore))
            << "row " << row << ": " << name.toStdString() << " " << id << " after "
            << before.toStdString() << " " << idBefore;
    }
    EXPECT_EQ(model->index(0, ui::FamiliesModel::NameColumn).data().toString(),
              QStringLiteral("Wzorcowa"));
    EXPECT_EQ(model->index(449, ui::FamiliesModel::NameColumn).data().toString(),
              QStringLiteral("Przykładowa"));
}
